/// <reference path="./hash-wasm-blake2b.d.ts" />
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { valid as validVersion } from '@renovatebot/pep440';
import { WheelrelayError } from '../errors.js';
import { isValidName, normalizeName } from '../pins/names.js';
import { distFilenameProblem, parseDistFilename } from './filenames.js';
import { type CoreMetadata, parseCoreMetadata } from './metadata.js';

/** Everything the upload and the report need to know about one built file. */
export interface Distribution {
  path: string;
  filename: string;
  kind: 'wheel' | 'sdist';
  /** Name as the metadata writes it (display form). */
  name: string;
  /** PEP 440 normalised version. */
  version: string;
  /** Python tag of a wheel (`py3`), `source` for an sdist: the legacy API's `pyversion`. */
  pyversion: string;
  metadata: CoreMetadata;
  size: number;
}

/** The digests the legacy upload API and the simple API use. */
export interface Digests {
  sha256: string;
  /** BLAKE2b-256: only for an index that asks for it (PyPI's `blake2_256_digest`). */
  blake2b256?: string;
}

/** Which digests to work out besides sha256, which is always needed. */
export interface DigestChoice {
  blake2b: boolean;
}

// Digests are worked out once per file: by the upload stream as it sends the bytes (so a large
// upload reads the file once, hashing while the network is busy), or on demand otherwise.
const digestMemo = new WeakMap<Distribution, Promise<Digests>>();

/** The file's digests (sha256 at least), computed on first use and then remembered. */
export function digestsOf(dist: Distribution): Promise<Digests> {
  let d = digestMemo.get(dist);
  if (!d) {
    d = fileDigests(dist.path);
    digestMemo.set(dist, d);
  }
  return d;
}

/** Records digests computed elsewhere from the whole file (the upload stream). */
export function rememberDigests(dist: Distribution, digests: Digests): void {
  const known = digestMemo.get(dist);
  // A pass that added BLAKE2b to a memo of sha256 alone replaces it; one that did not keeps it.
  if (!known || digests.blake2b256) digestMemo.set(dist, Promise.resolve(digests));
}

/** The digests if already known, without reading the file. */
export function knownDigests(dist: Distribution): Promise<Digests> | undefined {
  return digestMemo.get(dist);
}

// A METADATA file is a few kilobytes; refuse to inflate more than this from any archive entry,
// so that a zip bomb posing as a wheel costs nothing.
const MAX_METADATA_BYTES = 4 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 200_000;

/** Reads a wheel's or sdist's metadata, checking the filename agrees with it. */
export async function inspectDistribution(path: string): Promise<Distribution> {
  const filename = basename(path);
  const parsed = parseDistFilename(filename);
  if (!parsed) {
    const problem = distFilenameProblem(filename);
    throw new WheelrelayError(
      `${filename} is not a wheel or sdist filename (PEP 427 / PEP 625)${problem ? `: ${problem}` : ''}`,
      'Only *.whl and *.tar.gz files built by a Python build backend can be published.',
    );
  }
  const text =
    parsed.kind === 'wheel' ? await readWheelMetadata(path) : await readSdistPkgInfo(path);
  const metadata = parseCoreMetadata(text, `${filename}'s metadata`);
  if (!isValidName(metadata.name)) {
    throw new WheelrelayError(
      `${filename}: its metadata names the project '${metadata.name}', which is not a valid package name (PEP 508)`,
      'Fix the name in the project configuration: letters, digits, and . _ - between them.',
    );
  }
  const version = validVersion(metadata.version);
  if (!version) {
    throw new WheelrelayError(
      `${filename}: version '${metadata.version}' is not a valid PEP 440 version`,
      'Fix the version in the project configuration; indexes reject non-PEP 440 versions.',
    );
  }
  if (
    normalizeName(parsed.name) !== normalizeName(metadata.name) ||
    validVersion(parsed.version) !== version
  ) {
    throw new WheelrelayError(
      `${filename} disagrees with its own metadata (${metadata.name} ${metadata.version})`,
      'The file was renamed or built wrongly; rebuild it instead of publishing it.',
    );
  }
  const { size } = await stat(path);
  return {
    path,
    filename,
    kind: parsed.kind,
    name: metadata.name,
    version,
    pyversion: parsed.kind === 'wheel' ? (parsed.tags?.split('-')[0] ?? 'py3') : 'source',
    metadata,
    size,
  };
}

/** sha256 (and BLAKE2b-256 when asked) of a file in one streaming pass. */
export async function fileDigests(
  path: string,
  choice: DigestChoice = { blake2b: false },
): Promise<Digests> {
  const hasher = await digestHasher(choice);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hasher.update(chunk as Buffer);
  }
  return hasher.digest();
}

