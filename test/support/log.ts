import { type Log, silentOutput } from '../../src/log.js';

/**
 * A Log that keeps what it is told, in order: info lines as they are, the rest prefixed with
 * their level (`warning: …`); debug lines and program output are dropped.
 */
export function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: () => {},
    group: (_t, fn) => fn(),
    output: () => silentOutput,
  };
}
