import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, runAction, startAction } from '../support/action-run.js';
import { hasGfm, renderGfm, tagsOf, textOf } from '../support/gfm.js';
import { IndexServer } from '../support/index-server.js';
import { buildWheel, git, offlineBuildEnv, PYTHON, writePackage } from '../support/python.js';
import { GitHttpServer, gitTrustEnv, loopbackServer } from '../sync/git-http-server.js';
import { makeRepo, type TestRepo } from '../sync/git-repos.js';

const exec = promisify(execFile);

/**
 * Hostile git servers and package indexes on loopback, against the bundled action as the
 * runner runs it: a server that redirects a token elsewhere, a submodule elsewhere on the same
 * host, a plain-http pin, a server whose error text is markdown, an index that trickles one
 * byte a second or answers with a page that never ends, credentials in simple-url and in a
 * requirement's URL. Each case counts what the servers received and sent; none asserts time
 * or memory.
 */
const TOKEN = 'ghs_HostileServersToken_5d1c';
const basic = (token: string) =>
  `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;

let scratch: string;
let root: string;
let host: GitHttpServer;
let repo: TestRepo;
let secretRepo: TestRepo;

/** The canonical requirement of the private package on `url`. */
const pin = (url: string) => `git+${url}@v3.0.0#egg=hs-private==3.0.0`;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'wr-hostile-servers-'));
  root = join(scratch, 'git-root');
  await mkdir(join(root, 'org'), { recursive: true });
  repo = await makeRepo([{ name: 'hs-private', version: '3.0.0', tag: 'v3.0.0' }]);
  await exec('git', ['clone', '-q', '--bare', repo.url, join(root, 'org', 'private.git')]);
  secretRepo = await makeRepo([{ name: 'hs-secret', version: '0.1.0' }]);
  await exec('git', ['clone', '-q', '--bare', secretRepo.url, join(root, 'org', 'secret.git')]);
  host = new GitHttpServer(root, TOKEN);
  await host.start();
  // A package whose submodule is another repository of the same host: org/secret.git.
  const work = join(scratch, 'subpkg');
  await mkdir(work);
  await git(work, 'init', '-q', '-b', 'main');
  await writePackage(work, { name: 'hs-subpkg', version: '1.0.0' });
  await writeFile(
    join(work, '.gitmodules'),
    `[submodule "vendor"]\n\tpath = vendor\n\turl = ${host.url('org/secret.git')}\n`,
  );
  await git(work, 'add', '-A');
  // The submodule's commit, as a gitlink (no clone needed: the folder stays empty).
  await git(work, 'update-index', '--add', '--cacheinfo', `160000,${secretRepo.shas[0]},vendor`);
  await git(work, 'commit', '-q', '-m', 'with a submodule elsewhere on the host');
  await git(work, 'tag', 'v1.0.0');
  await exec('git', ['clone', '-q', '--bare', work, join(root, 'org', 'subpkg.git')]);
}, 120_000);
afterAll(async () => {
  await host?.stop();
  await repo?.cleanup();
  await secretRepo?.cleanup();
  await rm(scratch, { recursive: true, force: true });
});

/** Runs the bundled sync action on one requirement line. */
async function sync(requirement: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const ws = await mkdtemp(join(scratch, 'ws-'));
  return runAction({
    workspace: ws,
    env: { ...offlineBuildEnv(), ...gitTrustEnv() },
    action: 'sync',
    inputs: {
      requirement,
      'index-url': join(ws, 'index'),
      python: PYTHON,
      'build-isolation': 'false',
      ...inputs,
    },
  });
}

const entriesOf = (run: ActionRun) =>
  JSON.parse(run.outputs.entries ?? '[]') as Array<{
    outcome: string;
    reason?: string;
    error?: string;
    requirement: string;
  }>;

