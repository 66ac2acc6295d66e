export const id = 570;
export const ids = [570];
export const modules = {

/***/ 570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N_: () => (/* binding */ bumpCheckout),
  bumpConsumers: () => (/* binding */ bumpConsumers)
});

// UNUSED EXPORTS: decide, templateValues

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/pins/diff.ts
var diff = __webpack_require__(7009);
// EXTERNAL MODULE: ./src/pins/index.ts
var pins = __webpack_require__(6352);
// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/github/pacing.ts
var github_pacing = __webpack_require__(9959);
;// CONCATENATED MODULE: ./src/github/client.ts



/**
 * Requests in flight at once, reads and writes together: a quarter of the 100 concurrent
 * requests GitHub allows across REST and GraphQL before its secondary rate limit, and room for
 * every consumer the bump reads at once (BumpConfig.concurrency) beside the one writing.
 */
const IN_FLIGHT = 25;
/** A group whose jobs run when `turn` lets them (the plugin's `job` is a no-op or the request). */
function group(turn) {
    const limiter = {
        schedule: (_options, job, ...args) => turn(() => Promise.resolve().then(() => job(...args))),
    };
    return { key: () => limiter };
}
/** Runs each job at once, in the order asked. */
const UNSPACED = group((job) => job());
/**
 * One set of limits per pacing, so every client with GitHub's pacing shares them, as every
 * Octokit of a process shares the plugin's own groups: GitHub counts per user, not per client.
 */
const limitsByPacing = new WeakMap();
function limitsFor(pacing) {
    let limits = limitsByPacing.get(pacing);
    if (!limits) {
        const inFlight = new pool/* Limit */.I$(IN_FLIGHT);
        const writes = new github_pacing/* Spacing */.Kz(pacing.writeGapMs, pacing.clock);
        const notifications = new github_pacing/* Spacing */.Kz(pacing.notifyGapMs, pacing.clock);
        limits = {
            inFlight: group((job) => inFlight.run(job)),
            writes: group((job) => writes.turn().then(job)),
            notifications: group((job) => notifications.turn().then(job)),
        };
        limitsByPacing.set(pacing, limits);
    }
    return limits;
}
/**
 * A GraphQL request that only reads: its document is a query (or the `{ … }` shorthand) and
 * names no mutation or subscription. GitHub charges a query 1 point of its secondary rate limit
 * and a mutation 5, and asks that writes, not reads, be spaced. Anything else is paced as a write.
 */
