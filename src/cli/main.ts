import { bumpCommand } from './bump.js';
import { pinCommand } from './pin.js';
import { publishCommand } from './publish.js';
import { syncCommand } from './sync.js';

export const VERSION = '0.1.0';

const USAGE = `usage: wheelrelay <command> [options]

commands:
  publish [PACKAGE_DIR]   build a Python project, upload it to an index, verify it landed
  pin NAME==VERSION FILE... move a package's pins in requirement files (--check: CI mode)
  sync FILE...            put every git-pinned requirement of FILE on an index (--plan: list
                          what is missing, as a GitHub Actions matrix)
  bump NAME==VERSION FILE... move the pins in a checkout and regenerate what is compiled
                          from them (--run 'make compile-requirements')

Run 'wheelrelay <command> --help' for a command's options.
`;

type Command = (argv: string[], env: NodeJS.ProcessEnv) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  publish: publishCommand,
  pin: (argv) => pinCommand(argv),
  sync: syncCommand,
  bump: bumpCommand,
};

/** Runs the CLI; returns the exit code (0 done, 1 failed, 2 usage). */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command ? process.stdout : process.stderr).write(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`wheelrelay: unknown command '${command}'\n\n${USAGE}`);
    return 2;
  }
  return run(rest, env);
}
