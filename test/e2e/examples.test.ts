/**
 * The example workflows keep third-party code away from secrets: every checkout before such a
 * step drops its credentials, and the sync-matrix example, run job by job from the bundle,
 * builds only in the jobs that hold no index password and no write token.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActionName } from '../../src/inputs/table.js';
import { ROOT, runAction } from '../support/action-run.js';
import { consumerCheckout, filesOf } from '../support/consumer-checkout.js';
import { useGitHubServer } from '../support/github-server.js';
import { IndexServer } from '../support/index-server.js';
import { offlineBuildEnv, PYTHON, pipInstallAndImport } from '../support/python.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  steps: Step[];
  permissions?: Record<string, string>;
}
interface Workflow {
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const EXAMPLES = join(ROOT, '.github', 'workflows', 'examples');

/** The wheelrelay action a step uses: `OWNER/wheelrelay/sync@…` is sync, the root one publish. */
function actionOf(step: Step | undefined): ActionName {
  const sub = /^OWNER\/wheelrelay(?:\/([a-z-]+))?@/.exec(step?.uses ?? '')?.[1];
  if (sub === undefined) return 'publish';
  if (sub === 'sync' || sub === 'bump') return sub;
  throw new Error(`${step?.uses}: no such wheelrelay action`);
}
const read = async (name: string) =>
  parse(await readFile(join(EXAMPLES, name), 'utf8')) as Workflow;
/** A step that runs a wheelrelay action: `OWNER/wheelrelay[/bump]@<commit-sha>`. */
const WHEELRELAY_USES = /^OWNER\/wheelrelay(?:\/[a-z-]+)?@/;
const isWheelrelay = (s: Step) => WHEELRELAY_USES.test(s.uses ?? '');

describe('the example workflows', () => {
  it('drop checkout credentials wherever a later step runs code: in every job of every example', async () => {
    const files = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      for (const [name, job] of Object.entries((await read(file)).jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
          expect(step.with?.['persist-credentials'], `${file}: ${name}`).toBe(false);
        }
      }
    }
  });

  it('declare the permissions of their token', async () => {
    const files = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yml'));
    for (const file of files) {
      expect((await read(file)).permissions, file).toBeDefined();
    }
  });

  it('name wheelrelay by the one owner placeholder, pinned by commit as SECURITY.md recommends', async () => {
    const files = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yml'));
    let steps = 0;
    for (const file of files) {
      for (const job of Object.values((await read(file)).jobs)) {
        for (const step of job.steps.filter((s) => /wheelrelay/.test(s.uses ?? ''))) {
          expect(step.uses, file).toMatch(/^OWNER\/wheelrelay(?:\/[a-z-]+)?@<commit-sha>$/);
          steps++;
        }
      }
    }
    expect(steps).toBeGreaterThanOrEqual(files.length);
  });

  it('build only where no index password and no write token are held', async () => {
    for (const file of ['sync-matrix.yml', 'publish.yml']) {
      for (const [name, job] of Object.entries((await read(file)).jobs)) {
        const text = JSON.stringify(job);
        const builds = job.steps.some(
          (s) =>
            /python -m build|cibuildwheel/.test(s.run ?? s.uses ?? '') ||
            (isWheelrelay(s) &&
              actionOf(s) === 'sync' &&
              (s.with?.mode ?? 'sync') === 'sync' &&
              s.with?.['dist-dir'] === undefined),
        );
        if (!builds) continue;
        expect(text, `${file}: job ${name} builds`).not.toMatch(/PASSWORD|CONSUMER_TOKEN/);
        expect(job.permissions?.contents ?? 'read', `${file}: job ${name}`).not.toBe('write');
      }
    }
  });
});

