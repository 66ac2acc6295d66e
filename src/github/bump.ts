import { debugStack, describeError, WheelrelayError } from '../errors.js';
import type { Log } from '../log.js';
import { markdownText } from '../markdown.js';
import { unifiedDiff } from '../pins/diff.js';
import { normalizeName, type PinTarget } from '../pins/index.js';
import { Limit } from '../pool.js';
import type { ReleaseOutcome } from '../release-outcome.js';
import { redact } from '../secrets.js';
import { AccessDenied, explainDenied, readOnly } from './access.js';
import { type GitHub, openGitHub } from './client.js';
import { branchFor, type Consumer, consumerName } from './consumers.js';
import { dispatchRelease, payloadOf } from './dispatch.js';
import { blobOid, type ConsumerEdits, editsFor } from './edits.js';
import {
  type AutoMergeResult,
  arrangeMerge,
  commentOnPull,
  decoratePull,
  openPull,
  updatePull,
} from './pull-request.js';
import {
  type CommitSummary,
  type ConsumerState,
  type Permission,
  type PullInfo,
  readConsumer,
} from './read.js';
import { RELEASE_EVENT, type ReleasePayload } from './release-payload.js';
import type { BumpConfig } from './settings.js';
import {
  blockersMarkdown,
  handChangedMarker,
  madeByWheelrelay,
  markdownValues,
  marker,
  readMarker,
  releaseTrailer,
  renderTemplate,
  type TemplateValues,
} from './templates.js';
import { commitToBranch, StaleBaseError } from './write.js';

/**
 * What happened in one consumer. `unchanged`: the open PR already carries this release;
 * `skipped`: nothing to do (already on the version, no pin, or a PR for it was closed);
 * `dispatched`: a `dispatch` consumer was sent the release, its own workflow bumps;
 * `would-create`/`would-update`/`would-dispatch`: what a dry run would have done.
 */
export type PullOutcome =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'skipped'
  | 'failed'
  | 'dispatched'
  | 'would-create'
  | 'would-update'
  | 'would-dispatch';

/** One consumer's result, as the `pull-requests` output and the job summary list it. */
export interface PullResult {
  repo: string;
  outcome: PullOutcome;
  number?: number;
  url?: string;
  /** Why it was skipped or failed. */
  reason?: string;
  /** The rewritten files. */
  files?: string[];
  /** The change a dry run would commit, as a unified diff. */
  diff?: string;
  /** What became of `auto-merge` on a new pull request, when it was asked for. */
  autoMerge?: AutoMergeResult;
}

interface BumpDeps {
  log: Log;
  /** An open client (tests); opened from the config otherwise. */
  github?: GitHub;
}

/** Attempts per consumer when its branches move under us. */
const ATTEMPTS = 3;

/**
 * How one consumer's steps wait for the others': its reads for a place among the consumers
 * being read, its writes for their turn in the one line of writers.
 */
interface Turns {
  read<T>(fn: () => Promise<T>): Promise<T>;
  write<T>(fn: () => Promise<T>): Promise<T>;
}

/** A consumer bumped on its own waits for nothing. */
const ALONE: Turns = { read: (fn) => fn(), write: (fn) => fn() };

/**
 * Opens or updates a pull request moving the pin in every consumer. Consumers are read
 * `concurrency` at a time; their writes go one consumer at a time, in the order their reads end.
 * GitHub spaces writes (1 s, 3 s for a new pull request) whatever runs at once, so writers in
 * parallel would only queue in the client; in one line each consumer's commit and pull request
 * follow each other, the first write goes out when the first read ends, and a consumer waiting
 * to write holds no place a read could use. One consumer's failure never stops the others; each
 * result says what happened.
 */