/** An incremental hasher for the digests chosen, for streams that are read anyway. */
export async function digestHasher(
  choice: DigestChoice,
): Promise<{ update(chunk: Buffer): void; digest(): Digests }> {
  const sha = createHash('sha256');
  if (!choice.blake2b) {
    return {
      update: (chunk) => void sha.update(chunk),
      digest: () => ({ sha256: sha.digest('hex') }),
    };
  }
  // node's crypto offers only 512-bit BLAKE2b, and BLAKE2b-256 is not a truncation of it;
  // hash-wasm's BLAKE2b module alone (16 KB, not its 280 KB bundle of every algorithm) gives
  // the 256-bit variant PyPI uses, at native speed. Loaded only for an index that wants it.
  const { default: wasm } = await import('hash-wasm/dist/blake2b.umd.min.js');
  const blake = await wasm.createBLAKE2b(256);
  return {
    update(chunk) {
      sha.update(chunk);
      blake.update(chunk);
    },
    digest: () => ({ sha256: sha.digest('hex'), blake2b256: blake.digest('hex') }),
  };
}

async function readWheelMetadata(path: string): Promise<string> {
  const yauzl = await import('yauzl');
  const zip = await new Promise<import('yauzl').ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, z) =>
      err ? reject(badArchive(path, err)) : resolve(z),
    ),
  );
  // The end record says how many entries follow; refuse a huge count before reading any, as
  // walking 200,000 central-directory records one by one takes many seconds.
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    throw tooManyEntries(path);
  }
  return new Promise<string>((resolve, reject) => {
    let seen = 0;
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      zip.close();
      fn();
    };
    zip.on('error', (err) => finish(() => reject(badArchive(path, err))));
    zip.on('end', () =>
      finish(() =>
        reject(
          new WheelrelayError(`${basename(path)} has no *.dist-info/METADATA: it is not a wheel`),
        ),
      ),
    );
    zip.on('entry', (entry: import('yauzl').Entry) => {
      if (++seen > MAX_ZIP_ENTRIES) {
        finish(() => reject(tooManyEntries(path)));
        return;
      }
      if (!/^[^/]+\.dist-info\/METADATA$/.test(entry.fileName)) {
        zip.readEntry();
        return;
      }
      if (entry.uncompressedSize > MAX_METADATA_BYTES) {
        finish(() => reject(tooBig(path, entry.fileName)));
        return;
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err) return finish(() => reject(badArchive(path, err)));
        collect(stream, MAX_METADATA_BYTES).then(
          (text) => finish(() => resolve(text)),
          (e: unknown) =>
            finish(() => reject(e instanceof WheelrelayError ? e : badArchive(path, e))),
        );
      });
    });
    zip.readEntry();
  });
}

async function readSdistPkgInfo(path: string): Promise<string> {
  if (path.endsWith('.zip')) {
    throw new WheelrelayError(
      `${basename(path)} is a legacy .zip sdist`,
      'Build a .tar.gz sdist (PEP 625); indexes such as PyPI no longer accept .zip sdists.',
    );
  }
  const { list } = await import('tar');
  let found: Promise<string> | undefined;
  try {
    await list({
      file: path,
      onReadEntry(entry) {
        // PKG-INFO at the top of the sdist's single root folder, as PEP 625 lays it out.
        if (found || !/^[^/]+\/PKG-INFO$/.test(entry.path)) return entry.resume();
        if (entry.size > MAX_METADATA_BYTES) {
          found = Promise.reject(tooBig(path, entry.path));
          return entry.resume();
        }
        found = collect(entry, MAX_METADATA_BYTES);
      },
    });
  } catch (err) {
    throw badArchive(path, err);
  }
  if (!found) throw new WheelrelayError(`${basename(path)} has no PKG-INFO: it is not an sdist`);
  return found;
}

async function collect(stream: AsyncIterable<Buffer | string>, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) throw new WheelrelayError(`metadata larger than ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function badArchive(path: string, err: unknown): WheelrelayError {
  const why = err instanceof Error ? err.message : String(err);
  return new WheelrelayError(`${basename(path)} could not be read as an archive: ${why}`);
}

function tooManyEntries(path: string): WheelrelayError {
  return new WheelrelayError(
    `${basename(path)} has more than ${MAX_ZIP_ENTRIES} entries`,
    'This does not look like a real distribution; it was not published.',
  );
}

function tooBig(path: string, entry: string): WheelrelayError {
  return new WheelrelayError(
    `${basename(path)}: ${entry} claims more than ${MAX_METADATA_BYTES} bytes`,
    'This does not look like a real distribution; it was not published.',
  );
}
