import { type CommitInfo, ObjectStore } from './objects.js';

/**
 * What the GitHub API test server holds: repositories over one git object store, their pull
 * requests and settings, and the tokens it accepts, with GitHub's rules for who may do what.
 * REST routes (rest.ts) and GraphQL resolvers (graphql.ts) both answer from here.
 */

export type Permission = 'ADMIN' | 'MAINTAIN' | 'WRITE' | 'TRIAGE' | 'READ';
export type MergeMethod = 'merge' | 'squash' | 'rebase';
/** GitHub's MergeStateStatus, as far as a new pin-bump PR can be in one. */
export type MergeState = 'CLEAN' | 'BLOCKED' | 'UNSTABLE' | 'DRAFT';

export interface PullRecord {
  number: number;
  nodeId: string;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** The commit the merge made on the base, once merged. */
  mergeCommit?: string;
  draft: boolean;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  autoMerge?: string;
  createdAt: number;
  /** The login that opened it, as REST spells it. */
  user: string;
  /** Issue comments on the pull request, oldest first. */
  comments: Array<{ id: number; body: string; user: string }>;
}

/** Repository settings a test may switch; each default is GitHub's default for a new repository. */
export interface RepoSettings {
  /** "Allow auto-merge" (Settings → General → Pull Requests); off by default, as on GitHub. */
  allowAutoMerge: boolean;
  /** The merge methods allowed; all three by default, as on GitHub. */
  mergeMethods: MergeMethod[];
  /**
   * Branch protection on the default branch requires a status check, so a new PR is BLOCKED
   * until it passes: auto-merge can wait for it. Without (the default), a new PR is CLEAN.
   */
  requiredChecks: boolean;
  /** Checks that are not required fail on new PRs, which are then UNSTABLE. */
  failingChecks: boolean;
}

export interface RepoRecord {
  owner: string;
  name: string;
  index: number;
  nodeId: string;
  defaultBranch: string;
  archived: boolean;
  refs: Map<string, string>;
  pulls: PullRecord[];
  /** Permission per token; tokens not listed fall back to the token's default. */
  permissions: Map<string, Permission | 'NONE'>;
  settings: RepoSettings;
  createdAt: number;
}

/** The kinds of token GitHub issues, told apart by what GitHub answers them. */
export type TokenKind = 'classic' | 'fine-grained' | 'app';

export interface TokenInfo {
  login: string;
  /**
   * classic (default): a classic PAT, whose user's role is the token's reach. fine-grained: a
   * fine-grained PAT, limited by its user's role and by `grants`. app: a GitHub App installation
   * token: `viewerPermission` is null, REST spells its login `<login>[bot]`, and `grants` limit it.
   */
  kind?: TokenKind;
  /** The role in repositories that do not say otherwise (an App: NONE when not installed). */
  permission?: Permission | 'NONE';
  /** Fine-grained and App tokens: the repository permissions granted (default: write to both). */
  grants?: { contents?: 'read' | 'write'; pullRequests?: 'read' | 'write' };
}

/** What a write needs: Contents (branches, commits) or Pull requests (PRs, their comments). */
export type Scope = 'contents' | 'pullRequests';

/** A refusal, with the status and message GitHub answers it with. */
export interface Refusal {
  status: 403 | 404;
  message: string;
}

const WRITE_ROLES = new Set(['ADMIN', 'MAINTAIN', 'WRITE']);

/** A `repository_dispatch` GitHub accepted. */
export interface DispatchRecord {
  repo: string;
  eventType: string;
  payload: Record<string, unknown>;
  token: string;
}

export class World {
  readonly store = new ObjectStore();
  readonly repos = new Map<string, RepoRecord>();
  /** Every repository_dispatch accepted, in order. */
  readonly dispatches: DispatchRecord[] = [];
  readonly tokens: Map<string, TokenInfo>;
  private clock = Date.UTC(2026, 0, 1);
  private nextRepoIndex = 1;

  constructor(tokens: Record<string, TokenInfo>) {
    this.tokens = new Map(Object.entries(tokens));
  }

  /** Moves the clock one second and answers it (commit times, ids). */
  tick(): number {
    this.clock += 1000;
    return this.clock;
  }