export async function bumpConsumers(
  cfg: BumpConfig,
  release: ReleaseOutcome,
  deps: BumpDeps,
): Promise<PullResult[]> {
  const { log } = deps;
  if (!release.published && !(cfg.dryRun && release.reason === 'dry-run')) {
    log.info(
      `${release.name} ${release.version} is not verified on the index: no pull requests opened`,
    );
    return [];
  }
  let gh: GitHub;
  try {
    gh =
      deps.github ??
      (await openGitHub({ token: cfg.token, apiUrl: cfg.apiUrl, log, pacing: cfg.pacing }));
  } catch (err) {
    // The release is published either way; say per consumer that its PR was not made.
    const reason = `the GitHub client could not start: ${redact(describeError(err))}`;
    log.error(reason);
    return cfg.consumers.map((c) => ({
      repo: consumerName(c),
      outcome: 'failed' as const,
      reason,
    }));
  }
  const target: PinTarget = {
    name: release.name,
    version: release.version,
    hashes: release.files.map((f) => `sha256:${f.sha256}`),
    style: cfg.pinStyle,
    // A git pin moves only to a ref the release itself has: its tag, else its commit.
    gitRef:
      cfg.pinStyle === 'git'
        ? release.ref?.kind === 'tag'
          ? release.ref.name
          : release.ref?.sha
        : undefined,
  };
  const payload = payloadOf(release, cfg.sourceRepo);
  const readers = new Limit(cfg.concurrency);
  const writers = new Limit(1);
  const turns: Turns = { read: (fn) => readers.run(fn), write: (fn) => writers.run(fn) };
  const results = await Promise.all(
    cfg.consumers.map(async (consumer): Promise<PullResult> => {
      try {
        if (consumer.dispatch) {
          return await turns.write(() => dispatchOne(gh, cfg, payload, consumer, log));
        }
        const editsFrom = (state: ConsumerState) => editsFromBase(state, target, consumer, log);
        return await bumpOne(gh, cfg, release, consumer, log, editsFrom, '', turns);
      } catch (err) {
        const repo = consumerName(consumer);
        const message = redact(describeError(err));
        log.error(message.startsWith(`${repo}: `) ? message : `${repo}: ${message}`);
        // The result already says which consumer; the reason need not repeat it.
        const reason = message.startsWith(`${repo}: `) ? message.slice(repo.length + 2) : message;
        debugStack(err, (text) => log.debug(text));
        return { repo, outcome: 'failed' as const, reason };
      }
    }),
  );
  if (cfg.dryRun) {
    for (const r of results) {
      if (r.diff) log.info(`${r.repo} (${r.outcome}):\n${r.diff}`);
    }
  }
  return results;
}

/**
 * What to commit in one consumer, from what was read of it: its edits, or a result that ends the
 * bump there (nothing to read, say). Throws when the consumer cannot be bumped.
 */
type EditsFrom = (state: ConsumerState) => ConsumerEdits | PullResult;

async function bumpOne(
  gh: GitHub,
  cfg: BumpConfig,
  release: ReleaseOutcome,
  consumer: Consumer,
  log: Log,
  editsFrom: EditsFrom,
  details = '',
  turns: Turns = ALONE,
): Promise<PullResult> {
  const repo = consumerName(consumer);
  const branch = branchFor(release.name);
  for (let attempt = 1; ; attempt++) {
    const state = await turns.read(() => readConsumer(gh, consumer, branch));
    try {
      return await bumpState(
        gh,
        cfg,
        release,
        consumer,
        state,
        branch,
        log,
        editsFrom,
        details,
        turns,
      );
    } catch (err) {
      // A refused write names the permissions the bump needs and the token GitHub refused.
      if (err instanceof AccessDenied) throw explainDenied(err, repo, cfg.token);
      if (!(err instanceof StaleBaseError) || attempt >= ATTEMPTS) {
        if (err instanceof StaleBaseError) {
          throw new WheelrelayError(
            `${repo}: ${branch} or ${state.base.name} kept moving during the run (${err.message})`,
            'Re-run the job; if it persists, check for another workflow pushing to the branch.',
          );
        }
        throw err;
      }
      log.warning(
        `${repo}: ${state.base.name} or ${branch} moved during the run (${err.message}); retrying on a fresh read`,
      );
    }
  }
}