/** A server on loopback that answers every request with `handler`, counting them. */
async function serve(
  tls: boolean,
  handler: Parameters<typeof loopbackServer>[1],
): Promise<{ server: Server; url: string; requests: Array<{ path: string; auth?: string }> }> {
  const requests: Array<{ path: string; auth?: string }> = [];
  const server = loopbackServer(tls, (req, res) => {
    requests.push({ path: req.url ?? '', auth: req.headers.authorization });
    handler(req, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`, requests };
}

const stop = async (server: Server) => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
};

describe('hostile git servers: the token reaches only the repository it is for', () => {
  it('a server that redirects to another port: the other port never sees the token (or anything)', async () => {
    const target = new GitHttpServer(root, TOKEN);
    await target.start();
    const redirector = await serve(true, (req, res) => {
      res.writeHead(302, { location: `${target.url('')}${(req.url ?? '/').slice(1)}` }).end();
    });
    try {
      const host = new URL(redirector.url).host;
      const run = await sync(pin(`${redirector.url}/org/private.git`), {
        'git-token': TOKEN,
        'git-token-hosts': host,
      });
      expect(run.exitCode).not.toBe(0);
      expect(entriesOf(run)[0]).toMatchObject({ outcome: 'failed', reason: 'fetch-failed' });
      expect(run.stdout).toContain('the server redirected the fetch elsewhere');
      // The token went where it was scoped (and so meant): the redirecting host itself.
      expect(redirector.requests.map((r) => r.auth)).toContain(basic(TOKEN));
      expect(target.requests).toEqual([]);
      process.stderr.write(
        `redirect: ${redirector.requests.length} request(s) to the redirecting host, ${target.requests.length} to the other port\n`,
      );
    } finally {
      await stop(redirector.server);
      await target.stop();
    }
  });

  it('a submodule at another path of the same host is fetched without the header', async () => {
    host.requests.length = 0;
    const run = await sync(`git+${host.url('org/subpkg.git')}@v1.0.0#egg=hs-subpkg==1.0.0`, {
      'git-token': TOKEN,
      'git-token-hosts': host.host,
    });
    const own = host.requestsFor('org/subpkg.git');
    const other = host.requestsFor('org/secret.git');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.authorization === basic(TOKEN))).toBe(true);
    expect(other.length).toBeGreaterThan(0);
    expect(other.map((r) => r.authorization)).toEqual(other.map(() => undefined));
    // Without the token the private submodule cannot be read: the entry fails, says so.
    expect(run.exitCode).not.toBe(0);
    expect(entriesOf(run)[0]).toMatchObject({ outcome: 'failed', reason: 'no-access' });
    process.stderr.write(
      `submodule: ${own.length} request(s) to the package's repository (with the token), ${other.length} to the other repository (none with it)\n`,
    );
  });

  it('an http:// pin gets no token, from git-token or from its own URL', async () => {
    const plain = new GitHttpServer(root, TOKEN, { tls: false });
    await plain.start();
    try {
      const url = plain.url('org/private.git');
      const withInput = await sync(pin(url), { 'git-token': TOKEN, 'git-token-hosts': plain.host });
      const inUrl = await sync(pin(url.replace('http://', `http://x-access-token:${TOKEN}@`)), {});
      for (const run of [withInput, inUrl]) {
        expect(run.exitCode).not.toBe(0);
        expect(entriesOf(run)[0]).toMatchObject({ outcome: 'failed', reason: 'no-access' });
        expect(run.stdout).toContain('No token or password is ever sent over plain http://');
      }
      expect(plain.authorizations.length).toBeGreaterThan(0);
      expect(plain.authorizations.filter((a) => a !== undefined)).toEqual([]);
    } finally {
      await plain.stop();
    }
  });

  it('a password with @ in the URL is sent whole, and masked whole everywhere', async () => {
    const token = 'tok@en-Secret@77';
    const atHost = new GitHttpServer(root, token);
    await atHost.start();
    try {
      const url = atHost
        .url('org/private.git')
        .replace('https://', `https://x-access-token:${token}@`);
      const run = await sync(pin(url));
      expect(run.exitCode, run.stdout).toBe(0);
      expect(entriesOf(run)[0]?.outcome).toBe('uploaded');
      expect(entriesOf(run)[0]?.requirement).toBe(
        pin(atHost.url('org/private.git').replace('https://', 'https://***@')),
      );
      expect(run.stdout).toContain(`::add-mask::${token}`);
      const shown = run.everything().replaceAll(`::add-mask::${token}`, '');
      for (const piece of [token, 'en-Secret@77', 'Secret@77@']) expect(shown).not.toContain(piece);
    } finally {
      await atHost.stop();
    }
  });
});