function isQuery(options) {
    const { url, query } = options;
    if (typeof url !== 'string' || !/\/graphql$/.test(url) || typeof query !== 'string')
        return false;
    const text = query.replace(/#[^\n]*/g, '');
    return /^\s*(?:query\b|\{)/.test(text) && !/\b(?:mutation|subscription)\b/.test(text);
}
/**
 * A rate-limit handler for the throttling plugin: warns, then retries at most `retries` times
 * when GitHub asks for a wait of ten minutes or less.
 */
function onLimit(what, retries, log) {
    return (retryAfter, options, _octokit, retryCount) => {
        log.warning(`${what} on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
        return retryCount < retries && retryAfter <= 600;
    };
}
/**
 * Opens the GitHub client. Octokit is imported here, on first use, so that runs without
 * consumers never load it (the upload path stays light).
 *
 * Reads are not paced as writes. @octokit/plugin-throttling (11.0.5, dist-bundle/index.js,
 * `doRequest`) counts as a write every request whose method is not GET or HEAD, and sends every
 * request to a `/graphql` path through its write group as well: GraphQL queries would start 1 s
 * apart like mutations. It cannot tell a query from a mutation (its groups see only a no-op
 * job), so the client is two Octokits over the same limits: GraphQL queries go to one whose
 * write group lets them through (the plugin maintainers' advice for unthrottled GraphQL reads,
 * octokit/plugin-throttling.js#380); everything else goes through the plugin as it classifies
 * it. Its groups are given, as its options allow: writes start `writeGapMs` apart and those that
 * notify (its `triggersNotification` paths, POST pulls among them) `notifyGapMs` apart, as its
 * own `write` and `notifications` groups space them (`minTime` 1000 and 3000), but on a clock a
 * test can hold; and {@link IN_FLIGHT} requests in flight where its `global` group allows 10.
 * Both keep the plugin's rate-limit handling (`onLimit`, retry-after).
 */
async function openGitHub(opts) {
    const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 988).then(__webpack_require__.bind(__webpack_require__, 9988)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
    ]);
    const { log } = opts;
    const pacing = opts.pacing ?? github_pacing/* GITHUB_PACING */.bC;
    const limits = limitsFor(pacing);
    const Client = Octokit.plugin(retry, throttling);
    const open = (spaced) => {
        // `global` is not in the plugin's option types, but its state takes it as it takes `write`
        // (`state.global = state.global ?? groups.global`).
        const throttle = {
            onRateLimit: onLimit('GitHub rate limit reached', 2, log),
            onSecondaryRateLimit: onLimit('GitHub secondary rate limit', 3, log),
            retryAfterBaseValue: pacing.msPerSecond,
            global: limits.inFlight,
            write: spaced ? limits.writes : UNSPACED,
            notifications: spaced ? limits.notifications : UNSPACED,
        };
        return new Client({
            auth: opts.token,
            baseUrl: opts.apiUrl,
            userAgent: opts.userAgent ?? 'wheelrelay',
            log: {
                debug: (m) => log.debug((0,secrets/* redact */.E$)(m)),
                info: (m) => log.debug((0,secrets/* redact */.E$)(m)),
                warn: (m) => log.warning((0,secrets/* redact */.E$)(m)),
                error: (m) => log.error((0,secrets/* redact */.E$)(m)),
            },
            // 409 means the branch moved under us: the bump re-reads and retries, not the transport.
            retry: {
                doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
                retryAfterBaseValue: pacing.msPerSecond,
            },
            throttle,
        });
    };
    const reads = open(false);
    const gh = open(true);
    // Outermost of the request hooks (added last), so a query never reaches the spaced write group.
    gh.hook.wrap('request', (request, options) => {
        if (!isQuery(options))
            return request(options);
        // The options carry this client's own hook; the other client brings its own.
        const { request: own, ...rest } = options;
        const { hook: _, ...transport } = own ?? {};
        return reads.request({ ...rest, request: transport });
    });
    return gh;
}
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/**
 * GitHub's message for a failed request, without the documentation link noise. A 422 says
 * "Validation Failed" and puts the detail in `errors[]`: its `message`, or else which field of
 * which resource was refused and how ("PullRequest head invalid").
 */
function messageOf(err) {
    // A GraphQL answer's errors are GitHub's words; Octokit's message wraps them in its own.
    const graphql = err?.errors;
    if (Array.isArray(graphql) && graphql.some((g) => g.message)) {
        return (0,secrets/* redact */.E$)([...new Set(graphql.map((g) => g.message ?? ''))].join('; '));
    }
    const e = err;
    const data = e?.response?.data;
    const detail = data?.errors
        ?.map((x) => {
        if (typeof x === 'string')
            return x;
        const { message, resource, field, code } = x;
        return message ?? [resource, field, code].filter(Boolean).join(' ');
    })
        .filter(Boolean)
        .join('; ');
    const summary = data?.message ?? e?.message ?? String(err);
    return (0,secrets/* redact */.E$)(detail ? `${summary}: ${detail}` : summary);
}
/** The `type`s of a GraphQL error response (NOT_FOUND, FORBIDDEN, STALE_DATA, …). */
function graphqlErrorTypes(err) {
    const errors = err?.errors;
    return Array.isArray(errors) ? errors.map((e) => e.type ?? '') : [];
}

;// CONCATENATED MODULE: ./src/github/access.ts


const PREFIXES = [
    ['ghs_', 'installation'],
    ['github_pat_', 'fine-grained'],
    ['ghp_', 'classic'],
    ['gho_', 'oauth'],
    ['ghu_', 'user-to-server'],
];
/** The kind of a token, from its prefix (GitHub's documented token formats). */
function tokenKind(token) {
    return PREFIXES.find(([prefix]) => token.startsWith(prefix))?.[1] ?? 'unknown';
}
const NAMES = {
    installation: 'a GitHub App installation token (ghs_)',
    'fine-grained': 'a fine-grained personal access token (github_pat_)',
    classic: 'a classic personal access token (ghp_)',
    oauth: 'an OAuth app token (gho_)',
    'user-to-server': "a GitHub App user token (ghu_), limited by the app's and the user's access",
    unknown: 'a token of a kind wheelrelay does not recognise',
};
/** What the pin bump needs of `consumer-token` on every consumer. */
const NEEDED = 'contents: write and pull-requests: write';
/** What to do about a refusal, for each kind of token. */
function hint(kind, repo) {
    switch (kind) {
        case 'installation':
            return `Give the GitHub App Contents: Read and write and Pull requests: Read and write, install it on ${repo}, and mint the token for that installation. The workflow's own GITHUB_TOKEN is an installation token too, and cannot write to other repositories.`;
        case 'fine-grained':
            return `Give the token Contents: Read and write and Pull requests: Read and write, with ${repo} in its repository access; its owner needs write access to ${repo} too.`;
        case 'classic':
            return `A classic token needs the \`repo\` scope (\`public_repo\` for public repositories), and its user write access to ${repo}.`;
        default:
            return `The token needs ${NEEDED} on ${repo}.`;
    }
}
/** GitHub refused a write for want of permission (403, a 404 that hides it, or FORBIDDEN). */
class AccessDenied extends Error {
    action;
    needs;
    answer;
    name = 'AccessDenied';
    constructor(
    /** What was refused: "push to wheelrelay/relay", "open the pull request". */
    action, needs, 
    /** GitHub's answer, e.g. "403 Resource not accessible by integration". */
    answer) {
        super(`GitHub refused to ${action} (${answer})`);
        this.action = action;
        this.needs = needs;
        this.answer = answer;
    }
}
/** Whether GitHub's answer to a write means "this token may not do that". */
function isRefusal(err) {
    const status = statusOf(err);
    return status === 403 || status === 404 || graphqlErrorTypes(err).includes('FORBIDDEN');
}
/** The AccessDenied for a refused write, keeping GitHub's status and words. */
function accessDenied(err, action, needs) {
    const status = statusOf(err);
    return new AccessDenied(action, needs, `${status ?? 'FORBIDDEN'} ${messageOf(err)}`);
}
/** The consumer's error for a refused write: what was refused, what is needed, which token. */
function explainDenied(denied, repo, token) {
    const kind = tokenKind(token);
    return new errors/* WheelrelayError */.V6(`${repo}: ${denied.message}: \`consumer-token\` needs ${NEEDED} here (this write needs ${denied.needs}); it is ${NAMES[kind]}`, hint(kind, repo));
}
/** The consumer's error when GitHub says up front that the token's user may only read. */
function readOnly(repo, permission, token) {
    const kind = tokenKind(token);
    return new errors/* WheelrelayError */.V6(`${repo}: \`consumer-token\` cannot write to this repository (permission: ${permission}); it needs ${NEEDED}, and is ${NAMES[kind]}`, hint(kind, repo));
}

// EXTERNAL MODULE: ./src/github/consumers.ts
var consumers = __webpack_require__(2194);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(5640);
// EXTERNAL MODULE: ./src/github/release-payload.ts
var release_payload = __webpack_require__(6817);
;// CONCATENATED MODULE: ./src/github/dispatch.ts






/** GitHub refuses a `client_payload` of 64 KB or more. */
const MAX_PAYLOAD = 64 * 1024;
/**
 * The payload for a verified release: what the consumer's bump needs to move its pins and
 * recompile, and what its pull request shows. The index is the simple API root pip uses,
 * taken from the project's page (`<simple-root>/<name>/`), never with credentials.
 */
function payloadOf(release, sourceRepo) {
    const page = release.projectUrl;
    const tail = `${(0,names/* normalizeName */.Pc)(release.name)}/`;
    const indexUrl = page.endsWith(tail) ? page.slice(0, -tail.length) : undefined;
    return (0,release_payload/* releasePayload */.Y3)({
        name: release.name,
        version: release.version,
        indexUrl,
        projectUrl: page,
        files: release.files,
        sourceRepo,
        tag: release.ref?.kind === 'tag' ? release.ref.name : undefined,
        sha: release.ref?.sha,
    });
}
/**
 * Sends one `repository_dispatch` (event type `wheelrelay-release`) to a consumer. GitHub
 * answers 204 and starts every workflow of the consumer's default branch that listens for it.
 */
async function dispatchRelease(gh, consumer, payload) {
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    const size = JSON.stringify(payload).length;
    if (size >= MAX_PAYLOAD) {
        throw new errors/* WheelrelayError */.V6(`${repo}: the release payload is ${size} bytes; GitHub takes less than ${MAX_PAYLOAD}`, 'The release has too many files to list in one dispatch: bump this consumer with a commit (`owner/repo: globs`) instead.');
    }
    try {
        await gh.request('POST /repos/{owner}/{repo}/dispatches', {
            owner: consumer.owner,
            repo: consumer.repo,
            event_type: release_payload/* RELEASE_EVENT */.TH,
            client_payload: payload,
        });
    }
    catch (err) {
        if (isRefusal(err)) {
            throw accessDenied(err, 'send the repository_dispatch', 'contents: write');
        }
        throw new errors/* WheelrelayError */.V6(`${repo}: GitHub refused the repository_dispatch (${statusOf(err) ?? 'error'} ${messageOf(err)})`, statusOf(err) === 422
            ? 'GitHub did not accept the payload; re-run, and report it to wheelrelay if it persists.'
            : 'Re-run the job.');
    }
}

// EXTERNAL MODULE: ./src/github/edits.ts
var edits = __webpack_require__(7966);
;// CONCATENATED MODULE: ./src/github/write.ts



/** The base or wheelrelay's branch moved while this run was writing; re-read and try again. */
class StaleBaseError extends Error {
    name = 'StaleBaseError';
}
/**
 * Points wheelrelay's branch at one new commit on top of the current base that carries the
 * edits, creating the branch if needed. Returns the commit's oid.
 */
async function commitToBranch(gh, req, sign) {
    try {
        return sign ? await signedCommit(gh, req) : await gitDataCommit(gh, req);
    }
    catch (err) {
        if (err instanceof StaleBaseError ||
            err instanceof errors/* WheelrelayError */.V6 ||
            err instanceof AccessDenied) {
            throw err;
        }
        if (isStale(err))
            throw new StaleBaseError(messageOf(err));
        if (isRefusal(err))
            throw accessDenied(err, `push to ${req.branch}`, 'contents: write');
        throw new errors/* WheelrelayError */.V6(`${req.owner}/${req.repo}: writing branch ${req.branch} failed: ${messageOf(err)}`);
    }
}
/** 409, a non-fast-forward, an existing ref, or GraphQL's STALE_DATA: someone moved first. */
function isStale(err) {
    const status = statusOf(err);
    if (status === 409)
        return true;
    const message = messageOf(err);
    if (status === 422 && /already exists|fast forward|fast-forward/i.test(message))
        return true;
    return (graphqlErrorTypes(err).includes('STALE_DATA') ||
        /expected branch to point to|already exists/i.test(message));
}
/** Git data API: a tree on the base tree, a commit, then the ref (4 requests at most). */
async function gitDataCommit(gh, req) {
    const { owner, repo, state } = req;
    const tree = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
        owner,
        repo,
        base_tree: state.base.treeOid,
        tree: req.edits.map((e) => ({
            // createCommitOnBranch keeps modes itself; the git data API needs them restated.
            mode: state.modes.get(e.path) === '100755' ? '100755' : '100644',
            path: e.path,
            type: 'blob',
            content: e.after,
        })),
    });
    const commit = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
        owner,
        repo,
        message: `${req.headline}\n\n${req.body}`,
        tree: tree.data.sha,
        parents: [state.base.oid],
    });
    const sha = commit.data.sha;
    const ref = `heads/${req.branch}`;
    if (!state.head) {
        try {
            await gh.request('POST /repos/{owner}/{repo}/git/refs', {
                owner,
                repo,
                ref: `refs/${ref}`,
                sha,
            });
            return sha;
        }
        catch (err) {
            // Created by a concurrent run since we read: ours is as new, so take the branch over.
            if (!(statusOf(err) === 422 && /already exists/i.test(messageOf(err))))
                throw err;
        }
    }
    await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner,
        repo,
        ref,
        sha,
        force: true,
    });
    return sha;
}
const SIGNED_NEW = `mutation WheelrelayCommitNew($repositoryId: ID!, $ref: String!, $base: GitObjectID!, $commit: CreateCommitOnBranchInput!) {
  createRef(input: { repositoryId: $repositoryId, name: $ref, oid: $base }) { ref { id } }
  createCommitOnBranch(input: $commit) { commit { oid } }
}`;
const SIGNED_RESET = `mutation WheelrelayCommitReset($refId: ID!, $base: GitObjectID!, $commit: CreateCommitOnBranchInput!) {
  updateRef(input: { refId: $refId, oid: $base, force: true }) { ref { id } }
  createCommitOnBranch(input: $commit) { commit { oid } }
}`;
/**
 * GraphQL createCommitOnBranch, which GitHub signs, so the commit shows as verified. The
 * branch is first (re)set to the base in the same request; mutations run in order.
 */
