import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where dist/ and action.yml live). */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What one run of the bundled action left behind, as the runner would see it. */
export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
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
  /** Which bundle: the action (default) or the CLI. */
  entry?: string;
}

/**
 * Runs `node dist/index.js` exactly as the Actions runner does: inputs as INPUT_<NAME>
 * variables (upper-cased, spaces to `_`, dashes kept), GITHUB_* variables, and files for
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH, which are read back afterwards.
 */
export async function runAction(opts: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'wr-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(opts.event ?? {}));
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
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const entry = opts.entry ?? join(ROOT, 'dist', 'index.js');
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number;
    stdout: string;
    stderr: string;
  }>((done) => {
    execFile(
      process.execPath,
      [entry],
      { cwd: opts.workspace, env, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? 1) : 0;
        done({ exitCode: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  const summary = await readFile(summaryFile, 'utf8');
  await rm(dir, { recursive: true, force: true });
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    everything: () => [stdout, stderr, JSON.stringify(outputs), summary].join('\n'),
  };
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
