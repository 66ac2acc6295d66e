import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exists } from '../../src/files.js';

describe('exists', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wheelrelay-files-'));
    await writeFile(join(dir, 'a.txt'), 'a');
    await symlink(join(dir, 'a.txt'), join(dir, 'to-a'));
    await symlink(join(dir, 'gone'), join(dir, 'dangling'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('says yes for a file, a folder and a symlink to a file', async () => {
    expect(await exists(join(dir, 'a.txt'))).toBe(true);
    expect(await exists(dir)).toBe(true);
    expect(await exists(join(dir, 'to-a'))).toBe(true);
  });

  it('says no for a missing path, a dangling symlink and a path through a file', async () => {
    expect(await exists(join(dir, 'missing'))).toBe(false);
    expect(await exists(join(dir, 'dangling'))).toBe(false);
    expect(await exists(join(dir, 'a.txt', 'below'))).toBe(false);
  });
});