async function signedCommit(gh, req) {
    const { state } = req;
    const commit = {
        branch: { repositoryNameWithOwner: state.nameWithOwner, branchName: req.branch },
        expectedHeadOid: state.base.oid,
        message: { headline: req.headline, body: req.body },
        fileChanges: {
            additions: req.edits.map((e) => ({
                path: e.path,
                contents: Buffer.from(e.after).toString('base64'),
            })),
        },
    };
    const data = state.head
        ? await gh.graphql(SIGNED_RESET, {
            refId: state.head.id,
            base: state.base.oid,
            commit,
        })
        : await gh.graphql(SIGNED_NEW, {
            repositoryId: state.repositoryId,
            ref: `refs/heads/${req.branch}`,
            base: state.base.oid,
            commit,
        });
    const oid = data.createCommitOnBranch?.commit.oid;
    if (!oid)
        throw new StaleBaseError('createCommitOnBranch returned no commit');
    return oid;
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts




/** Opens the pull request from wheelrelay's branch; returns its number, URL and node id. */
async function openPull(gh, where, branch, base, text, draft) {
    try {
        const res = await gh.request('POST /repos/{owner}/{repo}/pulls', {
            ...where,
            head: branch,
            base,
            title: text.title,
            body: text.body,
            draft,
            maintainer_can_modify: true,
        });
        return { number: res.data.number, url: res.data.html_url, id: res.data.node_id };
    }
    catch (err) {
        // Another run opened it since we read: re-read and update that one instead. GitHub says
        // so in the 422's errors[].message ("A pull request already exists for owner:branch.").
        if ((statusOf(err) === 422 && /already exists/i.test(messageOf(err))) ||
            statusOf(err) === 409) {
            throw new StaleBaseError(messageOf(err));
        }
        throw pullError(err, where, 'open the pull request', 'opening the pull request');
    }
}
/** Rewrites an open pull request's title and body for the newer release. */
async function updatePull(gh, where, number, text, base) {
    try {
        await gh.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            ...where,
            pull_number: number,
            title: text.title,
            body: text.body,
            ...(base ? { base } : {}),
        });
    }
    catch (err) {
        throw pullError(err, where, `update pull request #${number}`, `updating pull request #${number}`);
    }
}
/** Leaves a comment on a pull request. */
async function commentOnPull(gh, where, number, body) {
    try {
        await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...where,
            issue_number: number,
            body,
        });
    }
    catch (err) {
        throw pullError(err, where, `comment on pull request #${number}`, `commenting on pull request #${number}`);
    }
}
/**
 * Labels and reviewers for a new pull request. Each is best effort: the pull request exists
 * and is useful without them, so a refusal is a warning, not a failure.
 */
async function decoratePull(gh, where, pull, deco) {
    const warnings = [];
    const attempt = async (what, fn) => {
        try {
            await fn();
        }
        catch (err) {
            warnings.push(`${what} on #${pull.number} failed: ${messageOf(err)}`);
        }
    };
    if (deco.labels.length > 0) {
        await attempt('adding labels', () => gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            ...where,
            issue_number: pull.number,
            labels: [...deco.labels],
        }));
    }
    if (deco.reviewers.length > 0 || deco.teamReviewers.length > 0) {
        await attempt('requesting reviewers', () => gh.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            ...where,
            pull_number: pull.number,
            reviewers: [...deco.reviewers],
            team_reviewers: [...deco.teamReviewers],
        }));
    }
    return warnings;
}
const AUTO_MERGE = `mutation WheelrelayAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
}`;
const SETTING = {
    merge: 'Allow merge commits',
    squash: 'Allow squash merging',
    rebase: 'Allow rebase merging',
};
/**
 * Does what `auto-merge` asks for a new pull request. What the repository allows was read with
 * the consumer, so a setting that rules it out costs no request. GitHub refuses auto-merge on
 * a pull request that is mergeable already ("Pull request is in clean status": nothing to wait
 * for); that one is merged now, with the same method and only at the head that was committed.
 * Never throws: the pull request stands either way, and the result says what happened.
 */
async function arrangeMerge(gh, where, pull, method, settings) {
    const notEnabled = (reason) => ({
        state: 'not-enabled',
        method,
        reason,
    });
    const repo = `${where.owner}/${where.repo}`;
    if (pull.draft) {
        return notEnabled('GitHub does not auto-merge draft pull requests (input `draft` is true)');
    }
    if (!settings.methods[method]) {
        const allowed = Object.keys(settings.methods).filter((m) => settings.methods[m]);
        return notEnabled(`${repo} does not allow ${method} merges ("${SETTING[method]}" is off; allowed: ${allowed.join(', ') || 'none'}); set \`auto-merge\` to one it allows`);
    }
    if (!settings.autoMerge) {
        return notEnabled(`auto-merge is off in ${repo}'s settings ("Allow auto-merge" under Settings → General → Pull Requests)`);
    }
    try {
        await gh.graphql(AUTO_MERGE, { id: pull.id, mergeMethod: method.toUpperCase() });
        return { state: 'enabled', method };
    }
    catch (err) {
        const refusal = messageOf(err);
        if (!/\bclean status\b/i.test(refusal)) {
            if (/\bunstable status\b/i.test(refusal)) {
                return notEnabled(`GitHub refused auto-merge: the pull request is in unstable status (checks that are not required are failing or pending). Make them required in ${repo}'s branch protection, and auto-merge waits for them`);
            }
            const kind = isRefusal(err) ? ' (the token needs pull-requests: write)' : '';
            return notEnabled(`GitHub refused auto-merge: ${refusal}${kind}`);
        }
    }
    // Mergeable now, with no required check to wait for: merge it, as auto-merge would have.
    try {
        await gh.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
            ...where,
            pull_number: pull.number,
            merge_method: method,
            sha: pull.headOid,
        });
        return {
            state: 'merged',
            method,
            reason: 'GitHub refused auto-merge because the pull request was already mergeable (no required checks to wait for), so it was merged',
        };
    }
    catch (err) {
        return notEnabled(`GitHub refused auto-merge because the pull request was already mergeable, and merging it failed (${statusOf(err)} ${messageOf(err)})`);
    }
}
/** A refusal for want of permission, or what failed: `action` is "open the pull request". */
function pullError(err, where, action, doing) {
    if (isRefusal(err))
        return accessDenied(err, action, 'pull-requests: write');
    return new errors/* WheelrelayError */.V6(`${where.owner}/${where.repo}: ${doing} failed: ${messageOf(err)}`);
}

;// CONCATENATED MODULE: ./src/github/read.ts




