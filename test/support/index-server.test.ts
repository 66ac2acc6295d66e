import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { blake2b } from 'hash-wasm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  IndexServer,
  type IndexServerOptions,
  negotiateSimpleContentType,
  normalizeProjectName,
  parseDistFilename,
} from './index-server.js';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const WHEEL = 'foo_bar-1.0-py3-none-any.whl';

const servers: IndexServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

async function startServer(options: IndexServerOptions = {}): Promise<IndexServer> {
  const server = new IndexServer(options);
  servers.push(server);
  await server.start();
  return server;
}

interface UploadSpec {
  filename?: string;
  content?: Buffer | Blob;
  /** Field overrides; undefined leaves a field out. */
  fields?: Record<string, string | undefined>;
  /** Send the digest fields after the file part, as some clients do. */
  digestsAfterFile?: boolean;
  login?: [string, string];
  headers?: Record<string, string>;
  path?: string;
  signal?: AbortSignal;
}

async function digestsOf(content: Buffer | Blob): Promise<Record<string, string>> {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(await content.arrayBuffer());
  return {
    md5_digest: createHash('md5').update(bytes).digest('hex'),
    sha256_digest: sha256(bytes),
    blake2_256_digest: await blake2b(bytes, 256),
  };
}

function sha256(bytes: Buffer | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** POSTs a legacy upload the way twine does, with the fields in twine's order. */
async function upload(server: IndexServer, spec: UploadSpec = {}): Promise<Response> {
  const content =
    spec.content ?? Buffer.from('not really a zip, but the index does not look inside');
  const fields = Object.entries({
    ':action': 'file_upload',
    protocol_version: '1',
    name: 'Foo_Bar',
    version: '1.0',
    filetype: 'bdist_wheel',
    pyversion: 'py3',
    metadata_version: '2.1',
    summary: 'A test package',
    requires_python: '>=3.8',
    ...(await digestsOf(content)),
    ...spec.fields,
  });
  const late = (name: string): boolean =>
    spec.digestsAfterFile === true && name.endsWith('_digest');
  const form = new FormData();
  for (const [name, value] of fields)
    if (value !== undefined && !late(name)) form.append(name, value);
  form.append(
    'content',
    Buffer.isBuffer(content) ? new Blob([content]) : content,
    spec.filename ?? WHEEL,
  );
  for (const [name, value] of fields)
    if (value !== undefined && late(name)) form.append(name, value);
  const headers: Record<string, string> = { ...spec.headers };
  if (spec.login) headers.Authorization = basic(...spec.login);
  return fetch(new URL(spec.path ?? '', server.uploadUrl), {
    method: 'POST',
    body: form,
    headers,
    ...(spec.signal && { signal: spec.signal }),
  });
}

async function getJson(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, { headers: { Accept: JSON_TYPE, ...headers } });
  expect(response.status).toBe(200);
  return response.json();
}

