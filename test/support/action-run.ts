import { type ChildProcess, execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chown, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_FILES, type ActionName } from '../../src/inputs/table.js';
import { expectNoSecrets, type TestSecret } from './secrets.js';

/** The repository root (where dist/ and action.yml live). */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What one run of the bundled action left behind, as the runner would see it. */
export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /**
   * What the run left in the runner's other command files (GITHUB_ENV, GITHUB_PATH,
   * GITHUB_STATE): lines there would change every later step of the job.
   */
  commandFiles: { env: string; path: string; state: string };
  /** Every text the run produced, for secret checks. */
  everything(): string;
}

export interface ActionRunOptions {
  inputs: Record<string, string>;
  /** The workflow's working directory (GITHUB_WORKSPACE). */
  workspace: string;
  /** GITHUB_REF, e.g. refs/tags/v1.0.0 or refs/heads/main. */
  ref?: string;
  sha?: string;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Which action: the root one (publish, the default), `sync` or `bump`, run through the file
   * in dist/ its action.yml names (`runs.main`), as the runner runs it.
   */
  action?: ActionName;
  /** Another file to run instead (the CLI, or a bundle built elsewhere); wins over `action`. */
  entry?: string;
  /**
   * Secrets the run must never print or write, besides those found on their own: the values of
   * inputs and variables named like a password or token (see {@link secretsOf}).
   */
  secrets?: TestSecret[];
  /** More directories the run writes to, whose new files are checked for secrets too. */
  writes?: string[];
  /**
   * Run the action as this (unprivileged) user, as a runner that is not root does; its
   * RUNNER_TEMP is handed to it. The workspace must be readable and writable by it.
   */
  asUser?: { uid: number; gid: number };
}

/**
 * Runs an action's entry in dist/ (`node dist/index.js`, `node dist/sync.js`, …) exactly as the Actions runner does: inputs as INPUT_<NAME>
 * variables (upper-cased, spaces to `_`, dashes kept), GITHUB_* variables, and files for
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH, which are read back afterwards, and
 * GITHUB_ENV, GITHUB_PATH and GITHUB_STATE where the runner keeps them
 * (RUNNER_TEMP/_runner_file_commands/).
 */
export async function runAction(opts: ActionRunOptions): Promise<ActionRun> {
  return (await startAction(opts)).result;
}

/** A run of the bundled action still going: its process, to signal, and what it will leave. */
export interface StartedAction {
  child: ChildProcess;
  /** Settles when the process has ended and its outputs are read (and checked for secrets). */
  result: Promise<ActionRun & { signal: NodeJS.Signals | null }>;
}

