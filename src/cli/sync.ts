import { execRunner } from '../build/runner.js';
import { consoleLog, type Log } from '../log.js';
import { redact } from '../secrets.js';
import { readSyncConfig, type SyncConfig } from '../sync/config.js';
import { labelOf } from '../sync/matrix.js';
import { userRecordPath } from '../sync/record.js';
import { syncJson } from '../sync/report.js';
import { type PlanResult, type SyncResult, syncRequirements } from '../sync/sync.js';
import {
  type CommandLine,
  isSet,
  parseCommand,
  readStdin,
  skipDependencyCheckMisuse,
} from './args.js';
import { flagInputs, stdinFlags, userIndexDir } from './flags.js';

const SYNC_USAGE = {
  head: `usage: wheelrelay sync FILE... [options]

Find every git-pinned requirement in the requirement files (globs), and put each on the index:
skipped when the index has the version already (no clone), or when the build record says what
the pinned commit built and the index still lists those files; otherwise fetched at exactly
its commit, built, checked and uploaded. The build record lives beside a directory index
(DIR/.wheelrelay/builds.json), else in $XDG_CACHE_HOME/wheelrelay/builds.json (default
~/.cache/wheelrelay/); delete it to forget every build (it only ever saves work).
`,
  tail: `exit code: 0 every entry is on the index, 1 an entry failed or was not verified (the others were
still synced), 2 usage
`,
};

/** What --json prints when the run failed: the outputs' keys, as far as known. */
function notSynced(argv: string[]) {
  return () =>
    argv.includes('--plan')
      ? {
          mode: 'plan',
          index: '',
          missing: 0,
          matrix: { include: [] },
          entries: [],
          rewritten: [],
          durationMs: 0,
        }
      : {
          mode: 'sync',
          index: '',
          counts: {
            entries: 0,
            'already-present': 0,
            uploaded: 0,
            unverified: 0,
            failed: 0,
            clones: 0,
            builds: 0,
          },
          entries: [],
          rewritten: [],
          durationMs: 0,
        };
}

/** `wheelrelay sync`; returns the exit code (0 all synced, 1 an entry failed, 2 usage). */
export async function syncCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const line = parseCommand('sync', argv, SYNC_USAGE, notSynced(argv));
  if (typeof line === 'number') return line;
  const { end } = line;
  if (line.positionals.length === 0 && !line.values.requirement) {
    return end.usage('give at least one requirement file', SYNC_USAGE.head);
  }
  const misuse = skipDependencyCheckMisuse(line.values);
  if (misuse) return end.usage(misuse);
  if (stdinFlags('sync', line.values).length > 1) {
    return end.usage(
      'only one secret can come from standard input; pass the other in its environment variable',
    );
  }

  const log = consoleLog(isSet(line, 'verbose'));
  let cfg: SyncConfig;
  try {
    cfg = await syncConfig(line, env, log);
  } catch (err) {
    return end.failed(err, log);
  }
  try {
    const result = await syncRequirements(cfg, {
      log,
      run: execRunner,
      quiet: !isSet(line, 'verbose'),
      recordPath: userRecordPath(env),
    });
    if (isSet(line, 'json')) process.stdout.write(`${syncJson(result)}\n`);
    else if (result.mode === 'plan') reportPlan(result);
    else reportSync(result, log);
    return result.mode === 'sync' && result.counts.failed + result.counts.unverified > 0 ? 1 : 0;
  } catch (err) {
    return end.failed(err, log);
  }
}

/** The sync settings the flags (and the environment's defaults) stand for. */
async function syncConfig(
  line: CommandLine,
  env: NodeJS.ProcessEnv,
  log: Log,
): Promise<SyncConfig> {
  const stdin = stdinFlags('sync', line.values).length > 0 ? await readStdin() : undefined;
  const inputs = flagInputs('sync', line.values, env, stdin);
  inputs['index-url'] ??= userIndexDir(env);
  inputs['requirement-files'] = line.positionals.join('\n');
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
  cfg.skipDependencyCheck = isSet(line, 'skip-dependency-check');
  return cfg;
}

/** A plan: the matrix alone on stdout, for fromJSON() or jq; the table for the person, on stderr. */
function reportPlan(result: PlanResult): void {
  for (const p of result.entries)
    process.stderr.write(redact(`${p.status}\t${labelOf(p.entry)}\t${p.entry.requirement}\n`));
  process.stderr.write(`\n${result.missing} of ${result.entries.length} to build\n`);
  process.stdout.write(`${redact(JSON.stringify(result.matrix))}\n`);
}

/** A sync: a line per entry, the counts, and how to install from the index. */
function reportSync(result: SyncResult, log: Log): void {
  for (const r of result.entries) {
    const what = r.name ? `${r.name}${r.version ? `==${r.version}` : ''}` : labelOf(r.entry);
    process.stdout.write(
      redact(`${r.outcome}\t${what}\t${r.entry.requirement}${r.reason ? `\t${r.reason}` : ''}\n`),
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
