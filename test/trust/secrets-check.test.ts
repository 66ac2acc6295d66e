import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, secretsOf } from '../support/action-run.js';

const PASSWORD = 'leak-check-pw-5f2c';
const TOKEN = 'ghp_LeakCheckToken0123456789abcdef';

/**
 * The shared check every `runAction` makes proves itself here: stand-in actions that leak a
 * secret through each channel must make the run fail, and one that only masks must not.
 */
describe('the secrets check in runAction', () => {
  let work: string;
  let index: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-leak-'));
    // Outside the workspace, so only the directory-index rule can find what is written there.
    index = await mkdtemp(join(tmpdir(), 'wr-leak-index-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await rm(index, { recursive: true, force: true });
  });

  /** Writes a stand-in action whose body is `code` and runs it with a password and a token. */
  async function leak(name: string, code: string) {
    const entry = join(work, `${name}.mjs`);
    await writeFile(
      entry,
      `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';\n` +
        `const pw = process.env.INPUT_PASSWORD, token = process.env['INPUT_CONSUMER-TOKEN'];\n` +
        `console.log('::add-mask::' + pw);\n${code}\n`,
    );
    // A workspace and index of its own, so no run sees what an earlier one leaked.
    return runAction({
      entry,
      workspace: await mkdtemp(join(work, 'ws-')),
      inputs: {
        'index-url': await mkdtemp(join(index, 'i-')),
        username: 'ci',
        password: PASSWORD,
        'consumer-token': TOKEN,
      },
    });
  }

  it.each([
    ['stdout', `console.log('uploading with ' + pw);`],
    ['stderr', `console.error('token ' + token);`],
    [
      'a Basic-auth header in an error',
      `console.log('Authorization: Basic ' + Buffer.from('ci:' + pw).toString('base64'));`,
    ],
    ['a URL-encoded form', `console.log('https://x/?p=' + encodeURIComponent(pw + '/'));`],
    [
      'GITHUB_OUTPUT',
      `appendFileSync(process.env.GITHUB_OUTPUT, 'url<<EOF\\n' + pw + '\\nEOF\\n');`,
    ],
    [
      'GITHUB_STEP_SUMMARY',
      `appendFileSync(process.env.GITHUB_STEP_SUMMARY, '| ' + token + ' |');`,
    ],
    [
      'a file in RUNNER_TEMP',
      `writeFileSync(process.env.RUNNER_TEMP + '/netrc', 'password ' + pw);`,
    ],
    [
      'a file in the workspace',
      `writeFileSync('pip.conf', 'index-url = https://ci:' + pw + '@x/');`,
    ],
    [
      'a file in the directory index',
      `const dir = process.env['INPUT_INDEX-URL'] + '/simple';
       mkdirSync(dir, { recursive: true }); writeFileSync(dir + '/index.html', token);`,
    ],
  ])('fails a run that leaks a secret through %s', async (name, code) => {
    await expect(leak(name.replace(/\W+/g, '-'), code)).rejects.toThrow(/a secret .* was printed/);
  });

  it('passes a run that only asks the runner to mask its secrets', async () => {
    const run = await leak('masks-only', `console.log('::add-mask::' + token); console.log('ok');`);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('ok');
  });

  it('finds secrets by input and variable name, paired with the username for Basic auth', () => {
    const found = secretsOf({
      workspace: work,
      inputs: { username: 'ci', password: PASSWORD, 'consumer-token': TOKEN, 'index-url': 'x' },
      env: { WHEELRELAY_PASSWORD: 'env-pw-123456', GITHUB_TOKEN: 'ghs_abcdef123456' },
    });
    const values = found.map((s) => s.secret);
    expect(new Set(values)).toEqual(
      new Set([PASSWORD, TOKEN, 'env-pw-123456', 'ghs_abcdef123456']),
    );
    expect(found).toContainEqual({ secret: PASSWORD, user: 'ci' });
  });
});
