import { commandLine } from '../build/python-build.js';
import { PYPI_SIMPLE } from '../index/upstream.js';
import { parseRequirements } from '../pins/requirements.js';
import { extraIndexUrlWarning } from './upstream.js';

/** A requirement file as it stands after the run (rewritten or not). */
interface FinalFile {
  readonly file: string;
  readonly text: string;
}

/** The pip command that installs what a sync put on an index, and what a person should know. */
export interface InstallAdvice {
  readonly command: string;
  /** Why this command and not `-r FILE`, or what else it needs. */
  readonly note?: string;
  /** Set when the command mixes indexes: the dependency-confusion warning. */
  readonly warning?: string;
}

/**
 * The command that installs from `simpleUrl` what the files (or the synced names) ask for:
 * `-r FILE` only when the files no longer pin git (else pip would clone them again);
 * `--extra-index-url` for the rest only when the files hold requirements the sync did not put
 * on the index, with the warning that comes with it; otherwise the synced names themselves.
 */
export function installAdvice(
  simpleUrl: string,
  files: readonly FinalFile[],
  synced: ReadonlyArray<{ name: string; version: string }>,
  upstream: string = PYPI_SIMPLE,
): InstallAdvice | undefined {
  if (synced.length === 0) return undefined;
  const parsed = files.map((f) => ({ file: f.file, entries: parseRequirements(f.text).entries }));
  const stillGit = parsed.filter((f) =>
    f.entries.some((e) => e.kind === 'requirement' && e.requirement.git),
  );
  if (files.length === 0 || stillGit.length > 0) {
    const names = synced.map((s) => `${s.name}==${s.version}`);
    return {
      command: commandLine('pip', ['install', '--index-url', simpleUrl, ...names]),
      ...(stillGit.length > 0
        ? {
            note: `${stillGit.map((f) => f.file).join(', ')} still pin${stillGit.length === 1 ? 's' : ''} git: pip would clone those again from -r; --rewrite turns synced pins into index pins. Their dependencies must be on the index too.`,
          }
        : {}),
    };
  }
  const others = parsed.some((f) =>
    f.entries.some((e) => (e.kind === 'requirement' && !e.requirement.git) || e.kind === 'option'),
  );
  const reqs = files.flatMap((f) => ['-r', f.file]);
  if (!others)
    return { command: commandLine('pip', ['install', '--index-url', simpleUrl, ...reqs]) };
  return {
    command: commandLine('pip', [
      'install',
      '--index-url',
      simpleUrl,
      '--extra-index-url',
      upstream,
      ...reqs,
    ]),
    note: 'the files pin more than what was synced, so pip needs another index for the rest',
    warning: extraIndexUrlWarning(simpleUrl, upstream),
  };
}