/** Sends a `dispatch` consumer the release (one request); a dry run only says it would. */
async function dispatchOne(
  gh: GitHub,
  cfg: BumpConfig,
  payload: ReleasePayload,
  consumer: Consumer,
  log: Log,
): Promise<PullResult> {
  const repo = consumerName(consumer);
  if (cfg.dryRun) {
    log.info(
      `${repo}: would send repository_dispatch ${RELEASE_EVENT}: ${JSON.stringify(payload)}`,
    );
    return { repo, outcome: 'would-dispatch' };
  }
  try {
    await dispatchRelease(gh, consumer, payload);
  } catch (err) {
    if (err instanceof AccessDenied) throw explainDenied(err, repo, cfg.token);
    throw err;
  }
  log.info(
    `${repo}: sent repository_dispatch ${RELEASE_EVENT} for ${payload.name} ${payload.version}`,
  );
  return { repo, outcome: 'dispatched' };
}

/**
 * Commits what a bump in the consumer's own checkout changed (the pin edit and what its
 * command regenerated) to wheelrelay's branch, and opens or updates the pull request, with
 * the same rules as the publisher's bump. `head` is the commit the checkout was at: a file the
 * base has changed since is never overwritten with the checkout's older view of it.
 * `details` (markdown) goes into the body, before the marker.
 */
export async function bumpCheckout(
  cfg: BumpConfig,
  release: ReleaseOutcome,
  consumer: Consumer,
  checkout: { rewrite: ConsumerEdits; head: string; details: string },
  deps: BumpDeps,
): Promise<PullResult> {
  const { log } = deps;
  const repo = consumerName(consumer);
  if (checkout.rewrite.edits.length === 0) {
    const reason = `nothing changed: already on ${release.version}`;
    log.info(`${repo}: ${reason}`);
    return { repo, outcome: 'skipped', reason };
  }
  const gh =
    deps.github ??
    (await openGitHub({ token: cfg.token, apiUrl: cfg.apiUrl, log, pacing: cfg.pacing }));
  // Read exactly the changed files, so a re-run can see the branch already carries them.
  const paths = { ...consumer, globs: checkout.rewrite.edits.map((e) => e.path) };
  return bumpOne(
    gh,
    cfg,
    release,
    paths,
    log,
    (state) => {
      if (state.base.oid !== checkout.head) {
        const moved = checkout.rewrite.edits.filter(
          (e) => (state.files.find((f) => f.path === e.path)?.text ?? '') !== e.before,
        );
        if (moved.length > 0) {
          throw new WheelrelayError(
            `${repo}: ${state.base.name} moved since the checkout (${checkout.head.slice(0, 7)} → ${state.base.oid.slice(0, 7)}) and changed ${moved.map((e) => e.path).join(', ')}; nothing was committed`,
            'Re-run the workflow: it checks out the new base and bumps from there.',
          );
        }
      }
      return checkout.rewrite;
    },
    checkout.details,
  );
}

/** The publisher's edits: the pins rewritten in the consumer's files as read from its base. */
function editsFromBase(
  state: ConsumerState,
  target: PinTarget,
  consumer: Consumer,
  log: Log,
): ConsumerEdits | PullResult {
  const repo = consumerName(consumer);
  for (const glob of state.unmatched) {
    log.warning(`${repo}: '${glob}' matches no file on ${state.base.name}`);
  }
  if (state.truncated) {
    log.warning(
      `${repo}: the tree is too large for one listing; some requirement files may be missed. Use plain paths in \`consumers\`.`,
    );
  }
  if (state.files.length === 0) {
    return {
      repo,
      outcome: 'skipped',
      reason: `no requirement file matches ${consumer.globs.join(', ')}`,
    };
  }
  const rewrite = editsFor(state.files, target);
  for (const b of rewrite.blockers) {
    log.warning(
      `${repo}: ${b.path}:${b.line}: ${b.requirement} excludes ${target.version} (it allows ${b.specifier} only): a constraint that blocks the release, left as written`,
    );
  }
  if (rewrite.errors.length > 0) {
    throw new WheelrelayError(
      `${repo}: ${rewrite.errors.map((e) => e.message).join('; ')}`,
      'Fix the entry by hand, or leave the file out of the globs in `consumers`.',
    );
  }
  return rewrite;
}

