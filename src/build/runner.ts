import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { redact } from '../secrets.js';
import { childEnvironment } from './environment.js';

/** The result of running a program to completion (or to its deadline). */
export interface RunResult {
  exitCode: number;
  /** The last {@link KEPT_LINES} lines of stdout and stderr, interleaved as they arrived. */
  output: string;
  /** Set when the program ran past its deadline and was killed: after how many seconds. */
  killedAfterSeconds?: number;
}

interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Each line of output, as it arrives (secrets redacted). */
  onLine?: (line: string) => void;
  /** Kill the program, and everything it started in its session, after this many milliseconds. */
  timeoutMs?: number;
  /** When the waits end (the deadline, and the graces after it): real time unless a test says. */
  timers?: Timers;
}

/**
 * When the runner's waits end: a program's deadline (`timeoutMs`), the grace after its SIGTERM,
 * the grace for its pipes. Real time in wheelrelay; a test passes one that ends the deadline when
 * the program has reached the point the test is about, so no assertion depends on the machine's speed.
 */
export interface Timers {
  /** Calls `done` once `ms` milliseconds have passed; returns a function that cancels it. */
  after(ms: number, done: () => void): () => void;
}

/** Real time. */
export const realTimers: Timers = {
  after(ms, done) {
    const timer = setTimeout(done, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * Runs programs with an argument array, never through a shell, so nothing from inputs, tags
 * or files can be read as shell syntax.
 */
export type Runner = (command: string, args: string[], opts: RunOptions) => Promise<RunResult>;

/** How much output a result keeps (every line still goes to `onLine`). */
const KEPT_LINES = 1000;
/** A "line" longer than this is cut, so a program printing without newlines cannot fill memory. */
const MAX_LINE = 64 * 1024;
/** After a deadline's SIGTERM, how long a program has to end before SIGKILL. */
const TERM_GRACE_MS = 5000;
/**
 * After the program exits (and its process group is killed), how long to wait for its output
 * pipes to close: a process that left the group (setsid) may still hold them.
 */
const PIPE_GRACE_MS = 2000;

/** Process groups of programs still running, killed if this process is told to stop. */
const liveGroups = new Set<number>();
/** Synchronous clean-ups (an isolated build's user) to run if this process is told to stop. */
const terminationHooks = new Set<() => void>();
let signalsHooked = false;

/**
 * Registers a clean-up that must run even if this process is stopped by SIGTERM or SIGINT
 * (the runner cancelling the job). Returns a function that unregisters it.
 */
export function onTermination(hook: () => void): () => void {
  hookSignals();
  terminationHooks.add(hook);
  return () => terminationHooks.delete(hook);
}

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  const stopAll = () => {
    for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
    for (const hook of terminationHooks) {
      try {
        hook();
      } catch {}
    }
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    const handler = () => {
      stopAll();
      // Die of the same signal, as if there had been no handler.
      process.removeListener(signal, handler);
      process.kill(process.pid, signal);
    };
    process.on(signal, handler);
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is gone. EPERM: what is left belongs to another user (an isolated
    // build), which the isolation layer ends.
  }
}

/**
 * The one runner: every program wheelrelay starts (git, python, the isolation helpers) goes
 * through it. Each program gets {@link childEnvironment} (builds run code wheelrelay did not
 * write) and its own session, so it and everything it starts form one process group, which is
 * killed when the program exits (nothing it left behind outlives it) or when its deadline
 * passes (SIGTERM, then SIGKILL).
 */
export const execRunner: Runner = (command, args, opts) =>
  new Promise<RunResult>((resolve) => {
    hookSignals();
    let child: ChildProcess;
    try {
      child = spawnInGroup(command, args, opts);
    } catch (err) {
      resolve({ exitCode: 127, output: `${command}: ${(err as Error).message}` });
      return;
    }
    const pid = child.pid;
    const started = Date.now();
    let killedAfterSeconds: number | undefined;
    let exitCode: number | undefined;
    const clock = opts.timers ?? realTimers;
    const timers: Array<() => void> = [];
    const output = keepOutput(child, opts.onLine);

    let settled = false;
    const finish = (result: RunResult) => {
      if (settled) return;
      settled = true;
      for (const cancel of timers) cancel();
      if (pid !== undefined) liveGroups.delete(pid);
      resolve(result);
    };

    child.on('error', (err: NodeJS.ErrnoException) => {
      // The program could not be started (ENOENT: not found; EACCES: not executable).
      if (pid === undefined) {
        finish({
          exitCode: err.code === 'EACCES' ? 126 : 127,
          output: `${command}: ${err.message}`,
        });
      }
    });
    if (pid === undefined) return;
    liveGroups.add(pid);

    if (opts.timeoutMs !== undefined && opts.timeoutMs > 0) {
      armDeadline(clock, pid, opts.timeoutMs, timers, (seconds) => {
        killedAfterSeconds = seconds;
      });
    }

    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 + signalNumber(signal) : 1);
      // Whatever the program left running in its group ends with it.
      killGroup(pid, 'SIGKILL');
      timers.push(
        clock.after(PIPE_GRACE_MS, () => {
          child.stdout?.destroy();
          child.stderr?.destroy();
        }),
      );
    });
    child.on('close', () => {
      const kept = output.end();
      const result: RunResult = { exitCode: exitCode ?? 1, output: kept.join('\n') };
      if (killedAfterSeconds !== undefined) {
        result.killedAfterSeconds = killedAfterSeconds;
        kept.push(
          `${command} was killed after ${killedAfterSeconds} s (it ran ${Math.round((Date.now() - started) / 1000)} s in all)`,
        );
        result.output = kept.join('\n');
      }
      finish(result);
    });
  });

