import type { Log } from '../log.js';
import type { Runner } from './runner.js';

/** The SOURCE_DATE_EPOCH a build gets, and where it came from (for the log). */
interface SourceDate {
  /** Seconds since the epoch, as the variable's value. */
  value: string;
  /** `environment` when the user set it, `commit` when read from the checkout's HEAD. */
  from: 'environment' | 'commit';
}

/**
 * The SOURCE_DATE_EPOCH for a build of `dir`: the user's own when set, otherwise the commit
 * time of the git HEAD `dir` is checked out at. Build backends (setuptools/wheel, hatchling,
 * flit, poetry-core) stamp archive members with it instead of the clock, so two builds of one
 * commit make the same bytes and a re-run finds its files already on the index. Undefined (and
 * a warning) when `dir` is not in a git checkout: the build then stamps the current time.
 */
export async function sourceDateEpoch(
  dir: string,
  env: NodeJS.ProcessEnv,
  run: Runner,
  log: Log,
): Promise<SourceDate | undefined> {
  const own = env.SOURCE_DATE_EPOCH?.trim();
  if (own) return { value: own, from: 'environment' };
  // `-C` rather than cwd, so the error names the folder; only HEAD's metadata is read.
  const res = await run('git', ['-C', dir, 'log', '-1', '--format=%ct', 'HEAD'], {
    env,
    timeoutMs: 60_000,
  });
  const seconds = res.output.trim();
  if (res.exitCode !== 0 || !/^\d+$/.test(seconds)) {
    const why = res.output.trim().split('\n').pop() ?? `exit code ${res.exitCode}`;
    log.warning(
      `${dir} is not in a git checkout with a commit (${why}): the build stamps files with the current time, so a re-run builds other bytes (wheelrelay then compares contents before calling them a conflict). Set SOURCE_DATE_EPOCH to build reproducibly.`,
    );
    return undefined;
  }
  return { value: seconds, from: 'commit' };
}
