import { resolve } from 'node:path';
import { WheelrelayError } from './errors.js';
import { type Consumer, parseConsumers } from './github/consumers.js';
import { type GitHubPacing, pacingFor } from './github/pacing.js';
import { checkTemplate, DEFAULT_BODY } from './github/templates.js';
import { detectIndexType, type IndexType, indexKind } from './index/kinds/index.js';
import { DEFAULT_RETRY, type RetryPolicy } from './index/retry.js';
import type { IndexTarget } from './index/target.js';
import { type InputSource, Inputs, type SecretSink } from './inputs/read.js';
import { addBasicAuth, addSecret, safeUrl } from './secrets.js';

export type { IndexTarget } from './index/target.js';

/** What triggered the run: a tag (a release) or a branch push; undefined outside CI. */
export type SourceRef = { kind: 'tag' | 'branch'; name: string; sha?: string };

/** Every setting of a publish run, validated. Built only by `readConfig`. */
export interface Config {
  index: IndexTarget;
  packageDir: string;
  /** Publish what is already built here instead of building. */
  distDir?: string;
  dists: 'wheel' | 'sdist' | 'both';
  python: string;
  buildIsolation: boolean;
  /**
   * Pass build's own `--skip-dependency-check` to builds without isolation: a project that
   * declares a build requirement it never uses still builds (CLI `--skip-dependency-check`).
   */
  skipDependencyCheck: boolean;
  ref?: SourceRef;
  /** Extracts the version from a tag name (group `version`, or the first group). */
  tagPattern: RegExp;
  verifyTimeoutMs: number;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Restore and save pip's cache with @actions/cache (action only). */
  pipCache: boolean;
  /** How long one build may run before it is killed. */
  buildTimeoutMs: number;
  /**
   * Build even where builds cannot be isolated from this process and its secrets (sync
   * refuses to otherwise; publish warns).
   */
  buildsCanReadSecrets: boolean;
  /**
   * Build, inspect and read the index, then report what a real run would upload and do to each
   * consumer: nothing is uploaded, no cache saved, no GitHub request writes (input `dry-run`).
   */
  dryRun: boolean;
  /** Pull requests moving the pin in each consumer, once the release is verified. */
  bump?: BumpConfig;
}

/** How to open pin-bump pull requests in consuming repositories (input `consumers` and friends). */
export interface BumpConfig {
  consumers: Consumer[];
  /** A PAT or GitHub App token that can write to every consumer. */
  token: string;
  pinStyle: 'index' | 'git';
  /** Templates with {placeholders} (src/github/templates.ts). */
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  draft: boolean;
  autoMerge?: 'merge' | 'squash' | 'rebase';
  /** Commit through GraphQL createCommitOnBranch, which GitHub signs (verified). */
  signCommits: boolean;
  /** Print every planned diff; write nothing (the run's `dry-run`). */
  dryRun: boolean;
  apiUrl: string;
  serverUrl: string;
  /** owner/repo of the package being released (GITHUB_REPOSITORY). */
  sourceRepo?: string;
  /** How many consumers are processed at once. */
  concurrency: number;
  /** How the GitHub client waits: GitHub's pacing, unless a local test stand-in says otherwise. */
  pacing?: GitHubPacing;
}

export type { InputSource, SecretSink } from './inputs/read.js';

