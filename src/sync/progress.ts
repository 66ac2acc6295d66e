import type { Log } from '../log.js';

/** How long steps say they are still running: where, and how often. */
export interface Progress {
  /** The run's own log (not an entry's held-back log): the line must show while the step runs. */
  readonly log: Log;
  readonly everyMs: number;
  /** Starts a repeating timer and returns what stops it; setInterval unless a test fires it itself. */
  readonly every?: (ms: number, tick: () => void) => () => void;
}

/** How often a long step says it is still running, unless told otherwise. */
export const PROGRESS_EVERY_MS = 10_000;

const interval = (ms: number, tick: () => void) => {
  const timer = setInterval(tick, ms);
  // A progress line never keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
};

/** "1 min 05 s", "42 s": elapsed time as a person reads it. */
function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/**
 * Runs a long step (a fetch, a build, an upload waiting for the index to list it), printing
 * `<what>: still <doing>, <elapsed>` every `everyMs` until it ends, so a person watching a
 * quiet log knows which entry is running and for how long.
 */
export async function withProgress<T>(
  progress: Progress | undefined,
  what: string,
  doing: string,
  fn: () => Promise<T>,
): Promise<T> {
  if (!progress) return fn();
  const started = Date.now();
  const stop = (progress.every ?? interval)(progress.everyMs, () =>
    progress.log.info(`${what}: still ${doing}, ${elapsed(Date.now() - started)}`),
  );
  try {
    return await fn();
  } finally {
    stop();
  }
}
