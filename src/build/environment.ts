/**
 * The environment handed to builds and git. A build runs the package's own code (setup.py, a
 * build backend, in sync mode a repository nobody here reviewed), so it gets what the runner
 * gives any step, minus what wheelrelay holds in trust: the action's inputs (the index
 * password, the consumer and git tokens), the CLI's credential variables, the runner's own
 * tokens for the cache service and OIDC, and the runner's command files (a line appended to
 * GITHUB_ENV or GITHUB_PATH would run in every later step of the job).
 */
const WITHHELD = new Set([
  'WHEELRELAY_PASSWORD',
  'WHEELRELAY_GIT_TOKEN',
  'WHEELRELAY_GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
]);

/** The secret-bearing variables of {@link WITHHELD} (not the runner's command files). */
const SECRET_VARIABLES = [...WITHHELD].filter((n) => /TOKEN|PASSWORD/.test(n));

/** `parent` without the action's inputs (`INPUT_*`) and the variables listed above. */
export function childEnvironment(parent: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (name.toUpperCase().startsWith('INPUT_') || WITHHELD.has(name.toUpperCase())) continue;
    env[name] = value;
  }
  return env;
}

/**
 * The names of the secrets a process with this environment holds in its own start-up
 * environment (which /proc/<pid>/environ shows to every process of the same user, whatever
 * it later deletes): the runner's tokens, and the action's secret inputs.
 */
export function secretsInEnvironment(env: NodeJS.ProcessEnv): string[] {
  const names = SECRET_VARIABLES.filter((n) => env[n]);
  for (const [name, value] of Object.entries(env)) {
    if (value && /^INPUT_(PASSWORD|.*TOKEN)$/i.test(name)) names.push(name);
  }
  return names;
}
