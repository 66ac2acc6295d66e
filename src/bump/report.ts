import { pullRequestsOf } from '../github/outputs.js';
import type { ReleasePayload } from '../github/release-payload.js';
import { markdownBlock, markdownUrl, markdownText as md } from '../markdown.js';
import { redact } from '../secrets.js';
import type { CheckoutBumpResult } from './bump.js';

/**
 * The bump action's outputs: `name`, `version`, `outcome` (created, updated, unchanged,
 * skipped, failed; `changed` on a dry run), `changed-files` (JSON list of the changed paths) and
 * `pull-request` (JSON, one entry as the publisher's `pull-requests` output lists it; `{}` when
 * none was opened).
 */
export function bumpOutputs(
  release: Pick<ReleasePayload, 'name' | 'version'>,
  result: CheckoutBumpResult,
): Record<string, string> {
  const [pull] = result.pull ? pullRequestsOf([result.pull]) : [];
  return {
    name: release.name,
    version: release.version,
    outcome: result.outcome,
    'changed-files': JSON.stringify(result.edits.map((e) => e.path)),
    'pull-request': JSON.stringify(pull ?? {}),
  };
}

/** The job summary: the outcome and pull request, the pin change, the regenerated files; the diff on a dry run. */
export function bumpSummary(
  release: Pick<ReleasePayload, 'name' | 'version'>,
  result: CheckoutBumpResult,
  dryRun: boolean,
): string {
  const lines = [
    `### wheelrelay: bump ${md(release.name)} to ${md(release.version)}${dryRun ? ' (dry run, nothing sent to GitHub)' : ''}`,
    '',
  ];
  const pull = result.pull;
  const url = markdownUrl(pull?.url);
  const link = url && pull?.number ? ` · [#${pull.number}](${url})` : '';
  const reason = pull?.reason ? `: ${md(pull.reason)}` : '';
  lines.push(`Outcome: **${result.outcome}**${link}${reason}`, '');
  if (result.outcome === 'skipped' && result.edits.length === 0) {
    lines.push('The requirement files already pin this version: nothing changed.', '');
  }
  if (result.details) lines.push(result.details, '');
  if (dryRun && result.diff) {
    lines.push(
      '<details><summary>diff</summary>',
      '',
      markdownBlock(result.diff, 'diff'),
      '</details>',
      '',
    );
  }
  return redact(lines.join('\n'));
}
