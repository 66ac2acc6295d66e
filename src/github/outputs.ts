import { redact } from '../secrets.js';
import type { PullResult } from './bump.js';

/**
 * The `pull-requests` output: one object per consumer with repo, number, url and outcome, the
 * reason when skipped or failed, and what became of `auto-merge` when it was asked for.
 */
export function pullRequestsOf(results: readonly PullResult[]): Array<{
  repo: string;
  number?: number;
  url?: string;
  outcome: string;
  reason?: string;
  'auto-merge'?: { state: string; method: string; reason?: string };
}> {
  return results.map((r) => ({
    repo: r.repo,
    number: r.number,
    url: r.url,
    outcome: r.outcome,
    ...(r.reason ? { reason: redact(r.reason) } : {}),
    ...(r.autoMerge
      ? {
          'auto-merge': {
            state: r.autoMerge.state,
            method: r.autoMerge.method,
            ...(r.autoMerge.reason ? { reason: redact(r.autoMerge.reason) } : {}),
          },
        }
      : {}),
  }));
}
