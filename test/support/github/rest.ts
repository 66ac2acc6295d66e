import type { MergeMethod, PullRecord, RepoRecord, Scope, World } from './model.js';

/**
 * The REST routes of the GitHub API test server: exactly the calls wheelrelay makes, answered
 * in the shapes GitHub documents (every answer is checked against the OpenAPI description by
 * the server), with GitHub's error bodies: `message`, `documentation_url`, `status`, and for a
 * 422 "Validation Failed" the detail in `errors[].message`.
 */

/** Where the server is reachable, for the URLs its answers carry. */
export interface Urls {
  apiUrl: string;
  serverUrl: string;
}

export interface RestContext {
  world: World;
  urls: Urls;
  repo: RepoRecord;
  params: Record<string, string>;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are JSON, checked against the OpenAPI schema before use
  body: any;
  token: string;
  /** The operation's documentation page, for error bodies. */
  docs: string;
}

export type Handler = (ctx: RestContext) => { status: number; body: unknown };

/** An error answer, in GitHub's shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

/** GitHub's "Basic Error": a message, the operation's documentation, and the status as text. */
export function basicError(status: number, message: string, docs: string): HttpError {
  return new HttpError(status, { message, documentation_url: docs, status: String(status) });
}

/** GitHub's 422 "Validation Failed", with the detail in `errors`. */
function validationFailed(
  docs: string,
  errors: Array<{ resource: string; code: string; field?: string; message?: string }>,
): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors,
    documentation_url: docs,
    status: '422',
  });
}

/** One REST operation: its method and path as GitHub's OpenAPI description names them. */
export interface Route {
  method: string;
  template: string;
  /** What a token must be able to write for it; reads need only see the repository. */
  writes?: Scope[];
  handler: Handler;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** GitHub's "Simple User" for a login (Bots for App tokens). */
export function userJson(urls: Urls, login: string): Record<string, unknown> {
  const api = `${urls.apiUrl}/users/${encodeURIComponent(login)}`;
  const id = [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7);
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `${urls.serverUrl}/avatars/${id}`,
    gravatar_id: '',
    url: api,
    // An App's bot has its page under /apps/ (`[` and `]` are not allowed in a URL path).
    html_url: login.endsWith('[bot]')
      ? `${urls.serverUrl}/apps/${login.slice(0, -'[bot]'.length)}`
      : `${urls.serverUrl}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

/** GitHub's "Repository" as pull requests embed it. */
function repoJson(urls: Urls, repo: RepoRecord): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const api = `${urls.apiUrl}/repos/${full}`;
  const open = repo.pulls.filter((p) => p.state === 'open').length;
  const path = (suffix: string) => `${api}/${suffix}`;
  return {
    id: repo.index,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: full,
    license: null,
    forks: 0,
    owner: userJson(urls, repo.owner),
    private: true,
    html_url: `${urls.serverUrl}/${full}`,
    description: null,
    fork: false,
    url: api,
    archive_url: path('{archive_format}{/ref}'),
    assignees_url: path('assignees{/user}'),
    blobs_url: path('git/blobs{/sha}'),
    branches_url: path('branches{/branch}'),
    collaborators_url: path('collaborators{/collaborator}'),
    comments_url: path('comments{/number}'),
    commits_url: path('commits{/sha}'),
    compare_url: path('compare/{base}...{head}'),
    contents_url: path('contents/{+path}'),
    contributors_url: path('contributors'),
    deployments_url: path('deployments'),
    downloads_url: path('downloads'),
    events_url: path('events'),
    forks_url: path('forks'),
    git_commits_url: path('git/commits{/sha}'),
    git_refs_url: path('git/refs{/sha}'),
    git_tags_url: path('git/tags{/sha}'),
    git_url: `git://127.0.0.1/${full}.git`,
    issue_comment_url: path('issues/comments{/number}'),
    issue_events_url: path('issues/events{/number}'),
    issues_url: path('issues{/number}'),
    keys_url: path('keys{/key_id}'),
    labels_url: path('labels{/name}'),
    languages_url: path('languages'),
    merges_url: path('merges'),
    milestones_url: path('milestones{/number}'),
    notifications_url: path('notifications{?since,all,participating}'),
    pulls_url: path('pulls{/number}'),
    releases_url: path('releases{/id}'),
    ssh_url: `git@127.0.0.1:${full}.git`,
    stargazers_url: path('stargazers'),
    statuses_url: path('statuses/{sha}'),
    subscribers_url: path('subscribers'),
    subscription_url: path('subscription'),
    tags_url: path('tags'),
    teams_url: path('teams'),
    trees_url: path('git/trees{/sha}'),
    clone_url: `${urls.serverUrl}/${full}.git`,
    mirror_url: null,
    hooks_url: path('hooks'),
    svn_url: `${urls.serverUrl}/${full}`,
    homepage: null,
    language: 'Python',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1,
    default_branch: repo.defaultBranch,
    open_issues_count: open,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: repo.archived,
    disabled: false,
    pushed_at: iso(repo.createdAt),
    created_at: iso(repo.createdAt),
    updated_at: iso(repo.createdAt),
    open_issues: open,
    watchers: 0,
    allow_auto_merge: repo.settings.allowAutoMerge,
    allow_merge_commit: repo.settings.mergeMethods.includes('merge'),
    allow_squash_merge: repo.settings.mergeMethods.includes('squash'),
    allow_rebase_merge: repo.settings.mergeMethods.includes('rebase'),
  };
}

