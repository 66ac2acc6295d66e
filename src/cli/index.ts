import { tuneStartup } from '../startup.js';

// The CLI's bundle, imported by dist/cli/index.js (src/cli/bin.ts), which has already refused
// an older Node and answered `--version`.
tuneStartup();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
