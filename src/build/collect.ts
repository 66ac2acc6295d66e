import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { WheelrelayError } from '../errors.js';
import { distFilenameProblem, parseDistFilename } from './filenames.js';

/**
 * The wheels and sdists in a folder (not its subfolders), sorted: sdists first, then wheels.
 * A file named like one whose name is not a valid distribution filename (`..-1.0-….whl`) is
 * refused, before anything is uploaded or written.
 */
export async function collectDistributions(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    throw new WheelrelayError(
      `dist-dir ${dir} does not exist or cannot be read`,
      'Point `dist-dir` at the folder your build step wrote its wheels to.',
    );
  }
  for (const f of entries) {
    const problem = distFilenameProblem(f);
    if (problem) {
      throw new WheelrelayError(
        `${join(dir, f)} is named like a distribution but is not one: ${problem}`,
        'Only files a Python build backend made can be published; remove this one or rebuild.',
      );
    }
  }
  const dists = entries.filter((f) => parseDistFilename(f) !== undefined);
  const rank = (f: string) => (parseDistFilename(f)?.kind === 'sdist' ? 0 : 1);
  return dists.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => join(dir, f));
}