describe('the sync-matrix example, job by job from the bundle', () => {
  const PASSWORD = 'examples-pw-5190';
  const server = new IndexServer({ users: { ci: PASSWORD } });
  let alpha: TestRepo;
  let beta: TestRepo;
  let work: string;
  let wf: Workflow;

  beforeAll(async () => {
    await server.start();
    alpha = await makeRepo([
      { name: 'ex-alpha', version: '1.0.0', tag: 'v1.0.0', message: 'alpha 1.0.0' },
    ]);
    beta = await makeRepo([{ name: 'ex-beta', version: '2.0.0', message: 'beta 2.0.0' }]);
    work = await mkdtemp(join(tmpdir(), 'wr-examples-'));
    wf = await read('sync-matrix.yml');
  });
  afterAll(async () => {
    await server.stop();
    await alpha?.cleanup();
    await beta?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  const requirements = () =>
    [`-e git+${alpha.url}@v1.0.0#egg=ex-alpha==1.0.0`, `ex-beta @ git+${beta.url}@main`, ''].join(
      '\n',
    );

  /** A job's workspace: with the repository's requirement files when it checks out. */
  async function jobWorkspace(job: Job): Promise<string> {
    const ws = await mkdtemp(join(work, 'ws-'));
    if (job.steps.some((s) => s.uses?.startsWith('actions/checkout@'))) {
      await mkdir(join(ws, 'requirements'));
      await writeFile(join(ws, 'requirements', 'github.txt'), requirements());
    }
    return ws;
  }

  /** The job's wheelrelay step: the action it runs. */
  const actionIn = (job: Job) => actionOf(job.steps.find(isWheelrelay));

  /** The job's wheelrelay inputs, with the workflow's expressions filled in. */
  function inputsOf(job: Job, matrix: Record<string, string> = {}): Record<string, string> {
    const step = job.steps.find(isWheelrelay);
    const values: Record<string, string> = {
      'vars.WHEELRELAY_INDEX_URL': server.url,
      'vars.WHEELRELAY_USERNAME': 'ci',
      'secrets.WHEELRELAY_PASSWORD': PASSWORD,
      'secrets.WHEELRELAY_GIT_TOKEN': '',
      ...Object.fromEntries(Object.entries(matrix).map(([k, v]) => [`matrix.${k}`, v])),
    };
    const out: Record<string, string> = { python: PYTHON, 'build-isolation': 'false' };
    for (const [key, raw] of Object.entries(step?.with ?? {})) {
      out[key] = String(raw).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
        if (!(name in values)) throw new Error(`no value for ${name}`);
        return values[name] as string;
      });
    }
    return out;
  }

  it('plans, builds without the password, publishes without building, and rewrites the pins without building', async () => {
    // Every job runs the sync action (sync/action.yml), each with its own mode.
    expect(['plan', 'build', 'publish', 'pins'].map((j) => actionIn(wf.jobs[j] as Job))).toEqual([
      'sync',
      'sync',
      'sync',
      'sync',
    ]);
    const env = offlineBuildEnv();
    const plan = await runAction({
      action: actionIn(wf.jobs.plan as Job),
      workspace: await jobWorkspace(wf.jobs.plan as Job),
      inputs: inputsOf(wf.jobs.plan as Job),
      env,
    });
    expect(plan.exitCode, plan.stdout).toBe(0);
    expect(plan.outputs.missing).toBe('2');
    const matrix = JSON.parse(plan.outputs.matrix ?? '{}') as {
      include: Array<Record<string, string>>;
    };

    // Each build job: its own runner, a directory index, no password; the artifact is its packages/.
    const artifact = join(work, 'artifact');
    await mkdir(artifact);
    const buildJob = wf.jobs.build as Job;
    for (const leg of matrix.include) {
      const inputs = inputsOf(buildJob, leg);
      expect(inputs.password).toBeUndefined();
      const ws = await jobWorkspace(buildJob);
      const run = await runAction({ action: actionIn(buildJob), workspace: ws, inputs, env });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(JSON.parse(run.outputs.counts ?? '{}')).toMatchObject({ builds: 1, uploaded: 1 });
      for (const f of await readdir(join(ws, 'wheelhouse', 'packages'))) {
        await copyFile(join(ws, 'wheelhouse', 'packages', f), join(artifact, f));
      }
    }
    expect(server.files()).toEqual([]);

    // The publish job: the password, the artifact, and no clone or build.
    const publishJob = wf.jobs.publish as Job;
    const pws = await jobWorkspace(publishJob);
    // actions/download-artifact with merge-multiple: every build job's files in one folder.
    await mkdir(join(pws, 'dist'));
    for (const f of await readdir(artifact))
      await copyFile(join(artifact, f), join(pws, 'dist', f));
    const publish = await runAction({
      action: actionIn(publishJob),
      workspace: pws,
      inputs: inputsOf(publishJob),
      env,
    });
    expect(publish.exitCode, publish.stdout).toBe(0);
    expect(JSON.parse(publish.outputs.counts ?? '{}')).toMatchObject({
      uploaded: 2,
      clones: 0,
      builds: 0,
    });
    expect(publish.stdout).not.toMatch(/^fetching /m);

    // The pins job: a write token, and nothing fetched or built.
    const pinsJob = wf.jobs.pins as Job;
    const ws = await jobWorkspace(pinsJob);
    // The suite never asks pypi.org: the check of the upstream index is tested on its own.
    const pins = await runAction({
      action: actionIn(pinsJob),
      workspace: ws,
      inputs: { ...inputsOf(pinsJob), 'upstream-index': 'none' },
      env,
    });
    expect(pins.exitCode, pins.stdout).toBe(0);
    expect(pins.stdout).not.toMatch(/^fetching |Builds run /m);
    expect(pins.outputs['rewritten-files']).toBe('["requirements/github.txt"]');
    // ex-alpha names its version and becomes an index pin; ex-beta's only a build could tell.
    expect(await readFile(join(ws, 'requirements', 'github.txt'), 'utf8')).toBe(
      [
        `ex-alpha==1.0.0  # from git+${alpha.url}@v1.0.0`,
        `ex-beta @ git+${beta.url}@main`,
        '',
      ].join('\n'),
    );
    expect(await pipInstallAndImport(server.simpleUrl, 'ex-beta==2.0.0', 'ex_beta')).toBe(
      'beta 2.0.0',
    );
  }, 300_000);
});