/**
 * Reads the program's stdout and stderr as lines, passing each (redacted) to `onLine` and
 * keeping the last {@link KEPT_LINES} of both; `end()` flushes partial lines and returns them.
 */
function keepOutput(child: ChildProcess, onLine?: (line: string) => void): { end(): string[] } {
  const kept: string[] = [];
  const keep = (line: string) => {
    kept.push(line);
    if (kept.length > KEPT_LINES) kept.shift();
    onLine?.(redact(line));
  };
  const splitters = [lineSplitter(keep), lineSplitter(keep)];
  child.stdout?.on('data', (chunk: Buffer) => splitters[0]?.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => splitters[1]?.write(chunk));
  return {
    end() {
      for (const s of splitters) s.end();
      return kept;
    },
  };
}

/**
 * Starts the program in a session of its own (so it leads a process group wheelrelay can kill
 * whole), with the scrubbed environment and its output piped. Throws when spawn refuses at once.
 */
function spawnInGroup(command: string, args: readonly string[], opts: RunOptions): ChildProcess {
  return spawn(command, args, {
    cwd: opts.cwd,
    env: childEnvironment(opts.env ?? process.env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * At `timeoutMs`, reports the time (in seconds, to a tenth) and sends the group SIGTERM, then
 * SIGKILL after a grace period; their cancels go into `timers` so the caller can clear them.
 */
function armDeadline(
  clock: Timers,
  pid: number,
  timeoutMs: number,
  timers: Array<() => void>,
  onKill: (seconds: number) => void,
): void {
  timers.push(
    clock.after(timeoutMs, () => {
      onKill(Math.round(timeoutMs / 100) / 10);
      killGroup(pid, 'SIGTERM');
      timers.push(clock.after(TERM_GRACE_MS, () => killGroup(pid, 'SIGKILL')));
    }),
  );
}

/** Splits a byte stream into lines (`\n`, `\r\n` or a lone `\r`), cutting overlong ones. */
function lineSplitter(onLine: (line: string) => void): {
  write(chunk: Buffer): void;
  end(): void;
} {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const emit = (line: string) => {
    let rest = line;
    for (; rest.length > MAX_LINE; rest = rest.slice(MAX_LINE)) onLine(rest.slice(0, MAX_LINE));
    onLine(rest);
  };
  const drain = (final: boolean) => {
    for (;;) {
      const m = /\r\n|\n|\r/.exec(pending);
      if (!m) break;
      // A `\r` at the very end may be the first half of `\r\n`.
      if (!final && m[0] === '\r' && m.index === pending.length - 1) break;
      emit(pending.slice(0, m.index));
      pending = pending.slice(m.index + m[0].length);
    }
    while (pending.length > MAX_LINE) {
      onLine(pending.slice(0, MAX_LINE));
      pending = pending.slice(MAX_LINE);
    }
  };
  return {
    write(chunk) {
      pending += decoder.write(chunk);
      drain(false);
    },
    end() {
      pending += decoder.end();
      drain(true);
      if (pending !== '') emit(pending);
      pending = '';
    },
  };
}

function signalNumber(signal: NodeJS.Signals): number {
  return constants.signals[signal] ?? 0;
}

/** The last `n` lines of some output, for error messages. */
export function tail(output: string, n = 25): string {
  return redact(output.trimEnd().split('\n').slice(-n).join('\n'));
}
