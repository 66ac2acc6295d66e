/**
 * What the README says that a test can check: its links land on a heading or a file, every
 * workflow snippet is YAML with a `permissions:` block whose wheelrelay steps use only inputs
 * the action declares, every table of inputs names real inputs with the defaults action.yml
 * gives, no table row (README or SECURITY.md) is wider than a screen, every default and range
 * its prose states is the table's and its parser's, the retried statuses are the index client's,
 * every environment variable it names is read by the code, and the command-line section names
 * the flags the CLI's own help lists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RETRYABLE_STATUS } from '../../src/index/retry.js';
import { INPUTS, type InputName, type InputRow } from '../../src/inputs/table.js';
import { ROOT } from '../support/action-run.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}
interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: unknown;
  jobs?: Record<string, { steps?: Step[] }>;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** SECURITY.md with its fenced code blocks taken out. */
const SECURITY = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
/** The README with its fenced code blocks taken out: prose and tables only. */
const PROSE = README.replace(/^```[\s\S]*?^```/gm, '');

/** An action's inputs, by the path after `OWNER/wheelrelay` in `uses:` ('' for the root). */
function actionInputs(sub: string): ActionYml['inputs'] {
  const file = join(ROOT, sub, 'action.yml');
  return (parse(readFileSync(file, 'utf8')) as ActionYml).inputs;
}
const ROOT_INPUTS = actionInputs('');
/** Every input of every wheelrelay action (the root one, bump/, and sync/ once it exists). */
const ALL_INPUTS: ActionYml['inputs'] = {
  ...(existsSync(join(ROOT, 'sync', 'action.yml')) ? actionInputs('sync') : {}),
  ...actionInputs('bump'),
  ...ROOT_INPUTS,
};

/** The text of every .ts file under `dir`, for a test that looks for a name in it. */
function sourceText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

/**
 * The string literals of a union type (`export type Name = 'a' | 'b' | Other;`) in `files`, with
 * those of the unions it names, read from the source text.
 */
