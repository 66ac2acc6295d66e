import type { PullResult } from '../github/bump.js';
import { markdownBlock, markdownUrl, markdownText as md } from '../markdown.js';
import type { ReleaseOutcome } from '../release-outcome.js';
import { redact } from '../secrets.js';

/** The action's outputs, as the values they take (files as an array; JSON-encoded on output). */
export function outputsOf(outcome: ReleaseOutcome): {
  name: string;
  version: string;
  files: Array<{
    filename: string;
    sha256: string;
    url: string;
    outcome: string;
    listing?: string;
    answer?: string;
  }>;
  published: boolean;
  'project-url': string;
} {
  return {
    name: outcome.name,
    version: outcome.version,
    files: outcome.files.map((f) => ({
      filename: f.filename,
      sha256: f.sha256,
      url: redact(f.url),
      outcome: f.outcome,
      ...(f.listing ? { listing: redact(f.listing) } : {}),
      ...(f.answer ? { answer: redact(f.answer) } : {}),
    })),
    published: outcome.published,
    'project-url': redact(outcome.projectUrl),
  };
}

/**
 * The job summary: what was published where, one row per file. Names, versions, filenames,
 * digests and reasons come from the build and the index, so each is shown as text only.
 */
export function summaryMarkdown(outcome: ReleaseOutcome): string {
  const release = md(`${outcome.name} ${outcome.version}`);
  const head = outcome.published
    ? `### wheelrelay: published ${release}`
    : outcome.reason === 'dry-run'
      ? `### wheelrelay: dry run of ${release} (nothing uploaded)`
      : `### wheelrelay: ${release} not published`;
  const lines = [head, ''];
  if (!outcome.published) {
    lines.push(
      outcome.reason === 'conflict'
        ? `${md(outcome.version)} is already on the index from another commit, with other content: nothing was uploaded. Bump the version or tag a release to publish this build.`
        : outcome.reason === 'unverified'
          ? 'Uploaded, but not every file was listed on the simple API within `verify-timeout`: check `simple-url` (or `index-type`), or raise `verify-timeout`. No pins were moved.'
          : outcome.reason === 'dry-run'
            ? 'A dry run: the index was read and nothing was written. A real run uploads the `would-upload` files and keeps the `already-present` ones.'
            : 'Nothing was published.',
      '',
    );
  }
  const page = markdownUrl(outcome.projectUrl);
  lines.push(
    `Index: ${md(outcome.index)}${page ? ` · [project page](${page})` : ` · project page ${md(outcome.projectUrl)}`}`,
    '',
  );
  if (outcome.files.length > 0) {
    lines.push('| file | outcome | sha256 |', '| --- | --- | --- |');
    for (const f of outcome.files) {
      const why =
        f.outcome === 'unverified'
          ? ` (not listed on ${md(f.listing ?? '')}; the index answered: ${md(f.answer ?? '')})`
          : '';
      lines.push(`| ${md(f.filename)} | ${f.outcome}${why} | ${md(f.sha256)} |`);
    }
    lines.push('');
  }
  return redact(lines.join('\n'));
}

/**
 * What became of `auto-merge`, as the summary's detail column says it; the reason (which may
 * quote GitHub's answer) as text only.
 */
function autoMergeNote(r: PullResult): string {
  const m = r.autoMerge;
  if (!m) return '';
  if (m.state === 'enabled') return `auto-merge (${m.method}) enabled`;
  if (m.state === 'merged') return `merged (${m.method}): ${md(m.reason ?? '')}`;
  return `**auto-merge not enabled**: ${md(m.reason ?? '')}`;
}

/** The job summary's pull-request section: one row per consumer, diffs on a dry run. */
export function pullRequestsSummary(results: readonly PullResult[], dryRun: boolean): string {
  const lines = [`### wheelrelay: pin bumps${dryRun ? ' (dry run, nothing written)' : ''}`, ''];
  if (results.length === 0) return redact([...lines, 'No consumers.', ''].join('\n'));
  lines.push('| consumer | outcome | pull request | detail |', '| --- | --- | --- | --- |');
  for (const r of results) {
    const url = markdownUrl(r.url);
    const pr = url ? `[#${r.number}](${url})` : '';
    const detail = [
      r.reason ? md(r.reason) : (r.files ?? []).map((f) => md(f)).join(', '),
      autoMergeNote(r),
    ]
      .filter(Boolean)
      .join('; ');
    // owner/repo comes from the workflow's `consumers`, checked to be a repository name.
    lines.push(`| ${r.repo} | ${r.outcome} | ${pr} | ${detail} |`);
  }
  lines.push('');
  for (const r of results) {
    if (r.diff)
      lines.push(
        `<details><summary>${r.repo}</summary>`,
        '',
        markdownBlock(r.diff, 'diff'),
        '</details>',
        '',
      );
  }
  return redact(lines.join('\n'));
}
