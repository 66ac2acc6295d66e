/**
 * Rows of the second bench table. The measurements that drive src/ in-process run under vitest
 * (bench/*.measure.ts); each appends its rows to the JSON-lines file named by
 * WHEELRELAY_BENCH_ROWS, and bench/run.ts reads them back and prints them.
 */
import { appendFileSync, readFileSync } from 'node:fs';

export interface BenchRow {
  what: string;
  /** Requests the GitHub API test server counted. */
  requests?: string;
  /** SyncResult.counts: repositories fetched and builds run. */
  clonesBuilds?: string;
  seconds?: number;
  note?: string;
}

/** Appends one row to the rows file (and echoes it on stderr when run outside bench/run.ts). */
export function addRow(row: BenchRow): void {
  const file = process.env.WHEELRELAY_BENCH_ROWS;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
  else process.stderr.write(`${JSON.stringify(row)}\n`);
}

/** The rows written so far, in order; none when the file is absent. */
export function readRows(file: string): BenchRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BenchRow);
}
