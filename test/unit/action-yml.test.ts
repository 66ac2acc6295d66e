import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/action-run.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const code = sources(join(ROOT, 'src'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('documents every input and output', () => {
    for (const [name, spec] of [
      ...Object.entries(action.inputs),
      ...Object.entries(action.outputs),
    ]) {
      expect(spec.description?.trim().length, name).toBeGreaterThan(10);
    }
  });

  it('declares every input the code reads, and the code reads every declared input', () => {
    const read = new Set(
      [...code.matchAll(/(?:get|getInput)\('([a-z][a-z-]*)'\)/g)].map((m) => m[1]),
    );
    for (const name of Object.keys(action.inputs))
      expect(read.has(name), `input ${name} is never read`).toBe(true);
    // Names the code reads that are not inputs: CLI-only flags and metadata headers.
    const notInputs = new Set([
      'name',
      'version',
      'summary',
      'metadata-version',
      'requires-python',
    ]);
    for (const name of read) {
      if (!notInputs.has(name as string))
        expect(action.inputs[name as string], `input ${name} is not in action.yml`).toBeDefined();
    }
  });

  it('sets every declared output somewhere', () => {
    for (const name of Object.keys(action.outputs)) {
      expect(
        code.includes(`'${name}'`) || new RegExp(`\\b${name}\\b`).test(code),
        `output ${name} is never set`,
      ).toBe(true);
    }
  });
});
