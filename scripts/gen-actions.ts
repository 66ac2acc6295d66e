/**
 * `npm run gen:actions`: writes every action.yml from the table of inputs
 * (src/inputs/table.ts). `--check` writes nothing and exits 1 naming each stale file.
 *
 * Run with `--import ./scripts/resolve-ts.ts` (package.json), which lets it import src/.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const { renderActions } = await import('./render-actions.js');
const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of renderActions()) {
  const file = join(root, path);
  let now: string | undefined;
  try {
    now = readFileSync(file, 'utf8');
  } catch {
    now = undefined;
  }
  if (now === text) continue;
  if (check) {
    process.stderr.write(`${path} is not what src/inputs/table.ts makes: run npm run gen:actions\n`);
    stale++;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
process.exit(stale > 0 ? 1 : 0);
