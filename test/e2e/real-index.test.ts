/**
 * The publish pipeline against a real index, when one is named in the environment:
 *
 *   WHEELRELAY_TEST_INDEX_URL=http://127.0.0.1:8080/ WHEELRELAY_TEST_INDEX_TYPE=pypiserver \
 *   WHEELRELAY_TEST_USERNAME=ci WHEELRELAY_TEST_PASSWORD=secret npx vitest run test/e2e/real-index.test.ts
 *
 * Without WHEELRELAY_TEST_INDEX_URL the suite is skipped (CI runs it against the test server).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action-run.js';
import { buildWheel, PYTHON, pipInstallAndImport } from '../support/python.js';
import { expectNoSecrets } from '../support/secrets.js';

const url = process.env.WHEELRELAY_TEST_INDEX_URL;
const type = process.env.WHEELRELAY_TEST_INDEX_TYPE ?? '';
const user = process.env.WHEELRELAY_TEST_USERNAME ?? '';
const password = process.env.WHEELRELAY_TEST_PASSWORD ?? '';

describe.skipIf(!url)(`a real index (${type || 'auto'} at ${url})`, () => {
  let work: string;
  // A fresh project name per run, so runs against a long-lived index do not collide.
  const name = `relay-real-${Date.now().toString(36)}`;
  const mod = name.replace(/-/g, '_');
  const inputs = {
    'index-url': url ?? '',
    'index-type': type,
    username: user,
    password,
    'verify-timeout': '30',
  };
  let first: ActionRun;
  let simpleUrl: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-real-'));
    await buildWheel({ name, version: '1.0.0', message: 'the published build' }, join(work, 'a'));
    await buildWheel({ name, version: '1.0.0', message: 'another build' }, join(work, 'b'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  const publish = (distDir: string, extra: Record<string, string> = {}, tag = 'v1.0.0') =>
    runAction({
      workspace: work,
      ref: `refs/tags/${tag}`,
      inputs: { ...inputs, python: PYTHON, 'dist-dir': distDir, ...extra },
    });

  it('uploads, verifies and installs back', async () => {
    first = await publish(join(work, 'a'));
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs.published).toBe('true');
    expect(JSON.parse(first.outputs.files ?? '[]')[0].outcome).toBe('uploaded');
    simpleUrl = (first.outputs['project-url'] ?? '').replace(/[^/]+\/$/, '');
    expect(await pipInstallAndImport(simpleUrl, `${name}==1.0.0`, mod)).toBe('the published build');
  });

  it('a re-run finds the file already present and uploads nothing', async () => {
    const again = await publish(join(work, 'a'));
    expect(again.exitCode, again.stdout).toBe(0);
    expect(JSON.parse(again.outputs.files ?? '[]')[0].outcome).toBe('already-present');
  });

  it('other content under the same filename fails and overwrites nothing', async () => {
    const other = await publish(join(work, 'b'));
    expect(other.exitCode).not.toBe(0);
    expect(other.stdout).toMatch(/already on .* with other content; nothing was overwritten/);
    expect(await pipInstallAndImport(simpleUrl, `${name}==1.0.0`, mod)).toBe('the published build');
  });

  it.skipIf(!password)(
    'a wrong password fails with a clear error and prints no secret',
    async () => {
      const wrong = `${password}-wrong-Xy7`;
      await buildWheel({ name, version: '1.0.1' }, join(work, 'c'));
      const run = await publish(join(work, 'c'), { password: wrong }, 'v1.0.1');
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toMatch(/refused \(HTTP 40[13]/);
      expectNoSecrets(run.everything(), [
        { user, secret: wrong },
        { user, secret: password },
      ]);
    },
  );
});
