/**
 * Loaded with `node --import` into a run of the bundled action that a crash test will kill: the
 * run stops itself (SIGSTOP) at one named point of a directory-index write, after appending
 * `<pid> <point>` to a report file, so the test's SIGKILL lands exactly there and the test knows
 * it did. Nothing else in the run changes; without WHEELRELAY_TEST_STOP_AT this does nothing.
 *
 * The points, in the order a writer reaches them (see src/index/directory.ts):
 * - `start`: before the bundle is loaded;
 * - `copying`: its file half copied into `.wheelrelay/tmp/`;
 * - `stored`: its file linked into `packages/`, not yet listed by this writer;
 * - `writing-page`: a record or page half written in `.wheelrelay/tmp/`;
 * - `listed`: a project page renamed into `simple/` (listing the file, as the test checks).
 *
 * The bundle calls `fs.promises` functions through the module object, and this replaces them
 * on it (syncBuiltinESMExports carries that to `import { … } from 'node:fs/promises'` too).
 */
import { appendFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { basename, dirname } from 'node:path';

/** The points a run can be stopped at, as WHEELRELAY_TEST_STOP_AT names them. */
export type StopPoint = 'start' | 'copying' | 'stored' | 'writing-page' | 'listed';

const point = process.env.WHEELRELAY_TEST_STOP_AT as StopPoint | undefined;
const report = process.env.WHEELRELAY_TEST_STOP_REPORT;

/** Says where the run got to, then stops it until the test kills it. */
function stopHere(at: StopPoint): void {
  if (report) appendFileSync(report, `${process.pid} ${at}\n`);
  process.kill(process.pid, 'SIGSTOP');
}

const inTmp = (path: unknown) => basename(dirname(String(path))) === 'tmp';

if (point === 'start') stopHere('start');

if (point === 'copying') {
  const copyFile = fsp.copyFile;
  fsp.copyFile = async (src, dest, mode) => {
    if (!(inTmp(dest) && String(dest).endsWith('.whl'))) return copyFile(src, dest, mode);
    const bytes = await fsp.readFile(src);
    await fsp.writeFile(dest, bytes.subarray(0, bytes.length >> 1));
    stopHere('copying');
  };
}

if (point === 'stored') {
  const link = fsp.link;
  fsp.link = async (existing, path) => {
    await link(existing, path);
    if (basename(dirname(String(path))) === 'packages') stopHere('stored');
  };
}

if (point === 'writing-page') {
  const writeFile = fsp.writeFile;
  fsp.writeFile = async (path, data, options) => {
    if (!(inTmp(path) && /\.(json|html)$/.test(String(path)) && typeof data === 'string')) {
      return writeFile(path, data, options);
    }
    await writeFile(path, data.slice(0, data.length >> 1), options);
    stopHere('writing-page');
  };
}

if (point === 'listed') {
  const rename = fsp.rename;
  fsp.rename = async (oldPath, newPath) => {
    await rename(oldPath, newPath);
    const [page, project, simple] = String(newPath).split('/').reverse();
    if (page === 'index.json' && simple === 'simple' && project) stopHere('listed');
  };
}

syncBuiltinESMExports();
