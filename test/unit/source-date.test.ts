import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceDateEpoch } from '../../src/build/source-date.js';
import { recordingLog } from '../support/log.js';
import { git, packageRepo } from '../support/python.js';
import { recordingRunner } from '../support/runner.js';

describe('sourceDateEpoch: one SOURCE_DATE_EPOCH for every build', () => {
  let repo: Awaited<ReturnType<typeof packageRepo>>;
  let plain: string;
  beforeAll(async () => {
    repo = await packageRepo({ name: 'date-probe', version: '1.0.0' });
    plain = await mkdtemp(join(tmpdir(), 'wr-nogit-'));
  });
  afterAll(async () => {
    await repo.cleanup();
    await rm(plain, { recursive: true, force: true });
  });

  it("is the commit time of the checkout's HEAD, also from a subfolder", async () => {
    const { run } = recordingRunner();
    const want = await git(repo.dir, 'log', '-1', '--format=%ct', 'HEAD');
    expect(await sourceDateEpoch(repo.dir, {}, run, recordingLog())).toEqual({
      value: want,
      from: 'commit',
    });
    expect(await sourceDateEpoch(join(repo.dir, 'src'), {}, run, recordingLog())).toEqual({
      value: want,
      from: 'commit',
    });
  });

  it("leaves the user's own SOURCE_DATE_EPOCH alone and runs no git for it", async () => {
    const { run, calls } = recordingRunner();
    const date = await sourceDateEpoch(
      repo.dir,
      { SOURCE_DATE_EPOCH: '315532800' },
      run,
      recordingLog(),
    );
    expect(date).toEqual({ value: '315532800', from: 'environment' });
    expect(calls).toEqual([]);
  });

  it('is undefined outside a git checkout, with a warning that says what follows', async () => {
    const { run, calls } = recordingRunner();
    const log = recordingLog();
    expect(await sourceDateEpoch(plain, {}, run, log)).toBeUndefined();
    expect(calls.map((c) => [c.command, ...c.args])).toEqual([
      ['git', '-C', plain, 'log', '-1', '--format=%ct', 'HEAD'],
    ]);
    expect(log.lines).toEqual([
      expect.stringMatching(
        /^warning: .* is not in a git checkout with a commit \(.*not a git repository.*\): the build stamps files with the current time/,
      ),
    ]);
  });
});
