/**
 * What the Actions runner makes of a step's output: which lines it takes as workflow commands.
 * Follows the runner's ActionCommandManager and ActionCommand (actions/runner): a line is a
 * command if, after leading whitespace, it is `::name props::data` with a registered name, or
 * if it holds `##[name props]data` anywhere (the old form); names match in any case;
 * `::stop-commands::TOKEN` stops all processing until a line that parses as command TOKEN.
 */

/** The commands the runner registers (ActionCommandManager and its extensions). */
const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'warning',
];

/** One command the runner would have run. */
export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

function parse(line: string, registered: Set<string>): Omit<RunnerCommand, 'line'> | undefined {
  const v2 = line.trimStart();
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2);
    if (end >= 0) {
      const info = v2.slice(2, end);
      const space = info.indexOf(' ');
      const name = space < 0 ? info : info.slice(0, space);
      if (registered.has(name.toLowerCase())) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info
            .slice(space + 1)
            .trim()
            .split(',')) {
            const i = pair.indexOf('=');
            if (i > 0) properties[pair.slice(0, i)] = pair.slice(i + 1);
          }
        }
        return { name: name.toLowerCase(), properties, data: v2.slice(end + 2) };
      }
    }
  }
  const at = line.indexOf('##[');
  if (at >= 0) {
    const rb = line.indexOf(']', at);
    if (rb >= 0) {
      const info = line.slice(at + 3, rb);
      const space = info.indexOf(' ');
      const name = space < 0 ? info : info.slice(0, space);
      if (registered.has(name.toLowerCase())) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info.slice(space + 1).split(';')) {
            const i = pair.indexOf('=');
            if (i > 0) properties[pair.slice(0, i)] = pair.slice(i + 1);
          }
        }
        return { name: name.toLowerCase(), properties, data: line.slice(rb + 1) };
      }
    }
  }
  return undefined;
}

/** The commands the runner would run for this output, in order (stop/resume included). */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set([...REGISTERED, 'stop-commands']);
  const out: RunnerCommand[] = [];
  let stopToken: string | undefined;
  // The runner reads lines as .NET's ReadLine does: \r\n, \n or a lone \r ends one.
  for (const line of output.split(/\r\n|\n|\r/)) {
    if (!line) continue;
    const cmd = parse(line, registered);
    if (!cmd) continue;
    if (stopToken !== undefined) {
      if (cmd.name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        out.push({ ...cmd, line });
      }
      continue;
    }
    if (cmd.name === 'stop-commands') {
      stopToken = cmd.data;
      registered.add(cmd.data.toLowerCase());
    }
    out.push({ ...cmd, line });
  }
  return out;
}
