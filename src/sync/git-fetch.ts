import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Runner, type RunResult, tail } from '../build/runner.js';
import { WheelrelayError } from '../errors.js';
import { exists } from '../files.js';
import type { Log } from '../log.js';
import { addBasicAuth } from '../secrets.js';
import { isCommitId, type UrlCredentials } from './entries.js';

/**
 * A token for private repositories, sent only to the hosts named (e.g. `github.com`), and
 * there only over https, to the entry's own repository.
 */
export interface GitAuth {
  readonly token: string;
  readonly hosts: readonly string[];
}

/** Why a fetch failed, so a report can say what to fix. */
export type FetchFailure = 'bad-ref' | 'no-access' | 'fetch-failed';

/** A fetch that failed; `reason` names the kind. */
export class FetchError extends WheelrelayError {
  override name = 'FetchError';
  constructor(
    readonly reason: FetchFailure,
    message: string,
    hint?: string,
  ) {
    super(message, hint);
  }
}

/** What was checked out. */
interface FetchedCommit {
  /** The full commit id. */
  readonly commit: string;
}

interface FetchRequest {
  readonly url: string;
  /** Branch, tag, full or abbreviated commit id; the remote's HEAD when undefined. */
  readonly ref?: string;
  /** An empty (or missing) folder to check out into. */
  readonly dir: string;
  /** The environment git runs in: from {@link gitEnvironment}. */
  readonly env: NodeJS.ProcessEnv;
  /** How long each git command may run before it is killed (the `timeout` input). */
  readonly timeoutMs?: number;
}

/**
 * The environment git runs in for one repository. A token goes in as an `http.extraHeader`
 * set through GIT_CONFIG_COUNT/KEY/VALUE variables: never on a command line, where process
 * lists show it, and never in a file. The header is scoped to the entry's own repository URL
 * (git's `http.<url>.*` matches path prefixes), so a submodule elsewhere on the same host is
 * fetched without it; redirects are not followed, since git would send the header on to
 * wherever it was sent; and nothing is attached to a plain `http:` URL, where anyone on the
 * way could read it. Prompts are off, so a private repository without access fails at once
 * instead of waiting for a password.
 */
export function gitEnvironment(
  url: string,
  opts: { auth?: GitAuth; credentials?: UrlCredentials },
  parent: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...parent,
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    // Only transports a requirement file can mean (`ext::` and friends run commands), and
    // local paths only for a repository that is itself local: a submodule of a remote one
    // must not read the runner's disk.
    GIT_ALLOW_PROTOCOL:
      parent.GIT_ALLOW_PROTOCOL ??
      (url.startsWith('file:') ? 'file:git:http:https:ssh' : 'git:http:https:ssh'),
    GIT_SSH_COMMAND: parent.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
  };
  const header = authorizationFor(url, opts);
  const scope = repositoryScope(url);
  if (!header || !scope) return env;
  const settings: Array<[string, string]> = [
    [`http.${scope}.extraHeader`, header],
    ['http.followRedirects', 'false'],
  ];
  let count = Number(parent.GIT_CONFIG_COUNT) || 0;
  for (const [key, value] of settings) {
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = value;
    count++;
  }
  env.GIT_CONFIG_COUNT = String(count);
  return env;
}

/** The Authorization header a fetch of `url` carries, if any: credentials from the URL, else the token for its host. */
function authorizationFor(
  url: string,
  opts: { auth?: GitAuth; credentials?: UrlCredentials },
): string | undefined {
  const basic = (user: string, password: string) =>
    `Authorization: ${addBasicAuth(user, password)}`;
  if (opts.credentials) return basic(opts.credentials.username, opts.credentials.password);
  const host = hostOf(url);
  if (opts.auth && host && opts.auth.hosts.some((h) => h.toLowerCase() === host)) {
    return basic('x-access-token', opts.auth.token);
  }
  return undefined;
}

/**
 * The `https:` URL a header is scoped to: the repository's own, without query or fragment, so
 * git sends it for that repository's requests only. Undefined for any other scheme (plain
 * `http:` above all): such a fetch carries no credentials.
 */
function repositoryScope(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' || u.username || u.password) return undefined;
    return `${u.origin}${u.pathname}`;
  } catch {
    return undefined;
  }
}

/** The lower-cased host of an http(s) URL; undefined for any other URL. */
export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches exactly one commit into `dir` and checks it out: `git fetch --depth 1` of the ref
 * (branch, tag or full commit id). An abbreviated commit id cannot be fetched by itself, so
 * for one (or for a server that refuses unadvertised commits) every branch and tag is fetched
 * and the id resolved locally. A tag is kept as a local tag, so setuptools_scm and friends
 * read the version from it as they would in a full clone. Submodules come too, as pip does.
 */
