#!/usr/bin/env node
import { tuneStartup } from '../startup.js';
import { nodeTooOld } from './node-version.js';
import { VERSION } from './version.js';

// Checked before the bundle is loaded: an older Node gets one line naming the version to
// install (exit 2, a usage error), not a TypeError from an API it lacks.
const tooOld = nodeTooOld(process.versions.node);
if (tooOld) {
  process.stderr.write(`${tooOld}\n`);
  process.exit(2);
}
// `--version` answers before anything else is loaded: it is the whole of its run.
if (process.argv[2] === '--version') {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
tuneStartup();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
