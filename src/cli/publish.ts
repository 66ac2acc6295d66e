import { execRunner } from '../build/runner.js';
import { debugStack, describeError } from '../errors.js';
import { directorySimpleUrl } from '../index/directory.js';
import { unverifiedError } from '../index/publish.js';
import { consoleLog } from '../log.js';
import { readConfig } from '../publish/config.js';
import { publishRelease } from '../publish/release.js';
import { outputsOf } from '../publish/report.js';
import { redact } from '../secrets.js';
import {
  INDEX_FLAGS,
  indexInputs,
  parseCommand,
  readStdin,
  skipDependencyCheckMisuse,
} from './args.js';

const PUBLISH_USAGE = `usage: wheelrelay publish [PACKAGE_DIR] [options]

Build the project, upload its files to an index, verify they landed.

options (each is also an action input of the same name):
  --index-url URL|DIR     index to publish to (default: $WHEELRELAY_INDEX_URL, or the
                          directory index in ~/.cache/wheelrelay/index)
  --index-type TYPE       devpi, artifactory, nexus, pypiserver, pypi, generic, directory
                          (default: from the URL, or from the index's first answer)
  --simple-url URL        simple API of the index, when it cannot be derived
  --username NAME         (or $WHEELRELAY_USERNAME; __token__ for API tokens)
  --password-stdin        read the password from standard input (or set $WHEELRELAY_PASSWORD)
  --package-dir DIR       the Python project to build (default: .)
  --dist-dir DIR          publish the wheels/sdists already in DIR instead of building
  --dists KIND            wheel (default), sdist or both
  --python PATH           Python interpreter for the build (default: python3)
  --no-build-isolation    build in the interpreter's environment, not an isolated one
  --skip-dependency-check with --no-build-isolation: build even when the environment lacks a
                          build requirement the project declares (build's own flag; for
                          projects that declare one they never use)
  --dry-run               build, inspect and read the index, and print what a real run would
                          upload (would-upload) and what is there already; upload nothing
  --keep-dist             keep the folder the build wrote its files to (its path is logged);
                          it is removed when the run ends otherwise
  --tag TAG               the release tag; the build's version must match it (the CLI's
                          own: the action reads the tag from the tag push)
  --tag-pattern REGEX     how to read the version from a tag (group "version")
  --verify-timeout SECS   how long to wait for uploads to be listed (default: 60); a file
                          not listed by then is unverified (exit code 1)
  --timeout SECS          per-request timeout, and per git command (default: 300)
  --build-timeout SECS    how long one build may run before it is killed (default: 3600)
  --builds-can-read-secrets
                          build even where builds cannot be isolated from this process,
                          which holds the password and tokens (sync refuses otherwise)
  --retries N             retries for failed requests (default: 5)
  --json                  print the outputs as one JSON object on stdout
  -v, --verbose           debug logging
  -h, --help              this help
`;

const FLAGS = {
  ...INDEX_FLAGS,
  'package-dir': { type: 'string' },
  'dist-dir': { type: 'string' },
  tag: { type: 'string' },
  'tag-pattern': { type: 'string' },
  'keep-dist': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
} as const;

/** `wheelrelay publish`; returns the exit code (0 published, 1 failed or not published, 2 usage). */
export async function publishCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseCommand('publish', argv, FLAGS, PUBLISH_USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals: rest } = parsed;
  if (rest.length > 1 || (rest.length === 1 && values['package-dir'])) {
    process.stderr.write(
      'wheelrelay: give the package directory once (as PACKAGE_DIR or --package-dir)\n',
    );
    return 2;
  }

  const misuse = skipDependencyCheckMisuse(values);
  if (misuse) {
    process.stderr.write(`wheelrelay publish: ${misuse}\n`);
    return 2;
  }
  const log = consoleLog(values.verbose ?? false);
  try {
    const password = values['password-stdin'] ? await readStdin() : env.WHEELRELAY_PASSWORD;
    const inputs: Record<string, string | undefined> = {
      ...indexInputs(values, env, password),
      'package-dir': rest[0] ?? values['package-dir'],
      'dist-dir': values['dist-dir'],
      'tag-pattern': values['tag-pattern'],
      'dry-run': values['dry-run'] ? 'true' : undefined,
    };
    // Outside GitHub Actions a ref in the environment is not ours to read.
    const cfgEnv = { ...env, GITHUB_REF: undefined, GITHUB_EVENT_NAME: undefined };
    const cfg = readConfig({ get: (n) => inputs[n] }, cfgEnv, process.cwd(), undefined, (m) =>
      log.warning(m),
    );
    cfg.skipDependencyCheck = values['skip-dependency-check'] ?? false;
    // The action learns a release's tag from GITHUB_REF; on the command line it is --tag.
    if (values.tag) cfg.ref = { kind: 'tag', name: values.tag };
    const outcome = await publishRelease(cfg, {
      log,
      run: execRunner,
      keepBuild: values['keep-dist'] ?? false,
    });
    const outputs = outputsOf(outcome);
    if (values.json) {
      process.stdout.write(`${redact(JSON.stringify(outputs))}\n`);
    } else {
      for (const f of outputs.files)
        process.stdout.write(`${f.outcome}\t${f.filename}\t${f.url}\n`);
      if (cfg.index.type === 'directory' && outcome.reason !== 'dry-run') {
        process.stdout.write(
          `\ninstall it with:\n  pip install --index-url ${directorySimpleUrl(cfg.index.path)} '${outcome.name}==${outcome.version}'\n`,
        );
      }
    }
    if (outcome.reason === 'unverified') log.error(unverifiedError(outcome.files).describe());
    return outcome.published || outcome.reason === 'dry-run' ? 0 : 1;
  } catch (err) {
    log.error(describeError(err));
    debugStack(err, (text) => log.debug(text));
    if (values.json)
      process.stdout.write(
        `${JSON.stringify({ published: false, error: redact(describeError(err)) })}\n`,
      );
    return 1;
  }
}
