#!/usr/bin/env node
// Written by `npm run build` (scripts/entries.ts) from src/cli/bin.ts: what `wheelrelay` runs.
'use strict';
var major = parseInt(process.versions.node, 10);
if (!(major >= 22)) {
  process.stderr.write('wheelrelay needs Node.js 22 or newer; this is Node.js ' + process.versions.node + '\n');
  process.exitCode = 2;
} else if (process.argv[2] === '--version') {
  // One write to fd 1: making process.stdout's stream would cost more than all the rest.
  require('node:fs').writeSync(1, "0.1.0\n");
} else {
  var module_ = require('node:module');
  if (module_.enableCompileCache) module_.enableCompileCache();
  require("./bundle/index.cjs");
}
