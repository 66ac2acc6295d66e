import { execRunner, type Runner } from '../../src/build/runner.js';

/** One program a {@link recordingRunner} ran. */
export interface RunCall {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/**
 * The real runner, recording every program it starts: to count clones and builds from
 * outside, or to prove what never reached git's command line.
 */
export function recordingRunner(): { run: Runner; calls: RunCall[] } {
  const calls: RunCall[] = [];
  return {
    calls,
    run: (command, args, opts) => {
      calls.push({ command, args, env: opts.env });
      return execRunner(command, args, opts);
    },
  };
}