const REF_FIELDS = 'name target { oid ... on Commit { tree { oid } } }';
/** The branch head also says who made it: its message, and its parents' for merge commits. */
const HEAD_FIELDS = 'name target { oid ... on Commit { tree { oid } message parents(first: 2) { nodes { oid message } } } }';
/** A base file's text, and whether GitHub cut it (512,000 bytes) or calls it binary. */
const BLOB_FIELDS = '... on Blob { oid text isBinary isTruncated byteSize }';
/** On wheelrelay's branch only the oid: the bump compares it with the oid of what it would write. */
const HEAD_BLOB_FIELDS = '... on Blob { oid }';
/** The read query: repository, base, wheelrelay's branch and PRs, and each file's blob on both. */
function readQuery(pathCount, withBase) {
    const vars = ['$owner: String!', '$name: String!', '$head: String!', '$headRef: String!'];
    if (withBase)
        vars.push('$baseRef: String!');
    const blobs = [];
    for (let i = 0; i < pathCount; i++) {
        vars.push(`$b${i}: String!`, `$h${i}: String!`);
        blobs.push(`b${i}: object(expression: $b${i}) { ${BLOB_FIELDS} }`);
        blobs.push(`h${i}: object(expression: $h${i}) { ${HEAD_BLOB_FIELDS} }`);
    }
    return `query WheelrelayConsumer(${vars.join(', ')}) {
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    isArchived
    viewerPermission
    autoMergeAllowed mergeCommitAllowed squashMergeAllowed rebaseMergeAllowed
    defaultBranchRef { ${REF_FIELDS} }
    ${withBase ? `base: ref(qualifiedName: $baseRef) { ${REF_FIELDS} }` : ''}
    head: ref(qualifiedName: $headRef) { id ${HEAD_FIELDS} }
    pullRequests(headRefName: $head, first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes {
        id number url state title body baseRefName isCrossRepository
        comments(last: 20) { nodes { body } }
      }
    }
    ${blobs.join('\n    ')}
  }
}`;
}
/** Lists the base tree to match the globs; skipped when every glob is a plain path. */
async function listPaths(gh, consumer) {
    if ((0,edits/* literalPaths */.Sw)(consumer.globs)) {
        return {
            paths: [...new Set(consumer.globs)],
            unmatched: [],
            modes: new Map(),
            truncated: false,
        };
    }
    let tree;
    try {
        const res = await gh.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            owner: consumer.owner,
            repo: consumer.repo,
            tree_sha: consumer.base ?? 'HEAD',
            recursive: '1',
        });
        tree = res.data;
    }
    catch (err) {
        throw readError(err, (0,consumers/* consumerName */._Z)(consumer), consumer.base);
    }
    const files = tree.tree.filter((e) => e.type === 'blob' && e.path !== undefined);
    const modes = new Map();
    for (const e of files)
        modes.set(e.path, e.mode ?? '100644');
    const found = (0,edits/* matchFiles */.xo)(files.map((e) => e.path), consumer.globs);
    return { paths: found.matched, unmatched: found.unmatched, modes, truncated: tree.truncated };
}
/**
 * Reads a consumer: lists the base tree to match the globs (skipped when every glob is a
 * plain path), then one GraphQL query for the rest, with every file's blob aliased in. A file
 * GitHub's GraphQL cuts short or calls binary is read whole through REST.
 */
async function readConsumer(gh, consumer, branch) {
    const listed = await listPaths(gh, consumer);
    const r = await queryConsumer(gh, consumer, branch, listed.paths);
    const base = baseOf(consumer, r);
    const { files, headBlobs, unmatched } = await readFiles(gh, consumer, listed, r);
    return {
        ...repositoryOf(r),
        base,
        head: headOf(r.head),
        files,
        headBlobs,
        unmatched,
        truncated: listed.truncated,
        modes: listed.modes,
    };
}
/** The one GraphQL read: the repository, its base and wheelrelay's branch, pull requests, and each file's blob on both. */
async function queryConsumer(gh, consumer, branch, paths) {
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    const baseRev = consumer.base ? `refs/heads/${consumer.base}` : 'HEAD';
    const variables = {
        owner: consumer.owner,
        name: consumer.repo,
        head: branch,
        headRef: `refs/heads/${branch}`,
    };
    if (consumer.base)
        variables.baseRef = `refs/heads/${consumer.base}`;
    paths.forEach((path, i) => {
        variables[`b${i}`] = `${baseRev}:${path}`;
        variables[`h${i}`] = `refs/heads/${branch}:${path}`;
    });
    let data;
    try {
        data = await gh.graphql(readQuery(paths.length, consumer.base !== undefined), variables);
    }
    catch (err) {
        throw readError(err, repo, consumer.base);
    }
    if (!data.repository)
        throw notFound(repo);
    return data.repository;
}
/** The branch pull requests go to: `@base` from `consumers`, or the default branch; it must exist. */
function baseOf(consumer, r) {
    const baseRef = consumer.base ? r.base : r.defaultBranchRef;
    if (!baseRef?.target?.tree) {
        const repo = (0,consumers/* consumerName */._Z)(consumer);
        throw new errors/* WheelrelayError */.V6(consumer.base
            ? `${repo}: base branch '${consumer.base}' does not exist`
            : `${repo}: the repository is empty (it has no default branch)`, consumer.base
            ? 'Fix the branch after `@` in `consumers`, or drop it to use the default branch.'
            : undefined);
    }
    return { name: baseRef.name, oid: baseRef.target.oid, treeOid: baseRef.target.tree.oid };
}
/** What the repository allows and who may write, and wheelrelay's open pull requests (not from forks). */
function repositoryOf(r) {
    return {
        repositoryId: r.id,
        nameWithOwner: r.nameWithOwner,
        permission: r.viewerPermission,
        archived: r.isArchived,
        merging: {
            autoMerge: r.autoMergeAllowed,
            methods: {
                merge: r.mergeCommitAllowed,
                squash: r.squashMergeAllowed,
                rebase: r.rebaseMergeAllowed,
            },
        },
        pulls: r.pullRequests.nodes
            .filter((p) => !p.isCrossRepository)
            .map(({ comments, isCrossRepository: _, ...p }) => ({
            ...p,
            comments: comments.nodes.map((c) => c.body),
        })),
    };
}
/** Each listed file's whole text on the base, and its blob oid on wheelrelay's branch. */
async function readFiles(gh, consumer, listed, r) {
    const files = [];
    const headBlobs = new Map();
    const unmatched = [...listed.unmatched];
    for (const [i, path] of listed.paths.entries()) {
        const blob = r[`b${i}`];
        if (!blob) {
            // A literal path that does not exist is a glob that matched nothing.
            if (!unmatched.includes(path))
                unmatched.push(path);
            continue;
        }
        files.push({ path, text: await blobText(gh, consumer, path, blob) });
        headBlobs.set(path, r[`h${i}`]?.oid);
    }
    return { files, headBlobs, unmatched };
}
function headOf(head) {
    if (!head?.target || !head.id)
        return undefined;
    return {
        id: head.id,
        oid: head.target.oid,
        commit: {
            oid: head.target.oid,
            message: head.target.message ?? '',
            parents: head.target.parents?.nodes ?? [],
        },
    };
}
/**
 * A base file's whole text. GraphQL's is cut at 512,000 bytes (`isTruncated`), null for what
 * GitHub calls binary, and decoded lossily, so any of those is read again through the REST git
 * blobs API (up to 100 MB), decoded strictly, and checked against the blob's size: a file is
 * never rewritten, or committed, from part of it.
 */