/** Reads and validates every setting, failing with a message that names the input to fix. */
export function readConfig(
  input: InputSource,
  env: NodeJS.ProcessEnv,
  cwd: string,
  onSecret: SecretSink = () => {},
  warn: (message: string) => void = () => {},
): Config {
  // Secrets are masked first (by Inputs), so that nothing printed while validating the rest
  // can show them.
  const inputs = new Inputs(input, 'publish', onSecret);
  return {
    index: readIndex(inputs, cwd, onSecret, warn),
    packageDir: inputs.read('package-dir'),
    distDir: inputs.read('dist-dir'),
    dists: inputs.read('dists'),
    python: inputs.read('python'),
    buildIsolation: inputs.read('build-isolation'),
    // The action's input comes with the table of inputs; the CLI sets it from its flag.
    skipDependencyCheck: false,
    ref: readRef(env),
    tagPattern: inputs.read('tag-pattern'),
    verifyTimeoutMs: inputs.read('verify-timeout') * 1000,
    timeoutMs: inputs.read('timeout') * 1000,
    retry: { ...DEFAULT_RETRY, retries: inputs.read('retries') },
    pipCache: inputs.read('cache'),
    buildTimeoutMs: inputs.read('build-timeout') * 1000,
    buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
    dryRun: inputs.read('dry-run'),
    bump: readBump(inputs, env),
  };
}

function readBump(inputs: Inputs, env: NodeJS.ProcessEnv): BumpConfig | undefined {
  const consumers = parseConsumers(inputs.read('consumers') ?? '');
  if (consumers.length === 0) return undefined;
  const token = inputs.read('consumer-token');
  if (!token) {
    throw new WheelrelayError(
      'input `consumers` is set but `consumer-token` is not',
      "Pass a fine-grained PAT or GitHub App token with contents and pull-requests write access to every consumer (from a secret). The workflow's own GITHUB_TOKEN cannot write to other repositories.",
    );
  }
  const title = inputs.read('pr-title');
  const body = inputs.read('pr-body') ?? DEFAULT_BODY;
  checkTemplate(title, 'pr-title');
  checkTemplate(body, 'pr-body');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  try {
    new URL(apiUrl);
  } catch {
    throw new WheelrelayError(`GITHUB_API_URL is not a URL: ${safeUrl(apiUrl)}`);
  }
  return {
    consumers,
    token,
    pinStyle: inputs.read('pin-style'),
    title,
    body,
    labels: inputs.read('labels') ?? [],
    reviewers: logins(inputs.read('reviewers'), 'reviewers'),
    // `org/team` is how teams are written elsewhere; the API wants the slug.
    teamReviewers: logins(inputs.read('team-reviewers'), 'team-reviewers', true).map((t) =>
      t.replace(/^.*\//, ''),
    ),
    draft: inputs.read('draft'),
    autoMerge: inputs.read('auto-merge'),
    signCommits: inputs.read('sign-commits'),
    dryRun: inputs.read('dry-run'),
    apiUrl,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    sourceRepo: env.GITHUB_REPOSITORY || undefined,
    concurrency: 4,
    pacing: pacingFor(apiUrl, env),
  };
}

function logins(value: string[] | undefined, name: string, teams = false): string[] {
  const out = (value ?? []).map((v) => v.replace(/^@/, ''));
  const ok = teams ? /^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/ : /^[A-Za-z0-9-]+(\[bot\])?$/;
  for (const v of out) {
    if (!ok.test(v)) {
      throw new WheelrelayError(
        `input \`${name}\` has '${v}', which is not a ${teams ? 'team' : 'GitHub login'}`,
        teams ? 'Give team slugs (or org/team), comma-separated.' : 'Give logins, comma-separated.',
      );
    }
  }
  return out;
}

function readIndex(
  inputs: Inputs,
  cwd: string,
  onSecret: SecretSink,
  warn: (message: string) => void,
): IndexTarget {
  const raw = inputs.read('index-url');
  if (!raw) {
    throw new WheelrelayError(
      'input `index-url` is required',
      'Set it to the index to publish to (for example https://devpi.example.com/ci/cache/), or to a directory for the embedded static index.',
    );
  }
  const type = inputs.read('index-type');

  if (type === 'directory' || isDirectory(raw)) {
    if (type && type !== 'directory') {
      throw new WheelrelayError(
        `input \`index-url\` is a directory (${raw}) but \`index-type\` is ${type}`,
        'Use an http(s) URL for that index type, or drop `index-type`.',
      );
    }
    const path = raw.startsWith('file:') ? new URL(raw).pathname : raw;
    return { type: 'directory', path: resolve(cwd, path) };
  }

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WheelrelayError(
      `input \`index-url\` is not a URL or a directory: ${safeUrl(raw)}`,
      'Give an http(s) URL such as https://devpi.example.com/ci/cache/, or a path for the directory index.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new WheelrelayError(
      `input \`index-url\` has scheme ${url.protocol} which is not supported`,
      'Use https:// (or http:// on a trusted network), or a directory path.',
    );
  }
  let username = inputs.read('username');
  let pass = inputs.read('password');
  // Credentials in a URL end up in logs, outputs and process lists: take them out, mask, and
  // warn. The index's own URL and its simple API's alike.
  const simple = readSimpleUrl(inputs.read('simple-url'));
  for (const [input, u] of [
    ['index-url', url],
    ['simple-url', simple],
  ] as const) {
    const found = u && takeUserInfo(u, onSecret);
    if (!found) continue;
    username ??= found.username;
    pass ??= found.password || undefined;
    warn(
      `\`${input}\` had credentials embedded; they were removed from it and masked. Pass them as \`username\` and \`password\` (from secrets) instead.`,
    );
  }
  if (pass && !username) {
    throw new WheelrelayError(
      'input `password` is set but `username` is not',
      'Set `username` too (for an API token, the username is `__token__`).',
    );
  }
  const credentials = pass && username ? { username, password: pass } : undefined;
  if (credentials) addBasicAuth(credentials.username, credentials.password, onSecret);

  // index-type wins; then the URL's shape; where neither says, the index's first answer does.
  const shape = detectIndexType(url);
  const kindType = type ?? shape;
  const kind = indexKind(kindType as Exclude<IndexType, 'directory'>);
  const derived = kind.urls(url);
  let simpleUrl = derived.simpleUrl;
  if (simple) simpleUrl = simple.toString().endsWith('/') ? simple.toString() : `${simple}/`;
  if (!simpleUrl) {
    throw new WheelrelayError(
      `the simple API of ${safeUrl(url)} cannot be derived for index-type ${kind.type}`,
      "Set `simple-url` to the index's simple API (the URL pip uses as --index-url).",
    );
  }
  return {
    type: kind.type,
    uploadUrl: derived.uploadUrl,
    simpleUrl,
    credentials,
    kindFrom: type ? 'input' : shape === 'generic' ? 'answer' : 'url',
    indexUrl: url.toString(),
    simpleUrlGiven: simple !== undefined,
  };
}

