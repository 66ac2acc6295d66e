import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import {
  type DigestChoice,
  type Digests,
  type Distribution,
  digestHasher,
  knownDigests,
  rememberDigests,
} from '../build/inspect.js';
import { WheelrelayError } from '../errors.js';

/** The form fields of the legacy upload API for one file, but for the digests. */
function uploadFields(dist: Distribution): Array<[string, string]> {
  const m = dist.metadata;
  const fields: Array<[string, string]> = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['metadata_version', m.metadataVersion],
    ['name', m.name],
    ['version', m.version],
    ['filetype', dist.kind === 'wheel' ? 'bdist_wheel' : 'sdist'],
    ['pyversion', dist.pyversion],
  ];
  if (m.summary) fields.push(['summary', m.summary]);
  if (m.requiresPython) fields.push(['requires_python', m.requiresPython]);
  // A form value cannot hold a line break without breaking the multipart framing.
  return fields.map(([k, v]) => [k, v.replace(/[\r\n]+/g, ' ')]);
}

/** The digest fields, which the form carries after the file (see multipartUpload). */
function digestFields(d: Digests): Array<[string, string]> {
  const fields: Array<[string, string]> = [['sha256_digest', d.sha256]];
  if (d.blake2b256) fields.push(['blake2_256_digest', d.blake2b256]);
  return fields;
}

/**
 * Bytes read from disk per chunk: 1 MiB, a quarter of the per-chunk work (reads, promises,
 * socket writes) of 256 KiB, while the four reused buffers still hold only 4 MiB.
 */
const CHUNK_BYTES = 1 << 20;

/** A multipart/form-data body streamed from disk: memory stays flat whatever the file's size. */
interface MultipartBody {
  contentType: string;
  length: number;
  /** A fresh stream of the body; call again for each attempt. */
  open(): AsyncIterable<Buffer>;
}

/**
 * Encodes the upload as multipart/form-data with an exact Content-Length, because several
 * index servers (WSGI ones behind pypiserver and devpi among them) do not accept chunked
 * request bodies. undici's FormData hung against node's own http server here; this streams
 * the file part from disk.
 *
 * The digest fields come after the file. Servers parse the whole form before reading fields
 * (warehouse, devpi and pypiserver were checked), and this way the digests are computed from
 * the very bytes being sent, while they are sent: a 200 MB wheel is read from disk once, and
 * hashing overlaps the network instead of preceding it. Their length is known in advance.
 */
export function multipartUpload(dist: Distribution, choice: DigestChoice): MultipartBody {
  const boundary = `wheelrelay-${randomBytes(12).toString('hex')}`;
  const part = ([k, v]: [string, string]) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  const prefix = Buffer.from(
    `${uploadFields(dist).map(part).join('')}--${boundary}\r\n` +
      `Content-Disposition: form-data; name="content"; filename="${dist.filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const suffix = (d: Digests) =>
    Buffer.from(`\r\n${digestFields(d).map(part).join('')}--${boundary}--\r\n`);
  const placeholder: Digests = {
    sha256: '0'.repeat(64),
    ...(choice.blake2b && { blake2b256: '0'.repeat(64) }),
  };
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: prefix.length + dist.size + suffix(placeholder).length,
    async *open() {
      yield prefix;
      const known = await knownDigests(dist)?.catch(() => undefined);
      const complete = known && (!choice.blake2b || known.blake2b256) ? known : undefined;
      const hasher = complete ? undefined : await digestHasher(choice);
      // A few buffers, reused in turn: a fresh one per chunk would pile up outside V8's heap
      // until a collection (some 64 MB more for a large wheel). The HTTP client asks for the
      // next chunk only once the socket has taken the last one (it waits for 'drain'; see
      // IndexHttp.post), so a buffer comes round again long after its bytes were sent.
      // The next chunk is read while this one is hashed and sent, into the buffer after it:
      // the disk and the socket work at once, as curl's do.
      const pool = Array.from({ length: 4 }, () => Buffer.allocUnsafe(CHUNK_BYTES));
      const file = await open(dist.path);
      const readInto = (i: number, at: number) =>
        file.read(pool[i % pool.length] as Buffer, 0, CHUNK_BYTES, at);
      let next = readInto(0, 0);
      let sent = 0;
      try {
        for (let i = 0; ; i++) {
          const { bytesRead, buffer } = await next;
          if (bytesRead === 0) break;
          sent += bytesRead;
          if (sent > dist.size) break;
          next = readInto(i + 1, sent);
          const chunk = buffer.subarray(0, bytesRead);
          hasher?.update(chunk);
          yield chunk;
        }
      } finally {
        // A read still under way (the upload ended early) settles before the file closes.
        await next.catch(() => undefined);
        await file.close();
      }
      if (sent !== dist.size)
        throw new WheelrelayError(
          `${dist.filename} changed size while it was uploaded (${dist.size} bytes when inspected, ${sent} sent)`,
          'Something wrote to the file during the upload: let the build (or the download of its artifact) finish before publishing, then run again.',
        );
      const digests = complete ?? (hasher as NonNullable<typeof hasher>).digest();
      rememberDigests(dist, digests);
      yield suffix({
        sha256: digests.sha256,
        ...(choice.blake2b && { blake2b256: digests.blake2b256 }),
      });
    },
  };
}