/** The decision for one consumer, from what was read. Pure. */
export function decide(
  state: Pick<ConsumerState, 'pulls' | 'head' | 'headBlobs'>,
  rewrite: ConsumerEdits,
  packageName: string,
  version: string,
):
  | { action: 'skip'; reason: string; pull?: PullInfo }
  | { action: 'unchanged'; pull: PullInfo }
  | { action: 'hand-changed'; pull: PullInfo; head: CommitSummary }
  | { action: 'update'; pull: PullInfo }
  | { action: 'create' } {
  const name = normalizeName(packageName);
  const carries = (p: PullInfo) => {
    const m = readMarker(p.body);
    return m !== undefined && m.name === name && m.version === version;
  };
  const open = state.pulls.find((p) => p.state === 'OPEN');
  if (rewrite.edits.length === 0) {
    return {
      action: 'skip',
      reason:
        rewrite.current.length > 0
          ? `already on ${version}`
          : rewrite.blockers.length > 0
            ? `no pin of ${packageName} to move; ${rewrite.blockers.map((b) => `${b.path}:${b.line} (${b.requirement})`).join(', ')} excludes ${version}`
            : `no pin of ${packageName} in the matched files`,
      pull: open,
    };
  }
  if (open) {
    const sameContent = rewrite.edits.every(
      (e) => state.headBlobs.get(e.path) === blobOid(e.after),
    );
    if (carries(open) && state.head && sameContent) return { action: 'unchanged', pull: open };
    // Someone pushed to the PR branch: updating would reset their commits away.
    if (state.head && !madeByWheelrelay(state.head.commit)) {
      return { action: 'hand-changed', pull: open, head: state.head.commit };
    }
    return { action: 'update', pull: open };
  }
  const closed = state.pulls.find((p) => p.state === 'CLOSED' && carries(p));
  if (closed) {
    return {
      action: 'skip',
      reason: `pull request #${closed.number} for ${version} was closed without merging; not reopened`,
      pull: closed,
    };
  }
  return { action: 'create' };
}

/** GitHub says the token's user may only read here. Null (a GitHub App) is unknown, not a no. */
function readOnlyRole(permission: Permission | null): permission is Permission {
  return permission !== null && !['ADMIN', 'MAINTAIN', 'WRITE'].includes(permission);
}

async function bumpState(
  gh: GitHub,
  cfg: BumpConfig,
  release: ReleaseOutcome,
  consumer: Consumer,
  state: ConsumerState,
  branch: string,
  log: Log,
  editsFrom: EditsFrom,
  details: string,
  turns: Turns,
): Promise<PullResult> {
  const repo = consumerName(consumer);
  const rewrite = editsFrom(state);
  if (!('edits' in rewrite)) return rewrite;
  const decision = decide(state, rewrite, release.name, release.version);
  const files = rewrite.edits.map((e) => e.path);
  if (decision.action === 'skip') {
    log.info(`${repo}: skipped, ${decision.reason}`);
    return { repo, outcome: 'skipped', reason: decision.reason, ...pullRef(decision.pull) };
  }
  if (decision.action === 'hand-changed') {
    return turns.write(() => leaveHandChanged(gh, cfg, release, consumer, decision, branch, log));
  }
  if (decision.action === 'unchanged') {
    log.info(`${repo}: #${decision.pull.number} already carries ${release.version}`);
    return { repo, outcome: 'unchanged', ...pullRef(decision.pull), files };
  }
  if (cfg.dryRun) return wouldBump(repo, state, rewrite, decision, log);
  if (readOnlyRole(state.permission)) throw readOnly(repo, state.permission, cfg.token);
  if (state.archived) throw new WheelrelayError(`${repo}: the repository is archived`);
  return turns.write(() =>
    writeBump(gh, cfg, release, consumer, state, rewrite, decision, branch, log, details),
  );
}

