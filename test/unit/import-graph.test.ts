import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';

// Every import arrow points down: the modes (an action's or a command's story) compose the
// concerns they use, and a concern imports nothing from a mode. Read from the source files
// themselves, static imports and dynamic import() alike.

const SRC = join(ROOT, 'src');

/** Folders and files that are a concern: they do one kind of work for any mode. */
const CONCERNS = ['index/', 'build/', 'github/', 'pins/', 'inputs/'];
/** Folders and files that are a mode: an action's or a command's story. */
const MODES = ['main.ts', 'index.ts', 'publish/', 'sync/', 'cli/', 'bump/'];
/**
 * The modes that compose other modes: the bundle's entry (index.ts → main.ts, which runs
 * publish and hands the bump and sync actions to their own modes) and the CLI's commands.
 */
const COMPOSERS = ['main.ts', 'index.ts', 'cli/'];

/** Which mode a file belongs to: its folder, or the file itself. */
const modeOf = (path: string) =>
  MODES.find((m) => (m.endsWith('/') ? path.startsWith(m) : path === m));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The src/-relative files a source file imports (relative imports only). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gms),
    ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1] as string);
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

const within = (path: string, parts: string[]) =>
  parts.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));

const files = sources(SRC).map((f) => relative(SRC, f));
const edges = files.flatMap((from) => importsOf(join(SRC, from)).map((to) => ({ from, to })));

describe('the import graph of src/', () => {
  it('is read: imports are found, and each names a file that exists', () => {
    expect(edges.length).toBeGreaterThan(100);
    for (const { from, to } of edges) expect(files, `${from} imports ${to}`).toContain(to);
  });

  it('places every file: a concern, a mode, or a shared module', () => {
    const shared = files.filter((f) => !within(f, CONCERNS) && !within(f, MODES));
    expect(shared.sort()).toEqual(
      [
        'errors.ts',
        'files.ts',
        'log.ts',
        'markdown.ts',
        'pool.ts',
        'release-outcome.ts',
        'secrets.ts',
        'startup.ts',
      ].sort(),
    );
  });

  it('has no arrow from a concern to a mode', () => {
    const up = edges.filter(({ from, to }) => !within(from, MODES) && within(to, MODES));
    expect(up.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it('has no arrow from one mode to another, except from a mode that composes them', () => {
    const across = edges.filter(
      ({ from, to }) =>
        !within(from, COMPOSERS) && within(to, MODES) && modeOf(from) !== modeOf(to),
    );
    expect(across.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });
});
