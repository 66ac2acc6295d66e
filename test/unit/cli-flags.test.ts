/**
 * The command line's flags come from the table of inputs: what the README's "What the CLI
 * covers" says about them is checked against that table, and a refused value names the flag.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  absentInputs,
  commandFlags,
  commandInputs,
  flagFor,
  flagInputs,
  optionsHelp,
  parseFlags,
  usageMessage,
} from '../../src/cli/flags.js';
import { InputError, WheelrelayError } from '../../src/errors.js';
import { Inputs } from '../../src/inputs/read.js';
import { INPUTS, type InputName } from '../../src/inputs/table.js';
import { ROOT } from '../support/action-run.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The README's paragraph "What the CLI covers" and its list, up to the next paragraph's title. */
const COVERS = README.slice(
  README.indexOf('**What the CLI covers.**'),
  README.indexOf('**Defaults from the environment.**'),
);
/** The commands that stand for an action, each with its action's name. */
const ACTION_COMMANDS = ['publish', 'sync', 'bump'] as const;

/** The section's code spans (what stands between backticks). */
const SPANS = COVERS.split('`').filter((_, i) => i % 2 === 1);

/** Whether a code span of the section names `text` (`cache`, `--plan`, `sync --plan`). */
function named(text: string): boolean {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![a-z-])${escaped}(?![a-z-])`);
  return SPANS.some((span) => re.test(span));
}

describe("the CLI's flags and the README's statement of them", () => {
  it('finds the section', () => {
    expect(COVERS.length).toBeGreaterThan(500);
  });

  for (const command of ACTION_COMMANDS) {
    it(`${command}: every input of its action is a flag of the same name, or the README says how it differs`, () => {
      const inputs = (Object.keys(INPUTS) as InputName[]).filter((name) =>
        (INPUTS[name].actions as readonly string[]).includes(command),
      );
      expect(inputs.length).toBeGreaterThan(5);
      for (const input of inputs) {
        const flag = flagFor(command, input);
        if (flag === `--${input}`) continue;
        // Differs (another flag, an argument) or absent: the README names the input, and its flag.
        expect(named(input), `${command}: README does not say what becomes of \`${input}\``).toBe(
          true,
        );
        if (flag?.startsWith('--')) {
          expect(named(flag), `${command}: README does not name ${flag} (\`${input}\`)`).toBe(true);
        }
      }
    });
  }

  it('names only flags that exist, and says which stand for no input', () => {
    const all = new Set(
      (['publish', 'sync', 'bump', 'pin'] as const).flatMap((c) =>
        commandFlags(c).map((f) => `--${f.name}`),
      ),
    );
    const mentioned = [...COVERS.matchAll(/`(--[a-z][a-z-]*)/g)].map((m) => m[1] as string);
    expect(mentioned.length).toBeGreaterThan(20);
    for (const flag of mentioned) expect(all, `README names ${flag}`).toContain(flag);
    for (const command of ['publish', 'sync', 'bump', 'pin'] as const) {
      for (const f of commandFlags(command).filter((f) => !f.input)) {
        expect(named(`--${f.name}`), `${command} --${f.name}`).toBe(true);
      }
    }
  });

  it('gives every input a command lacks a reason, and every flag a help text', () => {
    for (const command of ACTION_COMMANDS) {
      for (const [input, why] of absentInputs(command)) {
        expect(why, `${command} ${input}`).not.toBe('');
      }
      for (const f of commandFlags(command)) expect(f.help.length, f.name).toBeGreaterThan(0);
    }
  });
});

describe('the flags a command parses and prints', () => {
  it("prints each flag's default as the table writes it", () => {
    const help = optionsHelp('sync');
    expect(help).toMatch(/--retries N {2,}.*\(default: 5\)/);
    expect(help).toMatch(/--matrix-limit N {2,}.*\(default: 256\)/);
    expect(help).toMatch(/-j, --jobs N {2,}.*\(default: number of cores\)/);
    expect(optionsHelp('bump')).toMatch(/--command-timeout SECS {2,}.*\(default: 1800\)/);
    for (const line of optionsHelp('publish').split('\n')) {
      expect(line.length, line).toBeLessThanOrEqual(100);
    }
  });

  it('turns flags into the inputs they stand for, by the action names', () => {
    const given = parseFlags('sync', [
      'a.txt',
      '--no-build-isolation',
      '--plan',
      '--rewrite=hash',
      '--requirement',
      'x @ git+https://h/x@v1',
      '--requirement',
      'y @ git+https://h/y@v1',
      '--git-token-stdin',
    ]);
    if ('usage' in given) throw new Error(given.usage);
    const inputs = flagInputs('sync', given.values, { WHEELRELAY_USERNAME: 'ci' }, 'tok');
    expect(inputs).toMatchObject({
      'build-isolation': 'false',
      mode: 'plan',
      rewrite: 'hash',
      requirement: 'x @ git+https://h/x@v1\ny @ git+https://h/y@v1',
      'git-token': 'tok',
      username: 'ci',
      password: undefined,
    });
    expect(given.positionals).toEqual(['a.txt']);
    // Only the inputs of sync's action, and no flag for cache.
    expect(Object.keys(inputs)).not.toContain('cache');
    expect(commandInputs('sync').map(([name]) => name)).not.toContain('consumers');
  });

  it('refuses an unknown flag, and a flag of another command', () => {
    expect(parseFlags('publish', ['--build-isolation'])).toHaveProperty('usage');
    expect(parseFlags('publish', ['--plan'])).toHaveProperty('usage');
    expect(parseFlags('bump', ['--jobs', '2'])).toHaveProperty('usage');
  });

  it('names the flag where the action names the input, hint and all', () => {
    expect(
      usageMessage('publish', new InputError('retries', "is '99'", 'It must be 0 to 20.')),
    ).toBe("`--retries` is '99'\nIt must be 0 to 20.");
    expect(
      usageMessage(
        'sync',
        new InputError('password', 'is set but `username` is not', 'Set `username` too.'),
      ),
    ).toBe('`--password-stdin` is set but `--username` is not\nSet `--username` too.');
    expect(usageMessage('bump', new InputError('release', "is 'x'"))).toBe(
      "`NAME==VERSION` is 'x'",
    );
    expect(usageMessage('sync', new InputError('mode', "is 'x'"))).toBe("`--plan` is 'x'");
    // The action, reading the same value, names its input.
    const action = new Inputs({ get: (n) => (n === 'retries' ? '99' : undefined) }, 'publish');
    expect(() => action.read('retries')).toThrow("input `retries` is '99'");
    // Not a refused input: the run failed, and the CLI says so as it is.
    expect(usageMessage('publish', new WheelrelayError('upload refused'))).toBeUndefined();
  });
});