function unionOf(name: string, files: readonly string[]): string[] {
  const text = files
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  const code = new RegExp(`(?:export )?type ${name} =([^;]+);`).exec(text)?.[1];
  if (!code) throw new Error(`no union type ${name} in ${files.join(', ')}`);
  const literals = [...code.matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
  const named = [...code.matchAll(/\|\s*([A-Z]\w+)/g)].map((m) => m[1] as string);
  return [...literals, ...named.flatMap((n) => unionOf(n, files))];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');
}

function yamlBlocks(): string[] {
  return [...README.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((m) => m[1] as string);
}

/** The rows of every table whose header row is `header`, as arrays of cells. */
function tableRows(header: RegExp): string[][] {
  const rows: string[][] = [];
  const lines = PROSE.split('\n');
  lines.forEach((line, i) => {
    if (!header.test(line)) return;
    for (let j = i + 2; j < lines.length && lines[j]?.startsWith('|'); j++) {
      rows.push(
        (lines[j] as string)
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim()),
      );
    }
  });
  return rows;
}

/** The code spans of a cell: `a`, `b` → [a, b]. */
const spans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

describe('the README', () => {
  it('has a contents list whose every entry, and every other in-page link, lands on a heading', () => {
    expect(PROSE).toMatch(/^## Contents\n/m);
    const anchors = new Set([...PROSE.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1] as string)));
    const links = [...PROSE.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(15);
    for (const link of links) expect(anchors, `#${link}`).toContain(link);
  });

  it('links only files that exist', () => {
    const files = [...PROSE.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string);
    expect(files).toContain('docs/benchmarks.md');
    for (const file of files) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it('gives every workflow snippet a permissions block, and its wheelrelay steps only real inputs', () => {
    const workflows = yamlBlocks().map((text) => parse(text) as Workflow);
    expect(workflows.length).toBeGreaterThanOrEqual(5);
    let steps = 0;
    for (const [i, wf] of workflows.entries()) {
      expect(wf.jobs, `yaml block ${i + 1} is a whole workflow`).toBeDefined();
      expect(wf.permissions, `yaml block ${i + 1} has permissions:`).toBeDefined();
      for (const job of Object.values(wf.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          const m = /^OWNER\/wheelrelay(?:\/([a-z-]+))?@(.*)$/.exec(step.uses ?? '');
          if (!step.uses?.includes('wheelrelay')) continue;
          // The one owner placeholder, pinned by commit as SECURITY.md recommends.
          expect(m, step.uses).not.toBeNull();
          expect(m?.[2]).toBe('<commit-sha>');
          const inputs = actionInputs(m?.[1] ?? '');
          for (const key of Object.keys(step.with ?? {})) {
            expect(inputs[key], `${step.uses}: input ${key}`).toBeDefined();
          }
          steps++;
        }
      }
    }
    expect(steps).toBeGreaterThanOrEqual(7);
  });

  it('lists inputs that exist, with the defaults action.yml declares', () => {
    const rows = tableRows(/^\| input \| default \| meaning \|$/);
    expect(rows.length).toBeGreaterThan(30);
    const documented = new Set<string>();
    for (const [names = '', fallback = ''] of rows) {
      for (const name of spans(names)) {
        const input = ALL_INPUTS[name];
        expect(input, `README documents input ${name}`).toBeDefined();
        documented.add(name);
        const declared = input?.default ?? '';
        if (declared !== '') {
          expect(spans(fallback), `default of ${name}`).toEqual([declared]);
        } else {
          expect(spans(fallback), `${name} has no default in action.yml`).toEqual([]);
        }
      }
    }
    for (const name of Object.keys(ALL_INPUTS)) expect(documented, name).toContain(name);
  });

  it('keeps every table row within a screen (120 characters), and so does SECURITY.md', () => {
    for (const text of [PROSE, SECURITY]) {
      for (const line of text.split('\n').filter((l) => l.startsWith('|'))) {
        expect(line.length, line).toBeLessThanOrEqual(120);
      }
    }
  });

  it('states the defaults the table of inputs gives, wherever its prose names one', () => {
    const stated: Array<[string, string]> = [];
    for (const text of [PROSE, SECURITY]) {
      // `retries` (0 to 20, default 5); `--command-timeout` (default 1800 s); `upstream-index` (default `https://…`)
      for (const m of text.matchAll(
        /`(?:--)?([a-z][a-z-]*)`([^`.;]{0,30}?)\bdefault:? (?:(\d+)\b|`([^`]+)`)/g,
      )) {
        stated.push([m[1] as string, (m[3] ?? m[4]) as string]);
      }
      // `pin-style: index` (default)
      for (const m of text.matchAll(/`([a-z][a-z-]*): ([^`]+)` \(default\)/g)) {
        stated.push([m[1] as string, m[2] as string]);
      }
    }
    const checked = stated.filter(([name]) => name in INPUTS);
    expect(checked.length).toBeGreaterThanOrEqual(10);
    for (const [name, value] of checked) {
      expect(value, `the default of ${name}`).toBe((INPUTS[name as InputName] as InputRow).default);
    }
  });

  it('states the ranges the parsers of the inputs accept', () => {
    // [input, the lowest value it refuses below the range, the highest it accepts]
    const ranges: Array<[string, number, number]> = [];
    for (const [names = '', , meaning = ''] of tableRows(/^\| input \| default \| meaning \|$/)) {
      const name = spans(names)[0] as string;
      const range = /\b(\d+) to (\d+)\b/.exec(meaning);
      const seconds = /above 0, at most (\d+)/.exec(meaning);
      if (range) ranges.push([name, Number(range[1]) - 1, Number(range[2])]);
      if (seconds) ranges.push([name, 0, Number(seconds[1])]);
    }
    // In the descriptions action.yml shows: "Retries for a failed request, 0 to 20".
    for (const [name, row] of Object.entries(INPUTS) as Array<[string, InputRow]>) {
      const text = [row.description].flat().join(' ');
      const range = /\b(\d+) to (\d+)\b/.exec(text);
      if (range) ranges.push([name, Number(range[1]) - 1, Number(range[2])]);
    }
    // In prose: (`retries`, 0 to 20, default 5).
    for (const m of PROSE.matchAll(/`([a-z][a-z-]*)`[^`.;]{0,12}?\b(\d+) to (\d+)\b/g)) {
      ranges.push([m[1] as string, Number(m[2]) - 1, Number(m[3])]);
    }
    expect(ranges.length).toBeGreaterThanOrEqual(6);
    for (const [name, below, max] of ranges) {
      const parse = (value: number) => () => INPUTS[name as InputName].parse(String(value), name);
      expect(parse(max), `${name} accepts ${max}`).not.toThrow();
      expect(parse(max + 1), `${name} refuses ${max + 1}`).toThrow(name);
      expect(parse(below), `${name} refuses ${below}`).toThrow(name);
    }
  });

  it('names every sync outcome, plan status and failure reason the code has, and no other', () => {
    const sync = [
      join(ROOT, 'src', 'sync', 'sync-entry.ts'),
      join(ROOT, 'src', 'sync', 'git-fetch.ts'),
    ];
    const firstCells = (header: RegExp) =>
      tableRows(header).map(([cell = '']) => spans(cell)[0] as string);
    expect(new Set(firstCells(/^\| sync outcome \| meaning \|$/))).toEqual(
      new Set(unionOf('EntryOutcome', sync)),
    );
    expect(new Set(firstCells(/^\| plan status \| meaning \|$/))).toEqual(
      new Set(unionOf('PlanStatus', [join(ROOT, 'src', 'sync', 'sync.ts')])),
    );
    const reasons = /^Failure reasons: ([^.]+)\./m.exec(PROSE)?.[1] ?? '';
    expect(new Set(spans(reasons.replace(/\([^)]*\)/g, '')))).toEqual(
      new Set(unionOf('FailureReason', sync)),
    );
  });

  it('names the statuses that are retried as the index client retries them', () => {
    const texts = [PROSE, readFileSync(join(ROOT, 'action.yml'), 'utf8').replace(/\s+/g, ' ')];
    let found = 0;
    for (const text of texts) {
      for (const m of text.matchAll(/statuses ((?:\d{3}, )+\d{3}) and (\d{3})/g)) {
        const statuses = [...(m[1] as string).split(', '), m[2]].map(Number);
        expect(statuses).toEqual(RETRYABLE_STATUS);
        found++;
      }
    }
    expect(found).toBeGreaterThanOrEqual(3);
  });

  it("names only environment variables the code (or, for the tests' own, the tests) reads", () => {
    const named = new Set(
      [PROSE, SECURITY].flatMap((text) =>
        [...text.matchAll(/\b(WHEELRELAY_[A-Z_]+|XDG_CACHE_HOME|GIT_ALLOW_PROTOCOL)\b/g)].map(
          (m) => m[1] as string,
        ),
      ),
    );
    expect(named.size).toBeGreaterThanOrEqual(10);
    const src = sourceText(join(ROOT, 'src'));
    const tests = sourceText(join(ROOT, 'test'));
    for (const name of named) {
      const where = name.startsWith('WHEELRELAY_TEST_') ? tests : src;
      const read = new RegExp(`\\b${name}\\b`).test(where);
      expect(read, `${name} is read by ${where === src ? 'src/' : 'test/'}`).toBe(true);
    }
  });

  it("names every flag of the CLI's help in its command-line section", () => {
    const section = PROSE.slice(
      PROSE.indexOf('## The command line'),
      PROSE.indexOf('\n## ', PROSE.indexOf('## The command line') + 5),
    );
    const cli = join(ROOT, 'dist', 'cli', 'index.js');
    for (const command of ['publish', 'sync', 'pin', 'bump']) {
      const help = execFileSync(process.execPath, [cli, command, '--help'], { encoding: 'utf8' });
      const flags = new Set(
        [...help.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]),
      );
      expect(flags.size, command).toBeGreaterThan(3);
      for (const flag of flags) {
        if (flag === '--help' || flag === '--verbose') continue;
        expect(section, `${command} ${flag}`).toMatch(new RegExp(`${flag}(?![a-z-])`));
      }
    }
  });
});
