import type { Runner } from '../build/runner.js';
import { WheelrelayError } from '../errors.js';
import { bumpCheckout, type PullResult } from '../github/bump.js';
import type { Consumer } from '../github/consumers.js';
import type { ConsumerEdits, FileEdit } from '../github/edits.js';
import type { ReleasePayload } from '../github/release-payload.js';
import type { BumpConfig } from '../github/settings.js';
import type { Log } from '../log.js';
import { markdownBlock, markdownText as md } from '../markdown.js';
import { unifiedDiff } from '../pins/diff.js';
import type { PinTarget } from '../pins/index.js';
import type { ReleaseOutcome } from '../release-outcome.js';
import {
  type CommandIsolation,
  chooseCommandIsolation,
  runConsumerCommand,
} from './run-command.js';
import { Checkout, collectChanges, dirtyPaths, rewriteCheckout } from './workspace.js';

/** Everything a bump in the consumer's own checkout needs, validated. */
export interface CheckoutBumpSettings {
  release: ReleasePayload;
  /** Globs of the requirement files whose pins move (relative to the checkout). */
  requirementFiles: string[];
  /** The `run` command as a program and its arguments (see parseRunCommand). */
  run?: string[];
  /** The checkout. */
  workspace: string;
  /** Change the checkout and print the diff; make no GitHub request. */
  dryRun: boolean;
  commandTimeoutMs: number;
  /** Run the command even where it cannot be kept from the secrets this process holds. */
  buildsCanReadSecrets: boolean;
  /** The secrets this process holds (names), which an unisolated command could read. */
  held: string[];
  /** Where to commit and open the pull request; the changes stay in the checkout without it. */
  github?: { cfg: BumpConfig; consumer: Pick<Consumer, 'owner' | 'repo' | 'base'> };
}

/** What a bump in a checkout did. */
export interface CheckoutBumpResult {
  /** `changed` when the checkout was changed but nothing was sent to GitHub (dry run, CLI). */
  outcome: PullResult['outcome'] | 'changed';
  /** The files the pin edit and the command changed, from HEAD's text to the work tree's. */
  edits: FileEdit[];
  /** The whole change as a unified diff. */
  diff: string;
  /** The pull request's account of the change (see {@link changeDetails}); empty when none. */
  details: string;
  pull?: PullResult;
}

interface CheckoutBumpDeps {
  log: Log;
  run: Runner;
  /** How the command is isolated; chosen (by trying) when not given. */
  isolation?: CommandIsolation;
}

/**
 * The consumer-side bump, as a story: rewrite the pins in the checkout, run the consumer's
 * command to regenerate what depends on them, collect every file that changed, then commit
 * them to `wheelrelay/<name>` and open or update the pull request (unless a dry run).
 */
export async function bumpInCheckout(
  s: CheckoutBumpSettings,
  deps: CheckoutBumpDeps,
): Promise<CheckoutBumpResult> {
  const { log, run } = deps;
  const { release } = s;
  const checkout = new Checkout(s.workspace, run);
  const head = await checkout.head();
  const dirty = await dirtyPaths(checkout);
  // Chosen, and refused where it must be, before anything in the checkout changes.
  const isolation = s.run ? await commandIsolation(s, deps) : undefined;

  const pins = await movePins(checkout, s, log);
  if (pins.edits.length === 0) {
    if (pins.current.length === 0) {
      throw new WheelrelayError(
        `no file of \`requirement-files\` (${s.requirementFiles.join(', ')}) pins ${release.name}`,
        'List the files that pin it (e.g. `requirements/*.in`), or drop this consumer from the publisher.',
      );
    }
    log.info(`${pins.current.join(', ')} already pin ${release.name} ${release.version}`);
    return { outcome: 'skipped', edits: [], diff: '', details: '' };
  }

  if (s.run && isolation) await runCommand(s.run, isolation, s, deps);
  const edits = await collectChanges(checkout, dirty);
  const diff = edits.map((e) => unifiedDiff(e.path, e.before, e.after)).join('');
  const details = changeDetails(pins.edits, edits, s.run);
  if (s.dryRun || !s.github) {
    // The caller shows the diff where its user reads it (the CLI on stdout, the action in a group).
    log.info(
      `${edits.length} file(s) changed${s.dryRun ? ' (dry run: nothing sent to GitHub)' : ''}: ${edits.map((e) => e.path).join(', ')}`,
    );
    return { outcome: 'changed', edits, diff, details };
  }
  const { cfg, consumer } = s.github;
  const pull = await log.group(`Committing to ${consumer.owner}/${consumer.repo}`, () =>
    bumpCheckout(
      cfg,
      outcomeOf(release),
      { ...consumer, globs: [] },
      { rewrite: { ...pins, edits }, head, details },
      { log },
    ),
  );
  return { outcome: pull.outcome, edits, diff, details, pull };
}