/** Starts the bundled action as {@link runAction} does, handing back the child to signal. */
export async function startAction(opts: ActionRunOptions): Promise<StartedAction> {
  const dir = await mkdtemp(join(tmpdir(), 'wr-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  const fileCommands = join(dir, '_runner_file_commands');
  await mkdir(fileCommands);
  const commandFile = (kind: string) => join(fileCommands, `${kind}_${randomUUID()}`);
  const envFile = commandFile('set_env');
  const pathFile = commandFile('add_path');
  const stateFile = commandFile('save_state');
  for (const f of [outputFile, summaryFile, envFile, pathFile, stateFile]) await writeFile(f, '');
  await writeFile(eventFile, JSON.stringify(opts.event ?? {}));
  if (opts.asUser) {
    const { uid, gid } = opts.asUser;
    for (const p of [
      dir,
      fileCommands,
      outputFile,
      summaryFile,
      envFile,
      pathFile,
      stateFile,
      eventFile,
    ])
      await chown(p, uid, gid);
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_SHA: opts.sha ?? '0'.repeat(40),
    GITHUB_REPOSITORY: 'acme/problem-package',
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: envFile,
    GITHUB_PATH: pathFile,
    GITHUB_STATE: stateFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const entry = opts.entry ?? actionEntry(opts.action ?? 'publish');
  // Whole milliseconds, earlier than any write of the run (file times may be coarser).
  const started = Math.floor(Date.now() / 1000) * 1000 - 1000;
  type Ended = { exitCode: number; signal: NodeJS.Signals | null; stdout: string; stderr: string };
  let done: (ended: Ended) => void = () => {};
  const ended = new Promise<Ended>((resolve) => {
    done = resolve;
  });
  const child = execFile(
    process.execPath,
    [entry],
    { cwd: opts.workspace, env, maxBuffer: 64 << 20, ...(opts.asUser ?? {}) },
    (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0;
      const signal = (err as { signal?: NodeJS.Signals } | null)?.signal ?? null;
      done({ exitCode: typeof code === 'number' ? code : 1, signal, stdout, stderr });
    },
  );
  const result = ended.then(async ({ exitCode, signal, stdout, stderr }) => {
    const outputText = await readFile(outputFile, 'utf8');
    const outputs = parseOutputFile(outputText);
    const summary = await readFile(summaryFile, 'utf8');
    const commandFiles = {
      env: await readFile(envFile, 'utf8'),
      path: await readFile(pathFile, 'utf8'),
      state: await readFile(stateFile, 'utf8'),
    };
    // Every run is checked, whatever its test asserts: the runner's four channels and every file
    // the run wrote (RUNNER_TEMP, the workspace, a directory index), in any of a secret's forms.
    try {
      const written = await filesWrittenSince(started, [
        dir,
        opts.workspace,
        ...writeTargets(opts),
      ]);
      expectNoSecrets([stdout, stderr, outputText, summary, ...written], secretsOf(opts));
    } finally {
      // Also when the check fails: test/trust/secrets-check.test.ts makes it fail on purpose.
      await rm(dir, { recursive: true, force: true });
    }
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      outputs,
      summary,
      commandFiles,
      everything: () => [stdout, stderr, JSON.stringify(outputs), summary].join('\n'),
    };
  });
  return { child, result };
}

/** The file in dist/ an action's action.yml runs (src/inputs/table.ts ACTION_FILES). */
export function actionEntry(action: ActionName): string {
  const file = ACTION_FILES.find((f) => f.lists.includes(action));
  if (!file) throw new Error(`no action.yml lists the ${action} action`);
  return join(ROOT, 'dist', file.entry);
}

const SECRET_NAME = /password|token|secret/i;
/** Named like a secret, but a list of host names (`git-token-hosts`), printed in every URL. */
const NOT_SECRET = /-hosts$/i;

/**
 * The secrets of one run: the values of inputs and environment variables named like a password
 * or token, paired with the `username` input for their Basic-auth form, plus `opts.secrets`.
 */
export function secretsOf(opts: ActionRunOptions): TestSecret[] {
  const user = opts.inputs.username;
  const found: TestSecret[] = [...(opts.secrets ?? [])];
  const named = [...Object.entries(opts.inputs), ...Object.entries(opts.env ?? {})];
  for (const [name, value] of named) {
    if (!SECRET_NAME.test(name) || NOT_SECRET.test(name) || !value || value.length < 6) continue;
    found.push(
      { secret: value, user: user || undefined },
      { secret: value, user: 'x-access-token' },
    );
  }
  return found;
}

/** Directories a run writes to besides the workspace: `opts.writes` and a directory index. */
function writeTargets(opts: ActionRunOptions): string[] {
  const index = opts.inputs['index-url'] ?? '';
  const local = index.startsWith('file://')
    ? fileURLToPath(index)
    : index && !/^[a-z][a-z0-9+.-]*:/i.test(index)
      ? resolve(opts.workspace, index)
      : undefined;
  return [...(opts.writes ?? []), ...(local && isAbsolute(local) ? [local] : [])];
}

/**
 * The contents (as latin1, so any bytes compare) of regular files under `dirs` modified at or
 * after `since`, skipping `.git` and `node_modules`. Bounded: at most 5,000 files, 64 MB each.
 */
async function filesWrittenSince(since: number, dirs: string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  let budget = 5_000;
  const walk = async (d: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git' && e.name !== 'node_modules') await walk(p);
      } else if (e.isFile() && !seen.has(p) && budget-- > 0) {
        seen.add(p);
        const st = await stat(p).catch(() => undefined);
        // Another process may remove a file between the listing and the read (a temporary one).
        const bytes =
          st && st.mtimeMs >= since && st.size <= 64 << 20
            ? await readFile(p).catch(() => undefined)
            : undefined;
        if (bytes) out.push(bytes.toString('latin1'));
      }
    }
  };
  for (const d of dirs) await walk(d);
  return out;
}

/** Reads the `name<<DELIMITER … DELIMITER` records @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m?.[1] || !m[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]] = value.join('\n');
  }
  return out;
}
