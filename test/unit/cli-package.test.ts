import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BIN_PACKAGE_JSON, binText, MIN_NODE_MAJOR } from '../../src/cli/bin.js';
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

  it('refuses an older Node in one line naming the version it needs, exit 2', () => {
    for (const version of ['20.19.1', '18.0.0', '8.17.0']) {
      expect(runBin(version, ['publish'])).toEqual({
        stdout: '',
        stderr: `wheelrelay needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js ${version}\n`,
        exitCode: 2,
        required: [],
      });
    }
  });

  it('answers --version itself, and hands every other command line to the bundle', () => {
    expect(runBin(`${MIN_NODE_MAJOR}.0.0`, ['--version'])).toEqual({
      stdout: `${pkg.version}\n`,
      stderr: '',
      exitCode: undefined,
      required: [],
    });
    // Node's compile cache first, so that the bundle's entry file is cached too.
    expect(runBin('24.11.0', ['publish', '--version'])).toEqual({
      stdout: '',
      stderr: '',
      exitCode: undefined,
      required: ['node:module', 'enableCompileCache()', './bundle/index.cjs'],
    });
    // Node 22.0 has no enableCompileCache (22.1 brought it): the bundle loads all the same.
    expect(runBin('22.0.0', ['pin', 'x==1', 'r.txt'], false).required).toEqual([
      'node:module',
      './bundle/index.cjs',
    ]);
  });

  it('is CommonJS, the bundle too, as the build writes it', () => {
    const cli = join(ROOT, 'dist', 'cli');
    expect(readFileSync(join(cli, 'index.js'), 'utf8')).toBe(binText());
    expect(readFileSync(join(cli, 'package.json'), 'utf8')).toBe(BIN_PACKAGE_JSON);
    expect(JSON.parse(BIN_PACKAGE_JSON)).toEqual({ type: 'commonjs' });
    // No package.json of the bundle's own: dist/cli/package.json covers its chunks (*.js).
    expect(existsSync(join(cli, 'bundle', 'package.json'))).toBe(false);
    expect(existsSync(join(cli, 'bundle', 'index.cjs'))).toBe(true);
  });

  it('prints the package version for --version', async () => {
    const { stdout } = await exec(process.execPath, [
      join(ROOT, 'dist', 'cli', 'index.js'),
      '--version',
    ]);
    expect(stdout).toBe(`${pkg.version}\n`);
  });
});

/**
 * Runs dist/cli/index.js's text (src/cli/bin.ts) as a script with a stand-in `process` of the
 * given Node version and arguments, and a stand-in `require` that records what is required
 * (and a call of node:module's enableCompileCache, which `withCompileCache` says it has), apart
 * from node:fs, whose writeSync writes to the stand-in's stdout and stderr.
 */
function runBin(version: string, args: string[], withCompileCache = true) {
  const out = { stdout: '', stderr: '', exitCode: undefined as number | undefined };
  const required: string[] = [];
  const process = {
    versions: { node: version },
    argv: ['node', 'wheelrelay', ...args],
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    set exitCode(code: number) {
      out.exitCode = code;
    },
  };
  const module = withCompileCache
    ? { enableCompileCache: () => void required.push('enableCompileCache()') }
    : {};
  // --version writes to fd 1 itself; those writes land where process.stdout's would.
  const fs = {
    writeSync(fd: number, text: string) {
      if (fd === 1) out.stdout += text;
      else out.stderr += text;
    },
  };
  const require = (id: string) => {
    if (id === 'node:fs') return fs;
    required.push(id);
    return id === 'node:module' ? module : {};
  };
  runInNewContext(binText(), { process, require });
  return { ...out, required };
}
