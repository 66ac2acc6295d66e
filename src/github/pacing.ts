/**
 * How the GitHub client paces itself: GitHub's asks by default, none for a stand-in on this
 * machine. Kept apart from client.ts so that reading settings never loads Octokit.
 */

/**
 * How long the client waits. GitHub asks integrators to space writes (one a second, and requests
 * that notify people further apart), to honour `retry-after`, and to back off before retrying a
 * 5xx; `@octokit/plugin-throttling` and `@octokit/plugin-retry` do that in seconds of real time.
 */
export interface GitHubPacing {
  /** Milliseconds in each second GitHub asks the client to wait (retry-after, retry backoff). */
  msPerSecond: number;
  /** Space writes and GraphQL requests as GitHub asks (the throttling plugin's limiters). */
  spaceWrites: boolean;
}

/** What GitHub asks for: every run against GitHub uses this. */
export const GITHUB_PACING: GitHubPacing = { msPerSecond: 1000, spaceWrites: true };

/** No waits at all, for a GitHub stand-in on this machine: requests keep their count and order. */
export const NO_WAITS: GitHubPacing = { msPerSecond: 0, spaceWrites: false };

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
