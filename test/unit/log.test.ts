import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleLog } from '../../src/log.js';
import { runnerCommands } from '../support/workflow-commands.js';

/** A consoleLog writing into a string, as a step's stderr the runner reads. */
function captured(verbose: boolean, inActions: boolean) {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { log: consoleLog(verbose, stream, inActions), text: () => text };
}

describe('the CLI log', () => {
  it('inside a GitHub Actions step, fences program output off from workflow commands', () => {
    const { log, text } = captured(false, true);
    log.info('building');
    const out = log.output('info');
    out.line('::warning::from setup.py');
    out.line('##[add-mask]public');
    log.warning('a warning of wheelrelay, between two lines of output');
    out.line('::set-output name=x::y');
    out.end();
    log.info('done');
    expect(text()).toContain('::warning::from setup.py');
    const ran = runnerCommands(text());
    expect(ran.map((c) => c.name)).toEqual([
      'stop-commands',
      expect.stringMatching(/^wheelrelay-[0-9a-f]{32}$/),
      'stop-commands',
      expect.stringMatching(/^wheelrelay-[0-9a-f]{32}$/),
    ]);
    // Each stretch of output gets a token of its own.
    expect(ran[1]?.name).not.toBe(ran[3]?.name);
  });

  it('on a terminal, prints output as it is; debug output only when verbose', () => {
    const quiet = captured(false, false);
    quiet.log.output('info').line('::warning::shown as text');
    quiet.log.output('debug').line('git says');
    expect(quiet.text()).toBe('::warning::shown as text\n');
    const verbose = captured(true, false);
    verbose.log.output('debug').line('git says');
    expect(verbose.text()).toBe('debug: git says\n');
  });
});
