import { readFile, writeFile } from 'node:fs/promises';
import { type PinChange, PinError, rewritePins } from '../pins/rewrite.js';
import type { RequirementSource } from './entries.js';
import type { EntryResult } from './sync-entry.js';

/** One requirement file's new text, and the pins that changed in it. */
export interface FileRewrite {
  /** The file as the user named it (relative to the workspace). */
  readonly file: string;
  readonly before: string;
  readonly after: string;
  readonly changes: readonly PinChange[];
  /** Pins that could not be rewritten, with why. */
  readonly skipped: readonly string[];
}

/**
 * Where rewritten requirement files go. The CLI (and the action, for now) writes them in
 * place; the action's pin-bump machinery can take them instead and open a pull request with
 * them, as it does for publish runs.
 */
export type RewriteSink = (rewrites: readonly FileRewrite[]) => Promise<void>;

/**
 * Turns each synced git pin into an index pin (`name==version`) in the files it came from.
 * Pure: the files' text in, their new text out. Failed entries, and entries whose version is
 * not known, are left as git pins.
 */
export function planRewrites(
  sources: readonly RequirementSource[],
  results: readonly EntryResult[],
): FileRewrite[] {
  const out: FileRewrite[] = [];
  for (const source of sources) {
    let text = source.text;
    const changes: PinChange[] = [];
    const skipped: string[] = [];
    for (const r of results) {
      if (r.outcome === 'failed' || !r.name || !r.version) continue;
      if (!r.entry.locations.some((l) => l.file === source.file)) continue;
      try {
        const res = rewritePins(text, { name: r.name, version: r.version }, source.file);
        text = res.text;
        changes.push(...res.changes);
      } catch (err) {
        if (!(err instanceof PinError)) throw err;
        skipped.push(err.message);
      }
    }
    if (changes.length > 0 || skipped.length > 0) {
      changes.sort((a, b) => a.line - b.line);
      out.push({ file: source.file, before: source.text, after: text, changes, skipped });
    }
  }
  return out;
}

/** Writes rewritten files in place, unless a file changed since it was read. */
export function writeInPlace(resolve: (file: string) => string): RewriteSink {
  return async (rewrites) => {
    for (const r of rewrites) {
      if (r.after === r.before) continue;
      const path = resolve(r.file);
      const now = await readFile(path, 'utf8');
      if (now !== r.before) {
        throw new Error(
          `${r.file} changed while wheelrelay was syncing it; run again to rewrite it`,
        );
      }
      await writeFile(path, r.after);
    }
  };
}
