import { availableParallelism } from 'node:os';
import { type BuildSettings, readBuildSettings } from '../build/settings.js';
import { WheelrelayError } from '../errors.js';
import { type IndexSettings, readIndexSettings } from '../index/settings.js';
import { leavesRoot } from '../inputs/parse.js';
import { type InputSource, Inputs, type SecretSink } from '../inputs/read.js';
import { addBasicAuth } from '../secrets.js';
import { type GitAuth, hostOf } from './git-fetch.js';

/**
 * How synced git pins are rewritten: `pin` writes `name==version` where the upstream index
 * does not have that version with other files; `hash` writes `name==version --hash=…` of the
 * synced files, which pip installs from no other files.
 */
export type RewriteMode = 'pin' | 'hash';

/** `sync` uploads what is missing; `plan` only lists it, as a GitHub Actions matrix. */
type SyncMode = 'sync' | 'plan';

/**
 * Every setting of a sync or plan run, validated. Built only by `readSyncConfig`. The index and
 * build settings are read by their own layers exactly as publish reads them, and sit where
 * publish's Config has them (`cfg.index`, `cfg.python`, …).
 */
export interface SyncConfig extends IndexSettings, BuildSettings {
  mode: SyncMode;
  /** Globs of requirement files, relative to `cwd`. */
  requirementFiles: string[];
  /** Requirement lines given directly (the plan matrix hands one group to each job). */
  requirements: string[];
  /** How many entries are fetched and built at once. */
  jobs: number;
  gitAuth?: GitAuth;
  /** Turn each synced git pin into an index pin in the requirement files. */
  rewrite: false | RewriteMode;
  /**
   * The simple API pip may also read (PyPI by default), asked before a bare pin is written;
   * undefined for `upstream-index: none`.
   */
  upstreamIndex?: string;
  /** The most jobs the plan's matrix may have (GitHub allows 256 per matrix). */
  matrixLimit: number;
  /** Where relative paths are resolved (the workspace), and what rewritten files must stay in. */
  cwd: string;
  /**
   * Requirement files must be inside `cwd`, links resolved (the action: its globs come from the
   * workflow and its files from the repository). The CLI reads any path its user names.
   */
  confined: boolean;
}

/**
 * Reads and validates the settings of the sync action (sync, or plan): its own inputs, and
 * the index and build inputs through the same layer readers publish uses (so they mean the
 * same in every mode). Publish-only inputs are neither read nor validated.
 */
export function readSyncConfig(
  input: InputSource,
  env: NodeJS.ProcessEnv,
  cwd: string,
  onSecret: SecretSink = () => {},
  warn: (message: string) => void = () => {},
  opts: { anyPath?: boolean } = {},
): SyncConfig {
  // The token first, so that nothing printed while validating the rest can show it.
  const inputs = new Inputs(input, 'sync', onSecret);
  const token = inputs.read('git-token');
  if (token) addBasicAuth('x-access-token', token, onSecret);

  const mode = inputs.read('mode');
  const requirementFiles = inputs.read('requirement-files') ?? [];
  const confined = !opts.anyPath;
  for (const glob of confined ? requirementFiles : []) {
    if (leavesRoot(glob)) {
      throw new WheelrelayError(
        `input \`requirement-files\`: '${glob}' leaves the workspace`,
        'Globs are relative to the workspace (the repository checkout), e.g. requirements/*.txt.',
      );
    }
  }
  const requirements = inputs.read('requirement') ?? [];
  if (requirementFiles.length === 0 && requirements.length === 0) {
    throw new WheelrelayError(
      `\`mode: ${mode}\` needs \`requirement-files\` (or \`requirement\`)`,
      'Set `requirement-files` to the requirement files to read, e.g. requirements/*.txt (one glob a line).',
    );
  }
  const hosts = inputs.read('git-token-hosts') ?? [];
  const upstreamIndex = inputs.read('upstream-index');
  const defaultHost = (env.GITHUB_SERVER_URL && hostOf(env.GITHUB_SERVER_URL)) || 'github.com';
  return {
    mode,
    ...readIndexSettings(inputs, cwd, onSecret, warn),
    ...readBuildSettings(inputs),
    requirementFiles,
    requirements,
    jobs: inputs.read('jobs') ?? Math.min(availableParallelism(), 64),
    ...(token
      ? {
          gitAuth: {
            token,
            hosts: hosts.length > 0 ? hosts.map((h) => h.toLowerCase()) : [defaultHost],
          },
        }
      : {}),
    rewrite: inputs.read('rewrite'),
    ...(upstreamIndex ? { upstreamIndex } : {}),
    matrixLimit: inputs.read('matrix-limit'),
    cwd,
    confined,
  };
}
