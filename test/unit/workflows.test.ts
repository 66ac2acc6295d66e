import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT } from '../support/action-run.js';

/** Files under `dir` (recursively) whose names end in one of `endings`; no node_modules, .git. */
function find(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === '.git' || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return find(path, test);
    return test(name) ? [path] : [];
  });
}

const schema = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'schemas', name), 'utf8'));
// SchemaStore's schemas use annotations ajv's strict mode does not know; they are draft-07.
const ajv = new Ajv({ strict: false, allErrors: true });
const validateWorkflow = ajv.compile(schema('github-workflow.json'));
const validateAction = ajv.compile(schema('github-action.json'));

const workflows = find(join(ROOT, '.github', 'workflows'), (n) => /\.ya?ml$/.test(n));
const actions = find(ROOT, (n) => n === 'action.yml' || n === 'action.yaml');

/** Parses YAML as GitHub does: any error (a bad scalar, a duplicate key) fails the file. */
function load(path: string): unknown {
  const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
  expect(
    doc.errors.map((e) => `${relative(ROOT, path)}: ${e.message}`),
    'YAML errors',
  ).toEqual([]);
  return doc.toJS();
}

function errorsOf(validate: typeof validateWorkflow): string[] {
  return (validate.errors ?? []).map(
    (e: { instancePath: string; message?: string }) => `${e.instancePath || '/'} ${e.message}`,
  );
}

describe('workflows and examples are valid GitHub workflows (SchemaStore github-workflow.json)', () => {
  it('finds the workflows and the examples', () => {
    const names = workflows.map((p) => relative(ROOT, p));
    expect(names).toContain('.github/workflows/ci.yml');
    expect(names).toContain('.github/workflows/examples/publish.yml');
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it.each(workflows.map((p) => [relative(ROOT, p), p]))('%s', (_name, path) => {
    const ok = validateWorkflow(load(path));
    expect(errorsOf(validateWorkflow)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses what GitHub refuses: the publish.yml line this test was written for, a bad job', () => {
    const expr = (path: string) => `$\{{ ${path} }}`;
    const line = `echo "published ${expr('steps.relay.outputs.name')}: ${expr('steps.relay.outputs.published')}"`;
    const bad = parseDocument(`on: push\njobs:\n  x:\n    steps:\n      - run: ${line}\n`);
    expect(bad.errors.map((e) => e.code)).toContain('BLOCK_AS_IMPLICIT_KEY');
    expect(validateWorkflow({ on: 'push', jobs: { x: { steps: 'not a list' } } })).toBe(false);
  });
});

describe("the workflows' wheelrelay steps", () => {
  it('use an action.yml that exists, with only the inputs it declares', () => {
    let steps = 0;
    for (const path of workflows) {
      const wf = load(path) as {
        jobs?: Record<string, { steps?: Array<{ uses?: string; with?: object }> }>;
      };
      for (const job of Object.values(wf.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          const m = /^OWNER\/wheelrelay(?:\/([a-z-]+))?@/.exec(step.uses ?? '');
          if (!m) continue;
          const file = join(ROOT, m[1] ?? '', 'action.yml');
          const where = `${relative(ROOT, path)}: ${step.uses}`;
          expect(existsSync(file), where).toBe(true);
          const inputs = (load(file) as { inputs: Record<string, unknown> }).inputs;
          for (const key of Object.keys(step.with ?? {})) {
            expect(Object.keys(inputs), `${where} with ${key}`).toContain(key);
          }
          steps++;
        }
      }
    }
    // publish, publish-matrix, bump-consumer, sync, and the four jobs of sync-matrix.
    expect(steps).toBeGreaterThanOrEqual(8);
  });
});

describe('action.yml files are valid actions (SchemaStore github-action.json)', () => {
  it.each(actions.map((p) => [relative(ROOT, p), p]))('%s', (_name, path) => {
    const ok = validateAction(load(path));
    expect(errorsOf(validateAction)).toEqual([]);
    expect(ok).toBe(true);
  });
});
