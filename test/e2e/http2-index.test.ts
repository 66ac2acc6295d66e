/**
 * An index that speaks HTTP/2 over TLS, as an https:// index behind a proxy that picks h2 by
 * ALPN does. undici offers h2 on https://, and wheelrelay loads undici's HTTP/2 client only when
 * a connection negotiates it (patches/undici+*.patch): the bundled CLI publishes, verifies, and
 * every request it made arrived as an h2 stream. In front of the suite's index server, a TLS
 * HTTP/2-only server (node:http2, `allowHTTP1: false`) relays each stream as an HTTP/1.1
 * request. It serves the suite's loopback certificate (test/fixtures/tls, as the git test
 * hosts do), which the CLI is told to trust with NODE_EXTRA_CA_CERTS, the way a private CA is.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import {
  createSecureServer,
  type Http2SecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
} from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';
import { IndexServer } from '../support/index-server.js';
import { PYTHON } from '../support/python.js';

const TLS_CERT = fileURLToPath(new URL('../fixtures/tls/loopback.crt', import.meta.url));
const TLS_KEY = fileURLToPath(new URL('../fixtures/tls/loopback.key', import.meta.url));

const exec = promisify(execFile);
const USER = 'ci';
const PASSWORD = 'h2-pw-31';

/** Headers that HTTP/2 forbids or that name the connection, not the request (RFC 9113 8.2.2). */
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

function relayable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(
    Object.entries(headers).filter(([k]) => !k.startsWith(':') && !HOP.has(k)),
  );
}

/** An h2-only TLS server relaying every stream to `upstream`; counts the versions it saw. */
async function h2Relay(
  upstream: string,
  key: Buffer,
  cert: Buffer,
): Promise<{ server: Http2SecureServer; url: string; versions: string[] }> {
  const versions: string[] = [];
  const target = new URL(upstream);
  const server = createSecureServer(
    { key, cert, allowHTTP1: false },
    (req: Http2ServerRequest, res: Http2ServerResponse) => {
      versions.push(req.httpVersion);
      const up = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...relayable(req.headers), host: target.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, relayable(answer.headers));
          answer.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      req.pipe(up);
    },
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, url: `https://127.0.0.1:${port}/`, versions };
}

describe('an index that speaks HTTP/2 over TLS', () => {
  let index: IndexServer;
  let relay: Awaited<ReturnType<typeof h2Relay>>;
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wr-h2-'));
    index = new IndexServer({ users: { [USER]: PASSWORD }, existing: 'pypiserver' });
    await index.start();
    relay = await h2Relay(index.url, await readFile(TLS_KEY), await readFile(TLS_CERT));
  });
  afterAll(async () => {
    relay?.server.close();
    await index?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('the bundled CLI publishes and verifies a wheel, every request an h2 stream', async () => {
    const dir = join(work, 'dist');
    await mkdir(dir);
    await exec(PYTHON, [resolve(ROOT, 'bench/make-wheel.py'), dir, 'relay-h2', '1.0.0', '10000']);
    const { stdout, stderr } = await exec(
      process.execPath,
      [join(ROOT, 'dist', 'cli', 'index.js'), 'publish', '--dist-dir', dir, '--json'].concat([
        '--index-url',
        relay.url,
        '--index-type',
        'pypiserver',
        '--username',
        USER,
      ]),
      { env: { ...process.env, WHEELRELAY_PASSWORD: PASSWORD, NODE_EXTRA_CA_CERTS: TLS_CERT } },
    );
    const outcome = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(outcome, stderr).toMatchObject({
      published: true,
      files: [{ filename: 'relay_h2-1.0.0-py3-none-any.whl', outcome: 'uploaded' }],
    });
    // The upload and the verifying read reached the index through the relay, as h2 streams.
    expect(index.requests.map((r) => r.route)).toEqual(['upload', 'simple']);
    expect(relay.versions).toEqual(['2.0', '2.0']);
    expect(stderr).not.toContain(PASSWORD);
  });
});
