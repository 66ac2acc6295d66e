import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MIN_NODE_MAJOR, nodeTooOld } from '../../src/cli/node-version.js';
import { ROOT } from '../support/action-run.js';

const exec = promisify(execFile);

interface PackageJson {
  version: string;
  engines: { node: string };
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  files: string[];
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

// What npm packs, and that it installs globally and runs (on Node 24 and 22; refused on 20), is
// checked by .ci/run, which fetches those Node versions; npm test checks the parts that need no npm.
describe('the CLI package', () => {
  it('needs nothing installed beside it: the bundle holds every runtime dependency', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.files).toEqual(['dist/cli/']);
    expect(pkg.bin.wheelrelay).toBe('dist/cli/index.js');
  });

  it('says in engines the Node it checks for at start-up', () => {
    expect(pkg.engines.node).toBe(`>=${MIN_NODE_MAJOR}`);
  });

  it('refuses an older Node in one line naming the version it needs', () => {
    expect(nodeTooOld('20.19.1')).toBe(
      `wheelrelay needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js 20.19.1`,
    );
    expect(nodeTooOld('18.0.0')).toContain('needs Node.js 22 or newer');
    expect(nodeTooOld(`${MIN_NODE_MAJOR}.0.0`)).toBeUndefined();
    expect(nodeTooOld('24.11.0')).toBeUndefined();
  });

  it('prints the package version for --version', async () => {
    const { stdout } = await exec(process.execPath, [
      join(ROOT, 'dist', 'cli', 'index.js'),
      '--version',
    ]);
    expect(stdout).toBe(`${pkg.version}\n`);
  });
});