async function blobText(gh, consumer, path, blob) {
    if (blob.text !== null && !blob.isTruncated && !blob.isBinary && !blob.text.includes('\uFFFD')) {
        return blob.text;
    }
    const where = `${(0,consumers/* consumerName */._Z)(consumer)}: requirement file ${path}`;
    let bytes;
    try {
        const res = await gh.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
            owner: consumer.owner,
            repo: consumer.repo,
            file_sha: blob.oid,
        });
        bytes = Buffer.from(res.data.content, 'base64');
    }
    catch (err) {
        throw new errors/* WheelrelayError */.V6(`${where} (${blob.byteSize} bytes) could not be read whole: ${messageOf(err)}`, 'GitHub serves blobs of up to 100 MB through REST; re-run the job, or leave the file out of the globs in `consumers`.');
    }
    if (bytes.length !== blob.byteSize) {
        throw new errors/* WheelrelayError */.V6(`${where}: GitHub sent ${bytes.length} of its ${blob.byteSize} bytes; nothing was changed`, 'Re-run the job; wheelrelay never commits part of a file.');
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* WheelrelayError */.V6(`${where} is not UTF-8 text`, 'pip reads requirement files as UTF-8; re-encode it (e.g. `iconv -f latin1 -t utf-8`), or leave it out of the globs in `consumers`.');
    }
}
function notFound(repo) {
    return new errors/* WheelrelayError */.V6(`${repo}: repository not found, or \`consumer-token\` cannot see it`, 'Check the name in `consumers`, and that the token (a PAT or GitHub App installation) has access to this repository.');
}
function readError(err, repo, base) {
    const status = statusOf(err);
    if (status === 404 || graphqlErrorTypes(err).includes('NOT_FOUND')) {
        const e = notFound(repo);
        if (base)
            e.message += ` (or its branch '${base}' does not exist)`;
        return e;
    }
    if (status === 401) {
        return new errors/* WheelrelayError */.V6(`${repo}: GitHub refused \`consumer-token\` (401 ${messageOf(err)})`, 'The token is invalid or expired; create a new one and update the secret.');
    }
    if (status === 409) {
        return new errors/* WheelrelayError */.V6(`${repo}: the repository is empty (${messageOf(err)})`);
    }
    if (err instanceof errors/* WheelrelayError */.V6)
        return err;
    return new errors/* WheelrelayError */.V6(`${repo}: reading the repository failed: ${messageOf(err)}`);
}

// EXTERNAL MODULE: ./src/github/templates.ts
var templates = __webpack_require__(7180);
;// CONCATENATED MODULE: ./src/github/bump.ts
















/** Attempts per consumer when its branches move under us. */
const ATTEMPTS = 3;
/** A consumer bumped on its own waits for nothing. */
const ALONE = { read: (fn) => fn(), write: (fn) => fn() };
/**
 * Opens or updates a pull request moving the pin in every consumer. Consumers are read
 * `concurrency` at a time; their writes go one consumer at a time, in the order their reads end.
 * GitHub spaces writes (1 s, 3 s for a new pull request) whatever runs at once, so writers in
 * parallel would only queue in the client; in one line each consumer's commit and pull request
 * follow each other, the first write goes out when the first read ends, and a consumer waiting
 * to write holds no place a read could use. One consumer's failure never stops the others; each
 * result says what happened.
 */
async function bumpConsumers(cfg, release, deps) {
    const { log } = deps;
    if (!release.published && !(cfg.dryRun && release.reason === 'dry-run')) {
        log.info(`${release.name} ${release.version} is not verified on the index: no pull requests opened`);
        return [];
    }
    let gh;
    try {
        gh =
            deps.github ??
                (await openGitHub({ token: cfg.token, apiUrl: cfg.apiUrl, log, pacing: cfg.pacing }));
    }
    catch (err) {
        // The release is published either way; say per consumer that its PR was not made.
        const reason = `the GitHub client could not start: ${(0,secrets/* redact */.E$)((0,errors/* describeError */.Uc)(err))}`;
        log.error(reason);
        return cfg.consumers.map((c) => ({
            repo: (0,consumers/* consumerName */._Z)(c),
            outcome: 'failed',
            reason,
        }));
    }
    const target = {
        name: release.name,
        version: release.version,
        hashes: release.files.map((f) => `sha256:${f.sha256}`),
        style: cfg.pinStyle,
        // A git pin moves only to a ref the release itself has: its tag, else its commit.
        gitRef: cfg.pinStyle === 'git'
            ? release.ref?.kind === 'tag'
                ? release.ref.name
                : release.ref?.sha
            : undefined,
    };
    const payload = payloadOf(release, cfg.sourceRepo);
    const readers = new pool/* Limit */.I$(cfg.concurrency);
    const writers = new pool/* Limit */.I$(1);
    const turns = { read: (fn) => readers.run(fn), write: (fn) => writers.run(fn) };
    const results = await Promise.all(cfg.consumers.map(async (consumer) => {
        try {
            if (consumer.dispatch) {
                return await turns.write(() => dispatchOne(gh, cfg, payload, consumer, log));
            }
            const editsFrom = (state) => editsFromBase(state, target, consumer, log);
            return await bumpOne(gh, cfg, release, consumer, log, editsFrom, '', turns);
        }
        catch (err) {
            const repo = (0,consumers/* consumerName */._Z)(consumer);
            const message = (0,secrets/* redact */.E$)((0,errors/* describeError */.Uc)(err));
            log.error(message.startsWith(`${repo}: `) ? message : `${repo}: ${message}`);
            // The result already says which consumer; the reason need not repeat it.
            const reason = message.startsWith(`${repo}: `) ? message.slice(repo.length + 2) : message;
            (0,errors/* debugStack */.WO)(err, (text) => log.debug(text));
            return { repo, outcome: 'failed', reason };
        }
    }));
    if (cfg.dryRun) {
        for (const r of results) {
            if (r.diff)
                log.info(`${r.repo} (${r.outcome}):\n${r.diff}`);
        }
    }
    return results;
}
async function bumpOne(gh, cfg, release, consumer, log, editsFrom, details = '', turns = ALONE) {
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    const branch = (0,consumers/* branchFor */.yC)(release.name);
    for (let attempt = 1;; attempt++) {
        const state = await turns.read(() => readConsumer(gh, consumer, branch));
        try {
            return await bumpState(gh, cfg, release, consumer, state, branch, log, editsFrom, details, turns);
        }
        catch (err) {
            // A refused write names the permissions the bump needs and the token GitHub refused.
            if (err instanceof AccessDenied)
                throw explainDenied(err, repo, cfg.token);
            if (!(err instanceof StaleBaseError) || attempt >= ATTEMPTS) {
                if (err instanceof StaleBaseError) {
                    throw new errors/* WheelrelayError */.V6(`${repo}: ${branch} or ${state.base.name} kept moving during the run (${err.message})`, 'Re-run the job; if it persists, check for another workflow pushing to the branch.');
                }
                throw err;
            }
            log.warning(`${repo}: ${state.base.name} or ${branch} moved during the run (${err.message}); retrying on a fresh read`);
        }
    }
}
/** Sends a `dispatch` consumer the release (one request); a dry run only says it would. */
async function dispatchOne(gh, cfg, payload, consumer, log) {
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    if (cfg.dryRun) {
        log.info(`${repo}: would send repository_dispatch ${release_payload/* RELEASE_EVENT */.TH}: ${JSON.stringify(payload)}`);
        return { repo, outcome: 'would-dispatch' };
    }
    try {
        await dispatchRelease(gh, consumer, payload);
    }
    catch (err) {
        if (err instanceof AccessDenied)
            throw explainDenied(err, repo, cfg.token);
        throw err;
    }
    log.info(`${repo}: sent repository_dispatch ${release_payload/* RELEASE_EVENT */.TH} for ${payload.name} ${payload.version}`);
    return { repo, outcome: 'dispatched' };
}
/**
 * Commits what a bump in the consumer's own checkout changed (the pin edit and what its
 * command regenerated) to wheelrelay's branch, and opens or updates the pull request, with
 * the same rules as the publisher's bump. `head` is the commit the checkout was at: a file the
 * base has changed since is never overwritten with the checkout's older view of it.
 * `details` (markdown) goes into the body, before the marker.
 */
