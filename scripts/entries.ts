/**
 * Part of `npm run build`: writes the entry files beside the bundles.
 * - dist/<entry> for every action whose action.yml does not run dist/index.js itself
 *   (src/inputs/table.ts ACTION_FILES). Each is two lines: it names its action where
 *   src/main.ts reads it (src/inputs/entry.ts `calledAction`), then imports the one bundle. So
 *   every action runs the same dist/, and none needs an input its users could set by mistake.
 * - dist/cli/index.js, what `wheelrelay` runs, and the package.json that makes it CommonJS
 *   (src/cli/bin.ts says why), beside the CLI's bundle in dist/cli/bundle/.
 * Run with `--import ./scripts/resolve-ts.ts` (package.json), which lets it import src/.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const { ACTION_FILES } = await import('../src/inputs/table.js');
const { entryText } = await import('../src/inputs/entry.js');
const { BIN_PACKAGE_JSON, binText } = await import('../src/cli/bin.js');
const dist = join(resolve(import.meta.dirname, '..'), 'dist');
for (const file of ACTION_FILES) {
  if (file.entry === 'index.js') continue;
  writeFileSync(join(dist, file.entry), entryText(file.lists[0] ?? 'publish'));
  process.stdout.write(`wrote dist/${file.entry} (${file.path})\n`);
}
writeFileSync(join(dist, 'cli', 'index.js'), binText());
chmodSync(join(dist, 'cli', 'index.js'), 0o755);
writeFileSync(join(dist, 'cli', 'package.json'), BIN_PACKAGE_JSON);
process.stdout.write('wrote dist/cli/index.js and dist/cli/package.json (the CLI)\n');