/** The `simple-url` input as a URL, or undefined when not given. */
function readSimpleUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    return new URL(raw);
  } catch {
    throw new WheelrelayError(
      `input \`simple-url\` is not a URL: ${safeUrl(raw)}`,
      "Give the index's simple API as an http(s) URL (the URL pip uses as --index-url).",
    );
  }
}

/** Removes the user-info from `url` (in place) and registers its password; undefined when it had none. */
function takeUserInfo(
  url: URL,
  onSecret: SecretSink,
): { username: string; password: string } | undefined {
  if (!url.username && !url.password) return undefined;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const found = { username: decode(url.username), password: decode(url.password) };
  addSecret(found.password, onSecret);
  addSecret(url.password, onSecret);
  url.username = '';
  url.password = '';
  return found;
}

/** A local path or file:// URL (anything that is not an http(s) URL and has no other scheme). */
function isDirectory(raw: string): boolean {
  if (raw.startsWith('file:')) return true;
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw);
}

/** The ref of a tag or branch push. (The CLI's `--tag` sets a tag of its own: cli/publish.ts.) */
function readRef(env: NodeJS.ProcessEnv): SourceRef | undefined {
  const ref = env.GITHUB_REF ?? '';
  if (ref.startsWith('refs/tags/'))
    return { kind: 'tag', name: ref.slice(10), sha: env.GITHUB_SHA };
  if (ref.startsWith('refs/heads/'))
    return { kind: 'branch', name: ref.slice(11), sha: env.GITHUB_SHA };
  return undefined;
}
