import type { SyncEntry } from './entries.js';

/** One job of the plan's matrix: the requirement lines it syncs, and a label for its name. */
interface MatrixJob {
  /** Requirement lines, one a line: the `requirement` input of a `mode: sync` step. */
  readonly requirement: string;
  /** The packages it syncs, for the job's name (`sync ${{ matrix.name }}`). */
  readonly name: string;
}

/** A GitHub Actions matrix (`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`). */
export interface Matrix {
  readonly include: readonly MatrixJob[];
}

/**
 * Spreads the entries over at most `limit` jobs (GitHub allows 256 per matrix), round-robin so
 * jobs get equal shares; one entry a job when they fit.
 */
export function matrixOf(entries: readonly SyncEntry[], limit: number): Matrix {
  const groups: SyncEntry[][] = [];
  const size = Math.max(1, Math.min(limit, entries.length));
  entries.forEach((entry, i) => {
    const group = groups[i % size] ?? [];
    group.push(entry);
    groups[i % size] = group;
  });
  return {
    include: groups.map((group) => ({
      requirement: group.map((e) => e.requirement).join('\n'),
      name: group.map(labelOf).join(', '),
    })),
  };
}

/** A short label for an entry: its name (and version), else its repository and ref. */
export function labelOf(entry: SyncEntry): string {
  if (entry.name) return entry.version ? `${entry.name}==${entry.version}` : entry.name;
  const repo =
    entry.url
      .replace(/\.git$/, '')
      .split('/')
      .slice(-1)[0] ?? entry.url;
  return entry.ref ? `${repo}@${entry.ref.slice(0, 12)}` : repo;
}
