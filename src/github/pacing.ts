/**
 * How the GitHub client paces itself: GitHub's asks by default, none for a stand-in on this
 * machine. Kept apart from client.ts so that reading settings never loads Octokit.
 */
import { type Clock, systemClock } from '../index/retry.js';

/**
 * How long the client waits. GitHub asks integrators to space writes (one a second, and requests
 * that create content and notify people about three seconds apart), to honour `retry-after`, and
 * to back off before retrying a 5xx. Reads (REST GETs, GraphQL queries) are not spaced: GitHub
 * asks only that they stay well under 100 at once, which the client's in-flight bound keeps.
 */
export interface GitHubPacing {
  /** Milliseconds in each second GitHub asks the client to wait (retry-after, retry backoff). */
  msPerSecond: number;
  /** Least time between the starts of two writes (GitHub: 1 s); 0 leaves writes unspaced. */
  writeGapMs: number;
  /**
   * Least time between two writes that create content and notify people (opening a pull
   * request, a comment, a review request, a merge; GitHub: about 3 s); 0 leaves them unspaced.
   */
  notifyGapMs: number;
  /** What the spacing waits on: the real clock unless a test gives its own. */
  clock?: Clock;
}

/** What GitHub asks for: every run against GitHub uses this. */
export const GITHUB_PACING: GitHubPacing = {
  msPerSecond: 1000,
  writeGapMs: 1000,
  notifyGapMs: 3000,
};

/** No waits at all, for a GitHub stand-in on this machine: requests keep their count and order. */
export const NO_WAITS: GitHubPacing = { msPerSecond: 0, writeGapMs: 0, notifyGapMs: 0 };

/**
 * Starts what asks at least `gapMs` apart, in the order asked, waiting on a clock. It stands
 * where @octokit/plugin-throttling's `write` and `notifications` Bottleneck groups would (one at
 * a time, `minTime` apart), so that a test's clock sees every wait and no test waits for real.
 */
export class Spacing {
  private next = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly gapMs: number,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Resolves when the caller's turn comes: `gapMs` after the previous caller's. */
  async turn(): Promise<void> {
    if (this.gapMs <= 0) return;
    const now = this.clock.now();
    const at = Math.max(now, this.next);
    this.next = at + this.gapMs;
    if (at > now) await this.clock.sleep(at - now);
  }
}

/**
 * The pacing for a run: GitHub's, unless `WHEELRELAY_GITHUB_PACING=off` is set and the API is
 * on this machine (a test stand-in). No setting makes wheelrelay hurry a remote GitHub.
 */
export function pacingFor(apiUrl: string, env: NodeJS.ProcessEnv): GitHubPacing {
  if (env.WHEELRELAY_GITHUB_PACING !== 'off') return GITHUB_PACING;
  let host = '';
  try {
    host = new URL(apiUrl).hostname;
  } catch {
    return GITHUB_PACING;
  }
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host) ? NO_WAITS : GITHUB_PACING;
}
