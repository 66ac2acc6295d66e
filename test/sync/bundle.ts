import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Whether an ncc bundle (its entry file and the chunks beside it) contains `text`: tests of the
 * bundled sync mode run only once the bundle has it.
 */
export function bundleIncludes(entry: string, text: string): boolean {
  if (!existsSync(entry)) return false;
  const dir = dirname(entry);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .some((f) => readFileSync(join(dir, f), 'utf8').includes(text));
}
