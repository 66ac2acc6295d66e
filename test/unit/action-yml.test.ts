import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderActions } from '../../scripts/render-actions.js';
import { readBumpActionSettings } from '../../src/bump/settings.js';
import { entryText } from '../../src/inputs/entry.js';
import { Inputs } from '../../src/inputs/read.js';
import { ACTION_FILES, INPUTS, type InputRow, OUTPUTS } from '../../src/inputs/table.js';
import { readConfig } from '../../src/publish/config.js';
import { readSyncConfig } from '../../src/sync/config.js';
import { ROOT } from '../support/action-run.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const rows = Object.entries(INPUTS) as [keyof typeof INPUTS, InputRow][];

/** A source that answers from `values` and records every name asked for. */
function recording(values: Record<string, string>) {
  const asked = new Set<string>();
  const get = (name: string) => {
    asked.add(name);
    return values[name];
  };
  return { asked, source: { get } };
}

/** A valid value for every input, so that every reader goes down every branch it has. */
const EVERY: Record<string, string> = {
  'index-url': 'https://devpi.acme.com/ci/cache/',
  'index-type': 'devpi',
  'simple-url': 'https://devpi.acme.com/ci/cache/+simple/',
  username: 'ci',
  password: 'table-test-password',
  consumers: 'acme/web: requirements.txt',
  'consumer-token': 'table-test-token',
  'requirement-files': 'requirements.txt',
  'git-token': 'table-test-git-token',
  mode: 'sync',
};

/** A bump run's environment: a repository and branch to open the pull request in. */
const BUMP_ENV = { GITHUB_REPOSITORY: 'acme/web', GITHUB_REF: 'refs/heads/main' };

describe('the table of inputs and the action.yml files', () => {
  it('each action.yml is exactly what the table makes (npm run gen:actions)', () => {
    const made = renderActions();
    expect([...made.keys()]).toEqual(ACTION_FILES.map((f) => f.path));
    for (const [path, text] of made) {
      expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale`).toBe(text);
    }
  });

  it('each action runs the one bundle on node24 and documents every input and output', () => {
    for (const file of ACTION_FILES) {
      const action = parse(readFileSync(join(ROOT, file.path), 'utf8')) as ActionYml;
      expect(join(ROOT, file.path, '..', action.runs.main)).toBe(join(ROOT, 'dist', file.entry));
      // Another action's entry names the action, then imports the bundle itself.
      if (file.entry !== 'index.js') {
        const text = entryText(file.lists[0] ?? 'publish');
        expect(text).toContain(`= ${JSON.stringify(file.lists[0])};`);
        expect(text.trimEnd().endsWith('await import("./index.js");')).toBe(true);
      }
      expect(action.runs.using).toBe('node24');
      for (const [name, spec] of [
        ...Object.entries(action.inputs),
        ...Object.entries(action.outputs),
      ]) {
        expect(spec.description?.trim().length, name).toBeGreaterThan(10);
      }
    }
  });

  it('the root action lists publish and pin-bump inputs only; sync/action.yml lists sync and plan ones only', () => {
    const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as ActionYml;
    const root = read('action.yml');
    const sync = read('sync/action.yml');
    for (const name of ['mode', 'requirement-files', 'requirement', 'git-token', 'rewrite']) {
      expect(root.inputs, name).not.toHaveProperty(name);
      expect(sync.inputs, name).toHaveProperty(name);
    }
    for (const name of ['consumers', 'consumer-token', 'tag-pattern', 'pr-title', 'package-dir']) {
      expect(root.inputs, name).toHaveProperty(name);
      expect(sync.inputs, name).not.toHaveProperty(name);
    }
    expect(Object.keys(root.outputs).sort()).toEqual(
      ['files', 'name', 'project-url', 'published', 'pull-requests', 'version'].sort(),
    );
    expect(Object.keys(sync.outputs).sort()).toEqual(
      ['counts', 'entries', 'matrix', 'missing', 'rewritten-files'].sort(),
    );
    expect(sync.inputs.mode?.default).toBe('sync');
    expect(sync.inputs.cache?.default).toBe(root.inputs.cache?.default);
    expect(sync.runs.main).toBe('../dist/sync.js');
  });

  it("every default is a value the input's own parser accepts", () => {
    for (const [name, row] of rows) {
      if (row.default !== undefined && row.default !== '')
        expect(() => row.parse(row.default as string, name), name).not.toThrow();
    }
  });

  it('an empty input reads as its default; a given one is trimmed and parsed', () => {
    const inputs = new Inputs({ get: (n) => ({ timeout: ' 12 ', dists: '' })[n] }, 'publish');
    expect(inputs.read('timeout')).toBe(12);
    expect(inputs.read('dists')).toBe('wheel');
    expect(inputs.read('verify-timeout')).toBe(60);
    expect(inputs.read('dist-dir')).toBeUndefined();
    expect(() => new Inputs({ get: () => 'x' }, 'publish').read('retries')).toThrow(
      /input `retries` is 'x'/,
    );
  });

  it('reading an input the action does not list is refused', () => {
    expect(() => new Inputs({ get: () => undefined }, 'publish').read('jobs')).toThrow(
      /the publish action has no input `jobs`/,
    );
  });

  it('publish reads exactly the inputs its action lists', () => {
    const { asked, source } = recording(EVERY);
    readConfig(source, {}, '/work');
    const listed = rows.filter(([, r]) => r.actions.includes('publish')).map(([n]) => n);
    expect([...asked].sort()).toEqual(listed.sort());
  });

  it('sync reads exactly the inputs its action lists (no publish-only input is validated)', () => {
    const { asked, source } = recording(EVERY);
    readSyncConfig(source, {}, '/work');
    const listed = rows.filter(([, r]) => r.actions.includes('sync')).map(([n]) => n);
    expect([...asked].sort()).toEqual(listed.sort());
  });

  it('a sync run does not fail on publish-only inputs that a publish run refuses', () => {
    const badForPublish: Record<string, string> = {
      ...EVERY,
      'tag-pattern': '(',
      consumers: 'not a repo',
      'pr-title': '{x',
    };
    expect(() => readConfig({ get: (n) => badForPublish[n] }, {}, '/work')).toThrow();
    expect(readSyncConfig({ get: (n) => badForPublish[n] }, {}, '/work').mode).toBe('sync');
  });

  it('bump reads exactly the inputs its action lists', () => {
    const { asked, source } = recording({
      ...EVERY,
      release: 'relay-alpha==1.0',
      token: 'table-test-token',
    });
    readBumpActionSettings(source, BUMP_ENV, '/work');
    const listed = rows.filter(([, r]) => r.actions.includes('bump')).map(([n]) => n);
    expect([...asked].sort()).toEqual(listed.sort());
  });

  it('every input in the table is read by some action', () => {
    const publish = recording(EVERY);
    readConfig(publish.source, {}, '/work');
    const sync = recording(EVERY);
    readSyncConfig(sync.source, {}, '/work');
    const bump = recording({ ...EVERY, release: 'relay-alpha==1.0', token: 'table-test-token' });
    readBumpActionSettings(bump.source, BUMP_ENV, '/work');
    const read = new Set([...publish.asked, ...sync.asked, ...bump.asked]);
    for (const [name] of rows) expect(read.has(name), `input ${name} is never read`).toBe(true);
  });

  it('sets every declared output somewhere', () => {
    const code = sources(join(ROOT, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const name of Object.keys(OUTPUTS)) {
      expect(code.includes(`'${name}'`) || new RegExp(`\\b${name}\\b`).test(code), name).toBe(true);
    }
  });
});
