/**
 * Part of `npm run build`: writes dist/cli/index.js, what `wheelrelay` runs, and the
 * package.json that makes it CommonJS (src/cli/bin.ts says why), beside the CLI's bundle in
 * dist/cli/bundle/. Run with `--import ./scripts/resolve-ts.ts` (package.json), which lets it
 * import src/.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const { binText, BIN_PACKAGE_JSON } = await import('../src/cli/bin.js');
const cli = join(resolve(import.meta.dirname, '..'), 'dist', 'cli');
writeFileSync(join(cli, 'index.js'), binText());
chmodSync(join(cli, 'index.js'), 0o755);
writeFileSync(join(cli, 'package.json'), BIN_PACKAGE_JSON);
process.stdout.write('wrote dist/cli/index.js and dist/cli/package.json\n');