describe('hostile indexes: timeout bounds a request, a page has a size cap', () => {
  let wheel: string;
  beforeAll(async () => {
    wheel = await buildWheel({ name: 'hs-probe', version: '1.0.0' }, join(scratch, 'built'));
  }, 120_000);

  async function publishTo(indexUrl: string, inputs: Record<string, string>) {
    const ws = await mkdtemp(join(scratch, 'pub-'));
    await mkdir(join(ws, 'dist'));
    await copyFile(wheel, join(ws, 'dist', 'hs_probe-1.0.0-py3-none-any.whl'));
    return startAction({
      workspace: ws,
      ref: 'refs/tags/v1.0.0',
      // generic: these servers are not pypiserver, and the simple API read is what they attack.
      inputs: { 'dist-dir': 'dist', 'index-url': indexUrl, 'index-type': 'generic', ...inputs },
    });
  }

  it('an index trickling one byte a second: the read is cut off at `timeout`, not retried', async () => {
    let sent = 0;
    let cutOff = false;
    const trickle = await serve(false, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      // One byte a second, for at most ten minutes (longer than the test may run): the loop
      // ends on its own, and only a client that stops reading ends it sooner.
      const timer = setInterval(() => {
        if (++sent > 600) res.end();
        else res.write('<');
      }, 1000);
      res.on('close', () => {
        clearInterval(timer);
        cutOff = !res.writableFinished;
      });
    });
    try {
      // generic reads the listing before uploading (pypiserver's kind uploads a small file first).
      const { result } = await publishTo(`${trickle.url}/`, {
        timeout: '2',
        'index-type': 'generic',
      });
      const run = await result;
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toMatch(
        /read of http:\/\/127\.0\.0\.1:\d+\/simple\/hs-probe\/ did not finish within 2 s \(`timeout`\)/,
      );
      expect(trickle.requests.map((r) => r.path)).toEqual(['/simple/hs-probe/']);
      // wheelrelay hung up on the page before its end, and did not ask again.
      expect(cutOff).toBe(true);
      expect(sent).toBeLessThan(600);
    } finally {
      await stop(trickle.server);
    }
  });

  it('an index whose page never ends: refused at the size cap, reading no more than the cap', async () => {
    let sent = 0;
    let cutOff = false;
    const chunk = Buffer.alloc(1 << 20, '<a href="x">x</a>\n');
    const endless = await serve(false, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      // At most 4 GiB, and only while the client reads: what is sent is what the client took.
      const pump = () => {
        while (sent < 4 * 1024 ** 3) {
          sent += chunk.length;
          if (!res.write(chunk)) return;
        }
        res.end();
      };
      res.on('drain', pump);
      res.on('close', () => {
        cutOff = !res.writableFinished;
      });
      pump();
    });
    try {
      const { result } = await publishTo(`${endless.url}/`, {
        timeout: '120',
        'index-type': 'generic',
      });
      const run = await result;
      expect(run.exitCode).not.toBe(0);
      expect(run.stdout).toMatch(
        /the project page at http:\/\/127\.0\.0\.1:\d+\/simple\/hs-probe\/ is larger than 64 MiB/,
      );
      expect(endless.requests).toHaveLength(1);
      expect(cutOff).toBe(true);
      // The cap (64 MiB) plus what loopback socket buffers and one chunk in flight hold: a read
      // without a cap takes the 4 GiB the server offers.
      expect(sent).toBeGreaterThan(64 * 1024 ** 2);
      expect(sent).toBeLessThan(80 * 1024 ** 2);
    } finally {
      await stop(endless.server);
    }
  });

  it('credentials in simple-url: stripped, masked, and never in the files output', async () => {
    const password = 'simple-url-Pa55@word';
    const index = new IndexServer({
      users: { ci: password },
      authenticatedReads: true,
      existing: 'pypiserver',
    });
    await index.start();
    try {
      const simple = index.simpleUrl.replace(
        'http://',
        `http://ci:${encodeURIComponent(password)}@`,
      );
      const { result } = await publishTo(index.uploadUrl, { 'simple-url': simple });
      const run = await result;
      expect(run.exitCode, run.stdout).toBe(0);
      const files = JSON.parse(run.outputs.files ?? '[]') as Array<{ url: string }>;
      expect(files[0]?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(run.stdout).toContain(`::add-mask::${password}`);
      expect(run.stdout).toMatch(/::warning::.*`simple-url` had credentials embedded/);
      const shown = run
        .everything()
        .replaceAll(`::add-mask::${password}`, '')
        .replaceAll(`::add-mask::${encodeURIComponent(password)}`, '');
      for (const form of [password, encodeURIComponent(password), 'ci:'])
        expect(shown).not.toContain(form);
      // Reads needed the login: the index's own user reached it, through the stripped URL.
      expect(index.requests.filter((r) => r.route === 'simple').every((r) => r.user === 'ci')).toBe(
        true,
      );
    } finally {
      await index.stop();
    }
  });
});

