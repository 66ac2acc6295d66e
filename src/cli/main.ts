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

// Each command is loaded when it runs: a publish never loads the sync, pin or bump code.
const COMMANDS: Record<string, Command> = {
  publish: async (argv, env) => (await import('./publish.js')).publishCommand(argv, env),
  pin: async (argv) => (await import('./pin.js')).pinCommand(argv),
  sync: async (argv, env) => (await import('./sync.js')).syncCommand(argv, env),
  bump: async (argv, env) => (await import('./bump.js')).bumpCommand(argv, env),
};

/** Runs the CLI; returns the exit code (0 done, 1 failed, 2 usage). */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
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
