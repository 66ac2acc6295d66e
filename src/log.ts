import { randomBytes } from 'node:crypto';
import { redact } from './secrets.js';

/** Lines of one program's output, as they arrive; `end()` once the program is done. */
export interface OutputWriter {
  line(text: string): void;
  end(): void;
}

/**
 * Where wheelrelay writes what it is doing. The action sends it to the runner (groups,
 * annotations); the CLI sends it to stderr so stdout stays clean for `--json`. Every line
 * passes through `redact` before it leaves.
 */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible group named `title`. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /**
   * The output of a program wheelrelay ran (a build, git): text nobody here wrote, which may
   * hold anything, workflow commands included. Where a runner reads the log, they never run.
   */
  output(level: 'info' | 'debug'): OutputWriter;
}

/**
 * Keeps workflow commands in foreign text from running: the runner's documented
 * `::stop-commands::<token>` … `::<token>::` around it, with a fresh random token the text
 * cannot know. `write` prints one line; `suspend` starts (if needed) a stretch of foreign text,
 * `resume` ends it, and must run before wheelrelay issues any command of its own.
 */
export function commandGuard(write: (line: string) => void): {
  suspend(): void;
  resume(): void;
} {
  let token: string | undefined;
  return {
    suspend() {
      if (token) return;
      token = `wheelrelay-${randomBytes(16).toString('hex')}`;
      write(`::stop-commands::${token}`);
    },
    resume() {
      if (!token) return;
      write(`::${token}::`);
      token = undefined;
    },
  };
}

/**
 * A Log for terminals: plain lines on stderr; debug lines (and git's output) only when
 * `verbose`. Inside a GitHub Actions step (GITHUB_ACTIONS=true), where the runner reads stderr
 * for workflow commands too, program output is fenced off as {@link commandGuard} does.
 */
export function consoleLog(
  verbose = false,
  stream: NodeJS.WritableStream = process.stderr,
  inActions = process.env.GITHUB_ACTIONS === 'true',
): Log {
  const write = (line: string) => stream.write(`${redact(line)}\n`);
  const guard = commandGuard(write);
  const own = (line: string) => {
    guard.resume();
    write(line);
  };
  return {
    info: (m) => own(m),
    warning: (m) => own(`warning: ${m}`),
    error: (m) => own(`error: ${m}`),
    debug: (m) => {
      if (verbose) own(`debug: ${m}`);
    },
    async group(title, fn) {
      own(`==> ${title}`);
      return fn();
    },
    output(level) {
      const shown = level === 'info' || verbose;
      return {
        line(text) {
          if (!shown) return;
          if (inActions) guard.suspend();
          write(level === 'debug' ? `debug: ${text}` : text);
        },
        end: () => guard.resume(),
      };
    },
  };
}

/** A writer that drops every line. */
export const silentOutput: OutputWriter = { line() {}, end() {} };

/** A Log that discards everything (for pure-core tests). */
export const silentLog: Log = {
  info() {},
  warning() {},
  error() {},
  debug() {},
  group: (_t, fn) => fn(),
  output: () => silentOutput,
};
