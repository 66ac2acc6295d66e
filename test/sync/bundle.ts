import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Fails, saying how to fix it, unless an ncc bundle (its entry file and the chunks beside it)
 * contains `text`. Tests of a bundle call it first: a bundle built before the code it should
 * carry is a failure to rebuild, never a reason to skip the test.
 */
export function expectBundleIncludes(entry: string, text: string): void {
  if (!existsSync(entry)) {
    throw new Error(
      `${entry} does not exist: run \`npm run build\` before the tests of the bundle`,
    );
  }
  const dir = dirname(entry);
  const found = readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
    .some((f) => readFileSync(join(dir, f), 'utf8').includes(text));
  if (!found) {
    throw new Error(
      `${entry} (and the chunks beside it) lacks '${text}': it was built from older sources; run \`npm run build\``,
    );
  }
}