/**
 * What a dry run reports instead of writing: the PR it would open or update, with the diff, and
 * whether the token looks able to write here.
 */
function wouldBump(
  repo: string,
  state: ConsumerState,
  rewrite: ConsumerEdits,
  decision: { action: 'update'; pull: PullInfo } | { action: 'create' },
  log: Log,
): PullResult {
  if (readOnlyRole(state.permission)) {
    log.warning(
      `${repo}: \`consumer-token\` cannot write here (permission: ${state.permission}); a real run would fail`,
    );
  } else if (state.permission === null) {
    log.info(
      `${repo}: GitHub does not report what this token may do here (it does not for GitHub App tokens); a real run tries the writes`,
    );
  }
  return {
    repo,
    outcome: decision.action === 'create' ? 'would-create' : 'would-update',
    files: rewrite.edits.map((e) => e.path),
    diff: rewrite.edits.map((e) => unifiedDiff(e.path, e.before, e.after)).join(''),
    ...(decision.action === 'update' ? pullRef(decision.pull) : {}),
  };
}

/** Commits the edits to wheelrelay's branch, then opens or updates the pull request. */
async function writeBump(
  gh: GitHub,
  cfg: BumpConfig,
  release: ReleaseOutcome,
  consumer: Consumer,
  state: ConsumerState,
  rewrite: ConsumerEdits,
  decision: { action: 'update'; pull: PullInfo } | { action: 'create' },
  branch: string,
  log: Log,
  details: string,
): Promise<PullResult> {
  const repo = consumerName(consumer);
  const where = { owner: consumer.owner, repo: consumer.repo };
  const files = rewrite.edits.map((e) => e.path);
  const values = templateValues(cfg, release, repo, rewrite, files);
  const title = renderTemplate(cfg.title, values);
  const blockers = blockersMarkdown(rewrite.blockers, release.version);
  const body = `${renderTemplate(cfg.body, markdownValues(values, files))}${blockers ? `\n\n${blockers}` : ''}${details ? `\n\n${details}` : ''}\n\n${marker(normalizeName(release.name), release.version)}`;
  const headOid = await commitToBranch(
    gh,
    {
      ...where,
      branch,
      state,
      edits: rewrite.edits,
      headline: title,
      body: `${files.map((f) => `- ${f}`).join('\n')}\n\nVerified on ${redact(release.index)} before this commit was made.\n\n${releaseTrailer(normalizeName(release.name), release.version)}`,
    },
    cfg.signCommits,
  );
  if (decision.action === 'update') {
    // A consumer line whose base changed moves its open PR to the new base too.
    const { pull } = decision;
    const base = pull.baseRefName === state.base.name ? undefined : state.base.name;
    // A pull request that already says all this (only its branch was behind) needs no write.
    if (base || pull.title !== title || pull.body !== body) {
      await updatePull(gh, where, pull.number, { title, body }, base);
    }
    log.info(`${repo}: updated #${decision.pull.number} to ${release.version}`);
    return { repo, outcome: 'updated', ...pullRef(decision.pull), files };
  }
  const pull = await openPull(gh, where, branch, state.base.name, { title, body }, cfg.draft);
  log.info(`${repo}: opened #${pull.number} ${pull.url}`);
  const warnings = await decoratePull(gh, where, pull, cfg);
  for (const w of warnings) log.warning(`${repo}: ${w}`);
  const result: PullResult = {
    repo,
    outcome: 'created',
    number: pull.number,
    url: pull.url,
    files,
  };
  if (cfg.autoMerge) {
    const merge = await arrangeMerge(
      gh,
      where,
      { ...pull, draft: cfg.draft, headOid },
      cfg.autoMerge,
      state.merging,
    );
    if (merge.state === 'not-enabled') {
      log.warning(`${repo}: auto-merge not enabled on #${pull.number}: ${merge.reason}`);
    } else {
      log.info(
        `${repo}: #${pull.number} ${merge.state === 'merged' ? `merged (${merge.method}): ${merge.reason}` : `will be merged (${merge.method}) by GitHub once its required checks pass`}`,
      );
    }
    result.autoMerge = merge;
  }
  return result;
}

