import { redact } from './secrets.js';

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
}

/** A Log for terminals: plain lines on stderr; debug lines only when `verbose`. */
export function consoleLog(verbose = false, stream: NodeJS.WritableStream = process.stderr): Log {
  const write = (line: string) => stream.write(`${redact(line)}\n`);
  return {
    info: (m) => write(m),
    warning: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
    async group(title, fn) {
      write(`==> ${title}`);
      return fn();
    },
  };
}

/** A Log that discards everything (for pure-core tests). */
export const silentLog: Log = {
  info() {},
  warning() {},
  error() {},
  debug() {},
  group: (_t, fn) => fn(),
};
