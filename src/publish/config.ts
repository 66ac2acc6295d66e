import { type BuildSettings, readBuildSettings } from '../build/settings.js';
import { type BumpConfig, readBumpSettings } from '../github/settings.js';
import { type IndexSettings, readIndexSettings } from '../index/settings.js';
import { type InputSource, Inputs, type SecretSink } from '../inputs/read.js';
import type { SourceRef } from '../release-outcome.js';
import { isPullRequestEvent } from './bump-rule.js';

/**
 * Every setting of a publish run, validated: the index's and the build's (read by their own
 * layers, as sync reads them), the release's own, and the pin bumps'. Built only by `readConfig`.
 */
export interface Config extends IndexSettings, BuildSettings {
  packageDir: string;
  ref?: SourceRef;
  /** The event that started the run (GITHUB_EVENT_NAME); undefined outside Actions. */
  event?: string;
  /** Move pins for every published version, not only releases (input `bump-every-version`). */
  bumpEveryVersion: boolean;
  /** Extracts the version from a tag name (group `version`, or the first group). */
  tagPattern: RegExp;
  /**
   * Build, inspect and read the index, then report what a real run would upload and do to each
   * consumer: nothing is uploaded, no cache saved, no GitHub request writes (input `dry-run`).
   */
  dryRun: boolean;
  /** Why the run is dry: `dry-run` was set, or it is a pull request's run (`on-pull-request`). */
  dryRunBecause?: 'input' | 'pull-request';
  /** Pull requests moving the pin in each consumer, once the release is verified. */
  bump?: BumpConfig;
}

/** Reads and validates every setting of the publish action, failing with a message that names the input to fix. */
export function readConfig(
  input: InputSource,
  env: NodeJS.ProcessEnv,
  cwd: string,
  onSecret: SecretSink = () => {},
  warn: (message: string) => void = () => {},
): Config {
  // Secrets are masked first (by Inputs), so that nothing printed while validating the rest
  // can show them.
  const inputs = new Inputs(input, 'publish', onSecret);
  const event = env.GITHUB_EVENT_NAME || undefined;
  // A pull request's code is not merged: its run publishes nothing unless asked to.
  const onPullRequest = inputs.read('on-pull-request');
  const dryRunBecause = inputs.read('dry-run')
    ? 'input'
    : isPullRequestEvent(event) && onPullRequest === 'dry-run'
      ? 'pull-request'
      : undefined;
  const bumpEveryVersion = inputs.read('bump-every-version');
  return {
    ...readIndexSettings(inputs, cwd, onSecret, warn),
    ...readBuildSettings(inputs),
    packageDir: inputs.read('package-dir'),
    ref: readRef(env),
    event,
    bumpEveryVersion,
    tagPattern: inputs.read('tag-pattern'),
    dryRun: dryRunBecause !== undefined,
    ...(dryRunBecause ? { dryRunBecause } : {}),
    bump: readBumpSettings(inputs, env, {
      dryRun: dryRunBecause !== undefined,
      // A pull request from a fork gets no secrets; its run moves no pin, so needs no token.
      tokenOptional: isPullRequestEvent(event) && !bumpEveryVersion,
    }),
  };
}

/** The ref of a tag or branch push. (The CLI's `--tag` sets a tag of its own: cli/publish.ts.) */
function readRef(env: NodeJS.ProcessEnv): SourceRef | undefined {
  const ref = env.GITHUB_REF ?? '';
  if (ref.startsWith('refs/tags/'))
    return { kind: 'tag', name: ref.slice(10), sha: env.GITHUB_SHA };
  if (ref.startsWith('refs/heads/'))
    return { kind: 'branch', name: ref.slice(11), sha: env.GITHUB_SHA };
  return undefined;
}