export async function fetchCommit(
  req: FetchRequest,
  run: Runner,
  log: Log,
): Promise<FetchedCommit> {
  const ref = req.ref ?? 'HEAD';
  const where = `${req.url}${req.ref ? `@${req.ref}` : ''}`;
  if (ref.startsWith('-') || /\s/.test(ref)) {
    throw new FetchError('bad-ref', `${where}: '${ref}' is not a git ref`);
  }
  await mkdir(req.dir, { recursive: true });
  const { git, must } = gitIn(req, where, run, log);

  await must(['init', '-q']);
  await must(['remote', 'add', 'origin', req.url]);
  log.info(`fetching ${where} (depth 1)`);
  const shallow = await git(['fetch', '-q', '--depth', '1', '--no-tags', 'origin', ref]);
  if (shallow.exitCode === 0) {
    const tag = await fetchedTag(req.dir);
    if (tag) await must(['update-ref', `refs/tags/${tag}`, 'FETCH_HEAD']).catch(() => undefined);
    await must(['checkout', '-q', '--detach', 'FETCH_HEAD']);
  } else if (
    isCommitId(ref) &&
    !/could not read|authentication|not found|denied/i.test(shallow.output)
  ) {
    await checkoutFromEveryRef(ref, req, where, { git, must }, log);
  } else {
    throw classify(shallow.output, where, req.url);
  }

  const commit = await must(['rev-parse', 'HEAD']);
  if (await exists(join(req.dir, '.gitmodules'))) {
    log.info(`${where}: updating submodules`);
    await must(['submodule', 'update', '--init', '--recursive', '--depth', '1']);
  }
  return { commit };
}

/** git in the request's folder: `git` answers what it ran, `must` throws what git said. */
interface Git {
  git(args: string[]): Promise<RunResult>;
  must(args: string[]): Promise<string>;
}

/** Runs git in `req.dir` with its environment and deadline, its output as debug lines. */
function gitIn(req: FetchRequest, where: string, run: Runner, log: Log): Git {
  const git = async (args: string[]) => {
    log.debug(`git ${args.join(' ')}`);
    const out = log.output('debug');
    try {
      const res = await run('git', args, {
        cwd: req.dir,
        env: req.env,
        onLine: out.line,
        ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}),
      });
      if (res.killedAfterSeconds !== undefined) {
        throw new FetchError(
          'fetch-failed',
          `${where}: git ${args[0]} was killed after ${res.killedAfterSeconds} s`,
          'The git server did not finish in time (`timeout` bounds each git command): check that it is up, or raise `timeout` for a very large repository.',
        );
      }
      return res;
    } finally {
      out.end();
    }
  };
  const must = async (args: string[]) => {
    const res = await git(args);
    if (res.exitCode !== 0) throw classify(res.output, where, req.url);
    return res.output.trim();
  };
  return { git, must };
}

/**
 * For an abbreviated commit id (or a server that refuses unadvertised commits): fetches every
 * branch and tag, then checks out the commit the id names.
 */
async function checkoutFromEveryRef(
  ref: string,
  req: FetchRequest,
  where: string,
  { git, must }: Git,
  log: Log,
): Promise<void> {
  log.info(
    `${ref} cannot be fetched by itself: fetching every branch and tag of ${req.url} to find it`,
  );
  await must([
    'fetch',
    '-q',
    '--no-tags',
    'origin',
    '+refs/heads/*:refs/remotes/origin/*',
    '+refs/tags/*:refs/tags/*',
  ]);
  const res = await git(['rev-parse', '--verify', '-q', `${ref}^{commit}`]);
  if (res.exitCode !== 0) {
    throw new FetchError(
      'bad-ref',
      `${where}: no commit ${ref} on any branch or tag of ${req.url}`,
      'Check the commit id in the requirement file (was it force-pushed away, or is it in a fork?).',
    );
  }
  await must(['checkout', '-q', '--detach', res.output.trim()]);
}

/** The tag name FETCH_HEAD records when the fetched ref was a tag. */
async function fetchedTag(dir: string): Promise<string | undefined> {
  const text = await readFile(join(dir, '.git', 'FETCH_HEAD'), 'utf8').catch(() => '');
  const tag = /\ttag '([^']+)' of /.exec(text)?.[1];
  return tag && !tag.startsWith('-') ? tag : undefined;
}

