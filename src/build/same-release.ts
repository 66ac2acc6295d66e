import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MAX_ZIP_ENTRIES } from './inspect.js';

/** Whether two archives of one filename are the same release, and if not, how they differ. */
type ReleaseComparison = { same: true } | { same: false; difference: string };

/** A wheel's RECORD (and its signatures) lists the other members' hashes; it is not compared. */
const RECORD = /^[^/]+\.dist-info\/RECORD(\.jws|\.p7s)?$/;

/** The least an archive may inflate to before it is taken for a bomb, whatever its size. */
const MIN_INFLATE_BUDGET = 64 * 1024 * 1024;
/** How many times its own size an archive may inflate to (real wheels and sdists stay far below). */
const INFLATE_RATIO = 50;

/**
 * Compares two archives of one distribution filename (this build's and the index's copy) by what
 * they hold rather than their bytes, since zip and tar stamp times and orders that differ from
 * build to build. Wheels are the same release when they hold the same files with the same
 * content, RECORD aside: exactly what their RECORDs list (each file and its hash), checked
 * against the files themselves instead of trusted. Sdists are the same when they hold the same
 * member names with the same contents (links: the same targets); times, owners and modes are
 * packaging. Reading is bounded as in inspect.ts: at most 200,000 entries, and no more
 * inflated bytes than 64 MiB or 50 times the archive's size, whichever is more.
 * Anything unreadable is reported as a difference, never as the same.
 */
export async function compareArchives(
  ours: string,
  theirs: string,
  kind: 'wheel' | 'sdist',
): Promise<ReleaseComparison> {
  let a: Map<string, string>;
  let b: Map<string, string>;
  try {
    a = await archiveContents(ours, kind);
  } catch (err) {
    return { same: false, difference: `this build could not be read: ${(err as Error).message}` };
  }
  try {
    b = await archiveContents(theirs, kind);
  } catch (err) {
    return {
      same: false,
      difference: `the index's copy could not be read: ${(err as Error).message}`,
    };
  }
  const onlyOurs = [...a.keys()].filter((name) => !b.has(name));
  const onlyTheirs = [...b.keys()].filter((name) => !a.has(name));
  const changed = [...a.keys()].filter((name) => b.has(name) && b.get(name) !== a.get(name));
  if (onlyOurs.length + onlyTheirs.length + changed.length === 0) return { same: true };
  const few = (names: string[]) =>
    names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
  const parts = [
    changed.length > 0 ? `other content in ${few(changed)}` : '',
    onlyOurs.length > 0 ? `only in this build: ${few(onlyOurs)}` : '',
    onlyTheirs.length > 0 ? `only on the index: ${few(onlyTheirs)}` : '',
  ];
  return { same: false, difference: parts.filter(Boolean).join('; ') };
}

/** Member name → sha256 of its content (`link:<target>` for tar links), bounded. */
async function archiveContents(
  path: string,
  kind: 'wheel' | 'sdist',
): Promise<Map<string, string>> {
  const { size } = await stat(path);
  const budget = Math.max(MIN_INFLATE_BUDGET, size * INFLATE_RATIO);
  const contents =
    kind === 'wheel' ? await zipContents(path, budget) : await tarContents(path, budget);
  if (kind === 'wheel')
    for (const name of contents.keys()) if (RECORD.test(name)) contents.delete(name);
  return contents;
}

/** Tracks entries and inflated bytes against the bounds; throws past either. */
function bounds(path: string, budget: number) {
  let entries = 0;
  let inflated = 0;
  return {
    entry() {
      if (++entries > MAX_ZIP_ENTRIES)
        throw new Error(`${basename(path)} has more than ${MAX_ZIP_ENTRIES} entries`);
    },
    bytes(n: number) {
      inflated += n;
      if (inflated > budget)
        throw new Error(`${basename(path)} inflates to more than ${budget} bytes`);
    },
  };
}

function add(contents: Map<string, string>, path: string, name: string, value: string): void {
  // Two members of one name are ambiguous (which one installs?): never the same as anything.
  if (contents.has(name)) throw new Error(`${basename(path)} holds ${name} twice`);
  contents.set(name, value);
}

async function zipContents(path: string, budget: number): Promise<Map<string, string>> {
  const yauzl = await import('yauzl');
  const zip = await new Promise<import('yauzl').ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, z) =>
      err ? reject(err) : resolve(z),
    ),
  );
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    throw new Error(`${basename(path)} has more than ${MAX_ZIP_ENTRIES} entries`);
  }
  const limits = bounds(path, budget);
  const contents = new Map<string, string>();
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err?: unknown) => {
      if (done) return;
      done = true;
      zip.close();
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(contents);
    };
    zip.on('error', finish);
    zip.on('end', () => finish());
    zip.on('entry', (entry: import('yauzl').Entry) => {
      try {
        limits.entry();
        // A declared size past the budget is refused before a byte is inflated (yauzl checks
        // that what inflates matches the declared size).
        if (entry.uncompressedSize > budget)
          throw new Error(`${basename(path)} inflates to more than ${budget} bytes`);
      } catch (err) {
        return finish(err);
      }
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (err, stream) => {
        if (err) return finish(err);
        const hash = createHash('sha256');
        pipeline(stream, async (chunks: AsyncIterable<Buffer>) => {
          for await (const chunk of chunks) {
            limits.bytes(chunk.length);
            hash.update(chunk);
          }
        }).then(
          () => {
            try {
              add(contents, path, entry.fileName, hash.digest('hex'));
            } catch (e) {
              return finish(e);
            }
            zip.readEntry();
          },
          (e: unknown) => finish(e),
        );
      });
    });
    zip.readEntry();
  });
}

async function tarContents(path: string, budget: number): Promise<Map<string, string>> {
  const { Parser } = await import('tar');
  const limits = bounds(path, budget);
  const contents = new Map<string, string>();
  let failure: Error | undefined;
  const parser = new Parser({
    strict: true,
    onReadEntry(entry) {
      const fail = (err: unknown) => {
        failure ??= err instanceof Error ? err : new Error(String(err));
        parser.abort(failure);
      };
      try {
        limits.entry();
      } catch (err) {
        return fail(err);
      }
      if (entry.type === 'Directory') return entry.resume();
      if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
        try {
          add(contents, path, entry.path, `link:${entry.type}:${entry.linkpath ?? ''}`);
        } catch (err) {
          fail(err);
        }
        return entry.resume();
      }
      const hash = createHash('sha256');
      entry.on('data', (chunk: Buffer) => {
        if (failure) return;
        try {
          limits.bytes(chunk.length);
          hash.update(chunk);
        } catch (err) {
          fail(err);
        }
      });
      entry.on('end', () => {
        if (failure) return;
        try {
          add(contents, path, entry.path, `${entry.type}:${hash.digest('hex')}`);
        } catch (err) {
          fail(err);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    const input = createReadStream(path);
    const settle = (err?: unknown) => {
      input.destroy();
      if (err || failure) reject(failure ?? err);
      else resolve();
    };
    parser.on('error', settle);
    parser.on('abort', settle);
    parser.on('end', () => settle());
    input.on('error', settle);
    input.pipe(parser as unknown as NodeJS.WritableStream);
  });
  return contents;
}