/**
 * A PR whose branch carries someone else's commits: left as it is, with one comment per
 * release that says why it was not updated and what to do.
 */
async function leaveHandChanged(
  gh: GitHub,
  cfg: BumpConfig,
  release: ReleaseOutcome,
  consumer: Consumer,
  decision: { pull: PullInfo; head: CommitSummary },
  branch: string,
  log: Log,
): Promise<PullResult> {
  const repo = consumerName(consumer);
  const { pull, head } = decision;
  const name = normalizeName(release.name);
  const reason = `${branch} has commits wheelrelay did not make (head ${head.oid.slice(0, 7)}); #${pull.number} not updated to ${release.version}`;
  const note = handChangedMarker(name, release.version);
  if (!cfg.dryRun && !pull.comments.some((c) => c.includes(note))) {
    const headline = head.message.split('\n')[0]?.slice(0, 100) ?? '';
    const body = [
      `**${markdownText(`${release.name} ${release.version}`)}** is published, but wheelrelay did not update this pull request: its branch \`${branch}\` has a commit wheelrelay did not make (${head.oid.slice(0, 7)} ${markdownText(headline)}), and resetting the branch would throw that work away.`,
      '',
      `To move to ${release.version}: merge or close this pull request, or delete the branch \`${branch}\`, then re-run the release workflow; a later release opens a fresh pull request once this one is merged or closed.`,
      '',
      note,
    ].join('\n');
    try {
      await commentOnPull(gh, { owner: consumer.owner, repo: consumer.repo }, pull.number, body);
    } catch (err) {
      log.warning(`${repo}: could not comment on #${pull.number}: ${redact(describeError(err))}`);
    }
  }
  log.warning(`${repo}: skipped, ${reason}`);
  return { repo, outcome: 'skipped', reason, ...pullRef(pull) };
}

const pullRef = (p: PullInfo | undefined) => (p ? { number: p.number, url: p.url } : {});

/** The values PR templates are filled with. */
export function templateValues(
  cfg: Pick<BumpConfig, 'serverUrl' | 'sourceRepo'>,
  release: ReleaseOutcome,
  consumer: string,
  rewrite: Pick<ConsumerEdits, 'previous'>,
  files: readonly string[],
): TemplateValues {
  const tag = release.ref?.kind === 'tag' ? release.ref.name : '';
  const sha = release.ref?.sha && !/^0+$/.test(release.ref.sha) ? release.ref.sha : '';
  const source = cfg.sourceRepo ?? '';
  const prev = rewrite.previous.length === 1 ? rewrite.previous[0] : undefined;
  let compare = '';
  if (source) {
    const repoUrl = `${cfg.serverUrl}/${source}`;
    if (tag && prev && tag.includes(release.version)) {
      compare = `${repoUrl}/compare/${tag.replace(release.version, prev)}...${tag}`;
    } else if (sha) compare = `${repoUrl}/commit/${sha}`;
    else compare = repoUrl;
  }
  return {
    name: release.name,
    version: release.version,
    previous: rewrite.previous.length > 0 ? rewrite.previous.join(', ') : 'an older version',
    index: redact(release.index),
    'project-url': redact(release.projectUrl),
    tag,
    sha,
    'compare-url': compare,
    'source-repo': source,
    consumer,
    files: files.join(', '),
  };
}