async function bumpCheckout(cfg, release, consumer, checkout, deps) {
    const { log } = deps;
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    if (checkout.rewrite.edits.length === 0) {
        const reason = `nothing changed: already on ${release.version}`;
        log.info(`${repo}: ${reason}`);
        return { repo, outcome: 'skipped', reason };
    }
    const gh = deps.github ??
        (await openGitHub({ token: cfg.token, apiUrl: cfg.apiUrl, log, pacing: cfg.pacing }));
    // Read exactly the changed files, so a re-run can see the branch already carries them.
    const paths = { ...consumer, globs: checkout.rewrite.edits.map((e) => e.path) };
    return bumpOne(gh, cfg, release, paths, log, (state) => {
        if (state.base.oid !== checkout.head) {
            const moved = checkout.rewrite.edits.filter((e) => (state.files.find((f) => f.path === e.path)?.text ?? '') !== e.before);
            if (moved.length > 0) {
                throw new errors/* WheelrelayError */.V6(`${repo}: ${state.base.name} moved since the checkout (${checkout.head.slice(0, 7)} → ${state.base.oid.slice(0, 7)}) and changed ${moved.map((e) => e.path).join(', ')}; nothing was committed`, 'Re-run the workflow: it checks out the new base and bumps from there.');
            }
        }
        return checkout.rewrite;
    }, checkout.details);
}
/** The publisher's edits: the pins rewritten in the consumer's files as read from its base. */
function editsFromBase(state, target, consumer, log) {
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    for (const glob of state.unmatched) {
        log.warning(`${repo}: '${glob}' matches no file on ${state.base.name}`);
    }
    if (state.truncated) {
        log.warning(`${repo}: the tree is too large for one listing; some requirement files may be missed. Use plain paths in \`consumers\`.`);
    }
    if (state.files.length === 0) {
        return {
            repo,
            outcome: 'skipped',
            reason: `no requirement file matches ${consumer.globs.join(', ')}`,
        };
    }
    const rewrite = (0,edits/* editsFor */.L7)(state.files, target);
    for (const b of rewrite.blockers) {
        log.warning(`${repo}: ${b.path}:${b.line}: ${b.requirement} excludes ${target.version} (it allows ${b.specifier} only): a constraint that blocks the release, left as written`);
    }
    if (rewrite.errors.length > 0) {
        throw new errors/* WheelrelayError */.V6(`${repo}: ${rewrite.errors.map((e) => e.message).join('; ')}`, 'Fix the entry by hand, or leave the file out of the globs in `consumers`.');
    }
    return rewrite;
}
/** The decision for one consumer, from what was read. Pure. */
function decide(state, rewrite, packageName, version) {
    const name = (0,pins/* normalizeName */.Pc)(packageName);
    const carries = (p) => {
        const m = (0,templates/* readMarker */.t7)(p.body);
        return m !== undefined && m.name === name && m.version === version;
    };
    const open = state.pulls.find((p) => p.state === 'OPEN');
    if (rewrite.edits.length === 0) {
        return {
            action: 'skip',
            reason: rewrite.current.length > 0
                ? `already on ${version}`
                : rewrite.blockers.length > 0
                    ? `no pin of ${packageName} to move; ${rewrite.blockers.map((b) => `${b.path}:${b.line} (${b.requirement})`).join(', ')} excludes ${version}`
                    : `no pin of ${packageName} in the matched files`,
            pull: open,
        };
    }
    if (open) {
        const sameContent = rewrite.edits.every((e) => state.headBlobs.get(e.path) === (0,edits/* blobOid */.IM)(e.after));
        if (carries(open) && state.head && sameContent)
            return { action: 'unchanged', pull: open };
        // Someone pushed to the PR branch: updating would reset their commits away.
        if (state.head && !(0,templates/* madeByWheelrelay */.ls)(state.head.commit)) {
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
function readOnlyRole(permission) {
    return permission !== null && !['ADMIN', 'MAINTAIN', 'WRITE'].includes(permission);
}
async function bumpState(gh, cfg, release, consumer, state, branch, log, editsFrom, details, turns) {
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    const rewrite = editsFrom(state);
    if (!('edits' in rewrite))
        return rewrite;
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
    if (cfg.dryRun)
        return wouldBump(repo, state, rewrite, decision, log);
    if (readOnlyRole(state.permission))
        throw readOnly(repo, state.permission, cfg.token);
    if (state.archived)
        throw new errors/* WheelrelayError */.V6(`${repo}: the repository is archived`);
    return turns.write(() => writeBump(gh, cfg, release, consumer, state, rewrite, decision, branch, log, details));
}
/**
 * What a dry run reports instead of writing: the PR it would open or update, with the diff, and
 * whether the token looks able to write here.
 */
function wouldBump(repo, state, rewrite, decision, log) {
    if (readOnlyRole(state.permission)) {
        log.warning(`${repo}: \`consumer-token\` cannot write here (permission: ${state.permission}); a real run would fail`);
    }
    else if (state.permission === null) {
        log.info(`${repo}: GitHub does not report what this token may do here (it does not for GitHub App tokens); a real run tries the writes`);
    }
    return {
        repo,
        outcome: decision.action === 'create' ? 'would-create' : 'would-update',
        files: rewrite.edits.map((e) => e.path),
        diff: rewrite.edits.map((e) => (0,diff/* unifiedDiff */.W)(e.path, e.before, e.after)).join(''),
        ...(decision.action === 'update' ? pullRef(decision.pull) : {}),
    };
}
/** Commits the edits to wheelrelay's branch, then opens or updates the pull request. */
async function writeBump(gh, cfg, release, consumer, state, rewrite, decision, branch, log, details) {
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    const where = { owner: consumer.owner, repo: consumer.repo };
    const files = rewrite.edits.map((e) => e.path);
    const values = templateValues(cfg, release, repo, rewrite, files);
    const title = (0,templates/* renderTemplate */.Xm)(cfg.title, values);
    const blockers = (0,templates/* blockersMarkdown */.Fr)(rewrite.blockers, release.version);
    const body = `${(0,templates/* renderTemplate */.Xm)(cfg.body, (0,templates/* markdownValues */.I_)(values, files))}${blockers ? `\n\n${blockers}` : ''}${details ? `\n\n${details}` : ''}\n\n${(0,templates/* marker */.xL)((0,pins/* normalizeName */.Pc)(release.name), release.version)}`;
    const headOid = await commitToBranch(gh, {
        ...where,
        branch,
        state,
        edits: rewrite.edits,
        headline: title,
        body: `${files.map((f) => `- ${f}`).join('\n')}\n\nVerified on ${(0,secrets/* redact */.E$)(release.index)} before this commit was made.\n\n${(0,templates/* releaseTrailer */.XP)((0,pins/* normalizeName */.Pc)(release.name), release.version)}`,
    }, cfg.signCommits);
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
    for (const w of warnings)
        log.warning(`${repo}: ${w}`);
    const result = {
        repo,
        outcome: 'created',
        number: pull.number,
        url: pull.url,
        files,
    };
    if (cfg.autoMerge) {
        const merge = await arrangeMerge(gh, where, { ...pull, draft: cfg.draft, headOid }, cfg.autoMerge, state.merging);
        if (merge.state === 'not-enabled') {
            log.warning(`${repo}: auto-merge not enabled on #${pull.number}: ${merge.reason}`);
        }
        else {
            log.info(`${repo}: #${pull.number} ${merge.state === 'merged' ? `merged (${merge.method}): ${merge.reason}` : `will be merged (${merge.method}) by GitHub once its required checks pass`}`);
        }
        result.autoMerge = merge;
    }
    return result;
}
/**
 * A PR whose branch carries someone else's commits: left as it is, with one comment per
 * release that says why it was not updated and what to do.
 */
async function leaveHandChanged(gh, cfg, release, consumer, decision, branch, log) {
    const repo = (0,consumers/* consumerName */._Z)(consumer);
    const { pull, head } = decision;
    const name = (0,pins/* normalizeName */.Pc)(release.name);
    const reason = `${branch} has commits wheelrelay did not make (head ${head.oid.slice(0, 7)}); #${pull.number} not updated to ${release.version}`;
    const note = (0,templates/* handChangedMarker */.MM)(name, release.version);
    if (!cfg.dryRun && !pull.comments.some((c) => c.includes(note))) {
        const headline = head.message.split('\n')[0]?.slice(0, 100) ?? '';
        const body = [
            `**${(0,markdown/* markdownText */.p7)(`${release.name} ${release.version}`)}** is published, but wheelrelay did not update this pull request: its branch \`${branch}\` has a commit wheelrelay did not make (${head.oid.slice(0, 7)} ${(0,markdown/* markdownText */.p7)(headline)}), and resetting the branch would throw that work away.`,
            '',
            `To move to ${release.version}: merge or close this pull request, or delete the branch \`${branch}\`, then re-run the release workflow; a later release opens a fresh pull request once this one is merged or closed.`,
            '',
            note,
        ].join('\n');
        try {
            await commentOnPull(gh, { owner: consumer.owner, repo: consumer.repo }, pull.number, body);
        }
        catch (err) {
            log.warning(`${repo}: could not comment on #${pull.number}: ${(0,secrets/* redact */.E$)((0,errors/* describeError */.Uc)(err))}`);
        }
    }
    log.warning(`${repo}: skipped, ${reason}`);
    return { repo, outcome: 'skipped', reason, ...pullRef(pull) };
}
const pullRef = (p) => (p ? { number: p.number, url: p.url } : {});
/** The values PR templates are filled with. */
function templateValues(cfg, release, consumer, rewrite, files) {
    const tag = release.ref?.kind === 'tag' ? release.ref.name : '';
    const sha = release.ref?.sha && !/^0+$/.test(release.ref.sha) ? release.ref.sha : '';
    const source = cfg.sourceRepo ?? '';
    const prev = rewrite.previous.length === 1 ? rewrite.previous[0] : undefined;
    let compare = '';
    if (source) {
        const repoUrl = `${cfg.serverUrl}/${source}`;
        if (tag && prev && tag.includes(release.version)) {
            compare = `${repoUrl}/compare/${tag.replace(release.version, prev)}...${tag}`;
        }
        else if (sha)
            compare = `${repoUrl}/commit/${sha}`;
        else
            compare = repoUrl;
    }
    return {
        name: release.name,
        version: release.version,
        previous: rewrite.previous.length > 0 ? rewrite.previous.join(', ') : 'an older version',
        index: (0,secrets/* redact */.E$)(release.index),
        'project-url': (0,secrets/* redact */.E$)(release.projectUrl),
        tag,
        sha,
        'compare-url': compare,
        'source-repo': source,
        consumer,
        files: files.join(', '),
    };
}


/***/ }),

/***/ 7966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IM: () => (/* binding */ blobOid),
/* harmony export */   L7: () => (/* binding */ editsFor),
/* harmony export */   Sw: () => (/* binding */ literalPaths),
/* harmony export */   xo: () => (/* binding */ matchFiles)
/* harmony export */ });
/* unused harmony export previousVersion */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _pins_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6352);