/** Turns git's complaint into an error that says what to fix. */
function classify(output: string, where: string, url: string): FetchError {
  const last = tail(output, 6);
  const refused = /transport '([^']+)' not allowed/i.exec(output)?.[1];
  if (refused) {
    return new FetchError(
      'fetch-failed',
      `${where}: git refused the '${refused}' transport (${last})`,
      `wheelrelay lets git use only git, http, https and ssh (and file for a file:// requirement), since other transports can run commands or read this machine's files. If your git config sends this repository elsewhere (a url.<mirror>.insteadOf rule pointing at a ${refused}:// mirror), allow that transport with GIT_ALLOW_PROTOCOL in the environment, which wheelrelay honours as it is: e.g. GIT_ALLOW_PROTOCOL=${refused}:https:ssh.`,
    );
  }
  if (/returned error: 30[12378]\b/i.test(output)) {
    return new FetchError(
      'fetch-failed',
      `${where}: the server redirected the fetch elsewhere, and a fetch that carries a token does not follow redirects (${last})`,
      'Write the URL the repository really lives at in the requirement file (a redirect would hand the token to whatever the server names).',
    );
  }
  if (
    /couldn't find remote ref|no such remote ref|not our ref|invalid refspec|unadvertised object/i.test(
      output,
    )
  ) {
    return new FetchError(
      'bad-ref',
      `${where}: the ref does not exist in the repository (${last})`,
      'Check the branch, tag or commit in the requirement file.',
    );
  }
  if (
    /authentication failed|could not read (username|password)|terminal prompts disabled|repository not found|permission denied|returned error: 40[134]|HTTP 40[134]|does not appear to be a git repository|could not read from remote repository/i.test(
      output,
    )
  ) {
    return new FetchError(
      'no-access',
      `${where}: cannot read the repository (${last})`,
      url.startsWith('http:')
        ? 'No token or password is ever sent over plain http://, where anyone on the way could read it: write the requirement with https://.'
        : 'It does not exist or is private: pass a token that can read it as `git-token` (a fine-grained PAT or GitHub App token with contents: read), for its host in `git-token-hosts`.',
    );
  }
  return new FetchError('fetch-failed', `${where}: git failed (${last})`);
}

/**
 * The commit a branch, tag or HEAD of a remote points at, from one `git ls-remote` (no
 * clone): an annotated tag's commit, not the tag object; a tag before a branch of the same
 * name, as git's own lookup prefers. Undefined when the remote does not answer, or answers
 * nothing that is exactly this ref: the caller then fetches, which says what is wrong.
 */
export async function resolveRef(
  req: Omit<FetchRequest, 'dir'>,
  run: Runner,
  log: Log,
): Promise<string | undefined> {
  const ref = req.ref ?? 'HEAD';
  if (ref.startsWith('-') || /\s/.test(ref)) return undefined;
  log.debug(`git ls-remote ${req.url} ${ref}`);
  // A peeled tag (`v1^{}`: the commit an annotated tag points at) is listed only when asked for.
  const res = await run('git', ['ls-remote', '--', req.url, ref, `${ref}^{}`], {
    env: req.env,
    ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}),
  }).catch(() => undefined);
  if (res?.exitCode !== 0 || res.killedAfterSeconds !== undefined) return undefined;
  const refs = new Map<string, string>();
  for (const line of res.output.split('\n')) {
    const m = /^([0-9a-f]{40}(?:[0-9a-f]{24})?)\t(\S+)$/.exec(line.trim());
    if (m?.[1] && m[2]) refs.set(m[2], m[1]);
  }
  const full = ref.startsWith('refs/') || ref === 'HEAD' ? [ref] : [];
  const tag = ref.replace(/^refs\/tags\//, '');
  for (const name of [
    ...full.map((r) => `${r}^{}`),
    ...full,
    `refs/tags/${tag}^{}`,
    `refs/tags/${tag}`,
    `refs/heads/${ref}`,
  ]) {
    const commit = refs.get(name);
    if (commit) return commit;
  }
  return undefined;
}

/**
 * Which of `tags` the repository at `url` has (`git ls-remote`, nothing fetched), within the
 * deadline. Throws a FetchError when the repository cannot be listed.
 */
export async function remoteTags(
  url: string,
  tags: readonly string[],
  run: Runner,
  opts: { env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Set<string>> {
  const wanted = tags.filter((t) => !t.startsWith('-') && !/\s/.test(t));
  const res = await run(
    'git',
    ['ls-remote', '--tags', '--', url, ...wanted.map((t) => `refs/tags/${t}`)],
    {
      env: opts.env,
      timeoutMs: opts.timeoutMs,
    },
  );
  if (res.killedAfterSeconds !== undefined) {
    throw new FetchError(
      'fetch-failed',
      `${url}: git ls-remote was killed after ${res.killedAfterSeconds} s`,
      'The git server did not answer in time: check that it is up, or pass the ref yourself.',
    );
  }
  if (res.exitCode !== 0) throw classify(res.output, url, url);
  const found = new Set<string>();
  for (const line of res.output.split('\n')) {
    const m = /^[0-9a-f]{40,64}\trefs\/tags\/(\S+?)(\^\{\})?$/.exec(line.trim());
    if (m?.[1] && wanted.includes(m[1])) found.add(m[1]);
  }
  return found;
}
