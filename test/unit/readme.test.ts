/**
 * What the README says that a test can check: its links land on a heading or a file, every
 * workflow snippet is YAML with a `permissions:` block whose wheelrelay steps use only inputs
 * the action declares, every table of inputs names real inputs with the defaults action.yml
 * gives, no table row is wider than a screen, and the command-line section names the flags the
 * CLI's own help lists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
        } else if (name === 'tag-pattern') {
          // Empty in action.yml: the code's pattern applies, which the README shows.
          const code = readFileSync(join(ROOT, 'src', 'config.ts'), 'utf8');
          expect(code).toContain(`/${spans(fallback)[0]}/`);
        } else {
          expect(spans(fallback), `${name} has no default in action.yml`).toEqual([]);
        }
      }
    }
    for (const name of Object.keys(ALL_INPUTS)) expect(documented, name).toContain(name);
  });

  it('keeps every table row within a screen (120 characters)', () => {
    for (const line of PROSE.split('\n').filter((l) => l.startsWith('|'))) {
      expect(line.length, line).toBeLessThanOrEqual(120);
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