function labelJson(urls: Urls, repo: RepoRecord, name: string, i: number) {
  return {
    id: repo.index * 100 + i + 1,
    node_id: `LA_${repo.index}_${i}`,
    url: `${urls.apiUrl}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(name)}`,
    name,
    description: '',
    color: 'ededed',
    default: false,
  };
}

/** GitHub's "Pull Request" (`full`) or "Pull Request Simple". */
function pullJson(
  urls: Urls,
  repo: RepoRecord,
  p: PullRecord,
  full = true,
): Record<string, unknown> {
  const name = `${repo.owner}/${repo.name}`;
  const api = `${urls.apiUrl}/repos/${name}`;
  const html = `${urls.serverUrl}/${name}/pull/${p.number}`;
  const side = (ref: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha: repo.refs.get(`refs/heads/${ref}`) ?? p.mergeCommit ?? '0'.repeat(40),
    user: userJson(urls, repo.owner),
    repo: repoJson(urls, repo),
  });
  const created = iso(p.createdAt);
  const link = (href: string) => ({ href });
  const simple: Record<string, unknown> = {
    url: `${api}/pulls/${p.number}`,
    id: repo.index * 1000 + p.number,
    node_id: p.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${side(p.head).sha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userJson(urls, p.user),
    body: p.body === '' ? null : p.body,
    labels: p.labels.map((l, i) => labelJson(urls, repo, l, i)),
    milestone: null,
    active_lock_reason: null,
    created_at: created,
    updated_at: created,
    closed_at: p.state === 'closed' ? created : null,
    merged_at: p.merged ? created : null,
    merge_commit_sha: p.mergeCommit ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: p.reviewers.map((r) => userJson(urls, r)),
    requested_teams: [],
    head: side(p.head),
    base: side(p.base),
    _links: {
      self: link(`${api}/pulls/${p.number}`),
      html: link(html),
      issue: link(`${api}/issues/${p.number}`),
      comments: link(`${api}/issues/${p.number}/comments`),
      review_comments: link(`${api}/pulls/${p.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${p.number}/commits`),
      statuses: link(`${api}/statuses/${side(p.head).sha}`),
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: p.draft,
  };
  if (!full) return simple;
  return {
    ...simple,
    merged: p.merged,
    // GitHub computes mergeability in the background: a PR just opened says null and "unknown".
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: p.merged ? userJson(urls, p.user) : null,
    comments: p.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 1,
    changed_files: 1,
  };
}

function findPull(ctx: RestContext, param: string): PullRecord {
  const pull = ctx.repo.pulls.find((p) => p.number === Number(ctx.params[param]));
  if (!pull) throw basicError(404, 'Not Found', ctx.docs);
  return pull;
}

const METHOD_WORDS: Record<MergeMethod, string> = {
  merge: 'Merge commits',
  squash: 'Squash merges',
  rebase: 'Rebase merges',
};

export const ROUTES: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
    handler: ({ world, urls, repo, params, query, docs }) => {
      const { store } = world;
      const rev = params.tree_sha as string;
      let tree: string | undefined;
      if (/^[0-9a-f]{40}$/.test(rev) && store.get(rev)?.type === 'tree') tree = rev;
      else {
        const c = world.resolve(repo, rev);
        tree = c ? store.commitTree(c) : undefined;
      }
      if (!tree) {
        if (repo.refs.size === 0) throw basicError(409, 'Git Repository is empty.', docs);
        throw basicError(404, 'Not Found', docs);
      }
      const api = `${urls.apiUrl}/repos/${repo.owner}/${repo.name}`;
      const entries: Array<Record<string, unknown>> = [];
      const walk = (sha: string, prefix: string) => {
        for (const e of store.readTree(sha)) {
          const isTree = e.mode === '40000';
          entries.push({
            path: prefix + e.name,
            mode: isTree ? '040000' : e.mode,
            type: isTree ? 'tree' : 'blob',
            sha: e.sha,
            ...(isTree ? {} : { size: store.get(e.sha)?.body.length }),
            url: `${api}/git/${isTree ? 'trees' : 'blobs'}/${e.sha}`,
          });
          if (isTree && query.get('recursive')) walk(e.sha, `${prefix}${e.name}/`);
        }
      };
      walk(tree, '');
      return {
        status: 200,
        body: { sha: tree, url: `${api}/git/trees/${tree}`, tree: entries, truncated: false },
      };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
    handler: ({ world, urls, repo, params, docs }) => {
      const sha = params.file_sha as string;
      const obj = world.store.get(sha);
      if (obj?.type !== 'blob') throw basicError(404, 'Not Found', docs);
      // GitHub wraps base64 at 60 columns, as `base64` does.
      const content = obj.body.toString('base64').replace(/.{60}/g, '$&\n');
      return {
        status: 200,
        body: {
          sha,
          node_id: `B_${sha.slice(0, 12)}`,
          size: obj.body.length,
          url: `${urls.apiUrl}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}`,
          content: content.endsWith('\n') ? content : `${content}\n`,
          encoding: 'base64',
        },
      };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/trees',
    writes: ['contents'],
    handler: ({ world, urls, repo, body, docs }) => {
      const { store } = world;
      if (body.base_tree && store.get(body.base_tree)?.type !== 'tree') {
        throw validationFailed(docs, [
          { resource: 'Tree', field: 'base_tree', code: 'invalid', message: 'Invalid tree info' },
        ]);
      }
      const flat = body.base_tree
        ? store.flatten(body.base_tree)
        : new Map<string, { mode: string; sha: string }>();
      for (const e of body.tree as Array<{
        path: string;
        mode: string;
        content?: string;
        sha?: string | null;
      }>) {
        if (e.content !== undefined && e.sha !== undefined) {
          throw validationFailed(docs, [
            {
              resource: 'Tree',
              code: 'custom',
              message: 'Only one of content or sha may be given',
            },
          ]);
        }
        if (e.sha === null) flat.delete(e.path);
        else {
          flat.set(e.path, {
            mode: e.mode,
            sha: e.content !== undefined ? store.blob(e.content) : (e.sha as string),
          });
        }
      }
      const sha = store.writeFlat(flat);
      const api = `${urls.apiUrl}/repos/${repo.owner}/${repo.name}`;
      return {
        status: 201,
        body: {
          sha,
          url: `${api}/git/trees/${sha}`,
          tree: store.readTree(sha).map((e) => ({
            path: e.name,
            mode: e.mode === '40000' ? '040000' : e.mode,
            type: e.mode === '40000' ? 'tree' : 'blob',
            sha: e.sha,
          })),
          truncated: false,
        },
      };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/commits',
    writes: ['contents'],
    handler: ({ world, urls, repo, body, docs }) => {
      const { store } = world;
      if (store.get(body.tree)?.type !== 'tree') {
        throw validationFailed(docs, [
          {
            resource: 'Commit',
            field: 'tree',
            code: 'invalid',
            message: 'Tree SHA does not exist',
          },
        ]);
      }
      for (const p of body.parents ?? []) {
        if (!store.readCommit(p)) {
          throw validationFailed(docs, [
            {
              resource: 'Commit',
              field: 'parents',
              code: 'invalid',
              message: 'Parent SHA does not exist or is not a commit object',
            },
          ]);
        }
      }
      const when = world.tick();
      const sha = store.commit(body.tree, body.parents ?? [], body.message, when);
      const api = `${urls.apiUrl}/repos/${repo.owner}/${repo.name}`;
      const web = `${urls.serverUrl}/${repo.owner}/${repo.name}`;
      const who = { name: 'wheelrelay-test', email: 'test@example.com', date: iso(when) };
      return {
        status: 201,
        body: {
          sha,
          node_id: `C_${sha.slice(0, 12)}`,
          url: `${api}/git/commits/${sha}`,
          html_url: `${web}/commit/${sha}`,
          author: who,
          committer: who,
          tree: { sha: body.tree, url: `${api}/git/trees/${body.tree}` },
          message: body.message,
          parents: (body.parents ?? []).map((p: string) => ({
            sha: p,
            url: `${api}/git/commits/${p}`,
            html_url: `${web}/commit/${p}`,
          })),
          verification: {
            verified: false,
            reason: 'unsigned',
            signature: null,
            payload: null,
            verified_at: null,
          },
        },
      };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/git/refs',
    writes: ['contents'],
    handler: ({ world, urls, repo, body, docs }) => {
      if (!/^refs\/.+\/.+/.test(body.ref)) {
        throw basicError(422, 'Reference name must start with refs/ and have two slashes', docs);
      }
      if (repo.refs.has(body.ref)) throw basicError(422, 'Reference already exists', docs);
      if (!world.store.readCommit(body.sha)) throw basicError(422, 'Object does not exist', docs);
      repo.refs.set(body.ref, body.sha);
      return { status: 201, body: refJson(urls, repo, body.ref, body.sha) };
    },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/git/refs/{ref}',
    writes: ['contents'],
    handler: ({ world, urls, repo, params, body, docs }) => {
      const ref = `refs/${params.ref}`;
      const old = repo.refs.get(ref);
      if (!old) throw basicError(422, 'Reference does not exist', docs);
      if (!world.store.readCommit(body.sha)) throw basicError(422, 'Object does not exist', docs);
      if (!body.force && !world.store.isAncestor(old, body.sha)) {
        throw basicError(422, 'Update is not a fast forward', docs);
      }
      repo.refs.set(ref, body.sha);
      return { status: 200, body: refJson(urls, repo, ref, body.sha) };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/pulls',
    writes: ['pullRequests'],
    handler: ({ world, urls, repo, body, token, docs }) => {
      const head = String(body.head).replace(/^[^:]+:/, '');
      const headSha = repo.refs.get(`refs/heads/${head}`);
      const baseSha = repo.refs.get(`refs/heads/${body.base}`);
      if (!headSha) {
        throw validationFailed(docs, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      }
      if (!baseSha) {
        throw validationFailed(docs, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      }
      if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === body.base)) {
        throw validationFailed(docs, [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${repo.owner}:${head}.`,
          },
        ]);
      }
      if (world.store.isAncestor(headSha, baseSha)) {
        throw validationFailed(docs, [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `No commits between ${body.base} and ${head}`,
          },
        ]);
      }
      const pull = world.addPull(repo, {
        title: body.title,
        body: body.body ?? '',
        head,
        base: body.base,
        draft: body.draft ?? false,
        user: world.restLogin(token),
      });
      return { status: 201, body: pullJson(urls, repo, pull) };
    },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    writes: ['pullRequests'],
    handler: (ctx) => {
      const { urls, repo, body } = ctx;
      const pull = findPull(ctx, 'pull_number');
      if (body.title !== undefined) pull.title = body.title;
      if (body.body !== undefined) pull.body = body.body;
      if (body.state === 'closed' || body.state === 'open') pull.state = body.state;
      if (body.base !== undefined) pull.base = body.base;
      return { status: 200, body: pullJson(urls, repo, pull) };
    },
  },
  {
    method: 'PUT',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
    writes: ['contents', 'pullRequests'],
    handler: (ctx) => {
      const { world, repo, body, docs } = ctx;
      const pull = findPull(ctx, 'pull_number');
      const method: MergeMethod = body?.merge_method ?? 'merge';
      if (pull.state !== 'open') throw basicError(405, 'Pull Request is not mergeable', docs);
      if (pull.draft) throw basicError(405, 'Pull Request is still a draft', docs);
      if (!repo.settings.mergeMethods.includes(method)) {
        throw basicError(405, `${METHOD_WORDS[method]} are not allowed on this repository.`, docs);
      }
      if (body?.sha && body.sha !== repo.refs.get(`refs/heads/${pull.head}`)) {
        throw basicError(409, 'Head branch was modified. Review and try the merge again.', docs);
      }
      if (world.mergeState(repo, pull) === 'BLOCKED') {
        throw basicError(405, 'Required status check "ci" is expected.', docs);
      }
      const sha = world.merge(repo, pull, method);
      return {
        status: 200,
        body: { sha, merged: true, message: 'Pull Request successfully merged' },
      };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    writes: ['pullRequests'],
    handler: (ctx) => {
      const { world, urls, repo, body, token } = ctx;
      const pull = findPull(ctx, 'issue_number');
      const user = world.restLogin(token);
      const comment = { id: world.tick(), body: String(body.body), user };
      pull.comments.push(comment);
      const api = `${urls.apiUrl}/repos/${repo.owner}/${repo.name}`;
      const when = iso(comment.id);
      return {
        status: 201,
        body: {
          id: comment.id,
          node_id: `IC_${comment.id}`,
          url: `${api}/issues/comments/${comment.id}`,
          html_url: `${urls.serverUrl}/${repo.owner}/${repo.name}/pull/${pull.number}#issuecomment-${comment.id}`,
          issue_url: `${api}/issues/${pull.number}`,
          body: comment.body,
          user: userJson(urls, user),
          author_association: 'MEMBER',
          created_at: when,
          updated_at: when,
        },
      };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    writes: ['pullRequests'],
    handler: (ctx) => {
      const pull = findPull(ctx, 'issue_number');
      for (const l of ctx.body.labels as string[])
        if (!pull.labels.includes(l)) pull.labels.push(l);
      return {
        status: 200,
        body: pull.labels.map((name, i) => labelJson(ctx.urls, ctx.repo, name, i)),
      };
    },
  },
  {
    // A repository_dispatch: GitHub answers 204 and starts the workflows listening for it.
    method: 'POST',
    template: '/repos/{owner}/{repo}/dispatches',
    writes: ['contents'],
    handler: ({ world, repo, body, token, docs }) => {
      if (JSON.stringify(body.client_payload ?? {}).length >= 64 * 1024) {
        throw validationFailed(docs, [
          {
            resource: 'Repository',
            field: 'client_payload',
            code: 'custom',
            message: 'client_payload must be less than 64KB',
          },
        ]);
      }
      world.dispatches.push({
        repo: `${repo.owner}/${repo.name}`,
        eventType: body.event_type,
        payload: body.client_payload ?? {},
        token,
      });
      return { status: 204, body: undefined };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    writes: ['pullRequests'],
    handler: (ctx) => {
      const pull = findPull(ctx, 'pull_number');
      if ((ctx.body.reviewers ?? []).includes(pull.user)) {
        throw validationFailed(ctx.docs, [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: 'Review cannot be requested from pull request author.',
          },
        ]);
      }
      pull.reviewers.push(...(ctx.body.reviewers ?? []));
      pull.teamReviewers.push(...(ctx.body.team_reviewers ?? []));
      return { status: 201, body: pullJson(ctx.urls, ctx.repo, pull, false) };
    },
  },
];

function refJson(urls: Urls, repo: RepoRecord, ref: string, sha: string) {
  const api = `${urls.apiUrl}/repos/${repo.owner}/${repo.name}`;
  return {
    ref,
    node_id: `REF_${repo.index}_${Buffer.from(ref).toString('base64url')}`,
    url: `${api}/git/${ref}`,
    object: { sha, type: 'commit', url: `${api}/git/commits/${sha}` },
  };
}

/** The route a request takes, with its path parameters. */
export function route(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const names: string[] = [];
    const re = new RegExp(
      `^${r.template.replace(/\{(\w+)\}/g, (_x, name: string) => {
        names.push(name);
        return name === 'ref' ? '(.+)' : '([^/]+)';
      })}$`,
    );
    const m = re.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((n, i) => {
      params[n] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { route: r, params };
  }
  return undefined;
}