/** Rewrites every file's pins of `target`; pure, so dry runs and real runs out alike. */
function editsFor(files, target) {
    const out = { edits: [], current: [], errors: [], previous: [], blockers: [] };
    for (const file of files) {
        try {
            const result = (0,_pins_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rewritePins */ .DW)(file.text, target, file.path);
            for (const b of result.blockers)
                out.blockers.push({ path: file.path, ...b });
            if (result.status === 'already-current')
                out.current.push(file.path);
            if (result.status !== 'changed')
                continue;
            out.edits.push({
                path: file.path,
                before: file.text,
                after: result.text,
                changes: result.changes,
            });
            for (const change of result.changes) {
                const prev = previousVersion(change.before);
                if (prev && !out.previous.includes(prev))
                    out.previous.push(prev);
            }
        }
        catch (err) {
            if (!(err instanceof _pins_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PinError */ .sM))
                throw err;
            out.errors.push({ path: file.path, message: err.message });
        }
    }
    return out;
}
/** The version an entry pinned (`==1.2`), or the ref of a git URL (`@v1.2`). */
function previousVersion(entry) {
    const pin = /={2,3}\s*([^\s;,#\\]+)/.exec(entry);
    if (pin)
        return pin[1];
    const egg = /#egg=[^\s&]*?-(\d[^\s&]*)/.exec(entry);
    if (egg)
        return egg[1];
    const ref = /\.git@([^\s#@]+)|@([^\s#@/]+)(?=[#\s\\]|$)/.exec(entry);
    return ref?.[1] ?? ref?.[2];
}
/** Which of `paths` the globs select, and the globs that selected nothing. */
function matchFiles(paths, globs) {
    const matched = new Set();
    const unmatched = [];
    for (const glob of globs) {
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(glob, { dot: true });
        let any = false;
        for (const path of paths) {
            if (isMatch(path)) {
                matched.add(path);
                any = true;
            }
        }
        if (!any)
            unmatched.push(glob);
    }
    return { matched: [...matched].sort(), unmatched };
}
/** Whether every glob is a plain path, so files can be read without listing the tree. */
function literalPaths(globs) {
    return globs.every((g) => !picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(g).isGlob);
}
/** The git blob oid of a file's text, as GitHub reports it (sha1 of git's object encoding). */
function blobOid(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1')
        .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
        .digest('hex');
}


/***/ }),

/***/ 6817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ readReleasePayload),
/* harmony export */   TH: () => (/* binding */ RELEASE_EVENT),
/* harmony export */   Y3: () => (/* binding */ releasePayload),
/* harmony export */   vZ: () => (/* binding */ releaseFromSpec)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9687);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _pins_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5640);



/** The `event_type` of the dispatch, and what a consumer's workflow lists under `types`. */
const RELEASE_EVENT = 'wheelrelay-release';
/** The `client_payload` for a release (GitHub allows 10 top-level keys; this uses 8). */
function releasePayload(src) {
    const out = {
        name: src.name,
        version: src.version,
        files: src.files.map((f) => ({ filename: f.filename, sha256: f.sha256 })),
    };
    if (src.indexUrl)
        out['index-url'] = src.indexUrl;
    if (src.projectUrl)
        out['project-url'] = src.projectUrl;
    if (src.sourceRepo)
        out['source-repo'] = src.sourceRepo;
    if (src.tag)
        out.tag = src.tag;
    if (src.sha && !/^0+$/.test(src.sha))
        out.sha = src.sha;
    return out;
}
const SHA256 = /^[0-9a-f]{64}$/;
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** A wheel or sdist file name: no path, no spaces, nothing a shell or URL would read. */
const FILENAME = /^[A-Za-z0-9][A-Za-z0-9._+!-]{0,250}$/;
/** A git tag as `git check-ref-format` allows it, kept to characters tags are made of. */
const TAG = /^[A-Za-z0-9][A-Za-z0-9._+/-]{0,250}$/;
/** PEP 440's characters: a version that passes the parser and only these is safe as text. */
const VERSION_CHARS = /^[0-9][0-9A-Za-z.!+_-]{0,100}$/;
/** Most files one release may list (a full cibuildwheel matrix is under 100). */
const MAX_FILES = 500;
const HINT = 'The payload comes from the `repository_dispatch` a publisher sends (wheelrelay, `consumers: owner/repo: dispatch`); nothing was changed. Re-send it from the publisher, or bump by hand with `release: name==version`.';
/**
 * Checks a `client_payload` and returns the release it names: a PEP 508 name, a PEP 440
 * version, sha256 digests in lowercase hex, http(s)/file URLs without credentials. Anything
 * else throws, naming the field, before the caller changes anything.
 */
