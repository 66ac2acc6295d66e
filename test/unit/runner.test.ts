import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { execRunner, type Timers } from '../../src/build/runner.js';
import { addSecret, clearSecrets } from '../../src/secrets.js';
import { PYTHON } from '../support/python.js';

/** Whether a process is still running (a zombie, or no process at all, is not). */
async function alive(pid: number): Promise<boolean> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return status !== '' && !/^State:\s*[ZX]/m.test(status);
}

/**
 * Whether a process ends, polled at most 200 times 10 ms apart: a killed process closes its
 * pipes (which settles the run) a moment before it leaves the process table.
 */
async function ends(pid: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (!(await alive(pid))) return true;
    await sleep(10);
  }
  return false;
}

/** Runs a Python snippet through the runner; argv[1:] are `args`. */
const python = (
  code: string,
  args: string[] = [],
  opts: { timeoutMs?: number; timers?: Timers; onLine?: (line: string) => void } = {},
) => {
  const lines: string[] = [];
  return execRunner(PYTHON, ['-c', code, ...args], {
    onLine: (l) => {
      lines.push(l);
      opts.onLine?.(l);
    },
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.timers ? { timers: opts.timers } : {}),
  }).then((res) => ({ ...res, lines }));
};

/**
 * The runner's waits, ended by the test: each wait it starts is recorded with its length, and
 * ends only when the test fires it, once the program has reached the point the test is about.
 */
function handTimers() {
  const waits: Array<{ ms: number; done: () => void; over: boolean }> = [];
  const timers: Timers = {
    after(ms, done) {
      const wait = { ms, done, over: false };
      waits.push(wait);
      return () => {
        wait.over = true;
      };
    },
  };
  /** The lengths of the waits still running. */
  const pending = () => waits.filter((w) => !w.over).map((w) => w.ms);
  /** Ends the running wait of `ms` milliseconds. */
  const fire = (ms: number) => {
    const wait = waits.find((w) => w.ms === ms && !w.over);
    if (!wait) throw new Error(`no ${ms} ms wait is running (running: ${pending().join(', ')})`);
    wait.over = true;
    wait.done();
  };
  return { timers, pending, fire };
}

/** The first line a program prints, as a promise, and the `onLine` that catches it. */
function firstLine(): { line: Promise<string>; onLine: (line: string) => void } {
  let onLine: (line: string) => void = () => {};
  const line = new Promise<string>((resolve) => {
    onLine = resolve;
  });
  return { line, onLine: (l) => onLine(l) };
}