describe('legacy upload API', () => {
  it('stores an upload and lists it on the simple API in HTML and JSON with its sha256', async () => {
    const server = await startServer();
    const content = Buffer.from('wheel bytes for listing');
    const response = await upload(server, { content });
    expect(response.status).toBe(200);

    const hash = sha256(content);
    const page = await fetch(`${server.simpleUrl}foo-bar/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain(
      `<a href="/packages/${WHEEL}#sha256=${hash}" data-requires-python="&gt;=3.8">${WHEEL}</a>`,
    );

    const json = await fetch(`${server.simpleUrl}foo-bar/`, { headers: { Accept: JSON_TYPE } });
    expect(json.headers.get('content-type')).toBe(JSON_TYPE);
    expect(json.headers.get('vary')).toBe('Accept');
    expect(await json.json()).toEqual({
      meta: { 'api-version': '1.1' },
      name: 'foo-bar',
      versions: ['1.0'],
      files: [
        {
          filename: WHEEL,
          url: `/packages/${WHEEL}`,
          hashes: { sha256: hash },
          'requires-python': '>=3.8',
          size: content.length,
          'upload-time': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/),
          yanked: false,
        },
      ],
    });

    const file = await fetch(new URL(`/packages/${WHEEL}`, server.url));
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(content);
    expect(server.files('Foo.Bar')).toMatchObject([
      {
        filename: WHEEL,
        project: 'Foo_Bar',
        version: '1.0',
        sha256: hash,
        size: content.length,
        listed: true,
      },
    ]);
  });

  it('accepts uploads at /legacy/ as PyPI does, and redirects /legacy with 308', async () => {
    const server = await startServer();
    expect((await upload(server, { path: 'legacy/' })).status).toBe(200);
    expect(server.files()).toHaveLength(1);

    const redirected = await fetch(new URL('/legacy', server.url), {
      method: 'POST',
      body: new FormData(),
      redirect: 'manual',
    });
    expect(redirected.status).toBe(308);
    expect(redirected.headers.get('location')).toBe('/legacy/');
  });

  it('accepts digests sent after the file part, and any one digest alone', async () => {
    const server = await startServer();
    expect((await upload(server, { digestsAfterFile: true })).status).toBe(200);

    const content = Buffer.from('second');
    const { sha256_digest } = await digestsOf(content);
    const alone = await upload(server, {
      content,
      filename: 'foo_bar-1.0-py2.py3-none-any.whl',
      fields: {
        md5_digest: undefined,
        blake2_256_digest: undefined,
        sha256_digest: sha256_digest?.toUpperCase(),
      },
    });
    expect(alone.status).toBe(200);
    expect(server.files('foo-bar').map((file) => file.filename)).toEqual([
      WHEEL,
      'foo_bar-1.0-py2.py3-none-any.whl',
    ]);
  });

  it('accepts sdists and filenames whose project name normalises to the name field', async () => {
    const server = await startServer();
    const sdist = await upload(server, {
      filename: 'foo-bar-1.0.tar.gz',
      fields: { filetype: 'sdist', pyversion: 'source' },
    });
    expect(sdist.status).toBe(200);
    const dotted = await upload(server, {
      filename: 'Foo.Bar-1.0-py3-none-any.whl',
      content: Buffer.from('x'),
    });
    expect(dotted.status).toBe(200);
    expect(server.files('foo_bar').map((file) => file.filetype)).toEqual(['sdist', 'bdist_wheel']);
  });

  it.each([
    ['the digest is not the sha256 of the file', { sha256_digest: 'a'.repeat(64) }],
    ['the md5 digest is wrong', { md5_digest: 'b'.repeat(32) }],
    ['the blake2_256 digest is wrong', { blake2_256_digest: 'c'.repeat(64) }],
  ])('refuses an upload when %s, storing nothing', async (_case, fields) => {
    const server = await startServer();
    const response = await upload(server, { fields });
    expect(response.status).toBe(400);
    expect(response.statusText).toBe(
      'The digest supplied does not match a digest calculated from the uploaded file.',
    );
    expect(await response.text()).toContain('does not match a digest');
    expect(server.files()).toEqual([]);
  });

  it.each<[string, UploadSpec, string]>([
    ['no :action', { fields: { ':action': undefined } }, "Missing ':action' field!"],
    ['another :action', { fields: { ':action': 'submit' } }, "Unsupported ':action' field: submit"],
    [
      'no protocol_version',
      { fields: { protocol_version: undefined } },
      "Missing 'protocol_version'",
    ],
    ['protocol_version 2', { fields: { protocol_version: '2' } }, 'Unknown protocol version.'],
    [
      'a filename of another project',
      { filename: 'other-1.0-py3-none-any.whl' },
      "Start filename for 'Foo_Bar' with 'foo_bar'.",
    ],
    [
      'a filename of another version',
      { filename: 'foo_bar-2.0-py3-none-any.whl' },
      "Version in filename should be '1.0' not '2.0'.",
    ],
    [
      'a wheel named as an sdist',
      { fields: { filetype: 'sdist', pyversion: 'source' } },
      'Invalid file extension',
    ],
    ['a filename that is not a wheel', { filename: 'foo_bar.whl' }, 'Invalid wheel filename'],
    ['a filename with a path', { filename: `../${WHEEL}` }, "Cannot upload a file with '/'"],
    ['an invalid version', { fields: { version: 'one' } }, 'invalid value for Version'],
    [
      'no digest at all',
      { fields: { md5_digest: undefined, sha256_digest: undefined, blake2_256_digest: undefined } },
      'Include at least one message digest.',
    ],
  ])('refuses an upload with %s (400)', async (_case, spec, reason) => {
    const server = await startServer();
    const response = await upload(server, spec);
    expect(response.status).toBe(400);
    expect(response.statusText).toContain(reason);
    expect(server.files()).toEqual([]);
  });

  it('refuses a body that is not multipart/form-data', async () => {
    const server = await startServer();
    const response = await fetch(server.uploadUrl, { method: 'POST', body: 'name=foo' });
    expect(response.status).toBe(400);
    expect(server.count('upload')).toBe(1);
  });

  it('streams a large upload to disk with the right hashes', async () => {
    const server = await startServer();
    const dir = await mkdtemp(join(tmpdir(), 'index-server-test-'));
    try {
      const path = join(dir, WHEEL);
      const bytes = Buffer.alloc(24 * 1024 * 1024);
      for (let i = 0; i < bytes.length; i += 4096) bytes.writeUInt32LE(i, i);
      await writeFile(path, bytes);
      const response = await upload(server, { content: await openAsBlob(path) });
      expect(response.status).toBe(200);
      const [stored] = server.files();
      expect(stored?.sha256).toBe(sha256(bytes));
      expect(stored?.blake2_256).toBe(await blake2b(bytes, 256));
      const downloaded = await fetch(new URL(`/packages/${WHEEL}`, server.url));
      expect(sha256(Buffer.from(await downloaded.arrayBuffer()))).toBe(sha256(bytes));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stores nothing and stays up when a client gives up mid-upload', async () => {
    const server = await startServer();
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(
          new TextEncoder().encode(
            '--b\r\nContent-Disposition: form-data; name=":action"\r\n\r\nfile_upload\r\n' +
              `--b\r\nContent-Disposition: form-data; name="content"; filename="${WHEEL}"\r\n\r\npartial`,
          ),
        );
        setTimeout(() => controller.abort(), 50);
      },
    });
    const aborted = fetch(server.uploadUrl, {
      method: 'POST',
      body,
      duplex: 'half',
      signal: controller.signal,
      headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
    } as RequestInit);
    await expect(aborted).rejects.toThrow();
    await expect.poll(() => readdir(join(server.directory, 'incoming'))).toEqual([]);
    expect(server.files()).toEqual([]);
    expect((await upload(server)).status).toBe(200);
    expect(server.files()).toHaveLength(1);
  });
});

describe('authentication', () => {
  const users = { ci: 's3cret', reader: 'r3ad' };

  it('asks for a login with 401 and a Basic challenge, and refuses a wrong password', async () => {
    const server = await startServer({ users });
    const anonymous = await upload(server);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="test index"');
    expect(await anonymous.text()).not.toBe('');

    const wrong = await upload(server, { login: ['ci', 'nope'] });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('nope');

    expect((await upload(server, { login: ['ci', 's3cret'] })).status).toBe(200);
    expect(server.files()).toHaveLength(1);
    expect(server.requests.map((request) => request.user)).toEqual([undefined, 'ci', 'ci']);
  });

  it('refuses a read-only user with 403 naming the user and the project', async () => {
    const server = await startServer({ users, readOnlyUsers: ['reader'] });
    const response = await upload(server, { login: ['reader', 'r3ad'] });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain(
      "The user 'reader' isn't allowed to upload to project 'Foo_Bar'",
    );
    expect(server.files()).toEqual([]);
  });

  it('echoes the Authorization header and password in 401 and 403 bodies when asked', async () => {
    const server = await startServer({
      users,
      readOnlyUsers: ['reader'],
      echoCredentialsInErrors: true,
    });
    const wrong = await upload(server, { login: ['ci', 'hunter2'] });
    const wrongBody = await wrong.text();
    expect(wrongBody).toContain(basic('ci', 'hunter2'));
    expect(wrongBody).toContain('hunter2');

    const forbidden = await upload(server, { login: ['reader', 'r3ad'] });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain('password: r3ad');
  });

  it('lets anyone read the simple API unless authenticatedReads is set', async () => {
    const open = await startServer({ users });
    await upload(open, { login: ['ci', 's3cret'] });
    expect((await fetch(`${open.simpleUrl}foo-bar/`)).status).toBe(200);
    expect((await fetch(new URL(`/packages/${WHEEL}`, open.url))).status).toBe(200);

    const closed = await startServer({ users, authenticatedReads: true });
    await upload(closed, { login: ['ci', 's3cret'] });
    const page = await fetch(`${closed.simpleUrl}foo-bar/`);
    expect(page.status).toBe(401);
    expect((await fetch(new URL(`/packages/${WHEEL}`, closed.url))).status).toBe(401);
    const login = { Authorization: basic('reader', 'r3ad') };
    expect((await fetch(`${closed.simpleUrl}foo-bar/`, { headers: login })).status).toBe(200);
  });
});

describe('uploading a filename that exists', () => {
  const original = Buffer.from('original bytes');
  const other = Buffer.from('other bytes');

  it('pypi: answers 200 to the same file and 400 "File already exists" to other content', async () => {
    const server = await startServer();
    await upload(server, { content: original });
    expect((await upload(server, { content: original })).status).toBe(200);

    const clash = await upload(server, { content: other });
    expect(clash.status).toBe(400);
    const message =
      `File already exists ('${WHEEL}', with blake2_256 hash '${await blake2b(other, 256)}'). ` +
      'See https://pypi.org/help/#file-name-reuse for more information.';
    expect(clash.statusText).toBe(message);
    expect(await clash.text()).toContain(message);

    const stored = await fetch(new URL(`/packages/${WHEEL}`, server.url));
    expect(Buffer.from(await stored.arrayBuffer())).toEqual(original);
  });

  it('pypi: refuses the same bytes under another filename, as warehouse does', async () => {
    const server = await startServer();
    await upload(server, { content: original });
    const again = await upload(server, {
      content: original,
      filename: 'foo_bar-1.0-1-py3-none-any.whl',
    });
    expect(again.status).toBe(400);
    expect(again.statusText).toMatch(/^File already exists \('foo_bar-1.0-1-py3-none-any.whl'/);
    expect(server.files()).toHaveLength(1);
  });

  it('pypiserver: answers 409 to any re-upload, and 400 when the client is twine', async () => {
    const server = await startServer({ existing: 'pypiserver' });
    await upload(server, { content: original });
    const same = await upload(server, { content: original });
    expect(same.status).toBe(409);
    expect(same.statusText).toBe('Conflict');
    expect(await same.text()).toContain(`Package &#39;${WHEEL}&#39; already exists!`);

    const twine = await upload(server, {
      content: other,
      headers: { 'User-Agent': 'twine/4.0.2 CPython/3.11.2' },
    });
    expect(twine.status).toBe(400);
    expect(twine.statusText).toBe('Bad Request');
    expect(await twine.text()).toContain('already exists');
  });

  it('devpi: answers 200 to the same file and 409 to other content', async () => {
    const server = await startServer({ existing: 'devpi' });
    await upload(server, { content: original });
    const same = await upload(server, { content: original });
    expect(same.status).toBe(200);
    expect(same.statusText).toBe('Upload of identical file to non volatile index.');

    const clash = await upload(server, { content: other });
    expect(clash.status).toBe(409);
    expect(clash.statusText).toBe(`${WHEEL} already exists in non-volatile index`);
    const stored = await fetch(new URL(`/packages/${WHEEL}`, server.url));
    expect(Buffer.from(await stored.arrayBuffer())).toEqual(original);
  });
});

describe('simple API', () => {
  it.each([
    [undefined, 'text/html'],
    ['*/*', 'text/html'],
    ['text/html', 'text/html'],
    [JSON_TYPE, JSON_TYPE],
    ['application/vnd.pypi.simple.v1+html', 'application/vnd.pypi.simple.v1+html'],
    ['application/vnd.pypi.simple.latest+json', JSON_TYPE],
    // What pip sends.
    [`${JSON_TYPE}, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01`, JSON_TYPE],
    [`text/html;q=0.5, ${JSON_TYPE};q=0.9`, JSON_TYPE],
    [`${JSON_TYPE};q=0.2, text/html`, 'text/html'],
    [`*/*;q=0.1, ${JSON_TYPE}`, JSON_TYPE],
    ['text/html;q=0, */*', 'application/vnd.pypi.simple.v1+html'],
    ['application/json', 'text/html'],
  ])('negotiates Accept %j as %s', (accept, expected) => {
    expect(negotiateSimpleContentType(accept)).toBe(expected);
  });

  it('answers in the negotiated format, and HTML only when pep691 is off', async () => {
    const preferJson = `text/html;q=0.5, ${JSON_TYPE};q=0.9`;
    const server = await startServer();
    await upload(server);
    const json = await fetch(`${server.simpleUrl}foo-bar/`, { headers: { Accept: preferJson } });
    expect(json.headers.get('content-type')).toBe(JSON_TYPE);
    const html = await fetch(`${server.simpleUrl}foo-bar/`, {
      headers: { Accept: `${JSON_TYPE};q=0.2, text/html` },
    });
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');

    const htmlOnly = await startServer({ pep691: false });
    await upload(htmlOnly);
    const page = await fetch(`${htmlOnly.simpleUrl}foo-bar/`, { headers: { Accept: JSON_TYPE } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain(`>${WHEEL}</a>`);
  });

  it('lists projects in HTML and JSON', async () => {
    const server = await startServer();
    await upload(server);
    const html = await (await fetch(server.simpleUrl)).text();
    expect(html).toContain('<a href="/simple/foo-bar/">Foo_Bar</a>');
    expect(await getJson(server.simpleUrl)).toEqual({
      meta: { 'api-version': '1.1' },
      projects: [{ name: 'Foo_Bar' }],
    });
  });

  it('orders files and versions by PEP 440, not as text', async () => {
    const server = await startServer();
    for (const version of ['1.10', '1.9', '1.9rc1']) {
      const response = await upload(server, {
        filename: `foo_bar-${version}-py3-none-any.whl`,
        content: Buffer.from(version),
        fields: { version },
      });
      expect(response.status).toBe(200);
    }
    const page = (await getJson(`${server.simpleUrl}foo-bar/`)) as { versions: string[] };
    expect(page.versions).toEqual(['1.9rc1', '1.9', '1.10']);
  });

  it('redirects non-normalised names and missing slashes with 301, and 404s unknown projects', async () => {
    const server = await startServer();
    await upload(server);
    const location = async (path: string): Promise<[number, string | null]> => {
      const response = await fetch(new URL(path, server.url), { redirect: 'manual' });
      return [response.status, response.headers.get('location')];
    };
    expect(await location('/simple/Foo_Bar/')).toEqual([301, '/simple/foo-bar/']);
    expect(await location('/simple/foo-bar')).toEqual([301, '/simple/foo-bar/']);
    expect(await location('/simple')).toEqual([301, '/simple/']);
    expect((await fetch(new URL('/simple/Foo.Bar', server.url))).status).toBe(200);
    expect((await fetch(new URL('/simple/nothing-here/', server.url))).status).toBe(404);
    expect(
      (await fetch(new URL('/packages/nothing-1.0-py3-none-any.whl', server.url))).status,
    ).toBe(404);
  });

  it('links files relative to the page when relativeUrls is set, as devpi does', async () => {
    const server = await startServer({ relativeUrls: true });
    await upload(server);
    const pageUrl = `${server.simpleUrl}foo-bar/`;
    const html = await (await fetch(pageUrl)).text();
    const href = /<a href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(href).toMatch(new RegExp(`^\\.\\./\\.\\./packages/${WHEEL}#sha256=[0-9a-f]{64}$`));
    expect((await fetch(new URL(href, pageUrl))).status).toBe(200);
    const json = (await getJson(pageUrl)) as { files: { url: string }[] };
    expect(json.files[0]?.url).toBe(`../../packages/${WHEEL}`);
  });
});

describe('as devpi lays an index out (devpi: true)', () => {
  it('takes uploads at /ci/cache/, lists them under +simple/, links +f/, and sends X-Devpi headers', async () => {
    const server = await startServer({ devpi: true });
    expect(server.uploadUrl).toBe(`${server.url}ci/cache/`);
    expect(server.simpleUrl).toBe(`${server.url}ci/cache/+simple/`);
    const stored = await upload(server);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('x-devpi-server-version')).toBe('6.19.1');

    const pageUrl = `${server.simpleUrl}foo-bar/`;
    const page = await fetch(pageUrl, { headers: { Accept: JSON_TYPE } });
    expect(page.headers.get('x-devpi-api-version')).toBe('2');
    const json = (await page.json()) as { files: { url: string }[] };
    expect(json.files[0]?.url).toBe(`../../+f/${WHEEL}`);
    expect((await fetch(new URL(json.files[0]?.url ?? '', pageUrl))).status).toBe(200);
    // Normalising redirects stay inside the index.
    const moved = await fetch(`${server.simpleUrl}Foo_Bar/`, { redirect: 'manual' });
    expect(moved.headers.get('location')).toBe('/ci/cache/+simple/foo-bar/');

    // The plain layout's simple API is not there, as on real devpi: 404, still with its headers.
    const generic = await fetch(`${server.url}ci/cache/simple/foo-bar/`);
    expect(generic.status).toBe(404);
    expect(generic.headers.get('x-devpi-server-version')).toBe('6.19.1');
    expect((await fetch(`${server.url}simple/foo-bar/`)).status).toBe(404);

    // Re-uploads are answered as devpi answers them.
    expect((await upload(server)).status).toBe(200);
    expect((await upload(server, { content: Buffer.from('other bytes') })).status).toBe(409);
  });

  it('sends the headers it is given with every answer, faults included', async () => {
    const server = await startServer({ headers: { 'X-Artifactory-Id': 'a1b2c3' } });
    expect((await fetch(`${server.simpleUrl}nothing/`)).headers.get('x-artifactory-id')).toBe(
      'a1b2c3',
    );
    server.inject({ on: 'simple', status: 503 });
    const fault = await fetch(`${server.simpleUrl}nothing/`);
    expect(fault.status).toBe(503);
    expect(fault.headers.get('x-artifactory-id')).toBe('a1b2c3');
  });
});

describe('fault injection', () => {
  it('answers with an injected status, body and Retry-After, then behaves again', async () => {
    const server = await startServer();
    server.inject({ on: 'upload', status: 503, retryAfter: 7, body: 'come back later' });
    const refused = await upload(server);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('7');
    expect(await refused.text()).toBe('come back later');
    expect(server.files()).toEqual([]);

    expect((await upload(server)).status).toBe(200);
    expect(server.requests.map((request) => request.status)).toEqual([503, 200]);
  });

  it('applies a fault `times` times, only to the requests it is for, in the order queued', async () => {
    const server = await startServer();
    await upload(server);
    server.inject({ on: 'upload', status: 429, headers: { 'X-Why': 'slow down' } });
    server.inject({ on: 'simple', status: 502, times: 2 });
    server.inject({ on: 'simple', status: 500 });
    const page = `${server.simpleUrl}foo-bar/`;
    expect((await fetch(page)).status).toBe(502);
    expect((await fetch(page)).status).toBe(502);
    expect((await fetch(page)).status).toBe(500);
    expect((await fetch(page)).status).toBe(200);
    const limited = await upload(server);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-why')).toBe('slow down');
  });

  it("matches any request with on: 'any'", async () => {
    const server = await startServer();
    server.inject({ on: 'any', status: 418, times: 2 });
    expect((await fetch(server.url)).status).toBe(418);
    expect((await upload(server)).status).toBe(418);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('holds an answer for delayMs: a client that stops waiting first gets none', async () => {
    const server = await startServer();
    await upload(server);
    server.inject({ on: 'simple', delayMs: 300 });
    // The client's 50 ms timer and the server's 300 ms one run in this process, in that order.
    await expect(
      fetch(`${server.simpleUrl}foo-bar/`, { signal: AbortSignal.timeout(50) }),
    ).rejects.toThrow();
    await server.settled();
    expect(server.requests.at(-1)).toMatchObject({ route: 'simple', status: 0 });
    expect((await fetch(`${server.simpleUrl}foo-bar/`)).status).toBe(200);
  });

  it.each([
    ['an upload', undefined],
    ['an upload cut mid-body', 'mid-body'],
    ['an upload stored then cut', 'after-store'],
  ] as const)(
    'drops %s whose client gave up while it was held, storing nothing',
    async (_case, reset) => {
      const server = await startServer();
      server.inject({ on: 'upload', delayMs: 1000, ...(reset && { reset }) });
      const client = new AbortController();
      const gaveUp = upload(server, { signal: client.signal });
      // Give up once the server holds the request, so the scenario is the one named.
      for (let i = 0; i < 2000 && server.requests.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(server.requests).toHaveLength(1);
      client.abort();
      await expect(gaveUp).rejects.toThrow();
      // The held request ends by itself once the delay is over: the handler finds the client gone.
      await server.settled();
      expect(server.requests).toMatchObject([{ route: 'upload', status: 0 }]);
      expect(server.files()).toEqual([]);
    },
  );

  it('stops at once while a request is held, without waiting out its delay', async () => {
    const server = await startServer();
    // Longer than the test's own timeout: a stop that waited for it would fail the test.
    server.inject({ on: 'upload', delayMs: 600_000 });
    const held = upload(server).catch((error: unknown) => error);
    for (let i = 0; i < 2000 && server.requests.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(server.requests).toHaveLength(1);
    await server.stop();
    expect(await held).toBeInstanceOf(Error);
    expect(server.requests).toMatchObject([{ route: 'upload', status: 0 }]);
  });

  it('closes the connection before the body, storing nothing', async () => {
    const server = await startServer();
    server.inject({ on: 'upload', reset: 'before-body' });
    await expect(upload(server)).rejects.toThrow();
    expect(server.files()).toEqual([]);
    expect(server.requests[0]?.status).toBe(0);
    expect((await upload(server)).status).toBe(200);
  });

  it('closes the connection mid-upload, storing nothing', async () => {
    const server = await startServer();
    server.inject({ on: 'upload', reset: 'mid-body' });
    await expect(upload(server, { content: Buffer.alloc(4 * 1024 * 1024, 1) })).rejects.toThrow();
    expect(server.files()).toEqual([]);
    expect(server.requests[0]?.status).toBe(0);
    expect(await readdir(join(server.directory, 'incoming'))).toEqual([]);
    expect((await upload(server)).status).toBe(200);
  });

  it('cuts a download in the middle of its body', async () => {
    const server = await startServer();
    await upload(server, { content: Buffer.alloc(256 * 1024, 7) });
    server.inject({ on: 'file', reset: 'mid-body' });
    const response = await fetch(new URL(`/packages/${WHEEL}`, server.url));
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow();
  });

  it('stores an upload and then closes the connection without answering (after-store)', async () => {
    const server = await startServer();
    server.inject({ on: 'upload', reset: 'after-store' });
    await expect(upload(server)).rejects.toThrow();
    expect(server.files()).toHaveLength(1);
    expect(server.requests[0]?.status).toBe(0);
    // The retry a client makes next is the identical re-upload that PyPI answers 200.
    expect((await upload(server)).status).toBe(200);
    expect((await fetch(`${server.simpleUrl}foo-bar/`)).status).toBe(200);
  });

  it('hides uploads from the simple API for n GETs of the project', async () => {
    const server = await startServer();
    server.hideUploads(2);
    await upload(server);
    const page = `${server.simpleUrl}foo-bar/`;
    expect((await fetch(page)).status).toBe(404);
    expect(server.files()[0]?.listed).toBe(false);
    expect(await (await fetch(server.simpleUrl)).text()).not.toContain('foo-bar');
    expect((await fetch(page, { headers: { Accept: JSON_TYPE } })).status).toBe(404);
    expect((await fetch(page)).status).toBe(200);
    expect(server.files()[0]?.listed).toBe(true);
  });

  it('hides uploads forever with hideUploads() or the option Infinity', async () => {
    const byMethod = await startServer();
    byMethod.hideUploads();
    for (const server of [byMethod, await startServer({ hideUploads: Infinity })]) {
      expect((await upload(server)).status).toBe(200);
      for (let i = 0; i < 5; i++)
        expect((await fetch(`${server.simpleUrl}foo-bar/`)).status).toBe(404);
      expect(server.files()).toMatchObject([{ filename: WHEEL, listed: false }]);
    }
  });
});

describe('inspection', () => {
  it('records requests and counts them by route until reset', async () => {
    const server = await startServer({ users: { ci: 'pw' } });
    await upload(server, { login: ['ci', 'pw'] });
    await fetch(`${server.simpleUrl}foo-bar/`);
    await fetch(`${server.simpleUrl}Foo_Bar/`, { redirect: 'manual' });
    await fetch(new URL(`/packages/${WHEEL}`, server.url));
    expect([server.count('upload'), server.count('simple'), server.count('file')]).toEqual([
      1, 2, 1,
    ]);
    expect(server.requests).toEqual([
      { method: 'POST', path: '/', route: 'upload', status: 200, user: 'ci' },
      { method: 'GET', path: '/simple/foo-bar/', route: 'simple', status: 200 },
      { method: 'GET', path: '/simple/Foo_Bar/', route: 'simple', status: 301 },
      { method: 'GET', path: `/packages/${WHEEL}`, route: 'file', status: 200 },
    ]);

    server.inject({ on: 'simple', status: 500 });
    server.reset();
    expect(server.requests).toEqual([]);
    expect(server.count('simple')).toBe(0);
    expect((await fetch(`${server.simpleUrl}foo-bar/`)).status).toBe(200);
    expect(server.files()).toHaveLength(1);
  });

  it('gives its URLs once started and deletes its files when stopped', async () => {
    const server = new IndexServer();
    servers.push(server);
    expect(() => server.url).toThrow(/not started/);
    const { url } = await server.start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.uploadUrl).toBe(url);
    expect(server.simpleUrl).toBe(`${url}simple/`);
    await upload(server);
    const directory = server.directory;
    expect(await readdir(join(directory, 'files'))).toEqual([WHEEL]);
    await server.stop();
    expect(existsSync(directory)).toBe(false);
  });
});

describe('names and filenames', () => {
  it.each([
    ['Foo_Bar', 'foo-bar'],
    ['foo.__-bar', 'foo-bar'],
    ['FOO', 'foo'],
  ])('normalises %s to %s', (name, normalized) => {
    expect(normalizeProjectName(name)).toBe(normalized);
  });

  it.each([
    ['foo_bar-1.0-py3-none-any.whl', { kind: 'wheel', name: 'foo_bar', version: '1.0' }],
    [
      'foo_bar-1.0-1-cp311-cp311-manylinux_2_17_x86_64.whl',
      { kind: 'wheel', name: 'foo_bar', version: '1.0' },
    ],
    ['foo-bar-1.0.tar.gz', { kind: 'sdist', name: 'foo-bar', version: '1.0' }],
    ['foo_bar-1.0.zip', { kind: 'sdist', name: 'foo_bar', version: '1.0' }],
    ['foo_bar-1.0-x-py3-none-any.whl', undefined],
    ['foo-bar-1.0-py3-none.whl', undefined],
    ['foobar.tar.gz', undefined],
    ['foo_bar-1.0.egg', undefined],
  ])('reads %s', (filename, expected) => {
    expect(parseDistFilename(filename)).toEqual(expected);
  });
});

const execFileAsync = promisify(execFile);
const hasTwine = existsSync('/usr/bin/twine');
const hasPython = existsSync('/usr/bin/python3');

describe.skipIf(!hasPython)('with real Python tools', () => {
  let work: string;
  let wheel: string;
  let changedWheel: string;
  const filename = 'Tiny_Relay-0.1.0-py3-none-any.whl';

  /** A clean environment, so no ~/.pypirc, pip.conf or keyring of this machine takes part. */
  function pythonEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: work,
      PIP_CONFIG_FILE: '/dev/null',
      PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring',
      ...extra,
    };
  }

  /** Builds the tiny project with Debian's python3-build and returns the wheel's path. */
  async function buildWheel(project: string, value: string): Promise<string> {
    await mkdir(join(project, 'src', 'tiny_relay'), { recursive: true });
    await writeFile(
      join(project, 'pyproject.toml'),
      [
        '[build-system]',
        'requires = ["setuptools"]',
        'build-backend = "setuptools.build_meta"',
        '[project]',
        'name = "Tiny_Relay"',
        'version = "0.1.0"',
        'description = "A tiny package for the test index"',
        'requires-python = ">=3.8"',
        '',
      ].join('\n'),
    );
    await writeFile(join(project, 'src', 'tiny_relay', '__init__.py'), `VALUE = ${value}\n`);
    await execFileAsync('/usr/bin/python3', ['-m', 'build', '--wheel', '--no-isolation', project], {
      cwd: project,
      env: pythonEnv(),
    });
    return join(project, 'dist', filename);
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'index-server-python-'));
    wheel = await buildWheel(join(work, 'one'), '1');
    changedWheel = await buildWheel(join(work, 'two'), '2');
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  async function twine(server: IndexServer, file: string, ...flags: string[]) {
    return execFileAsync(
      '/usr/bin/twine',
      [
        'upload',
        '--repository-url',
        server.uploadUrl,
        '--non-interactive',
        '--disable-progress-bar',
        ...flags,
        file,
      ],
      { env: pythonEnv({ TWINE_USERNAME: 'ci', TWINE_PASSWORD: 's3cret' }) },
    );
  }

  it.skipIf(!hasTwine)(
    'takes an upload from real twine, which then sees it as existing',
    async () => {
      const server = await startServer({ users: { ci: 's3cret' } });
      await twine(server, wheel);
      const bytes = await readFile(wheel);
      expect(server.files('tiny-relay')).toMatchObject([
        { filename, sha256: sha256(bytes), version: '0.1.0' },
      ]);
      expect(server.requests[0]).toMatchObject({ route: 'upload', status: 200, user: 'ci' });
      const page = (await getJson(`${server.simpleUrl}tiny-relay/`)) as {
        files: { filename: string; hashes: { sha256: string }; 'requires-python': string }[];
      };
      expect(page.files).toEqual([
        expect.objectContaining({
          filename,
          hashes: { sha256: sha256(bytes) },
          'requires-python': '>=3.8',
        }),
      ]);

      // Other bytes under the same name: twine reads the refusal from the reason phrase.
      const refused = await twine(server, changedWheel).catch((error: { stdout: string }) => error);
      // twine prints the standard phrase, then the reason phrase, which carries the message.
      const printed = refused.stdout.replace(/\s+/g, ' ');
      expect(printed).toContain('HTTPError: 400 Bad Request');
      const changedBlake2 = await blake2b(await readFile(changedWheel), 256);
      expect(printed).toContain(
        `Bad Request from ${server.uploadUrl} File already exists ('${filename}', with blake2_256 hash '${changedBlake2}')`,
      );
      const skipped = await twine(server, changedWheel, '--skip-existing');
      expect(`${skipped.stdout}${skipped.stderr}`).toContain('Skipping');
      expect(server.files()).toMatchObject([{ sha256: sha256(bytes) }]);
    },
  );

  it.skipIf(!hasTwine)('lets twine --skip-existing recognise a pypiserver refusal', async () => {
    const server = await startServer({ users: { ci: 's3cret' }, existing: 'pypiserver' });
    await twine(server, wheel);
    const skipped = await twine(server, wheel, '--skip-existing');
    expect(`${skipped.stdout}${skipped.stderr}`).toContain('Skipping');
    expect(server.requests.map((request) => request.status)).toEqual([200, 400]);
  });

  it.each<[string, IndexServerOptions]>([
    ['PEP 691 JSON', {}],
    ['PEP 503 HTML only', { pep691: false }],
    ['relative URLs', { relativeUrls: true }],
    ['a login for reads', { users: { ci: 's3cret' }, authenticatedReads: true }],
  ])('serves real pip from the simple API (%s)', async (_case, options) => {
    const server = await startServer(options);
    const login = options.users ? (['ci', 's3cret'] as [string, string]) : undefined;
    const bytes = await readFile(wheel);
    const uploaded = await upload(server, {
      filename,
      content: bytes,
      fields: { name: 'Tiny_Relay', version: '0.1.0' },
      ...(login && { login }),
    });
    expect(uploaded.status).toBe(200);
    const index = new URL(server.simpleUrl);
    if (login) [index.username, index.password] = login;
    const dest = await mkdtemp(join(work, 'pip-'));
    await execFileAsync(
      '/usr/bin/python3',
      [
        '-m',
        'pip',
        'download',
        '--no-deps',
        '--no-cache-dir',
        '--disable-pip-version-check',
        '--index-url',
        index.href,
        '--dest',
        dest,
        'tiny-relay==0.1.0',
      ],
      { env: pythonEnv() },
    );
    expect(await readdir(dest)).toEqual([filename]);
    expect(sha256(await readFile(join(dest, filename)))).toBe(sha256(bytes));
    expect(server.count('file')).toBe(1);
  });
});
