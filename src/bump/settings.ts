import { readFileSync } from 'node:fs';
import { secretsInEnvironment } from '../build/environment.js';
import { InputError, WheelrelayError } from '../errors.js';
import {
  RELEASE_EVENT,
  type ReleasePayload,
  readReleasePayload,
  releaseFromSpec,
} from '../github/release-payload.js';
import { type BumpConfig, type PullSettings, readPullSettings } from '../github/settings.js';
import { leavesRoot } from '../inputs/parse.js';
import { type InputSource, Inputs, type SecretSink } from '../inputs/read.js';
import { safeUrl } from '../secrets.js';
import type { CheckoutBumpSettings } from './bump.js';
import { parseRunCommand } from './command.js';

/** Where the release of a run came from. */
type ReleaseSource =
  /** A publisher's `repository_dispatch` (`wheelrelay-release`): files and index included. */
  | 'dispatch'
  /** The `release` input, or a `workflow_dispatch` run's `release` input: name and version only. */
  | 'input';

/** Every setting of the bump action (`bump/action.yml`), validated. Built only by {@link readBumpSettings}. */
interface BumpSettings extends Omit<CheckoutBumpSettings, 'github'> {
  source: ReleaseSource;
  /**
   * The simple API to look the release's files up on (sha256 for `--hash` pins): a manual run
   * that was given `index-url`. A dispatch carries its files and needs no look-up.
   */
  lookUp?: string;
  /** Where to commit and open the pull request; absent on a dry run. */
  github?: CheckoutBumpSettings['github'];
}

/**
 * Reads the bump action's inputs and the event that started the run. The release comes from
 * the `release` input when given (`name==version`), else from the event: a `repository_dispatch`
 * of type `wheelrelay-release` (its `client_payload`), or a `workflow_dispatch` whose inputs
 * have `release`. Everything is validated before the checkout is touched.
 */
export function readBumpActionSettings(
  input: InputSource,
  env: NodeJS.ProcessEnv,
  workspace: string,
  onSecret: SecretSink = () => {},
): BumpSettings {
  // Secrets are masked first (by Inputs), so that nothing printed while validating the rest
  // can show them.
  const inputs = new Inputs(input, 'bump', onSecret);
  const token = inputs.read('token');

  const { release, source } = readRelease(inputs.read('release'), env);
  const indexUrl = inputs.read('index-url');
  if (indexUrl !== undefined) checkIndexUrl(indexUrl);
  // A dispatch names its own index; `index-url` serves runs whose release names none.
  if (indexUrl && !release['index-url']) release['index-url'] = indexUrl;
  const requirementFiles = inputs.read('requirement-files') ?? [];
  if (requirementFiles.length === 0) {
    throw new WheelrelayError(
      'input `requirement-files` is required',
      'List the files that pin the package, relative to the checkout (e.g. `requirements/edx/github.in`); the `run` command regenerates the rest.',
    );
  }
  for (const glob of requirementFiles) {
    if (leavesRoot(glob)) {
      throw new WheelrelayError(
        `input \`requirement-files\` has '${glob}', which leaves the checkout`,
        'Give paths and globs relative to the checkout, without `..`.',
      );
    }
  }
  const runText = inputs.read('run');
  const pull = readPullSettings(inputs, env);
  const settings: BumpSettings = {
    release,
    source,
    requirementFiles,
    run: runText ? parseRunCommand(runText) : undefined,
    workspace,
    dryRun: pull.dryRun,
    commandTimeoutMs: inputs.read('command-timeout') * 1000,
    buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
    held: secretsInEnvironment(env),
    ...(source === 'input' && indexUrl ? { lookUp: indexUrl } : {}),
  };
  if (pull.dryRun) return settings;

  if (!token) {
    throw new WheelrelayError(
      'input `token` is empty',
      'Leave it at its default (`github.token`, the token of the job, with `permissions: contents: write, pull-requests: write`), or pass a token that may push branches and open pull requests here; or set `dry-run: true`.',
    );
  }
  return {
    ...settings,
    github: pullTarget(pull, token, release['source-repo'], consumerOf(env)),
  };
}

