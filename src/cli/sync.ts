import { execRunner } from '../build/runner.js';
import { debugStack, describeError } from '../errors.js';
import { consoleLog } from '../log.js';
import { redact } from '../secrets.js';
import { readSyncConfig } from '../sync/config.js';
import { labelOf } from '../sync/matrix.js';
import { userRecordPath } from '../sync/record.js';
import { syncJson } from '../sync/report.js';
import { syncRequirements } from '../sync/sync.js';
import {
  INDEX_FLAGS,
  indexInputs,
  parseCommand,
  readStdin,
  skipDependencyCheckMisuse,
} from './args.js';

const SYNC_USAGE = `usage: wheelrelay sync FILE... [options]

Find every git-pinned requirement in the requirement files (globs), and put each on the index:
skipped when the index has the version already (no clone), or when the build record says what
the pinned commit built and the index still lists those files; otherwise fetched at exactly
its commit, built, checked and uploaded. The build record lives beside a directory index
(DIR/.wheelrelay/builds.json), else in $XDG_CACHE_HOME/wheelrelay/builds.json (default
~/.cache/wheelrelay/); delete it to forget every build (it only ever saves work).

options (each is also an action input of the same name):
  --index-url URL|DIR     index to fill (default: $WHEELRELAY_INDEX_URL, or the directory
                          index in ~/.cache/wheelrelay/index); a directory makes an index pip
                          reads offline: pip install --index-url file:///DIR/simple/ ...
  --plan                  only list what is missing, without fetching or building (mode: plan):
                          the GitHub Actions matrix JSON on stdout (with --json, the whole
                          plan), one line per entry on stderr, each with its status:
                            present      the index has the version the requirement names
                                         (or, for a pin by commit, what the build record
                                         says that commit built)
                            missing      the requirement names a version the index lacks:
                                         a sync fetches and builds it
                            unknown      the requirement names no version (a commit or a
                                         branch, no #egg=name==version): only a build can tell,
                                         so a sync fetches it; it is in the matrix
                            unnamed      no package name (#egg=): sync refuses it
                            check-failed the index did not answer; the sync job asks again
  --requirement LINE      sync this requirement line too (repeatable)
  --rewrite               turn each synced git pin into an index pin (name==version) in FILE,
                          with its origin as a comment (with --plan: only those the index has;
                          nothing is fetched or built). A pin --upstream-index has with other
                          files stays a git pin: pip reading both could install those
  --rewrite=hash          write each pin with --hash of the synced files instead (pip then
                          installs no other files, and checks hashes for the whole file)
  --upstream-index URL    the simple API pip may read besides the index, asked before a bare
                          pin is written (default: $WHEELRELAY_UPSTREAM_INDEX, else
                          https://pypi.org/simple/; none: do not ask)
  --dist-dir DIR          take each entry's files from DIR (built by an earlier job, e.g. with
                          a directory index) instead of fetching and building
  --jobs N                fetch and build N entries at once (default: number of cores)
  --matrix-limit N        most jobs in the plan's matrix (default: 256)
  --git-token-stdin       read a token for private repositories from standard input (or set
                          $WHEELRELAY_GIT_TOKEN); sent to --git-token-hosts only, never on a
                          command line
  --git-token-hosts H,... hosts the token is for (default: github.com)
  --index-type TYPE       devpi, artifactory, nexus, pypiserver, pypi, generic, directory
                          (default: from the URL, or from the index's first answer)
  --simple-url URL        simple API of the index, when it cannot be derived
  --username NAME         (or $WHEELRELAY_USERNAME; __token__ for API tokens)
  --password-stdin        read the index password from standard input (or $WHEELRELAY_PASSWORD)
  --dists KIND            wheel (default), sdist or both
  --python PATH           Python interpreter for the builds (default: python3)
  --no-build-isolation    build in the interpreter's environment, not an isolated one
  --skip-dependency-check with --no-build-isolation: build even when the environment lacks a
                          build requirement the project declares (build's own flag; for
                          projects that declare one they never use)
  --verify-timeout SECS   how long to wait for uploads to be listed (default: 60)
  --timeout SECS          per-request timeout, and per git command (default: 300)
  --build-timeout SECS    how long one build may run before it is killed (default: 3600)
  --builds-can-read-secrets
                          build even where builds cannot be isolated from this process,
                          which holds the password and tokens (sync refuses otherwise)
  --retries N             retries for failed requests (default: 5)
  --json                  print the result (every entry and its outcome) as JSON on stdout
  -v, --verbose           debug logging
  -h, --help              this help

exit code: 0 every entry is on the index, 1 an entry failed or was not verified (the others were
still synced), 2 usage
`;

const FLAGS = {
  ...INDEX_FLAGS,
  plan: { type: 'boolean' },
  requirement: { type: 'string', multiple: true },
  'upstream-index': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'matrix-limit': { type: 'string' },
  'git-token-stdin': { type: 'boolean' },
  'git-token-hosts': { type: 'string' },
  'dist-dir': { type: 'string' },
} as const;