  addRepo(
    fullName: string,
    opts: {
      defaultBranch?: string;
      archived?: boolean;
      permissions?: Record<string, Permission | 'NONE'>;
    } & Partial<RepoSettings>,
  ): RepoRecord {
    const [owner = '', name = ''] = fullName.split('/');
    const index = this.nextRepoIndex++;
    const repo: RepoRecord = {
      owner,
      name,
      index,
      nodeId: `R_kgDO${index.toString().padStart(6, '0')}`,
      defaultBranch: opts.defaultBranch ?? 'main',
      archived: opts.archived ?? false,
      refs: new Map(),
      pulls: [],
      permissions: new Map(Object.entries(opts.permissions ?? {})),
      settings: {
        allowAutoMerge: opts.allowAutoMerge ?? false,
        mergeMethods: opts.mergeMethods ?? ['merge', 'squash', 'rebase'],
        requiredChecks: opts.requiredChecks ?? false,
        failingChecks: opts.failingChecks ?? false,
      },
      createdAt: this.tick(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(fullName: string): RepoRecord {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`no repository ${fullName}`);
    return repo;
  }

  /** A revision: a commit sha, HEAD, refs/heads/x, or a branch name. */
  resolve(repo: RepoRecord, rev: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(rev)) return this.store.get(rev) ? rev : undefined;
    if (rev === 'HEAD') return repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    if (rev.startsWith('refs/')) return repo.refs.get(rev);
    return repo.refs.get(`refs/heads/${rev}`) ?? repo.refs.get(`refs/tags/${rev}`);
  }

  kind(token: string): TokenKind {
    return this.tokens.get(token)?.kind ?? 'classic';
  }

  /** The login as REST spells it: an App's bot is `<app>[bot]`. */
  restLogin(token: string): string {
    const info = this.tokens.get(token);
    return info?.kind === 'app' ? `${info.login}[bot]` : (info?.login ?? 'unknown');
  }

  /** The token's role in the repository (for an App: whether it is installed there). */
  role(repo: RepoRecord, token: string): Permission | 'NONE' {
    return repo.permissions.get(token) ?? this.tokens.get(token)?.permission ?? 'WRITE';
  }

  /** GraphQL `viewerPermission`: the user's role; null for a GitHub App, as GitHub documents. */
  viewerPermission(repo: RepoRecord, token: string): Permission | null {
    const role = this.role(repo, token);
    return this.kind(token) === 'app' || role === 'NONE' ? null : role;
  }

  /** The repository, if the token can see it (GitHub answers 404 for both "absent" and "hidden"). */
  visible(fullName: string, token: string): RepoRecord | undefined {
    const repo = this.repos.get(fullName.toLowerCase());
    return repo && this.role(repo, token) !== 'NONE' ? repo : undefined;
  }

  /**
   * Why the token may not write `scope` here, if it may not: a fine-grained PAT or App without
   * the permission is told "Resource not accessible by …" (403); a classic PAT whose user cannot
   * push gets 404, as GitHub hides what a token may not touch.
   */
  refusal(repo: RepoRecord, token: string, scope: Scope): Refusal | undefined {
    const info = this.tokens.get(token);
    const kind = this.kind(token);
    const role = this.role(repo, token);
    if (kind === 'app') {
      return info?.grants?.[scope] === 'read'
        ? { status: 403, message: 'Resource not accessible by integration' }
        : undefined;
    }
    if (!WRITE_ROLES.has(role)) {
      return kind === 'fine-grained'
        ? { status: 403, message: 'Resource not accessible by personal access token' }
        : { status: 404, message: 'Not Found' };
    }
    if (kind === 'fine-grained' && info?.grants?.[scope] === 'read') {
      return { status: 403, message: 'Resource not accessible by personal access token' };
    }
    return undefined;
  }

  /** Opens a pull request, as `POST /pulls` does once it has checked the request. */
  addPull(
    repo: RepoRecord,
    pr: Pick<PullRecord, 'title' | 'body' | 'head' | 'base' | 'draft' | 'user'>,
  ): PullRecord {
    const number = repo.pulls.length + 1;
    const pull: PullRecord = {
      ...pr,
      number,
      nodeId: `PR_kwDO${repo.index}_${number}`,
      state: 'open',
      merged: false,
      labels: [],
      reviewers: [],
      teamReviewers: [],
      createdAt: this.tick(),
      comments: [],
    };
    repo.pulls.push(pull);
    return pull;
  }

  /** Where a new or open PR stands for merging, from the repository's settings. */
  mergeState(repo: RepoRecord, pull: PullRecord): MergeState {
    if (pull.draft) return 'DRAFT';
    if (repo.settings.requiredChecks) return 'BLOCKED';
    return repo.settings.failingChecks ? 'UNSTABLE' : 'CLEAN';
  }

  /**
   * Merges an open PR as GitHub's merge button does, returning the new base commit: a merge
   * commit, or one commit with the head's tree on the base (squash; rebase of a one-commit PR).
   * Where both sides changed a path, the head's side is kept (no conflicts in these tests).
   */
  merge(repo: RepoRecord, pull: PullRecord, method: MergeMethod): string {
    const head = repo.refs.get(`refs/heads/${pull.head}`) as string;
    const base = repo.refs.get(`refs/heads/${pull.base}`) as string;
    const flat = this.store.flatten(this.store.commitTree(base));
    const baseOfHead = this.store.readCommit(head)?.parents[0];
    const headFlat = this.store.flatten(this.store.commitTree(head));
    const parentFlat = baseOfHead
      ? this.store.flatten(this.store.commitTree(baseOfHead))
      : new Map<string, { mode: string; sha: string }>();
    for (const [path, entry] of headFlat) {
      if (parentFlat.get(path)?.sha !== entry.sha) flat.set(path, entry);
    }
    const tree = this.store.writeFlat(flat);
    const headCommit = this.store.readCommit(head) as CommitInfo;
    const message =
      method === 'merge'
        ? `Merge pull request #${pull.number} from ${repo.owner}/${pull.head}\n\n${pull.title}\n`
        : method === 'squash'
          ? `${pull.title} (#${pull.number})\n`
          : headCommit.message;
    const sha = this.store.commit(
      tree,
      method === 'merge' ? [base, head] : [base],
      message,
      this.tick(),
    );
    repo.refs.set(`refs/heads/${pull.base}`, sha);
    pull.state = 'closed';
    pull.merged = true;
    pull.mergeCommit = sha;
    return sha;
  }
}