/**
 * Where a bump in a checkout commits and opens its pull request: `consumer` (this repository
 * and the branch it checked out), with the pull-request settings, through `token`.
 */
export function pullTarget(
  pull: PullSettings,
  token: string,
  sourceRepo: string | undefined,
  consumer: { owner: string; repo: string; base: string },
): NonNullable<CheckoutBumpSettings['github']> {
  const cfg: BumpConfig = {
    ...pull,
    consumers: [],
    token,
    pinStyle: 'index',
    sourceRepo,
    concurrency: 1,
  };
  return { cfg, consumer };
}

function readRelease(
  spec: string | undefined,
  env: NodeJS.ProcessEnv,
): { release: ReleasePayload; source: ReleaseSource } {
  if (spec) return { release: releaseFromSpec(spec), source: 'input' };
  const name = env.GITHUB_EVENT_NAME ?? '';
  const event = readEvent(env.GITHUB_EVENT_PATH);
  if (name === 'repository_dispatch') {
    if (event.action !== RELEASE_EVENT) {
      throw new WheelrelayError(
        `this run was started by a repository_dispatch of type '${String(event.action ?? '').slice(0, 80)}', not ${RELEASE_EVENT}`,
        `Trigger the job with \`on: repository_dispatch: types: [${RELEASE_EVENT}]\`.`,
      );
    }
    return { release: readReleasePayload(event.client_payload), source: 'dispatch' };
  }
  const inputs = event.inputs as Record<string, unknown> | undefined;
  if (name === 'workflow_dispatch' && typeof inputs?.release === 'string' && inputs.release) {
    return { release: releaseFromSpec(inputs.release), source: 'input' };
  }
  throw new WheelrelayError(
    `no release to bump: this run was started by ${name ? `a ${name} event` : 'no event'} and input \`release\` is empty`,
    `Run it \`on: repository_dispatch: types: [${RELEASE_EVENT}]\` (a publisher with \`consumers: owner/repo: dispatch\` sends it), or \`on: workflow_dispatch\` with a \`release\` input (name==version).`,
  );
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WheelrelayError(
      `the event payload (GITHUB_EVENT_PATH) could not be read: ${(err as Error).message}`,
      'Run the action in a GitHub Actions job; the runner writes the event there.',
    );
  }
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** Refuses an `index-url` that is no http(s) or file URL, or that carries credentials. */
export function checkIndexUrl(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(
      'index-url',
      `is not a URL: ${safeUrl(raw)}`,
      "Give the index's simple API as pip's `--index-url` takes it (e.g. https://devpi.example.com/ci/cache/+simple/).",
    );
  }
  if (!['https:', 'http:', 'file:'].includes(url.protocol)) {
    throw new InputError(
      'index-url',
      `has scheme ${url.protocol}`,
      'Use https:// (or http:// on a trusted network), or file:// for a directory index.',
    );
  }
  if (url.username || url.password) {
    throw new InputError(
      'index-url',
      'carries credentials',
      'The command and the pull request see this URL: give the index without credentials (pip reads them from its own configuration, e.g. PIP_INDEX_URL in a secret or netrc).',
    );
  }
}

/** The repository this workflow runs in, and the branch it checked out, as the consumer. */
function consumerOf(env: NodeJS.ProcessEnv): { owner: string; repo: string; base: string } {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new WheelrelayError(
      `GITHUB_REPOSITORY is '${env.GITHUB_REPOSITORY ?? ''}', not owner/repo`,
      'Run the action in a GitHub Actions job, or set `dry-run: true` to only change the checkout.',
    );
  }
  const ref = env.GITHUB_REF ?? '';
  if (!ref.startsWith('refs/heads/')) {
    throw new WheelrelayError(
      `this run is on ${ref || 'no ref'}, not a branch: there is no base for the pull request`,
      'Run it on a branch (a repository_dispatch runs on the default branch; pick a branch for workflow_dispatch).',
    );
  }
  return { owner, repo, base: ref.slice('refs/heads/'.length) };
}