/** `wheelrelay sync`; returns the exit code (0 all synced, 1 an entry failed, 2 usage). */
export async function syncCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const taken = takeRewrite(argv);
  if (typeof taken === 'string') {
    process.stderr.write(`wheelrelay sync: ${taken}\n\n${SYNC_USAGE}`);
    return 2;
  }
  const parsed = parseCommand('sync', taken.argv, FLAGS, SYNC_USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals: files } = parsed;
  if (files.length === 0 && !values.requirement?.length) {
    process.stderr.write(`wheelrelay sync: give at least one requirement file\n\n${SYNC_USAGE}`);
    return 2;
  }
  const misuse = skipDependencyCheckMisuse(values);
  if (misuse) {
    process.stderr.write(`wheelrelay sync: ${misuse}\n`);
    return 2;
  }
  if (values['password-stdin'] && values['git-token-stdin']) {
    process.stderr.write(
      'wheelrelay sync: only one secret can come from standard input; pass the other in its environment variable\n',
    );
    return 2;
  }

  const log = consoleLog(values.verbose ?? false);
  try {
    const stdin =
      values['password-stdin'] || values['git-token-stdin'] ? await readStdin() : undefined;
    const inputs: Record<string, string | undefined> = {
      ...indexInputs(values, env, values['password-stdin'] ? stdin : env.WHEELRELAY_PASSWORD),
      mode: values.plan ? 'plan' : 'sync',
      'requirement-files': files.join('\n'),
      requirement: values.requirement?.join('\n'),
      'git-token': values['git-token-stdin'] ? stdin : env.WHEELRELAY_GIT_TOKEN,
      'git-token-hosts': values['git-token-hosts'],
      rewrite: taken.rewrite,
      // Like the password and git token, the upstream may come from the environment.
      'upstream-index': values['upstream-index'] ?? env.WHEELRELAY_UPSTREAM_INDEX,
      'dist-dir': values['dist-dir'],
      jobs: values.jobs,
      'matrix-limit': values['matrix-limit'],
    };
    // Outside GitHub Actions a ref in the environment is not ours to read.
    const cfgEnv = { ...env, GITHUB_REF: undefined };
    // The files are named by the person at the keyboard, who may name any path.
    const cfg = readSyncConfig(
      { get: (n) => inputs[n] },
      cfgEnv,
      process.cwd(),
      undefined,
      (m) => log.warning(m),
      { anyPath: true },
    );
    cfg.skipDependencyCheck = values['skip-dependency-check'] ?? false;
    const result = await syncRequirements(cfg, {
      log,
      run: execRunner,
      quiet: !values.verbose,
      recordPath: userRecordPath(env),
    });
    if (values.json) {
      process.stdout.write(`${syncJson(result)}\n`);
    } else if (result.mode === 'plan') {
      // The matrix alone on stdout, for fromJSON() or jq; the table for the person, on stderr.
      for (const p of result.entries)
        process.stderr.write(redact(`${p.status}\t${labelOf(p.entry)}\t${p.entry.requirement}\n`));
      process.stderr.write(`\n${result.missing} of ${result.entries.length} to build\n`);
      process.stdout.write(`${redact(JSON.stringify(result.matrix))}\n`);
    } else {
      for (const r of result.entries) {
        const what = r.name ? `${r.name}${r.version ? `==${r.version}` : ''}` : labelOf(r.entry);
        process.stdout.write(
          redact(
            `${r.outcome}\t${what}\t${r.entry.requirement}${r.reason ? `\t${r.reason}` : ''}\n`,
          ),
        );
      }
      const c = result.counts;
      process.stdout.write(
        `\n${c.uploaded} uploaded, ${c['already-present']} already present, ${c.unverified > 0 ? `${c.unverified} uploaded but not verified, ` : ''}${c.failed} failed (${c.clones} fetched, ${c.builds} built)\n`,
      );
      if (result.install) {
        const { command, note, warning } = result.install;
        process.stdout.write(`\ninstall from it with:\n  ${command}\n`);
        if (note) process.stdout.write(`(${note})\n`);
        if (warning) log.warning(warning);
      }
    }
    return result.mode === 'sync' && result.counts.failed + result.counts.unverified > 0 ? 1 : 0;
  } catch (err) {
    log.error(describeError(err));
    debugStack(err, (text) => log.debug(text));
    if (values.json)
      process.stdout.write(`${JSON.stringify({ error: redact(describeError(err)) })}\n`);
    return 1;
  }
}

/**
 * Takes `--rewrite` and `--rewrite=hash` out of the arguments (before any `--`): a flag that
 * may carry a value, which node's parseArgs cannot express without taking the next FILE as it.
 */
function takeRewrite(argv: string[]): { argv: string[]; rewrite?: string } | string {
  const rest: string[] = [];
  let rewrite: string | undefined;
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const m = /^--rewrite(?:=(.*))?$/.exec(arg);
    if (!m) {
      rest.push(arg);
      continue;
    }
    const value = m[1] ?? 'true';
    if (!['true', 'hash'].includes(value)) {
      return `--rewrite=${value}: write --rewrite (bare pins where the upstream index allows) or --rewrite=hash (pins with --hash)`;
    }
    rewrite = value;
  }
  return { argv: rest, ...(rewrite ? { rewrite } : {}) };
}