describe('the runner', () => {
  it('passes arguments as an array: shell syntax in them is just text', async () => {
    const res = await python('import sys; print(sys.argv[1:])', ['$(touch /tmp/x)', '; rm -rf /']);
    expect(res.exitCode).toBe(0);
    expect(res.lines).toEqual(["['$(touch /tmp/x)', '; rm -rf /']"]);
  });

  it('starts each program in a session of its own', async () => {
    const res = await python(
      'import os; print(os.getsid(0) == os.getpid(), os.getpgid(0) == os.getpid())',
    );
    expect(res.lines).toEqual(['True True']);
  });

  it('kills what a program left running in its process group when it exits', async () => {
    const res = await python(
      'import subprocess, sys; p = subprocess.Popen(["sleep", "300"]); print(p.pid, flush=True)',
    );
    expect(res.exitCode).toBe(0);
    const pid = Number(res.lines[0]);
    expect(pid).toBeGreaterThan(1);
    expect(await ends(pid)).toBe(true);
  });

  // The runner's waits are the test's own in these tests (handTimers): a deadline ends once the
  // program has said it is ready, so a slow start on a loaded machine cannot race it.
  it('kills a program and its children at the deadline, and says after how long', async () => {
    const hand = handTimers();
    const ready = firstLine();
    const running = python(
      'import subprocess, time; p = subprocess.Popen(["sleep", "300"]); print(p.pid, flush=True); time.sleep(300)',
      [],
      { timeoutMs: 300, timers: hand.timers, onLine: ready.onLine },
    );
    const pid = Number(await ready.line);
    expect(await alive(pid)).toBe(true);
    expect(hand.pending()).toEqual([300]);
    hand.fire(300);
    const res = await running;
    expect(res.killedAfterSeconds).toBe(0.3);
    expect(res.exitCode).toBe(128 + 15);
    expect(res.output).toMatch(/was killed after 0\.3 s/);
    expect(await ends(pid)).toBe(true);
  });

  it('kills a program that ignores SIGTERM with SIGKILL', async () => {
    const hand = handTimers();
    const ready = firstLine();
    const running = python(
      'import os, signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print(os.getpid(), flush=True); time.sleep(300)',
      [],
      { timeoutMs: 200, timers: hand.timers, onLine: ready.onLine },
    );
    const pid = Number(await ready.line);
    // The deadline: SIGTERM, which the program ignores; after the grace period, SIGKILL.
    hand.fire(200);
    expect(await alive(pid)).toBe(true);
    expect(hand.pending()).toEqual([5000]);
    hand.fire(5000);
    const res = await running;
    expect(res.killedAfterSeconds).toBe(0.2);
    expect(res.exitCode).toBe(128 + 9);
    expect(await ends(pid)).toBe(true);
  });

  it('returns without waiting for a process that left the session and kept the output pipe', async () => {
    // The runner gives up on the pipes soon after the program exits; the process itself is
    // for the isolation layer to end (it is another user's, or in a namespace, in a build).
    const hand = handTimers();
    const ready = firstLine();
    let settled = false;
    const running = python(
      'import subprocess, sys; p = subprocess.Popen(["sleep", "30"], start_new_session=True); print(p.pid, flush=True)',
      [],
      { timers: hand.timers, onLine: ready.onLine },
    ).then((res) => {
      settled = true;
      return res;
    });
    const pid = Number(await ready.line);
    try {
      // The program's exit starts the pipes' grace period (no deadline was set: the one wait).
      for (let i = 0; i < 1000 && hand.pending().length === 0; i++) await sleep(10);
      expect(hand.pending()).toEqual([2000]);
      // The process that left holds the pipe: without the grace period the run would wait on it.
      expect(settled).toBe(false);
      hand.fire(2000);
      const res = await running;
      expect(res.exitCode).toBe(0);
      expect(await alive(pid)).toBe(true);
    } finally {
      process.kill(pid, 'SIGKILL');
    }
  });

  it('reports a program that does not exist as exit code 127', async () => {
    const res = await execRunner('wheelrelay-no-such-program', [], {});
    expect(res.exitCode).toBe(127);
    expect(res.output).toContain('wheelrelay-no-such-program');
  });

  it('splits output on \\n, \\r\\n and a lone \\r, and cuts overlong lines', async () => {
    const res = await python(
      'import sys; sys.stdout.write("a\\nb\\r\\nc\\rd\\n" + "x" * 70000 + "\\nend")',
    );
    expect(res.lines.slice(0, 4)).toEqual(['a', 'b', 'c', 'd']);
    expect(res.lines[4]).toHaveLength(64 * 1024);
    expect(res.lines.slice(5)).toEqual(['x'.repeat(70000 - 64 * 1024), 'end']);
  });

  it('keeps a bounded tail of the output, while every line still reaches onLine', async () => {
    const res = await python('for i in range(5000): print(i)');
    expect(res.lines).toHaveLength(5000);
    const kept = res.output.split('\n');
    expect(kept).toHaveLength(1000);
    expect(kept.at(-1)).toBe('4999');
  });

  it('redacts registered secrets from the lines it hands on', async () => {
    addSecret('runner-secret-4411');
    try {
      const res = await python('print("token runner-secret-4411 here")');
      expect(res.lines).toEqual(['token *** here']);
    } finally {
      clearSecrets();
    }
  });

  it('gives programs the build environment: no action inputs, tokens or command files', async () => {
    const res = await execRunner(PYTHON, ['-c', 'import os; print(sorted(os.environ))'], {
      env: {
        PATH: process.env.PATH,
        INPUT_PASSWORD: 'x',
        ACTIONS_RUNTIME_TOKEN: 'y',
        GITHUB_ENV: '/tmp/env',
        GITHUB_PATH: '/tmp/path',
        GITHUB_OUTPUT: '/tmp/out',
        GITHUB_STATE: '/tmp/state',
        GITHUB_STEP_SUMMARY: '/tmp/summary',
        KEEP: 'me',
      },
    });
    expect(res.output).toContain("'KEEP'");
    expect(res.output).not.toMatch(
      /INPUT_PASSWORD|ACTIONS_RUNTIME_TOKEN|GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)/,
    );
  });
});
