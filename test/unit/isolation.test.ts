import { describe, expect, it } from 'vitest';
import {
  buildUserCommand,
  chooseIsolation,
  namespaceCommand,
  noIsolation,
  parseIdMap,
  pickId,
  privilegedCommand,
  sudoBuildUserCommand,
  unisolatedRefusal,
  unisolatedWarning,
} from '../../src/build/isolation.js';
import type { Runner, RunResult } from '../../src/build/runner.js';

const tools = {
  setpriv: '/usr/bin/setpriv',
  sudo: '/usr/bin/sudo',
  unshare: '/usr/bin/unshare',
  env: '/usr/bin/env',
};

describe('the command lines that isolate a build', () => {
  it('as root: setpriv to a fresh uid/gid, no groups, no new privileges', () => {
    expect(buildUserCommand(tools, 2_000_000_042, 'python3', ['-m', 'build', '.'])).toEqual([
      '/usr/bin/setpriv',
      [
        '--reuid',
        '2000000042',
        '--regid',
        '2000000042',
        '--clear-groups',
        '--no-new-privs',
        '--',
        'python3',
        '-m',
        'build',
        '.',
      ],
    ]);
  });

  it('through sudo: -n (never a prompt), -E, then env enters the build folder and sets again what sudo strips', () => {
    const env = {
      PATH: '/opt/hostedtoolcache/Python/3.12/x64/bin:/usr/bin',
      LD_LIBRARY_PATH: '/opt/hostedtoolcache/Python/3.12/x64/lib',
      PYTHONPATH: '/src',
      HOME: '/tmp/wheelrelay-build-x/b/home',
      TMPDIR: '/tmp/wheelrelay-build-x/b/tmp',
      PIP_CACHE_DIR: '/tmp/wheelrelay-build-x/b/cache',
      SOURCE_DATE_EPOCH: '1700000000',
      PIP_INDEX_URL: 'https://mirror.example/simple/',
      GITHUB_REPOSITORY: 'acme/pkg',
    };
    const cwd = '/tmp/wheelrelay-build-x/b/src';
    expect(
      sudoBuildUserCommand(tools, 2_000_000_042, 'python3', ['-m', 'build'], env, cwd),
    ).toEqual([
      '/usr/bin/sudo',
      [
        '-n',
        '-E',
        '--',
        '/usr/bin/setpriv',
        '--reuid',
        '2000000042',
        '--regid',
        '2000000042',
        '--clear-groups',
        '--no-new-privs',
        '--',
        '/usr/bin/env',
        '--chdir=/tmp/wheelrelay-build-x/b/src',
        'HOME=/tmp/wheelrelay-build-x/b/home',
        'LD_LIBRARY_PATH=/opt/hostedtoolcache/Python/3.12/x64/lib',
        'PATH=/opt/hostedtoolcache/Python/3.12/x64/bin:/usr/bin',
        'PIP_CACHE_DIR=/tmp/wheelrelay-build-x/b/cache',
        'PYTHONPATH=/src',
        'SOURCE_DATE_EPOCH=1700000000',
        'TMPDIR=/tmp/wheelrelay-build-x/b/tmp',
        'python3',
        '-m',
        'build',
      ],
    ]);
  });

  it('through sudo: refuses an interpreter path env would read as a variable', () => {
    expect(() => sudoBuildUserCommand(tools, 7, '/opt/a=b/python', [], {})).toThrow(/'='/);
  });

  it('root helpers run as they are when root, and through sudo -n otherwise', () => {
    expect(privilegedCommand(tools, false, '/usr/bin/chown', ['-R', '1:1', '/x'])).toEqual([
      '/usr/bin/chown',
      ['-R', '1:1', '/x'],
    ]);
    expect(privilegedCommand(tools, true, '/usr/bin/chown', ['-R', '1:1', '/x'])).toEqual([
      '/usr/bin/sudo',
      ['-n', '--', '/usr/bin/chown', '-R', '1:1', '/x'],
    ]);
  });

  it('in namespaces: a fresh /proc, and no capabilities to unmount it', () => {
    expect(namespaceCommand(tools, 'current-user', 'python3', ['-m', 'build'])).toEqual([
      '/usr/bin/unshare',
      [
        '--user',
        '--map-current-user',
        '--pid',
        '--fork',
        '--mount-proc',
        '--kill-child',
        '--',
        'python3',
        '-m',
        'build',
      ],
    ]);
    expect(namespaceCommand(tools, 'root-without-capabilities', 'python3', [])).toEqual([
      '/usr/bin/unshare',
      [
        '--user',
        '--map-root-user',
        '--pid',
        '--fork',
        '--mount-proc',
        '--kill-child',
        '--',
        '/usr/bin/setpriv',
        '--no-new-privs',
        '--inh-caps=-all',
        '--bounding-set=-all',
        '--',
        'python3',
      ],
    ]);
  });
});

