// The CLI's bundle entry, which dist/cli/index.js (src/cli/bin.ts) requires once it has
// refused an older Node and answered `--version`. CommonJS, so that ncc makes the bundle
// CommonJS: Node then loads it and each command's chunks with require(), and never starts its
// ESM loader (a 10 KB publish: 0.95 to 0.97 of the time of the same code as an ESM bundle, 40
// paired runs, 2026-12-03). Each command's code is still loaded only when it runs.
'use strict';

require('../startup.ts').tuneStartup();
// Before any chunk loads: each is compiled with the code V8 kept from an earlier run. A run
// that only prints help keeps nothing for the runs that do the work.
const helpOnly = process.argv.slice(2).some((a) => a === '--help' || a === '-h');
require('./code-cache.ts').cacheBundleCode(__dirname, { write: !helpOnly });
import('./main.ts').then(async ({ main }) => {
  process.exitCode = await main(process.argv.slice(2));
});