describe.skipIf(!hasGfm)('foreign text in the job summary stays text', () => {
  const HOSTILE =
    '[click](https://evil.example/x) ![pixel](https://evil.example/p.png) <img src=x onerror=alert(1)> @octocat `code` | pipe';
  /** The summary's tags: headings, paragraphs, the table and code spans; never a link or image. */
  const SAFE = new Set(['h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code']);

  it('a git server’s error message', async () => {
    const pkt = (s: string) => `${(s.length + 4).toString(16).padStart(4, '0')}${s}`;
    const evil = await serve(true, (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/x-git-upload-pack-advertisement' })
        .end(`${pkt('# service=git-upload-pack\n')}0000${pkt(`ERR ${HOSTILE}\n`)}`);
    });
    try {
      const run = await sync(`git+${evil.url}/org/evil.git@v1.0#egg=evil==1.0`);
      expect(run.exitCode).not.toBe(0);
      expect(run.summary).toContain('| failed |');
      const html = renderGfm(run.summary);
      expect(tagsOf(html).filter((t) => !SAFE.has(t))).toEqual([]);
      expect(textOf(html)).toContain(
        '[click](https://evil.example/x) ![pixel](https://evil.example/p.png) <img src=x onerror=alert(1)> @octocat',
      );
    } finally {
      await stop(evil.server);
    }
  });

  it('an index’s error page', async () => {
    const evil = await serve(false, (_req, res) => {
      res.writeHead(400, { 'content-type': 'text/html' }).end(`<h1>Bad</h1>\n${HOSTILE}\n`);
    });
    try {
      const ws = await mkdtemp(join(scratch, 'ws-'));
      const run = await runAction({
        workspace: ws,
        action: 'sync',
        inputs: {
          requirement: `git+https://127.0.0.1:9/org/x.git@v1.0#egg=x==1.0`,
          'index-url': `${evil.url}/`,
          'index-type': 'pypiserver',
          python: PYTHON,
        },
      });
      expect(run.exitCode).not.toBe(0);
      expect(run.summary).toContain('| failed | index-check-failed:');
      const html = renderGfm(run.summary);
      expect(tagsOf(html).filter((t) => !SAFE.has(t))).toEqual([]);
      expect(textOf(html)).toContain('![pixel](https://evil.example/p.png)');
      expect(evil.requests).toHaveLength(1);
    } finally {
      await stop(evil.server);
    }
  });
});
