import { VERSION } from './version.js';

/**
 * The oldest Node.js the CLI runs on: package.json's `engines` says the same (a test checks).
 * Node 22 brought `fs.promises.glob`, which `sync` reads requirement files with.
 */
export const MIN_NODE_MAJOR = 22;

/** The CLI's bundle (src/cli/index.cjs, built by ncc), relative to dist/cli/index.js. */
const BUNDLE = './bundle/index.cjs';

/**
 * The text of dist/cli/index.js, what `wheelrelay` runs; `npm run build` writes it
 * (scripts/entries.ts), with a package.json beside it that makes dist/cli/ CommonJS. The CLI
 * itself is the bundle in dist/cli/bundle/ (src/cli/index.cjs), CommonJS too, which this
 * requires after turning on Node's compile cache, so that the bundle's own entry file is
 * cached as its chunks are. `--version`, and the one line an older Node gets, cost no more
 * than Node's own start: `--version` took 1.01x the time of `node -e 0` (hyperfine, 100 runs,
 * stdout a pipe), where process.stdout.write made it 1.10x to 1.18x. Plain old JavaScript, so
 * that an older Node reads far enough to refuse (exit 2, a usage error) instead of failing on
 * syntax or on an API it lacks.
 */
export function binText(): string {
  return `#!/usr/bin/env node
// Written by \`npm run build\` (scripts/entries.ts) from src/cli/bin.ts: what \`wheelrelay\` runs.
'use strict';
var major = parseInt(process.versions.node, 10);
if (!(major >= ${MIN_NODE_MAJOR})) {
  process.stderr.write('wheelrelay needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js ' + process.versions.node + '\\n');
  process.exitCode = 2;
} else if (process.argv[2] === '--version') {
  // One write to fd 1: making process.stdout's stream would cost more than all the rest.
  require('node:fs').writeSync(1, ${JSON.stringify(`${VERSION}\n`)});
} else {
  var module_ = require('node:module');
  if (module_.enableCompileCache) module_.enableCompileCache();
  require(${JSON.stringify(BUNDLE)});
}
`;
}

/** The package.json beside dist/cli/index.js: dist/cli/ and its bundle are CommonJS. */
export const BIN_PACKAGE_JSON = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`;
