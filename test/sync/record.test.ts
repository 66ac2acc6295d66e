import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSecret, clearSecrets } from '../../src/secrets.js';
import {
  BuildRecord,
  directoryRecordPath,
  repositoryId,
  userRecordPath,
} from '../../src/sync/record.js';
import { recordingLog } from '../support/log.js';

const COMMIT = 'c5bfa5d361d6685d8c643838fc0055c25f8b7999';
const OTHER = '690dbf75441fa91c7c4899df0b83d77f7deb5458';
const JSME = {
  name: 'edx-jsme',
  version: '0.1.0',
  files: [{ filename: 'edx_jsme-0.1.0-py3-none-any.whl', sha256: 'AB'.repeat(32) }],
};

describe('the build record file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wr-record-unit-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    clearSecrets();
  });

  it('keeps what a commit built across runs, one repository under all its spellings', async () => {
    const path = join(dir, 'a', 'builds.json');
    const log = recordingLog();
    const first = await BuildRecord.open(path, log);
    expect(first.lookup({ url: 'https://github.com/jazkarta/edx-jsme.git', commit: COMMIT })).toBe(
      undefined,
    );
    first.remember({ url: 'https://github.com/jazkarta/edx-jsme.git', commit: COMMIT }, JSME);
    await first.save(log);
    const second = await BuildRecord.open(path, log);
    const found = second.lookup({ url: 'https://GitHub.com/jazkarta/edx-jsme/', commit: COMMIT });
    expect(found).toMatchObject({
      ...JSME,
      files: [{ ...JSME.files[0], sha256: 'ab'.repeat(32) }],
    });
    // Another subdirectory of the commit is another build.
    expect(
      second.lookup({
        url: 'https://github.com/jazkarta/edx-jsme',
        commit: COMMIT,
        subdirectory: 'x',
      }),
    ).toBe(undefined);
    expect(second.knowsRepository('https://github.com/jazkarta/edx-jsme')).toBe(true);
    expect(second.knowsRepository('https://github.com/jazkarta/other')).toBe(false);
    expect(second.commitFor('https://github.com/jazkarta/edx-jsme', 'c5bfa5d')).toBe(COMMIT);
    expect(log.lines).toEqual([]);
  });

  it('merges with what another run wrote meanwhile, and leaves no temporary file', async () => {
    const path = join(dir, 'b', 'builds.json');
    const log = recordingLog();
    const one = await BuildRecord.open(path, log);
    const two = await BuildRecord.open(path, log);
    one.remember({ url: 'https://h.example/r', commit: COMMIT }, JSME);
    two.remember({ url: 'https://h.example/r', commit: OTHER }, { ...JSME, version: '0.1.0' });
    await one.save(log);
    await two.save(log);
    const read = await BuildRecord.open(path, log);
    expect(read.lookup({ url: 'https://h.example/r', commit: COMMIT })).toBeDefined();
    expect(read.lookup({ url: 'https://h.example/r', commit: OTHER })).toBeDefined();
    expect(await readdir(join(dir, 'b'))).toEqual(['builds.json']);
    expect(read.commitFor('https://h.example/r', 'c')).toBe(COMMIT);
  });

  it('never keeps credentials: user-info is dropped, a URL holding a secret is not kept', async () => {
    const path = join(dir, 'c', 'builds.json');
    const log = recordingLog();
    const record = await BuildRecord.open(path, log);
    record.remember(
      { url: 'https://user:hunter2pass@git.example/org/r.git', commit: COMMIT },
      JSME,
    );
    addSecret('tok_InAQueryString_77');
    record.remember(
      { url: 'https://git.example/q?token=tok_InAQueryString_77', commit: OTHER },
      JSME,
    );
    await record.save(log);
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('hunter2pass');
    expect(text).not.toContain('user@');
    expect(text).not.toContain('tok_InAQueryString_77');
    expect(text).toContain(`https://git.example/org/r@${COMMIT}`);
    expect(repositoryId('ssh://git@github.com/org/r.git')).toBe('ssh://git@github.com/org/r');
  });

  it('reads a corrupt or foreign file as empty, with a warning; drops builds that do not hold together', async () => {
    const log = recordingLog();
    const corrupt = join(dir, 'corrupt.json');
    await writeFile(corrupt, '{"format":"wheelrelay-build-record/1","builds":{"x');
    const empty = await BuildRecord.open(corrupt, log);
    expect(empty.knowsRepository('https://h.example/r')).toBe(false);
    expect(log.lines.join()).toContain('is not one wheelrelay wrote');

    const odd = join(dir, 'odd.json');
    const at = new Date().toISOString();
    await writeFile(
      odd,
      JSON.stringify({
        format: 'wheelrelay-build-record/1',
        builds: {
          [`https://h.example/good@${COMMIT}`]: { ...JSME, at },
          // A file of another project than the build names.
          [`https://h.example/name@${COMMIT}`]: {
            ...JSME,
            files: [{ filename: 'other-0.1.0-py3-none-any.whl', sha256: 'a'.repeat(64) }],
            at,
          },
          // A file of another version.
          [`https://h.example/version@${COMMIT}`]: { ...JSME, version: '0.2.0', at },
          // No sha256.
          [`https://h.example/hash@${COMMIT}`]: {
            ...JSME,
            files: [{ filename: 'edx_jsme-0.1.0-py3-none-any.whl', sha256: '' }],
            at,
          },
        },
      }),
    );
    const read = await BuildRecord.open(odd, log);
    expect(read.lookup({ url: 'https://h.example/good', commit: COMMIT })).toBeDefined();
    for (const bad of ['name', 'version', 'hash'])
      expect(read.lookup({ url: `https://h.example/${bad}`, commit: COMMIT })).toBe(undefined);
  });

  it('a record that cannot be written is a warning, not a failure', async () => {
    const blocker = join(dir, 'file-not-dir');
    await writeFile(blocker, 'x');
    const log = recordingLog();
    const record = await BuildRecord.open(join(blocker, 'builds.json'), log);
    record.remember({ url: 'https://h.example/r', commit: COMMIT }, JSME);
    await record.save(log);
    expect(log.lines.join()).toContain('was not written');
  });

  it('lives in the user cache for the CLI, and beside a directory index', () => {
    expect(userRecordPath({ XDG_CACHE_HOME: '/xdg' })).toBe('/xdg/wheelrelay/builds.json');
    expect(userRecordPath({})).toMatch(/\/\.cache\/wheelrelay\/builds\.json$/);
    expect(directoryRecordPath('/srv/index')).toBe('/srv/index/.wheelrelay/builds.json');
  });
});
