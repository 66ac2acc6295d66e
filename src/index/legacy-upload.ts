import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Distribution } from '../build/inspect.js';

/** The form fields of the legacy upload API, as twine sends them for one file. */
export function uploadFields(dist: Distribution): Array<[string, string]> {
  const m = dist.metadata;
  const fields: Array<[string, string]> = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['metadata_version', m.metadataVersion],
    ['name', m.name],
    ['version', m.version],
    ['filetype', dist.kind === 'wheel' ? 'bdist_wheel' : 'sdist'],
    ['pyversion', dist.pyversion],
    ['sha256_digest', dist.sha256],
    ['blake2_256_digest', dist.blake2b256],
  ];
  if (m.summary) fields.push(['summary', m.summary]);
  if (m.requiresPython) fields.push(['requires_python', m.requiresPython]);
  return fields;
}

/** A multipart/form-data body streamed from disk: memory stays flat whatever the file's size. */
export interface MultipartBody {
  contentType: string;
  length: number;
  /** A fresh stream of the body; call again for each attempt. */
  open(): AsyncIterable<Buffer>;
}

/**
 * Encodes the upload as multipart/form-data with an exact Content-Length, because several
 * index servers (WSGI ones behind pypiserver and devpi among them) do not accept chunked
 * request bodies. undici's FormData would buffer or chunk; this streams the file part.
 */
export function multipartUpload(dist: Distribution): MultipartBody {
  const boundary = `wheelrelay-${randomBytes(12).toString('hex')}`;
  const head = uploadFields(dist)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  const prefix = Buffer.from(
    `${head}--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="${dist.filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const suffix = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: prefix.length + dist.size + suffix.length,
    async *open() {
      yield prefix;
      for await (const chunk of createReadStream(dist.path, { highWaterMark: 1 << 20 })) {
        yield chunk as Buffer;
      }
      yield suffix;
    },
  };
}
