import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnvironment } from '../../src/build/environment.js';
import { runAction } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { offlineBuildEnv, PYTHON, packageRepo } from '../support/python.js';

const PASSWORD = 'build-env-pw-77aa';
const TOKEN = 'ghp_BuildEnvToken0123456789abcdef';
const OIDC = 'oidc-request-token-1234567890';

describe('what a build can see of the environment', () => {
  it('drops action inputs, credential variables and the runner tokens; keeps the rest', () => {
    const env = childEnvironment({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      GITHUB_REPOSITORY: 'acme/pkg',
      INPUT_PASSWORD: PASSWORD,
      'INPUT_CONSUMER-TOKEN': TOKEN,
      input_username: 'ci',
      WHEELRELAY_PASSWORD: PASSWORD,
      WHEELRELAY_GIT_TOKEN: TOKEN,
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
      GITHUB_TOKEN: TOKEN,
      PIP_INDEX_URL: 'https://mirror/simple',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      GITHUB_REPOSITORY: 'acme/pkg',
      PIP_INDEX_URL: 'https://mirror/simple',
    });
  });

  describe('a package whose build records its environment, built by the bundled action', () => {
    const server = new IndexServer({ users: { ci: PASSWORD }, existing: 'pypiserver' });
    const cleanups: Array<() => Promise<void>> = [];
    beforeAll(() => server.start());
    afterAll(async () => {
      await server.stop();
      for (const c of cleanups) await c();
    });

    it('runs the build without the password, the tokens or the OIDC request token', async () => {
      const repo = await packageRepo({ name: 'relay-env-probe', version: '1.0.0' });
      cleanups.push(repo.cleanup);
      // setup.py runs inside the build backend: whatever it can read, a hostile build could
      // send. It prints its environment hex-encoded (the log's redaction must not hide a leak).
      await writeFile(
        join(repo.dir, 'setup.py'),
        `import json, os, sys\nfrom setuptools import setup\n` +
          `sys.stderr.write("WR-ENV-DUMP " + json.dumps(dict(os.environ)).encode().hex() + "\\n")\nsetup()\n`,
      );
      const run = await runAction({
        workspace: repo.dir,
        inputs: {
          'index-url': server.url,
          'index-type': 'pypiserver',
          username: 'ci',
          password: PASSWORD,
          consumers: '',
          'consumer-token': TOKEN,
          python: PYTHON,
          'build-isolation': 'false',
          'verify-timeout': '10',
        },
        env: {
          ...offlineBuildEnv(),
          WHEELRELAY_PASSWORD: PASSWORD,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC,
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
        },
      });
      expect(run.stderr + run.stdout).not.toMatch(/::error/);
      expect(run.outputs.published).toBe('true');
      const hex = /WR-ENV-DUMP ([0-9a-f]+)/.exec(run.stdout)?.[1] ?? '';
      const seen = JSON.parse(Buffer.from(hex, 'hex').toString('utf8')) as Record<string, string>;
      const names = Object.keys(seen);
      expect(names.filter((n) => /^INPUT_/i.test(n))).toEqual([]);
      expect(names).not.toContain('WHEELRELAY_PASSWORD');
      expect(names).not.toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
      expect(Object.values(seen).join('\n')).not.toContain(PASSWORD);
      // An ordinary build still has what builds need.
      expect(seen.PATH).toBeTruthy();
      expect(seen.GITHUB_REPOSITORY).toBe('acme/problem-package');
    });
  });
});
