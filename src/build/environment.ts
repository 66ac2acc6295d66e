/**
 * The environment handed to builds and git. A build runs the package's own code (setup.py, a
 * build backend, in sync mode a repository nobody here reviewed), so it gets what the runner
 * gives any step, minus what wheelrelay holds in trust: the action's inputs (the index
 * password, the consumer and git tokens), the CLI's credential variables, and the runner's
 * own tokens for the cache service and OIDC.
 */
const WITHHELD = new Set([
  'WHEELRELAY_PASSWORD',
  'WHEELRELAY_GIT_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
]);

/** `base` without the action's inputs (`INPUT_*`) and the variables listed above. */
export function childEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (name.toUpperCase().startsWith('INPUT_') || WITHHELD.has(name.toUpperCase())) continue;
    env[name] = value;
  }
  return env;
}
