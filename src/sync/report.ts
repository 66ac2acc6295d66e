import { markdownText as md } from '../markdown.js';
import { redact } from '../secrets.js';
import type { PlannedEntry, PlanResult, SyncResult } from './sync.js';
import type { EntryResult } from './sync-entry.js';

/** One entry as outputs and `--json` show it. */
interface EntryReport {
  name?: string;
  version?: string;
  url: string;
  ref?: string;
  subdirectory?: string;
  /** Where it is written, as `file:line`. */
  locations: string[];
  requirement: string;
  outcome: string;
  reason?: string;
  error?: string;
  notes?: string[];
  commit?: string;
  files?: Array<{ filename: string; sha256: string; url: string; outcome: string }>;
  cloned?: boolean;
  built?: boolean;
}

function common(e: EntryResult['entry']) {
  return {
    url: e.url,
    ...(e.ref ? { ref: e.ref } : {}),
    ...(e.subdirectory ? { subdirectory: e.subdirectory } : {}),
    locations: e.locations.map((l) => `${l.file}:${l.line}`),
    requirement: e.requirement,
  };
}

function entryReport(r: EntryResult): EntryReport {
  return {
    ...(r.name ? { name: r.name } : {}),
    ...(r.version ? { version: r.version } : {}),
    ...common(r.entry),
    outcome: r.outcome,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.error ? { error: r.error } : {}),
    ...(r.notes.length > 0 ? { notes: [...r.notes] } : {}),
    ...(r.commit ? { commit: r.commit } : {}),
    files: r.files.map((f) => ({ ...f })),
    cloned: r.cloned,
    built: r.built,
  };
}

function plannedReport(p: PlannedEntry): EntryReport {
  return {
    ...(p.entry.name ? { name: p.entry.name } : {}),
    ...((p.built?.version ?? p.entry.version)
      ? { version: p.built?.version ?? p.entry.version }
      : {}),
    ...common(p.entry),
    outcome: p.status,
    ...(p.error ? { error: p.error } : {}),
  };
}

/** The outputs of a sync or plan run (JSON-encoded where not strings), credentials masked. */
export function syncOutputs(result: SyncResult | PlanResult): Record<string, string> {
  const out: Record<string, string> =
    result.mode === 'plan'
      ? {
          entries: JSON.stringify(result.entries.map(plannedReport)),
          missing: String(result.missing),
          matrix: JSON.stringify(result.matrix),
          'rewritten-files': JSON.stringify(
            result.rewrites.filter((r) => r.changes.length > 0).map((r) => r.file),
          ),
        }
      : {
          entries: JSON.stringify(result.entries.map(entryReport)),
          counts: JSON.stringify(result.counts),
          'rewritten-files': JSON.stringify(
            result.rewrites.filter((r) => r.changes.length > 0).map((r) => r.file),
          ),
        };
  for (const key of Object.keys(out)) out[key] = redact(out[key] ?? '');
  return out;
}

/** The whole result as one JSON document (CLI `--json`). */
export function syncJson(result: SyncResult | PlanResult): string {
  const doc =
    result.mode === 'plan'
      ? {
          mode: 'plan',
          index: result.index,
          missing: result.missing,
          matrix: result.matrix,
          entries: result.entries.map(plannedReport),
          rewritten: result.rewrites
            .filter((r) => r.changes.length > 0)
            .map((r) => ({ file: r.file, changes: r.changes })),
          durationMs: result.durationMs,
        }
      : {
          mode: 'sync',
          index: result.index,
          counts: result.counts,
          entries: result.entries.map(entryReport),
          rewritten: result.rewrites
            .filter((r) => r.changes.length > 0)
            .map((r) => ({ file: r.file, changes: r.changes })),
          durationMs: result.durationMs,
        };
  return redact(JSON.stringify(doc));
}

/** A package as a summary row names it: what the requirement or the build says, as text only. */
const packageCell = (name: string | undefined, version: string | undefined) =>
  md(`${name ?? '?'}${version ? ` ${version}` : ''}`);

/** A repository and ref, as text only (both come from requirement files). */
const repoCell = (url: string, ref: string | undefined) => md(`${url}${ref ? `@${ref}` : ''}`);

/**
 * The job summary: one row per entry. Everything in a row but the outcome comes from
 * requirement files, git servers, builds or the index, so it is shown as text only.
 */
export function syncSummary(result: SyncResult | PlanResult): string {
  const lines: string[] = [];
  if (result.mode === 'plan') {
    lines.push(
      `### wheelrelay plan: ${result.missing} of ${result.entries.length} git-pinned requirements to build`,
      '',
      `Index: ${md(result.index)} · ${result.matrix.include.length} matrix job(s)`,
      '',
      '| package | repository | status |',
      '| --- | --- | --- |',
    );
    for (const p of result.entries) {
      const e = p.entry;
      lines.push(`| ${packageCell(e.name, e.version)} | ${repoCell(e.url, e.ref)} | ${p.status} |`);
    }
  } else {
    const c = result.counts;
    lines.push(
      `### wheelrelay sync: ${c.uploaded} uploaded, ${c['already-present']} already present, ${c.unverified > 0 ? `${c.unverified} unverified, ` : ''}${c.failed} failed`,
      '',
      `Index: ${md(result.index)} · ${c.clones} fetch(es), ${c.builds} build(s) for ${c.entries} git-pinned requirement(s)`,
      '',
      '| package | repository | outcome | detail |',
      '| --- | --- | --- | --- |',
    );
    for (const r of result.entries) {
      const e = r.entry;
      const detail = r.error
        ? `${r.reason ? `${r.reason}: ` : ''}${md(r.error.split('\n')[0] ?? '')}`
        : md(r.notes.join('; '));
      lines.push(
        `| ${packageCell(r.name ?? e.name, r.version)} | ${repoCell(e.url, e.ref)} | ${r.outcome} | ${detail} |`,
      );
    }
    const changed = result.rewrites.filter((r) => r.changes.length > 0);
    if (changed.length > 0) {
      lines.push('', 'Rewritten as index pins:', '');
      for (const r of changed) lines.push(`- ${md(r.file)}: ${r.changes.length} pin(s)`);
    }
  }
  lines.push('');
  return redact(lines.join('\n'));
}