describe('fresh ids for build users', () => {
  const full = parseIdMap('         0          0 4294967295\n');

  it('reads the id maps of a user namespace', () => {
    expect(full).toEqual([[0, 4294967294]]);
    expect(parseIdMap('0 1000 1\n1 100000 65536\n')).toEqual([
      [0, 0],
      [1, 65536],
    ]);
  });

  it('takes ids far above real users when the map allows', () => {
    const id = pickId(full, full, new Set(), (n) => n - 1);
    expect(id).toBe(2_099_999_999);
    expect(pickId(full, full, new Set(), () => 0)).toBe(2_000_000_000);
  });

  it('never takes an id in use', () => {
    let calls = 0;
    const id = pickId(full, full, new Set([2_000_000_000]), () => (calls++ === 0 ? 0 : 5));
    expect(id).toBe(2_000_000_005);
  });

  it('stays inside a container that maps only some ids (rootless podman: 65536)', () => {
    const map = parseIdMap('0 1000 1\n1 100000 65536\n');
    const id = pickId(map, map, new Set(), () => 0);
    expect(id).toBe(10_000);
    expect(pickId(parseIdMap('0 0 1\n'), parseIdMap('0 0 1\n'), new Set(), () => 0)).toBe(
      undefined,
    );
  });
});

describe('builds that cannot be isolated', () => {
  const none = noIsolation('not root; no sudo; no unshare');

  it('refuses a sync build where this process holds secrets, saying what and what to do', () => {
    const err = unisolatedRefusal(none, ['`password`', 'ACTIONS_RUNTIME_TOKEN'], false);
    expect(err?.message).toContain('not root; no sudo; no unshare');
    expect(err?.message).toContain('`password`, ACTIONS_RUNTIME_TOKEN');
    expect(err?.hint).toContain('dist-dir');
    expect(err?.hint).toContain('builds-can-read-secrets: true');
  });

  it('lets it run when nothing is held, or when the user opted in', () => {
    expect(unisolatedRefusal(none, [], false)).toBeUndefined();
    expect(unisolatedRefusal(none, ['`password`'], true)).toBeUndefined();
  });

  it('warns a publish build instead, only when something is held', () => {
    expect(unisolatedWarning([])).toBeUndefined();
    expect(unisolatedWarning(['`password`'])).toMatch(/could read them through \/proc/);
  });
});

describe('choosing the isolation', () => {
  /** A runner that answers by the program's name, and records what it was asked. */
  const answering = (ok: (command: string, args: string[]) => boolean) => {
    const calls: string[][] = [];
    const run: Runner = async (command, args) => {
      calls.push([command, ...args]);
      const res: RunResult = ok(command, args)
        ? { exitCode: 0, output: '' }
        : { exitCode: 1, output: `${command}: Operation not permitted` };
      return res;
    };
    return { run, calls };
  };
  const path = { PATH: process.env.PATH };

  it('as a user without sudo, takes PID namespaces when unshare works', async () => {
    const { run, calls } = answering((c) => c.endsWith('unshare'));
    const chosen = await chooseIsolation(run, path, { uid: 1001, gid: 1001 });
    expect(chosen.kind).toBe('pid-namespace');
    expect(chosen.sharesUser).toBe(true);
    expect(calls.some((c) => c[0]?.endsWith('setpriv'))).toBe(false);
  });

  it('falls back to no isolation, and says what it tried', async () => {
    const { run } = answering(() => false);
    const chosen = await chooseIsolation(run, path, { uid: 1001, gid: 1001 });
    expect(chosen.kind).toBe('none');
    expect(chosen.description).toContain('not root');
    expect(chosen.description).toContain('unshare (current-user): ');
  });

  it('finds no isolation on a PATH without the tools', async () => {
    const { run, calls } = answering(() => true);
    const chosen = await chooseIsolation(run, { PATH: '/nonexistent' }, { uid: 1001, gid: 1001 });
    expect(chosen.kind).toBe('none');
    expect(chosen.description).toContain('no sudo');
    expect(chosen.description).toContain('no unshare');
    expect(calls).toEqual([]);
  });
});
