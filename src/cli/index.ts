#!/usr/bin/env node
import { enableCompileCache } from 'node:module';

// Start-up is most of a small publish: cache V8's compiled code between CLI runs.
enableCompileCache?.();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
