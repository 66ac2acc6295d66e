import { describe, expect, it } from 'vitest';
import { isFinalVersion, isPullRequestEvent, whyNoBump } from '../../src/publish/bump-rule.js';

const tag = { kind: 'tag' as const, name: 'v1.0.0' };
const main = { kind: 'branch' as const, name: 'main' };

describe('which runs move consumers’ pins', () => {
  it('a tag run does, whatever the version and the event', () => {
    for (const event of ['push', 'workflow_dispatch', 'release', undefined]) {
      for (const version of ['1.0.0', '2.0rc1', '1.0.1.dev3', '1.0+local'])
        expect(whyNoBump({ ref: tag, event }, version, false), `${event} ${version}`).toBe(
          undefined,
        );
    }
  });

  it('a manual run on a branch does for a final version only', () => {
    const manual = { ref: main, event: 'workflow_dispatch' };
    expect(whyNoBump(manual, '1.1.0', false)).toBeUndefined();
    expect(whyNoBump(manual, '1.1.0.post1', false)).toBeUndefined();
    for (const version of ['1.1.0rc1', '1.1.0.dev2', '1.1.0+g1234', '1.1.0a1.dev1']) {
      expect(whyNoBump(manual, version, false), version).toBe(
        `not a release: a manual run of ${version}, which is not a final release; pins move for tag runs and manual runs of final versions (set \`bump-every-version: true\` to move them for every published version)`,
      );
    }
  });

  it('a branch push, a schedule and a pull request do not, unless every version is asked for', () => {
    const runs = [
      { ref: main, event: 'push' },
      { ref: main, event: 'schedule' },
      { event: 'pull_request' },
      { event: 'pull_request_target' },
    ];
    for (const run of runs) {
      expect(whyNoBump(run, '1.0.0', false), run.event).toMatch(/^not a release: a /);
      expect(whyNoBump(run, '1.0.1.dev3', true), run.event).toBeUndefined();
    }
    expect(whyNoBump({ ref: main, event: 'push' }, '1.0.1.dev3', false)).toMatch(
      /^not a release: a push run of branch main \(1\.0\.1\.dev3\); /,
    );
  });

  it('knows final versions and pull request events', () => {
    expect(['1.0', '1!2.0', '3.1.4.post2'].map(isFinalVersion)).toEqual([true, true, true]);
    expect(['1.0b2', '1.0.dev0', '1.0+ubuntu1', 'not-a-version'].map(isFinalVersion)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(['pull_request', 'pull_request_target'].map(isPullRequestEvent)).toEqual([true, true]);
    expect(['push', 'workflow_dispatch', undefined].map(isPullRequestEvent)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