function readReleasePayload(raw) {
    const bad = (field, why) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WheelrelayError */ .V6(`the release payload's \`${field}\` ${why}`, HINT);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WheelrelayError */ .V6('the release payload is not a JSON object', HINT);
    }
    const p = raw;
    const str = (field) => {
        const v = p[field];
        if (v === undefined || v === null || v === '')
            return undefined;
        if (typeof v !== 'string')
            throw bad(field, 'is not a string');
        return v;
    };
    const name = str('name');
    if (!name || !(0,_pins_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidName */ .uV)(name)) {
        throw bad('name', `is ${shown(p.name)}, which is not a package name (PEP 508)`);
    }
    const version = str('version');
    if (!version || !VERSION_CHARS.test(version) || (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .valid */ .rZ)(version) === null) {
        throw bad('version', `is ${shown(p.version)}, which is not a version (PEP 440)`);
    }
    const out = { name, version, files: readFiles(p.files, bad) };
    for (const field of ['index-url', 'project-url']) {
        const v = str(field);
        if (v !== undefined)
            out[field] = checkUrl(v, field, bad);
    }
    const repo = str('source-repo');
    if (repo !== undefined) {
        if (!REPO.test(repo))
            throw bad('source-repo', `is ${shown(repo)}, not owner/repo`);
        out['source-repo'] = repo;
    }
    const tag = str('tag');
    if (tag !== undefined) {
        if (!TAG.test(tag) || tag.includes('..'))
            throw bad('tag', `is ${shown(tag)}, not a tag name`);
        out.tag = tag;
    }
    const sha = str('sha');
    if (sha !== undefined) {
        if (!COMMIT.test(sha))
            throw bad('sha', `is ${shown(sha)}, not a commit id (hex)`);
        out.sha = sha;
    }
    return out;
}
function readFiles(raw, bad) {
    if (raw === undefined || raw === null)
        return [];
    if (!Array.isArray(raw))
        throw bad('files', 'is not a list');
    if (raw.length > MAX_FILES)
        throw bad('files', `lists ${raw.length} files (at most ${MAX_FILES})`);
    return raw.map((f, i) => {
        const entry = (f ?? {});
        const { filename, sha256 } = entry;
        if (typeof filename !== 'string' || !FILENAME.test(filename)) {
            throw bad(`files[${i}].filename`, `is ${shown(filename)}, not a file name`);
        }
        if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
            throw bad(`files[${i}].sha256`, `is ${shown(sha256)}, not 64 lowercase hex digits`);
        }
        return { filename, sha256 };
    });
}
function checkUrl(value, field, bad) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw bad(field, `is ${shown(value)}, not a URL`);
    }
    if (!['https:', 'http:', 'file:'].includes(url.protocol)) {
        throw bad(field, `has scheme ${url.protocol}; only https, http and file are accepted`);
    }
    if (url.username || url.password) {
        // Never echo it: it carries a credential someone meant to keep.
        throw bad(field, 'carries credentials; a payload must never hold them');
    }
    if (/[\s\p{Cc}]/u.test(value))
        throw bad(field, 'has spaces or control characters');
    return value;
}
/** A value for an error message: quoted, cut short, control characters made visible. */
function shown(v) {
    if (v === undefined || v === null || v === '')
        return 'missing';
    const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    const cut = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    return `'${cut.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
}
/**
 * The `release` input of a manual run, `name==version`, as a payload without files or index
 * (a pin with `--hash` lines then cannot be moved, and says so).
 */
function releaseFromSpec(spec) {
    const m = /^\s*([^=\s]+)\s*==\s*([^=\s]+)\s*$/.exec(spec);
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WheelrelayError */ .V6(`the release '${spec.slice(0, 80)}' is not name==version`, 'Give it as `name==version`, e.g. `acme-lib==1.4.0`.');
    }
    return readReleasePayload({ name: m[1], version: m[2] });
}


/***/ }),

/***/ 7009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/**
 * A unified diff (as `diff -u` and `git diff` print it) of two texts, for dry runs and the
 * `pin` command. Requirement files are small, so a plain LCS table is fast enough and exact.
 */
function unifiedDiff(path, before, after, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = diffLines(a, b);
    const out = [`--- a/${path}`, `+++ b/${path}`];
    // Group operations into hunks with `context` unchanged lines around each change.
    let i = 0;
    while (i < ops.length) {
        while (i < ops.length && ops[i]?.op === ' ')
            i++;
        if (i >= ops.length)
            break;
        let start = i;
        let ctx = 0;
        while (start > 0 && ctx < context && ops[start - 1]?.op === ' ') {
            start--;
            ctx++;
        }
        let end = i;
        for (;;) {
            while (end < ops.length && ops[end]?.op !== ' ')
                end++;
            let run = 0;
            while (end + run < ops.length && ops[end + run]?.op === ' ')
                run++;
            if (end + run < ops.length && run <= context * 2) {
                end += run;
                continue;
            }
            end += Math.min(run, context);
            break;
        }
        const hunk = ops.slice(start, end);
        const first = ops[start];
        const aLen = hunk.filter((o) => o.op !== '+').length;
        const bLen = hunk.filter((o) => o.op !== '-').length;
        const aStart = (first?.a ?? 0) + (aLen === 0 ? 0 : 1);
        const bStart = (first?.b ?? 0) + (bLen === 0 ? 0 : 1);
        out.push(`@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@`);
        for (const o of hunk) {
            out.push(`${o.op}${o.text.line}`);
            if (!o.text.newline)
                out.push('\\ No newline at end of file');
        }
        i = end;
    }
    return `${out.join('\n')}\n`;
}
const range = (start, len) => (len === 1 ? `${start}` : `${start},${len}`);
function splitLines(text) {
    if (text === '')
        return [];
    const parts = text.split('\n');
    const last = parts.pop() ?? '';
    const lines = parts.map((line) => ({ line, newline: true }));
    if (last !== '')
        lines.push({ line: last, newline: false });
    return lines;
}
function diffLines(a, b) {
    const same = (x, y) => x !== undefined && y !== undefined && x.line === y.line && x.newline === y.newline;
    // Common prefix and suffix first: a pin bump changes a line or two of a long file.
    let pre = 0;
    while (pre < a.length && pre < b.length && same(a[pre], b[pre]))
        pre++;
    let suf = 0;
    while (suf < a.length - pre &&
        suf < b.length - pre &&
        same(a[a.length - 1 - suf], b[b.length - 1 - suf]))
        suf++;
    const am = a.slice(pre, a.length - suf);
    const bm = b.slice(pre, b.length - suf);
    const n = am.length;
    const m = bm.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        const row = lcs[i];
        const next = lcs[i + 1];
        for (let j = m - 1; j >= 0; j--) {
            row[j] = same(am[i], bm[j])
                ? next[j + 1] + 1
                : Math.max(next[j], row[j + 1]);
        }
    }
    const ops = [];
    let ai = 0;
    let bi = 0;
    const push = (op, text) => {
        ops.push({ op, text, a: ai, b: bi });
        if (op !== '+')
            ai++;
        if (op !== '-')
            bi++;
    };
    for (let k = 0; k < pre; k++)
        push(' ', a[k]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(am[i], bm[j])) {
            push(' ', am[i++]);
            j++;
        }
        else if (i < n && (j >= m || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
            push('-', am[i++]);
        }
        else {
            push('+', bm[j++]);
        }
    }
    for (let k = a.length - suf; k < a.length; k++)
        push(' ', a[k]);
    return ops;
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ Limit),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   sk: () => (/* binding */ KeyedLock)
/* harmony export */ });
/**
 * Runs `fn` over `items` with at most `limit` calls in flight, and returns the results in the
 * order of `items`. Sync entries and consumer bumps both run through it. `fn` should not throw
 * (each reports its own failure in its result); if it does, no further call starts and the
 * first error is thrown after every started call has settled.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && !failure) {
            const at = next++;
            try {
                results[at] = await fn(items[at], at);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** Runs calls that share a key one at a time (calls with other keys run freely). */
class KeyedLock {
    tails = new Map();
    async run(key, fn) {
        const before = this.tails.get(key) ?? Promise.resolve();
        const result = before.then(fn, fn);
        const settled = result.catch(() => undefined);
        this.tails.set(key, settled);
        try {
            return await result;
        }
        finally {
            if (this.tails.get(key) === settled)
                this.tails.delete(key);
        }
    }
}
/** Runs calls at most `limit` at a time, in the order they ask. */
class Limit {
    limit;
    running = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(fn) {
        if (this.running < this.limit)
            this.running++;
        else
            await new Promise((go) => this.waiting.push(go));
        try {
            return await fn();
        }
        finally {
            // The place passes straight to the next in line, if any.
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.running--;
        }
    }
}


/***/ })

};