/** Rewrites the release's pins in the checkout's requirement files, saying what moved. */
async function movePins(
  checkout: Checkout,
  s: CheckoutBumpSettings,
  log: Log,
): Promise<ConsumerEdits & { unmatched: string[] }> {
  const { release } = s;
  const target: PinTarget = {
    name: release.name,
    version: release.version,
    hashes: release.files.length > 0 ? release.files.map((f) => `sha256:${f.sha256}`) : undefined,
  };
  return log.group(`Moving ${release.name} to ${release.version}`, async () => {
    const moved = await rewriteCheckout(checkout, s.requirementFiles, target);
    for (const glob of moved.unmatched) log.warning(`'${glob}' matches no tracked file`);
    for (const edit of moved.edits) {
      for (const c of edit.changes) log.info(`${edit.path}:${c.line}: ${c.after.trim()}`);
    }
    return moved;
  });
}

/** Runs the consumer's command in the checkout, to regenerate what depends on the pins. */
async function runCommand(
  argv: string[],
  isolation: CommandIsolation,
  s: CheckoutBumpSettings,
  { log, run }: CheckoutBumpDeps,
): Promise<void> {
  const { release } = s;
  await log.group(`Running ${argv.join(' ')}`, () =>
    runConsumerCommand({
      argv,
      cwd: s.workspace,
      release: { name: release.name, version: release.version, indexUrl: release['index-url'] },
      isolation,
      run,
      log,
      timeoutMs: s.commandTimeoutMs,
    }),
  );
}

async function commandIsolation(
  s: CheckoutBumpSettings,
  deps: CheckoutBumpDeps,
): Promise<CommandIsolation> {
  const isolation = deps.isolation ?? (await chooseCommandIsolation(deps.run));
  deps.log.info(isolation.description);
  if (isolation.kind === 'none' && s.held.length > 0) {
    if (!s.buildsCanReadSecrets) {
      throw new WheelrelayError(
        `not run: this process holds ${s.held.join(', ')}, and ${isolation.description.replace(/^The/, 'the')}`,
        'Run the bump where root, passwordless sudo or user namespaces are available (GitHub-hosted runners have sudo), or bump with `dry-run: true` in a job without the token and commit in another. To run it here anyway, knowing the command can read the token, set `builds-can-read-secrets: true`.',
      );
    }
    deps.log.warning(`the command can read ${s.held.join(', ')}: ${isolation.description}`);
  }
  return isolation;
}

/**
 * The pull request's account of the change: the pin lines as they were and are, then the
 * other files with how many lines each gained and lost.
 */
export function changeDetails(
  pinEdits: readonly FileEdit[],
  all: readonly FileEdit[],
  run: readonly string[] | undefined,
): string {
  const pinLines = pinEdits.flatMap((e) =>
    e.changes.map((c) => `${e.path}:${c.line}\n- ${c.before.trimEnd()}\n+ ${c.after.trimEnd()}`),
  );
  const lines = ['#### Pin change', '', markdownBlock(pinLines.join('\n'), 'diff'), ''];
  const pinPaths = new Set(pinEdits.map((e) => e.path));
  const others = all.filter((e) => !pinPaths.has(e.path));
  if (run) {
    lines.push(`#### Regenerated by ${md(run.join(' '))}`, '');
    if (others.length === 0) lines.push('It changed no other file.', '');
    else {
      lines.push('| file | lines added | lines removed |', '| --- | --- | --- |');
      for (const e of others) {
        const { added, removed } = lineCounts(unifiedDiff(e.path, e.before, e.after));
        lines.push(`| ${md(e.path)} | ${added} | ${removed} |`);
      }
      lines.push('');
    }
  }
  return lines.join('\n').trimEnd();
}

function lineCounts(diff: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+') && !line.startsWith('+++ ')) added++;
    else if (line.startsWith('-') && !line.startsWith('--- ')) removed++;
  }
  return { added, removed };
}

/** The payload as the publisher's release outcome, which the pull-request code reads. */
function outcomeOf(p: ReleasePayload): ReleaseOutcome {
  return {
    name: p.name,
    version: p.version,
    files: p.files.map((f) => ({ ...f, url: '', outcome: 'uploaded' as const })),
    published: true,
    index: p['index-url'] ?? '',
    projectUrl: p['project-url'] ?? '',
    ...(p.tag ? { ref: { kind: 'tag' as const, name: p.tag, sha: p.sha } } : {}),
  };
}