describe('the dispatch example: publish.yml dispatches, bump-consumer.yml bumps and recompiles', () => {
  const TOKEN = 'ghs_ExampleJobToken0123456789abcdefghij';
  const github = useGitHubServer({ tokens: { [TOKEN]: { login: 'github-actions', kind: 'app' } } });
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('the publisher sends acme/platform a dispatch; the consumer listens for it with write access', async () => {
    const publish = await read('publish.yml');
    const relay = publish.jobs.publish?.steps.find(isWheelrelay);
    expect(String(relay?.with?.consumers)).toMatch(/^acme\/platform: dispatch$/m);
    const consumer = parse(
      await readFile(join(EXAMPLES, 'bump-consumer.yml'), 'utf8'),
    ) as Workflow & { on: Record<string, { types?: string[] }> };
    expect(consumer.on.repository_dispatch?.types).toEqual(['wheelrelay-release']);
    expect(consumer.on).toHaveProperty('workflow_dispatch');
    expect(consumer.jobs.bump?.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
    });
  });

  it("the consumer's bump step, run from the bundle with its own inputs, opens the PR with the recompiled files", async () => {
    const consumer = await read('bump-consumer.yml');
    const step = consumer.jobs.bump?.steps.find(isWheelrelay);
    expect(step?.uses).toBe('OWNER/wheelrelay/bump@<commit-sha>');
    const dir = await consumerCheckout();
    dirs.push(dir);
    github.createRepo('acme/platform', await filesOf(dir));
    const inputs = Object.fromEntries(
      Object.entries(step?.with ?? {}).map(([k, v]) => [k, String(v)]),
    );
    const r = await runAction({
      action: actionOf(step),
      workspace: dir,
      eventName: 'repository_dispatch',
      event: {
        action: 'wheelrelay-release',
        client_payload: {
          name: 'relay-alpha',
          version: '0.4.0',
          'index-url': 'https://cache.example/ci/cache/+simple/',
          files: [{ filename: 'relay_alpha-0.4.0-py3-none-any.whl', sha256: 'a'.repeat(64) }],
          'source-repo': 'acme/relay-alpha',
          tag: 'v0.4.0',
        },
      },
      env: {
        GITHUB_REPOSITORY: 'acme/platform',
        GITHUB_API_URL: github.apiUrl,
        GITHUB_SERVER_URL: github.serverUrl,
        WHEELRELAY_GITHUB_PACING: 'off',
      },
      // The runner fills `token` with the job's github.token.
      inputs: { ...inputs, token: TOKEN },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.outcome).toBe('created');
    const branch = 'wheelrelay/relay-alpha';
    expect(github.file('acme/platform', branch, 'requirements/edx/github.in')).toContain(
      'relay-alpha==0.4.0\n',
    );
    expect(github.file('acme/platform', branch, 'requirements/edx/base.txt')).toContain(
      'relay-beta==1.0.2\n',
    );
    expect(github.pulls('acme/platform')[0]?.labels).toEqual(['dependencies']);
  });
});
