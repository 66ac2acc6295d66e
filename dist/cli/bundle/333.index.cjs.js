"use strict";
exports.id = 333;
exports.ids = [333];
exports.modules = {

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vl: () => (/* binding */ distFilenameProblem),
/* harmony export */   _r: () => (/* binding */ filenameMatchesProject),
/* harmony export */   hk: () => (/* binding */ parseDistFilename)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9687);
/* harmony import */ var _pins_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5640);


const WHEEL = /^([^-]+)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/;
const SDIST = /^(.+)-([^-]+)\.(tar\.gz|zip)$/;
/**
 * Parses a wheel (PEP 427) or sdist (PEP 625, with the legacy `.zip` form) filename.
 * Returns undefined for anything else, so a stray file in a dist directory is not mistaken
 * for a distribution: that includes a name that is not a valid package name (`..`, `!`,
 * `a+b`), which no index path or page may ever be made from.
 */
function parseDistFilename(filename) {
    const parsed = readDistFilename(filename);
    return 'problem' in parsed ? undefined : parsed;
}
/**
 * Why a file named like a distribution of a valid version (`..-1.0-py3-none-any.whl`) is not
 * one: its name is not a valid package name. Undefined for a distribution, and for anything
 * not named like one (a stray `notes.zip` stays a stray file).
 */
function distFilenameProblem(filename) {
    const parsed = readDistFilename(filename);
    return 'problem' in parsed && parsed.badName ? parsed.problem : undefined;
}
function readDistFilename(filename) {
    // Names and versions only ever use these characters; anything else (quotes, slashes,
    // control bytes) would be unsafe in a form field or a path, and is not a distribution.
    if (!/^[A-Za-z0-9._+!-]+$/.test(filename)) {
        return { problem: 'it has characters no wheel or sdist filename has' };
    }
    const wheel = WHEEL.exec(filename);
    const sdist = wheel ? undefined : SDIST.exec(filename);
    const [, name, version] = wheel ?? sdist ?? [];
    if (!name || !version)
        return { problem: 'it is not named name-version[-tags] (PEP 427 / PEP 625)' };
    if (!(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .valid */ .rZ)(version))
        return { problem: `'${version}' is not a valid version (PEP 440)` };
    if (!(0,_pins_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidName */ .uV)(name)) {
        return { problem: `'${name}' is not a valid package name (PEP 508)`, badName: true };
    }
    if (wheel) {
        const [, , , , py, abi, plat] = wheel;
        return { kind: 'wheel', name, version, tags: `${py}-${abi}-${plat}` };
    }
    return { kind: 'sdist', name, version };
}
/** True when the filename belongs to project `name` (compared after PEP 503 normalisation). */
function filenameMatchesProject(filename, name) {
    const parsed = parseDistFilename(filename);
    return parsed !== undefined && (0,_pins_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(parsed.name) === (0,_pins_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(name);
}


/***/ }),

/***/ 6546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpCommand: () => (/* binding */ bumpCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/build/environment.ts
var environment = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/build/runner.ts
var runner = __webpack_require__(6748);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/pins/diff.ts
var pins_diff = __webpack_require__(7009);
// EXTERNAL MODULE: ./src/pins/index.ts
var pins = __webpack_require__(6352);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
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
async function client_openGitHub(opts) {
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
function client_statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/**
 * GitHub's message for a failed request, without the documentation link noise. A 422 says
 * "Validation Failed" and puts the detail in `errors[]`: its `message`, or else which field of
 * which resource was refused and how ("PullRequest head invalid").
 */
function client_messageOf(err) {
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
class access_AccessDenied extends Error {
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
function access_isRefusal(err) {
    const status = client_statusOf(err);
    return status === 403 || status === 404 || graphqlErrorTypes(err).includes('FORBIDDEN');
}
/** The AccessDenied for a refused write, keeping GitHub's status and words. */
function access_accessDenied(err, action, needs) {
    const status = client_statusOf(err);
    return new access_AccessDenied(action, needs, `${status ?? 'FORBIDDEN'} ${client_messageOf(err)}`);
}
/** The consumer's error for a refused write: what was refused, what is needed, which token. */
function access_explainDenied(denied, repo, token) {
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
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(9687);
;// CONCATENATED MODULE: ./src/github/release-payload.ts



/** The `event_type` of the dispatch, and what a consumer's workflow lists under `types`. */
const release_payload_RELEASE_EVENT = 'wheelrelay-release';
/** The `client_payload` for a release (GitHub allows 10 top-level keys; this uses 8). */
function release_payload_releasePayload(src) {
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
function release_payload_readReleasePayload(raw) {
    const bad = (field, why) => new errors/* WheelrelayError */.V6(`the release payload's \`${field}\` ${why}`, HINT);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors/* WheelrelayError */.V6('the release payload is not a JSON object', HINT);
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
    if (!name || !(0,names/* isValidName */.uV)(name)) {
        throw bad('name', `is ${shown(p.name)}, which is not a package name (PEP 508)`);
    }
    const version = str('version');
    if (!version || !VERSION_CHARS.test(version) || (0,pep440/* valid */.rZ)(version) === null) {
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
function release_payload_releaseFromSpec(spec) {
    const m = /^\s*([^=\s]+)\s*==\s*([^=\s]+)\s*$/.exec(spec);
    if (!m) {
        throw new errors/* WheelrelayError */.V6(`the release '${spec.slice(0, 80)}' is not name==version`, 'Give it as `name==version`, e.g. `acme-lib==1.4.0`.');
    }
    return release_payload_readReleasePayload({ name: m[1], version: m[2] });
}

;// CONCATENATED MODULE: ./src/github/dispatch.ts






/** GitHub refuses a `client_payload` of 64 KB or more. */
const MAX_PAYLOAD = (/* unused pure expression or super */ null && (64 * 1024));
/**
 * The payload for a verified release: what the consumer's bump needs to move its pins and
 * recompile, and what its pull request shows. The index is the simple API root pip uses,
 * taken from the project's page (`<simple-root>/<name>/`), never with credentials.
 */
function dispatch_payloadOf(release, sourceRepo) {
    const page = release.projectUrl;
    const tail = `${normalizeName(release.name)}/`;
    const indexUrl = page.endsWith(tail) ? page.slice(0, -tail.length) : undefined;
    return releasePayload({
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
async function dispatch_dispatchRelease(gh, consumer, payload) {
    const repo = consumerName(consumer);
    const size = JSON.stringify(payload).length;
    if (size >= MAX_PAYLOAD) {
        throw new WheelrelayError(`${repo}: the release payload is ${size} bytes; GitHub takes less than ${MAX_PAYLOAD}`, 'The release has too many files to list in one dispatch: bump this consumer with a commit (`owner/repo: globs`) instead.');
    }
    try {
        await gh.request('POST /repos/{owner}/{repo}/dispatches', {
            owner: consumer.owner,
            repo: consumer.repo,
            event_type: RELEASE_EVENT,
            client_payload: payload,
        });
    }
    catch (err) {
        if (isRefusal(err)) {
            throw accessDenied(err, 'send the repository_dispatch', 'contents: write');
        }
        throw new WheelrelayError(`${repo}: GitHub refused the repository_dispatch (${statusOf(err) ?? 'error'} ${messageOf(err)})`, statusOf(err) === 422
            ? 'GitHub did not accept the payload; re-run, and report it to wheelrelay if it persists.'
            : 'Re-run the job.');
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/github/edits.ts



/** Rewrites every file's pins of `target`; pure, so dry runs and real runs out alike. */
function edits_editsFor(files, target) {
    const out = { edits: [], current: [], errors: [], previous: [], blockers: [] };
    for (const file of files) {
        try {
            const result = (0,pins/* rewritePins */.DW)(file.text, target, file.path);
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
            if (!(err instanceof pins/* PinError */.sM))
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
        const isMatch = picomatch_default()(glob, { dot: true });
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
    return globs.every((g) => !picomatch_default().scan(g).isGlob);
}
/** The git blob oid of a file's text, as GitHub reports it (sha1 of git's object encoding). */
function blobOid(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1')
        .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
        .digest('hex');
}

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
            err instanceof access_AccessDenied) {
            throw err;
        }
        if (isStale(err))
            throw new StaleBaseError(client_messageOf(err));
        if (access_isRefusal(err))
            throw access_accessDenied(err, `push to ${req.branch}`, 'contents: write');
        throw new errors/* WheelrelayError */.V6(`${req.owner}/${req.repo}: writing branch ${req.branch} failed: ${client_messageOf(err)}`);
    }
}
/** 409, a non-fast-forward, an existing ref, or GraphQL's STALE_DATA: someone moved first. */
function isStale(err) {
    const status = client_statusOf(err);
    if (status === 409)
        return true;
    const message = client_messageOf(err);
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
            if (!(client_statusOf(err) === 422 && /already exists/i.test(client_messageOf(err))))
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
        if ((client_statusOf(err) === 422 && /already exists/i.test(client_messageOf(err))) ||
            client_statusOf(err) === 409) {
            throw new StaleBaseError(client_messageOf(err));
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
            warnings.push(`${what} on #${pull.number} failed: ${client_messageOf(err)}`);
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
        const refusal = client_messageOf(err);
        if (!/\bclean status\b/i.test(refusal)) {
            if (/\bunstable status\b/i.test(refusal)) {
                return notEnabled(`GitHub refused auto-merge: the pull request is in unstable status (checks that are not required are failing or pending). Make them required in ${repo}'s branch protection, and auto-merge waits for them`);
            }
            const kind = access_isRefusal(err) ? ' (the token needs pull-requests: write)' : '';
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
        return notEnabled(`GitHub refused auto-merge because the pull request was already mergeable, and merging it failed (${client_statusOf(err)} ${client_messageOf(err)})`);
    }
}
/** A refusal for want of permission, or what failed: `action` is "open the pull request". */
function pullError(err, where, action, doing) {
    if (access_isRefusal(err))
        return access_accessDenied(err, action, 'pull-requests: write');
    return new errors/* WheelrelayError */.V6(`${where.owner}/${where.repo}: ${doing} failed: ${client_messageOf(err)}`);
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
    if (literalPaths(consumer.globs)) {
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
    const found = matchFiles(files.map((e) => e.path), consumer.globs);
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
    const { files, headBlobs, unmatched } = await read_readFiles(gh, consumer, listed, r);
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
async function read_readFiles(gh, consumer, listed, r) {
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
        throw new errors/* WheelrelayError */.V6(`${where} (${blob.byteSize} bytes) could not be read whole: ${client_messageOf(err)}`, 'GitHub serves blobs of up to 100 MB through REST; re-run the job, or leave the file out of the globs in `consumers`.');
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
    const status = client_statusOf(err);
    if (status === 404 || graphqlErrorTypes(err).includes('NOT_FOUND')) {
        const e = notFound(repo);
        if (base)
            e.message += ` (or its branch '${base}' does not exist)`;
        return e;
    }
    if (status === 401) {
        return new errors/* WheelrelayError */.V6(`${repo}: GitHub refused \`consumer-token\` (401 ${client_messageOf(err)})`, 'The token is invalid or expired; create a new one and update the secret.');
    }
    if (status === 409) {
        return new errors/* WheelrelayError */.V6(`${repo}: the repository is empty (${client_messageOf(err)})`);
    }
    if (err instanceof errors/* WheelrelayError */.V6)
        return err;
    return new errors/* WheelrelayError */.V6(`${repo}: reading the repository failed: ${client_messageOf(err)}`);
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
        const reason = `the GitHub client could not start: ${redact(describeError(err))}`;
        log.error(reason);
        return cfg.consumers.map((c) => ({
            repo: consumerName(c),
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
    const readers = new Limit(cfg.concurrency);
    const writers = new Limit(1);
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
            const repo = consumerName(consumer);
            const message = redact(describeError(err));
            log.error(message.startsWith(`${repo}: `) ? message : `${repo}: ${message}`);
            // The result already says which consumer; the reason need not repeat it.
            const reason = message.startsWith(`${repo}: `) ? message.slice(repo.length + 2) : message;
            debugStack(err, (text) => log.debug(text));
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
            if (err instanceof access_AccessDenied)
                throw access_explainDenied(err, repo, cfg.token);
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
    const repo = consumerName(consumer);
    if (cfg.dryRun) {
        log.info(`${repo}: would send repository_dispatch ${RELEASE_EVENT}: ${JSON.stringify(payload)}`);
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
    log.info(`${repo}: sent repository_dispatch ${RELEASE_EVENT} for ${payload.name} ${payload.version}`);
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
        (await client_openGitHub({ token: cfg.token, apiUrl: cfg.apiUrl, log, pacing: cfg.pacing }));
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
    const repo = consumerName(consumer);
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
    const rewrite = editsFor(state.files, target);
    for (const b of rewrite.blockers) {
        log.warning(`${repo}: ${b.path}:${b.line}: ${b.requirement} excludes ${target.version} (it allows ${b.specifier} only): a constraint that blocks the release, left as written`);
    }
    if (rewrite.errors.length > 0) {
        throw new WheelrelayError(`${repo}: ${rewrite.errors.map((e) => e.message).join('; ')}`, 'Fix the entry by hand, or leave the file out of the globs in `consumers`.');
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
        const sameContent = rewrite.edits.every((e) => state.headBlobs.get(e.path) === blobOid(e.after));
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
        diff: rewrite.edits.map((e) => (0,pins_diff/* unifiedDiff */.W)(e.path, e.before, e.after)).join(''),
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

// EXTERNAL MODULE: ./src/build/isolation.ts
var isolation = __webpack_require__(3468);
;// CONCATENATED MODULE: ./src/bump/run-command.ts




/** Variables sudo may reset even with -E; set again by `env` after the drop (none is secret). */
const CARRIED = /^(PATH|HOME|TMPDIR|LD_[A-Z0-9_]+|PYTHON[A-Z0-9_]*|VIRTUAL_ENV|WHEELRELAY_[A-Z_]+)$/;
/** Finds the best way this machine allows, trying each for real once. */
async function chooseCommandIsolation(run, env = process.env, self = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 }) {
    const tools = {
        unshare: await (0,isolation/* findProgram */.Kp)('unshare', env.PATH),
        setpriv: await (0,isolation/* findProgram */.Kp)('setpriv', env.PATH),
        sudo: await (0,isolation/* findProgram */.Kp)('sudo', env.PATH),
        env: await (0,isolation/* findProgram */.Kp)('env', env.PATH),
        test: await (0,isolation/* findProgram */.Kp)('test', env.PATH),
    };
    const tried = [];
    const probe = async (iso) => {
        const [c, a] = iso.wrap([tools.test ?? 'test', '-d', '/proc/1'], env, '/');
        const res = await run(c, a, { timeoutMs: 30_000 });
        if (res.exitCode === 0)
            return true;
        tried.push(`${iso.kind}: ${(0,runner.tail)(res.output, 1) || `exit code ${res.exitCode}`}`);
        return false;
    };
    const { unshare, setpriv } = tools;
    if (unshare && setpriv && tools.env) {
        let viaSudo = false;
        if (self.uid !== 0 && tools.sudo) {
            const res = await run(tools.sudo, ['-n', 'true'], { timeoutMs: 30_000 });
            viaSudo = res.exitCode === 0;
            if (!viaSudo)
                tried.push(`sudo -n: ${(0,runner.tail)(res.output, 1) || `exit code ${res.exitCode}`}`);
        }
        if (self.uid === 0 || viaSudo) {
            const iso = privileged({ unshare, setpriv, env: tools.env, sudo: viaSudo ? tools.sudo : undefined }, self);
            if (await probe(iso))
                return iso;
        }
        else if (self.uid !== 0 && !tools.sudo)
            tried.push('not root, no sudo');
    }
    else
        tried.push('no unshare, setpriv or env on PATH');
    if (unshare) {
        const iso = {
            kind: 'user-namespace',
            description: 'The command runs as this user in its own user and PID namespaces (unshare), without capabilities: it cannot see this process or read its environment.',
            wrap: (argv, _env, _cwd) => (0,isolation/* namespaceCommand */.fH)(tools, 'current-user', argv[0], argv.slice(1)),
        };
        if (await probe(iso))
            return iso;
    }
    return {
        kind: 'none',
        description: `The command cannot be isolated here (${tried.join('; ')}): it runs beside this process and could read its environment through /proc.`,
        wrap: (argv) => [argv[0], argv.slice(1)],
    };
}
function privileged(tools, self) {
    return {
        kind: 'privileged-namespace',
        description: `The command runs as this user (uid ${self.uid}) in a PID namespace of its own${tools.sudo ? ', made through sudo' : ''}, without capabilities: it cannot see this process or read its environment.`,
        wrap(argv, env, cwd) {
            const carried = Object.entries(env)
                .filter(([name, value]) => value !== undefined && CARRIED.test(name))
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([name, value]) => `${name}=${value}`);
            const inner = [
                tools.unshare,
                '--pid',
                '--fork',
                '--mount-proc',
                '--kill-child',
                '--',
                tools.setpriv,
                ...(self.uid === 0
                    ? []
                    : ['--reuid', String(self.uid), '--regid', String(self.gid), '--init-groups']),
                '--no-new-privs',
                '--inh-caps=-all',
                '--bounding-set=-all',
                '--',
                tools.env,
                `--chdir=${cwd}`,
                ...carried,
                ...argv,
            ];
            if (!tools.sudo)
                return [inner[0], inner.slice(1)];
            return [tools.sudo, ['-n', '-E', '--', ...inner]];
        },
    };
}
/**
 * Runs the consumer's command in the checkout, with the release in WHEELRELAY_NAME,
 * WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL. Fails with the command's last lines.
 */
async function runConsumerCommand(opts) {
    const env = {
        ...(0,environment/* childEnvironment */.Q)(opts.env ?? process.env),
        WHEELRELAY_NAME: opts.release.name,
        WHEELRELAY_VERSION: opts.release.version,
        WHEELRELAY_INDEX_URL: opts.release.indexUrl ?? '',
    };
    const [command, args] = opts.isolation.wrap(opts.argv, env, opts.cwd);
    const out = opts.log.output('info');
    let res;
    try {
        res = await opts.run(command, args, {
            cwd: opts.cwd,
            env,
            timeoutMs: opts.timeoutMs,
            onLine: (line) => out.line(line),
        });
    }
    finally {
        out.end();
    }
    if (res.exitCode !== 0) {
        const why = res.killedAfterSeconds
            ? `was killed after ${res.killedAfterSeconds} s`
            : `exited ${res.exitCode}`;
        throw new errors/* WheelrelayError */.V6(`the command \`${opts.argv.join(' ')}\` ${why}; nothing was committed. Its last lines:\n${(0,runner.tail)(res.output)}`, 'Run it in the checkout by hand to see why (the release is in WHEELRELAY_NAME, WHEELRELAY_VERSION, WHEELRELAY_INDEX_URL).');
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/bump/workspace.ts






/**
 * The consumer's checkout, seen through git: which files the globs name, what is already
 * changed, and what the pin edit and the `run` command changed. Git runs with an argument
 * array and a configuration that runs nothing of the repository's (no fsmonitor, no pager).
 */
class Checkout {
    root;
    run;
    gitDir;
    constructor(root, run) {
        this.root = root;
        this.run = run;
    }
    async git(args, what) {
        const res = await this.run('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', '--no-pager', ...args], { cwd: this.root, timeoutMs: 120_000 });
        if (res.exitCode !== 0) {
            throw new errors/* WheelrelayError */.V6(`git could not ${what} in ${this.root} (exit ${res.exitCode}): ${(0,runner.tail)(res.output, 5)}`, 'Run the bump in a git checkout of the consumer (actions/checkout first).');
        }
        return res.output;
    }
    /** The commit the checkout is at. */
    async head() {
        return (await this.git(['rev-parse', '--verify', 'HEAD^{commit}'], 'read HEAD')).trim();
    }
    /** The tracked files the globs select (paths relative to the root, `/`-separated). */
    async match(globs) {
        const listed = await this.git(['ls-files', '--cached', '--full-name'], 'list files');
        return matchFiles(listed.split('\n').filter(Boolean), globs);
    }
    /** A file's exact text at HEAD, or undefined when HEAD has no such file. */
    async atHead(path) {
        const found = await this.run('git', ['-c', 'core.fsmonitor=false', 'rev-parse', '--verify', '--quiet', `HEAD:${path}`], { cwd: this.root, timeoutMs: 60_000 });
        if (found.exitCode !== 0)
            return undefined;
        // The runner hands output over line by line, which loses `\r\n`: git writes the blob to a
        // file of a scratch folder instead, and its bytes are read from there.
        this.gitDir ??= (await this.git(['rev-parse', '--absolute-git-dir'], 'find .git')).trim();
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'wheelrelay-head-'));
        try {
            const res = await this.run('git', [`--git-dir=${this.gitDir}`, 'unpack-file', found.output.trim()], { cwd: scratch, timeoutMs: 60_000 });
            if (res.exitCode !== 0)
                return undefined;
            return await (0,promises_.readFile)((0,external_node_path_.join)(scratch, res.output.trim()), 'utf8');
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
    /**
     * Paths git reports as changed, added or deleted in the work tree (untracked files
     * included, ignored ones not), each with whether it still exists.
     */
    async changes() {
        const out = await this.git(['status', '--porcelain=v1', '--untracked-files=all', '--no-renames'], 'list changed files');
        const found = new Map();
        for (const line of out.split('\n')) {
            if (line.length < 4)
                continue;
            const code = line.slice(0, 2);
            let path = line.slice(3);
            if (path.startsWith('"'))
                path = unquote(path);
            found.set(path, code.includes('D') ? 'deleted' : 'changed');
        }
        return found;
    }
    /** Reads a file of the checkout as UTF-8 text, refusing links that lead out of it. */
    async read(path) {
        const full = await this.inside(path);
        const bytes = await (0,promises_.readFile)(full);
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw new errors/* WheelrelayError */.V6(`${path} is not UTF-8 text`, 'wheelrelay commits text files only; leave it out of `requirement-files`, or make the command not change it.');
        }
    }
    async write(path, text) {
        await (0,promises_.writeFile)(await this.inside(path), text);
    }
    /** The absolute path of `path`, after checking that it is a file inside the checkout. */
    async inside(path) {
        const full = (0,external_node_path_.join)(this.root, path);
        const st = await (0,promises_.lstat)(full);
        const real = await (0,promises_.realpath)(full);
        const root = await (0,promises_.realpath)(this.root);
        const rel = (0,external_node_path_.relative)(root, real);
        if (!st.isFile() || rel.startsWith(`..${external_node_path_.sep}`) || rel === '..' || rel.startsWith(external_node_path_.sep)) {
            throw new errors/* WheelrelayError */.V6(`${path} is not a plain file inside the checkout`, 'wheelrelay edits and commits files of the checkout only, never through a link.');
        }
        return full;
    }
}
/** Undoes git's C-style quoting of a path (`"a\\"b"`, octal escapes of UTF-8 bytes). */
function unquote(quoted) {
    const inner = quoted.slice(1, -1);
    const bytes = [];
    const simple = {
        n: 10,
        t: 9,
        r: 13,
        '"': 34,
        '\\': 92,
        a: 7,
        b: 8,
        f: 12,
        v: 11,
    };
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = inner[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(Number.parseInt(inner.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/**
 * Moves the pins of `target` in the requirement files the globs select, in the checkout.
 * Nothing is written unless every file can be rewritten.
 */
async function rewriteCheckout(checkout, globs, target) {
    const { matched, unmatched } = await checkout.match(globs);
    const files = [];
    for (const path of matched)
        files.push({ path, text: await checkout.read(path) });
    const found = edits_editsFor(files, target);
    if (found.errors.length > 0) {
        throw new errors/* WheelrelayError */.V6(found.errors.map((e) => e.message).join('; '), 'Nothing was changed. Fix the entry by hand, or leave the file out of `requirement-files`.');
    }
    for (const edit of found.edits)
        await checkout.write(edit.path, edit.after);
    return { ...found, unmatched };
}
/**
 * Every file the pin edit and the command changed, as edits from HEAD's text to the work
 * tree's: what `dirty` (the paths changed before wheelrelay started) lists is left out,
 * unless its text changed since. A deleted file fails: the commit APIs here write files only.
 */
async function collectChanges(checkout, dirty) {
    const edits = [];
    for (const [path, kind] of [...(await checkout.changes())].sort(([a], [b]) => a.localeCompare(b))) {
        const now = kind === 'deleted' ? undefined : await checkout.read(path);
        if (dirty.has(path) && dirty.get(path) === now)
            continue;
        if (now === undefined) {
            throw new errors/* WheelrelayError */.V6(`the command deleted ${path}; nothing was committed`, 'wheelrelay commits changed and new files; make the command regenerate files in place.');
        }
        const before = (await checkout.atHead(path)) ?? '';
        if (before === now)
            continue;
        edits.push({ path, before, after: now, changes: [] });
    }
    return edits;
}
/** The work tree's changed paths before wheelrelay touches anything, with their text. */
async function dirtyPaths(checkout) {
    const out = new Map();
    for (const [path, kind] of await checkout.changes()) {
        out.set(path, kind === 'deleted' ? undefined : await checkout.read(path).catch(() => undefined));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/bump/bump.ts






/**
 * The consumer-side bump, as a story: rewrite the pins in the checkout, run the consumer's
 * command to regenerate what depends on them, collect every file that changed, then commit
 * them to `wheelrelay/<name>` and open or update the pull request (unless a dry run).
 */
async function bumpInCheckout(s, deps) {
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
            throw new errors/* WheelrelayError */.V6(`no file of \`requirement-files\` (${s.requirementFiles.join(', ')}) pins ${release.name}`, 'List the files that pin it (e.g. `requirements/*.in`), or drop this consumer from the publisher.');
        }
        log.info(`${pins.current.join(', ')} already pin ${release.name} ${release.version}`);
        return { outcome: 'skipped', edits: [], diff: '', details: '' };
    }
    if (s.run && isolation)
        await runCommand(s.run, isolation, s, deps);
    const edits = await collectChanges(checkout, dirty);
    const diff = edits.map((e) => (0,pins_diff/* unifiedDiff */.W)(e.path, e.before, e.after)).join('');
    const details = changeDetails(pins.edits, edits, s.run);
    if (s.dryRun || !s.github) {
        // The caller shows the diff where its user reads it (the CLI on stdout, the action in a group).
        log.info(`${edits.length} file(s) changed${s.dryRun ? ' (dry run: nothing sent to GitHub)' : ''}: ${edits.map((e) => e.path).join(', ')}`);
        return { outcome: 'changed', edits, diff, details };
    }
    const { cfg, consumer } = s.github;
    const pull = await log.group(`Committing to ${consumer.owner}/${consumer.repo}`, () => bumpCheckout(cfg, outcomeOf(release), { ...consumer, globs: [] }, { rewrite: { ...pins, edits }, head, details }, { log }));
    return { outcome: pull.outcome, edits, diff, details, pull };
}
/** Rewrites the release's pins in the checkout's requirement files, saying what moved. */
async function movePins(checkout, s, log) {
    const { release } = s;
    const target = {
        name: release.name,
        version: release.version,
        hashes: release.files.length > 0 ? release.files.map((f) => `sha256:${f.sha256}`) : undefined,
    };
    return log.group(`Moving ${release.name} to ${release.version}`, async () => {
        const moved = await rewriteCheckout(checkout, s.requirementFiles, target);
        for (const glob of moved.unmatched)
            log.warning(`'${glob}' matches no tracked file`);
        for (const edit of moved.edits) {
            for (const c of edit.changes)
                log.info(`${edit.path}:${c.line}: ${c.after.trim()}`);
        }
        return moved;
    });
}
/** Runs the consumer's command in the checkout, to regenerate what depends on the pins. */
async function runCommand(argv, isolation, s, { log, run }) {
    const { release } = s;
    await log.group(`Running ${argv.join(' ')}`, () => runConsumerCommand({
        argv,
        cwd: s.workspace,
        release: { name: release.name, version: release.version, indexUrl: release['index-url'] },
        isolation,
        run,
        log,
        timeoutMs: s.commandTimeoutMs,
    }));
}
async function commandIsolation(s, deps) {
    const isolation = deps.isolation ?? (await chooseCommandIsolation(deps.run));
    deps.log.info(isolation.description);
    if (isolation.kind === 'none' && s.held.length > 0) {
        if (!s.buildsCanReadSecrets) {
            throw new errors/* WheelrelayError */.V6(`not run: this process holds ${s.held.join(', ')}, and ${isolation.description.replace(/^The/, 'the')}`, 'Run the bump where root, passwordless sudo or user namespaces are available (GitHub-hosted runners have sudo), or bump with `dry-run: true` in a job without the token and commit in another. To run it here anyway, knowing the command can read the token, set `builds-can-read-secrets: true`.');
        }
        deps.log.warning(`the command can read ${s.held.join(', ')}: ${isolation.description}`);
    }
    return isolation;
}
/**
 * The pull request's account of the change: the pin lines as they were and are, then the
 * other files with how many lines each gained and lost.
 */
function changeDetails(pinEdits, all, run) {
    const pinLines = pinEdits.flatMap((e) => e.changes.map((c) => `${e.path}:${c.line}\n- ${c.before.trimEnd()}\n+ ${c.after.trimEnd()}`));
    const lines = ['#### Pin change', '', (0,markdown/* markdownBlock */.dI)(pinLines.join('\n'), 'diff'), ''];
    const pinPaths = new Set(pinEdits.map((e) => e.path));
    const others = all.filter((e) => !pinPaths.has(e.path));
    if (run) {
        lines.push(`#### Regenerated by ${(0,markdown/* markdownText */.p7)(run.join(' '))}`, '');
        if (others.length === 0)
            lines.push('It changed no other file.', '');
        else {
            lines.push('| file | lines added | lines removed |', '| --- | --- | --- |');
            for (const e of others) {
                const { added, removed } = lineCounts((0,pins_diff/* unifiedDiff */.W)(e.path, e.before, e.after));
                lines.push(`| ${(0,markdown/* markdownText */.p7)(e.path)} | ${added} | ${removed} |`);
            }
            lines.push('');
        }
    }
    return lines.join('\n').trimEnd();
}
function lineCounts(diff) {
    let added = 0;
    let removed = 0;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+') && !line.startsWith('+++ '))
            added++;
        else if (line.startsWith('-') && !line.startsWith('--- '))
            removed++;
    }
    return { added, removed };
}
/** The payload as the publisher's release outcome, which the pull-request code reads. */
function outcomeOf(p) {
    return {
        name: p.name,
        version: p.version,
        files: p.files.map((f) => ({ ...f, url: '', outcome: 'uploaded' })),
        published: true,
        index: p['index-url'] ?? '',
        projectUrl: p['project-url'] ?? '',
        ...(p.tag ? { ref: { kind: 'tag', name: p.tag, sha: p.sha } } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
;// CONCATENATED MODULE: ./src/bump/command.ts


/**
 * A `run` command as the program and arguments to start, without a shell. shell-quote's
 * `parse` does the quoting rules (quotes, backslashes) a user expects when writing a command
 * on one line; everything that would need a shell to mean what it says (operators, pipes,
 * redirections, `$VAR`, `$(…)`, backticks, globs, `NAME=value` prefixes) is refused with a hint,
 * rather than passed on as literal text that silently does something else.
 */
function command_parseRunCommand(text, input = 'run') {
    // A unique marker stands in for every `$NAME` shell-quote finds, so a variable is refused
    // wherever it sits, alone or inside a word.
    const marker = `\u0000wheelrelay-var\u0000`;
    if (hasBacktick(text))
        throw refusal(input, text, 'a backtick command substitution');
    const tokens = (0,shell_quote.parse)(text.trim(), () => marker);
    const argv = [];
    for (const token of tokens) {
        if (typeof token !== 'string') {
            if ('comment' in token)
                continue;
            const what = 'op' in token && token.op === 'glob'
                ? `the glob '${token.pattern}'`
                : `the operator '${'op' in token ? token.op : '?'}'`;
            throw refusal(input, text, what);
        }
        if (token.includes(marker)) {
            throw refusal(input, text, 'a `$` expansion or command substitution');
        }
        if (argv.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(token)) {
            throw refusal(input, text, `the variable assignment '${token}'`);
        }
        argv.push(token);
    }
    if (argv.length === 0) {
        throw new errors/* InputError */.dz(input, 'is empty', 'Give the command that regenerates the compiled files, e.g. `make compile-requirements`.');
    }
    return argv;
}
/**
 * Whether a backtick stands outside single quotes, where a shell would run what it encloses
 * (shell-quote keeps backticks as plain text, so they are looked for here).
 */
function hasBacktick(text) {
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
        }
        else if (c === '\\')
            i++;
        else if (c === '`')
            return true;
        else if (c === '"')
            quote = quote === '"' ? undefined : '"';
        else if (c === "'" && quote === undefined)
            quote = "'";
    }
    return false;
}
function refusal(input, text, what) {
    return new errors/* InputError */.dz(input, `(${text.trim().slice(0, 120)}) has ${what}, which only a shell understands; wheelrelay runs the command without one`, "Write one program and its arguments (e.g. `make compile-requirements`); the release is in WHEELRELAY_NAME, WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL. To use a shell, say so: `bash -ec 'pip-compile … && make docs'`.");
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/github/settings.ts
var settings = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/inputs/read.ts
var read = __webpack_require__(4245);
;// CONCATENATED MODULE: ./src/bump/settings.ts









/**
 * Reads the bump action's inputs and the event that started the run. The release comes from
 * the `release` input when given (`name==version`), else from the event: a `repository_dispatch`
 * of type `wheelrelay-release` (its `client_payload`), or a `workflow_dispatch` whose inputs
 * have `release`. Everything is validated before the checkout is touched.
 */
function readBumpActionSettings(input, env, workspace, onSecret = () => { }) {
    // Secrets are masked first (by Inputs), so that nothing printed while validating the rest
    // can show them.
    const inputs = new Inputs(input, 'bump', onSecret);
    const token = inputs.read('token');
    const { release, source } = readRelease(inputs.read('release'), env);
    const indexUrl = inputs.read('index-url');
    if (indexUrl !== undefined)
        checkIndexUrl(indexUrl);
    // A dispatch names its own index; `index-url` serves runs whose release names none.
    if (indexUrl && !release['index-url'])
        release['index-url'] = indexUrl;
    const requirementFiles = inputs.read('requirement-files') ?? [];
    if (requirementFiles.length === 0) {
        throw new WheelrelayError('input `requirement-files` is required', 'List the files that pin the package, relative to the checkout (e.g. `requirements/edx/github.in`); the `run` command regenerates the rest.');
    }
    for (const glob of requirementFiles) {
        if (leavesRoot(glob)) {
            throw new WheelrelayError(`input \`requirement-files\` has '${glob}', which leaves the checkout`, 'Give paths and globs relative to the checkout, without `..`.');
        }
    }
    const runText = inputs.read('run');
    const pull = readPullSettings(inputs, env);
    const settings = {
        release,
        source,
        requirementFiles,
        run: runText ? parseRunCommand(runText) : undefined,
        workspace,
        dryRun: pull.dryRun,
        commandTimeoutMs: inputs.read('command-timeout') * 1000,
        buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
        held: secretsInEnvironment(env),
        ...(source === 'input' && indexUrl ? { lookUp: indexUrl } : {}),
    };
    if (pull.dryRun)
        return settings;
    if (!token) {
        throw new WheelrelayError('input `token` is empty', 'Leave it at its default (`github.token`, the token of the job, with `permissions: contents: write, pull-requests: write`), or pass a token that may push branches and open pull requests here; or set `dry-run: true`.');
    }
    return {
        ...settings,
        github: pullTarget(pull, token, release['source-repo'], consumerOf(env)),
    };
}
/**
 * Where a bump in a checkout commits and opens its pull request: `consumer` (this repository
 * and the branch it checked out), with the pull-request settings, through `token`.
 */
function pullTarget(pull, token, sourceRepo, consumer) {
    const cfg = {
        ...pull,
        consumers: [],
        token,
        pinStyle: 'index',
        sourceRepo,
        concurrency: 1,
    };
    return { cfg, consumer };
}
function readRelease(spec, env) {
    if (spec)
        return { release: releaseFromSpec(spec), source: 'input' };
    const name = env.GITHUB_EVENT_NAME ?? '';
    const event = readEvent(env.GITHUB_EVENT_PATH);
    if (name === 'repository_dispatch') {
        if (event.action !== RELEASE_EVENT) {
            throw new WheelrelayError(`this run was started by a repository_dispatch of type '${String(event.action ?? '').slice(0, 80)}', not ${RELEASE_EVENT}`, `Trigger the job with \`on: repository_dispatch: types: [${RELEASE_EVENT}]\`.`);
        }
        return { release: readReleasePayload(event.client_payload), source: 'dispatch' };
    }
    const inputs = event.inputs;
    if (name === 'workflow_dispatch' && typeof inputs?.release === 'string' && inputs.release) {
        return { release: releaseFromSpec(inputs.release), source: 'input' };
    }
    throw new WheelrelayError(`no release to bump: this run was started by ${name ? `a ${name} event` : 'no event'} and input \`release\` is empty`, `Run it \`on: repository_dispatch: types: [${RELEASE_EVENT}]\` (a publisher with \`consumers: owner/repo: dispatch\` sends it), or \`on: workflow_dispatch\` with a \`release\` input (name==version).`);
}
function readEvent(path) {
    if (!path)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (err) {
        throw new WheelrelayError(`the event payload (GITHUB_EVENT_PATH) could not be read: ${err.message}`, 'Run the action in a GitHub Actions job; the runner writes the event there.');
    }
    return parsed !== null && typeof parsed === 'object' ? parsed : {};
}
/** Refuses an `index-url` that is no http(s) or file URL, or that carries credentials. */
function checkIndexUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.dz('index-url', `is not a URL: ${(0,secrets/* safeUrl */.Pl)(raw)}`, "Give the index's simple API as pip's `--index-url` takes it (e.g. https://devpi.example.com/ci/cache/+simple/).");
    }
    if (!['https:', 'http:', 'file:'].includes(url.protocol)) {
        throw new errors/* InputError */.dz('index-url', `has scheme ${url.protocol}`, 'Use https:// (or http:// on a trusted network), or file:// for a directory index.');
    }
    if (url.username || url.password) {
        throw new errors/* InputError */.dz('index-url', 'carries credentials', 'The command and the pull request see this URL: give the index without credentials (pip reads them from its own configuration, e.g. PIP_INDEX_URL in a secret or netrc).');
    }
}
/** The repository this workflow runs in, and the branch it checked out, as the consumer. */
function consumerOf(env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new WheelrelayError(`GITHUB_REPOSITORY is '${env.GITHUB_REPOSITORY ?? ''}', not owner/repo`, 'Run the action in a GitHub Actions job, or set `dry-run: true` to only change the checkout.');
    }
    const ref = env.GITHUB_REF ?? '';
    if (!ref.startsWith('refs/heads/')) {
        throw new WheelrelayError(`this run is on ${ref || 'no ref'}, not a branch: there is no base for the pull request`, 'Run it on a branch (a repository_dispatch runs on the default branch; pick a branch for workflow_dispatch).');
    }
    return { owner, repo, base: ref.slice('refs/heads/'.length) };
}

// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/bump.ts














const BUMP_USAGE = {
    head: `usage: wheelrelay bump NAME==VERSION FILE... [options]

Move the pins of NAME in the requirement files (globs, in a git checkout) to VERSION, then run
the command that regenerates what is compiled from them (e.g. pip-compile through make), and
print every change as a unified diff. What the bump action does in a consumer's workflow, for
a developer at their own checkout: the changes stay in the work tree, and with --repository
they are also committed to wheelrelay/<name> there and the pull request is opened.
`,
    tail: `exit codes: 0 done (or already on VERSION), 1 failed (the work tree is left as the failure
left it; \`git diff\` shows it; nothing was committed), 2 usage.
`,
};
/** Flags that say how the pull request is made: they need --repository. */
const PULL_FLAGS = [
    'base',
    'token-stdin',
    'pr-title',
    'pr-body',
    'labels',
    'reviewers',
    'team-reviewers',
    'draft',
    'auto-merge',
    'no-sign-commits',
];
/** `wheelrelay bump`; returns the exit code (0 done, 1 failed, 2 usage). */
async function bumpCommand(argv, env) {
    const line = (0,args/* parseCommand */.RM)('bump', argv, BUMP_USAGE);
    if (typeof line === 'number')
        return line;
    const { end } = line;
    const [spec, ...files] = line.positionals;
    if (!spec || files.length === 0) {
        return end.usage('give NAME==VERSION and at least one FILE', BUMP_USAGE.head);
    }
    const misuse = pullMisuse(line);
    if (misuse)
        return end.usage(misuse);
    let release;
    try {
        release = release_payload_releaseFromSpec(spec);
    }
    catch (err) {
        return end.usage((0,errors/* describeError */.Uc)(err));
    }
    const repository = (0,args/* flagValue */.y6)(line, 'repository');
    const token = repository === undefined ? undefined : await readToken(line, env);
    if (repository !== undefined && !token) {
        return end.usage('--repository needs a token that may push branches and open pull requests there: set $WHEELRELAY_GITHUB_TOKEN, or pipe it to --token-stdin');
    }
    const log = (0,src_log/* consoleLog */.aO)((0,args/* isSet */.vM)(line, 'verbose'));
    try {
        const settings = await checkoutSettings(line, env, release, token);
        const result = await bumpInCheckout(settings, { log, run: runner.execRunner });
        process.stdout.write(result.diff);
        const pull = result.pull;
        if (pull) {
            process.stdout.write((0,secrets/* redact */.E$)(`${pull.outcome}\t${pull.repo}${pull.url ? `\t${pull.url}` : ''}${pull.reason ? `\t${pull.reason}` : ''}\n`));
        }
        return pull?.outcome === 'failed' ? 1 : 0;
    }
    catch (err) {
        return end.failed(err, log);
    }
}
/** owner/repo as GitHub allows them. */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** The usage error for a malformed --repository, or a pull request flag without it. */
function pullMisuse(line) {
    const repository = (0,args/* flagValue */.y6)(line, 'repository');
    if (repository !== undefined && !REPOSITORY.test(repository)) {
        return `--repository is '${repository.slice(0, 80)}': give it as OWNER/REPO`;
    }
    const flag = PULL_FLAGS.find((f) => line.values[f] !== undefined);
    if (flag && repository === undefined) {
        return `--${flag} applies to the pull request: add --repository OWNER/REPO`;
    }
    return undefined;
}
/** The GitHub token: from standard input with --token-stdin, else $WHEELRELAY_GITHUB_TOKEN. */
async function readToken(line, env) {
    return (0,args/* isSet */.vM)(line, 'token-stdin') ? await (0,args/* readStdin */.vJ)() : env.WHEELRELAY_GITHUB_TOKEN || undefined;
}
/**
 * What the flags ask of the bump, read as the bump action reads its inputs (a refused value
 * names its flag), in the git checkout the current directory is in.
 */
async function checkoutSettings(line, env, release, token) {
    const given = (0,flags/* flagInputs */.Cp)('bump', line.values, env, token);
    // The token is masked here, before anything is read or printed.
    const inputs = new read/* Inputs */.G({ get: (n) => given[n] }, 'bump');
    const indexUrl = inputs.read('index-url');
    if (indexUrl !== undefined) {
        checkIndexUrl(indexUrl);
        release['index-url'] = indexUrl;
    }
    const runText = inputs.read('run');
    const run = runText === undefined ? undefined : command_parseRunCommand(runText);
    const pull = (0,settings/* readPullSettings */.$)(inputs, env);
    const commandTimeoutMs = inputs.read('command-timeout') * 1000;
    const root = await checkoutRoot();
    return {
        release,
        requirementFiles: line.positionals.slice(1).map((f) => fromRoot(root, f)),
        run,
        workspace: root,
        dryRun: pull.dryRun,
        commandTimeoutMs,
        buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
        held: [
            ...(0,environment/* secretsInEnvironment */.W)(env),
            ...((0,args/* isSet */.vM)(line, 'token-stdin') ? ['the token read with --token-stdin'] : []),
        ],
        github: token ? await pullRequestAt(line, pull, token, root) : undefined,
    };
}
/** Where --repository's pull request goes: that repository, based on --base or the branch checked out. */
async function pullRequestAt(line, pull, token, root) {
    const [owner = '', repo = ''] = ((0,args/* flagValue */.y6)(line, 'repository') ?? '').split('/');
    const base = (0,args/* flagValue */.y6)(line, 'base') ?? (await checkedOutBranch(root));
    return pullTarget(pull, token, undefined, { owner, repo, base });
}
/** The branch the checkout is on: the pull request's base unless --base says otherwise. */
async function checkedOutBranch(root) {
    const res = await (0,runner.execRunner)('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], {
        cwd: root,
        timeoutMs: 60_000,
    });
    const branch = res.output.trim();
    if (res.exitCode !== 0 || !branch) {
        throw new errors/* WheelrelayError */.V6('the checkout is on no branch (a detached HEAD): there is no base for the pull request', 'Check out the branch the pull request should go to, or give it with --base.');
    }
    return branch;
}
/** The top of the git checkout the current directory is in. */
async function checkoutRoot() {
    const res = await (0,runner.execRunner)('git', ['rev-parse', '--show-toplevel'], {
        cwd: process.cwd(),
        timeoutMs: 60_000,
    });
    if (res.exitCode !== 0) {
        throw new errors/* WheelrelayError */.V6(`${process.cwd()} is not in a git checkout`, 'Run `wheelrelay bump` in the checkout of the project whose pins move: it commits nothing, but reads what changed through git.');
    }
    return res.output.trim();
}
/** A FILE argument (relative to the current directory) as a glob relative to the checkout's top. */
function fromRoot(root, file) {
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(process.cwd(), file));
    if (rel === '' || rel.startsWith(`..${external_node_path_.sep}`) || rel === '..' || (0,external_node_path_.isAbsolute)(rel)) {
        throw new errors/* WheelrelayError */.V6(`${file} is outside the checkout (${root})`, 'Name requirement files of the checkout the command runs in.');
    }
    return rel.split(external_node_path_.sep).join('/');
}


/***/ }),

/***/ 2194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ consumerName),
/* harmony export */   rV: () => (/* binding */ parseConsumers),
/* harmony export */   yC: () => (/* binding */ branchFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3718);
/* harmony import */ var _pins_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6352);



/** `owner/repo`, as GitHub spells it. */
const consumerName = (c) => `${c.owner}/${c.repo}`;
const LINE = /^([^\s/@:]+)\/([^\s/@:]+)(?:@([^\s:]+))?\s*:\s*(.*)$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const FORM = 'Write one consumer a line as `owner/repo[@base-branch]: glob, glob`, e.g. `acme/web@main: requirements/*.txt`, or `owner/repo: dispatch` for a consumer that bumps in its own workflow.';
/**
 * Parses the `consumers` input: one repository a line, `owner/repo[@base-branch]: glob, glob`.
 * Blank lines and `#` comments are ignored. Errors name the line to fix.
 */
function parseConsumers(text) {
    const out = [];
    // Each repository and base branch on one line only: the line that first named it, by key.
    const seen = new Map();
    const claim = (key, where, line) => {
        const dup = seen.get(key.toLowerCase());
        if (dup !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${where} repeats the consumer on line ${dup}`, 'List each repository (and base branch) once, with all its globs on one line.');
        }
        seen.set(key.toLowerCase(), line);
    };
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        const where = `input \`consumers\` line ${i + 1} (${raw.trim()})`;
        const m = LINE.exec(line);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${where} is not a consumer`, FORM);
        const [, owner = '', repo = '', base, rest = ''] = m;
        if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${where}: '${owner}/${repo}' is not a GitHub repository name`, FORM);
        }
        if (base !== undefined && !validBranch(base)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${where}: '${base}' is not a valid branch name`, FORM);
        }
        if (rest.trim() === 'dispatch') {
            if (base !== undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${where}: a dispatch consumer takes no base branch`, 'The dispatch starts the workflow on the default branch of the consumer; its own workflow chooses where the pull request goes. Write `owner/repo: dispatch`.');
            }
            claim(`${owner}/${repo}@`, where, i + 1);
            out.push({ owner, repo, globs: [], dispatch: true });
            return;
        }
        const globs = rest
            .split(',')
            .map((g) => g.trim())
            .filter((g) => g !== '');
        if (globs.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${where} names no requirement files`, FORM);
        }
        for (const glob of globs) {
            if ((0,_inputs_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .leavesRoot */ .hs)(glob)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${where}: glob '${glob}' leaves the repository`, 'Globs are relative to the repository root, e.g. `requirements/*.txt`.');
            }
        }
        claim(`${owner}/${repo}@${base ?? ''}`, where, i + 1);
        out.push(base === undefined ? { owner, repo, globs } : { owner, repo, base, globs });
    });
    return out;
}
/**
 * The rules of `git check-ref-format --branch` that matter for a branch name typed into a
 * workflow; a leading `-` is refused too, so no branch name can ever read as a git option.
 */
function validBranch(name) {
    return (!/[\s~^:?*[\\\p{Cc}]/u.test(name) &&
        !name.includes('..') &&
        !name.includes('@{') &&
        !name.startsWith('/') &&
        !name.startsWith('-') &&
        !name.endsWith('/') &&
        !name.endsWith('.') &&
        !name.endsWith('.lock') &&
        !name.includes('//') &&
        name.split('/').every((part) => part !== '' && !part.startsWith('.')));
}
/** The branch wheelrelay owns in each consumer for one package: `wheelrelay/<normalised-name>`. */
function branchFor(packageName) {
    return `wheelrelay/${(0,_pins_index_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(packageName)}`;
}


/***/ }),

/***/ 9959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kz: () => (/* binding */ Spacing),
/* harmony export */   bC: () => (/* binding */ GITHUB_PACING),
/* harmony export */   yG: () => (/* binding */ pacingFor)
/* harmony export */ });
/* unused harmony export NO_WAITS */
/* harmony import */ var _index_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5434);
/**
 * How the GitHub client paces itself: GitHub's asks by default, none for a stand-in on this
 * machine. Kept apart from client.ts so that reading settings never loads Octokit.
 */

/** What GitHub asks for: every run against GitHub uses this. */
const GITHUB_PACING = {
    msPerSecond: 1000,
    writeGapMs: 1000,
    notifyGapMs: 3000,
};
/** No waits at all, for a GitHub stand-in on this machine: requests keep their count and order. */
const NO_WAITS = { msPerSecond: 0, writeGapMs: 0, notifyGapMs: 0 };
/**
 * Starts what asks at least `gapMs` apart, in the order asked, waiting on a clock. It stands
 * where @octokit/plugin-throttling's `write` and `notifications` Bottleneck groups would (one at
 * a time, `minTime` apart), so that a test's clock sees every wait and no test waits for real.
 */
class Spacing {
    gapMs;
    clock;
    next = Number.NEGATIVE_INFINITY;
    constructor(gapMs, clock = _index_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml) {
        this.gapMs = gapMs;
        this.clock = clock;
    }
    /** Resolves when the caller's turn comes: `gapMs` after the previous caller's. */
    async turn() {
        if (this.gapMs <= 0)
            return;
        const now = this.clock.now();
        const at = Math.max(now, this.next);
        this.next = at + this.gapMs;
        if (at > now)
            await this.clock.sleep(at - now);
    }
}
/**
 * The pacing for a run: GitHub's, unless `WHEELRELAY_GITHUB_PACING=off` is set and the API is
 * on this machine (a test stand-in). No setting makes wheelrelay hurry a remote GitHub.
 */
function pacingFor(apiUrl, env) {
    if (env.WHEELRELAY_GITHUB_PACING !== 'off')
        return GITHUB_PACING;
    let host = '';
    try {
        host = new URL(apiUrl).hostname;
    }
    catch {
        return GITHUB_PACING;
    }
    return ['127.0.0.1', 'localhost', '[::1]'].includes(host) ? NO_WAITS : GITHUB_PACING;
}


/***/ }),

/***/ 9518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readPullSettings),
/* harmony export */   s: () => (/* binding */ readBumpSettings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _consumers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2194);
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9959);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7180);





/**
 * Reads the pin-bump inputs (consumers, consumer-token, pin-style, the pull request's title,
 * body, labels, reviewers, draft, auto-merge, sign-commits); undefined when no consumers are
 * set. Whether the run is dry is the run's to say (dry-run, or a pull request's run).
 */
function readBumpSettings(inputs, env, run) {
    const consumers = (0,_consumers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConsumers */ .rV)(inputs.read('consumers') ?? '');
    if (consumers.length === 0)
        return undefined;
    const token = inputs.read('consumer-token');
    // A run that moves no pin (a pull request's) needs no token: without one, no consumer is read.
    if (!token && run.tokenOptional)
        return undefined;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6('input `consumers` is set but `consumer-token` is not', "Pass a fine-grained PAT or GitHub App token with contents and pull-requests write access to every consumer (from a secret). The workflow's own GITHUB_TOKEN cannot write to other repositories.");
    }
    return {
        ...readPullSettings(inputs, env),
        dryRun: run.dryRun,
        consumers,
        token,
        pinStyle: inputs.read('pin-style'),
        sourceRepo: env.GITHUB_REPOSITORY || undefined,
        concurrency: 20,
    };
}
/**
 * Reads the pull request's inputs (pr-title, pr-body, labels, reviewers, team-reviewers, draft,
 * auto-merge, sign-commits, dry-run) and where the API is, from the runner's environment.
 */
function readPullSettings(inputs, env) {
    const title = inputs.read('pr-title');
    const body = inputs.read('pr-body') ?? _templates_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_BODY */ .Zn;
    (0,_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTemplate */ .BU)(title, 'pr-title');
    (0,_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTemplate */ .BU)(body, 'pr-body');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    try {
        new URL(apiUrl);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`GITHUB_API_URL is not a URL: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .safeUrl */ .Pl)(apiUrl)}`);
    }
    return {
        title,
        body,
        labels: inputs.read('labels') ?? [],
        reviewers: logins(inputs.read('reviewers'), 'reviewers'),
        // `org/team` is how teams are written elsewhere; the API wants the slug.
        teamReviewers: logins(inputs.read('team-reviewers'), 'team-reviewers', true).map((t) => t.replace(/^.*\//, '')),
        draft: inputs.read('draft'),
        autoMerge: inputs.read('auto-merge'),
        signCommits: inputs.read('sign-commits'),
        dryRun: inputs.read('dry-run'),
        apiUrl,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        pacing: (0,_pacing_js__WEBPACK_IMPORTED_MODULE_3__/* .pacingFor */ .yG)(apiUrl, env),
    };
}
function logins(value, name, teams = false) {
    const out = (value ?? []).map((v) => v.replace(/^@/, ''));
    const ok = teams ? /^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/ : /^[A-Za-z0-9-]+(\[bot\])?$/;
    for (const v of out) {
        if (!ok.test(v)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `has '${v}', which is not a ${teams ? 'team' : 'GitHub login'}`, teams ? 'Give team slugs (or org/team), comma-separated.' : 'Give logins, comma-separated.');
        }
    }
    return out;
}


/***/ }),

/***/ 7180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTemplate),
/* harmony export */   Fr: () => (/* binding */ blockersMarkdown),
/* harmony export */   I_: () => (/* binding */ markdownValues),
/* harmony export */   MM: () => (/* binding */ handChangedMarker),
/* harmony export */   XP: () => (/* binding */ releaseTrailer),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   Zn: () => (/* binding */ DEFAULT_BODY),
/* harmony export */   ls: () => (/* binding */ madeByWheelrelay),
/* harmony export */   t7: () => (/* binding */ readMarker),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3758);


/** The placeholders PR titles and bodies may use, and what each becomes. */
const PLACEHOLDERS = {
    name: 'the package name',
    version: 'the new version',
    previous: 'the version(s) the consumer pinned before',
    index: 'the index the release was published to',
    'project-url': "the package's page on the index's simple API",
    tag: 'the release tag',
    sha: 'the commit the release was built from',
    'compare-url': 'the changes since the previous version, on GitHub',
    'source-repo': 'the repository of the package (owner/repo)',
    consumer: 'the consumer repository (owner/repo)',
    files: 'the rewritten requirement files',
};
const DEFAULT_BODY = `Moves the pin of **{name}** from {previous} to **{version}** in {files}.

- Index: {index} ([project page]({project-url}))
- Source: {source-repo} {tag} ({sha}) · [changes]({compare-url})

Opened by wheelrelay after every file of {name} {version} was verified on the index. A newer release updates this pull request instead of opening another.`;
const TOKEN = /\{([a-z-]+)\}/g;
/**
 * The PR body's list of constraints that exclude the new version (`wrapt==1.11.*` against
 * 1.14.1), each with its file and line; empty when there are none. The consumer's own text is
 * shown as text only.
 */
function blockersMarkdown(blockers, version) {
    if (blockers.length === 0)
        return '';
    const rows = blockers.map((b) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(`${b.path}:${b.line}`)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(b.requirement)} allows ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(b.specifier)} only`);
    return [
        `**Constraints that block ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(version)}**: left as written; change them by hand to allow it, or this bump will not install.`,
        '',
        ...rows,
    ].join('\n');
}
/** Fails on a placeholder that does not exist, naming the input, so typos surface before any PR. */
function checkTemplate(template, input) {
    for (const m of template.matchAll(TOKEN)) {
        if (!(m[1] in PLACEHOLDERS)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `uses the unknown placeholder {${m[1]}}`, `Placeholders: ${Object.keys(PLACEHOLDERS)
                .map((p) => `{${p}}`)
                .join(' ')}.`);
        }
    }
}
/** Fills a template's placeholders. */
function renderTemplate(template, values) {
    return template.replace(TOKEN, (whole, key) => key in values ? values[key] : whole);
}
/** The placeholders that name a link's destination (`[changes]({compare-url})`), not text. */
const URL_PLACEHOLDERS = ['project-url', 'compare-url'];
/**
 * The values as a PR body (markdown) takes them: every text as text only (names, versions and
 * above all what comes from the consumer's files: the previous pins, the file paths), and the
 * URLs as safe link destinations. A title is plain text and takes the values as they are.
 */
function markdownValues(values, files) {
    const out = { ...values };
    for (const key of Object.keys(values)) {
        out[key] = URL_PLACEHOLDERS.includes(key)
            ? ((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownUrl */ .$x)(values[key]) ?? '')
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(values[key]);
    }
    out.files = files.map((f) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(f)).join(', ');
    return out;
}
/** The hidden line that records which release a PR carries, so re-runs can recognise it. */
function marker(normalizedName, version) {
    return `<!-- wheelrelay: ${normalizedName}==${version} -->`;
}
/** The release a PR body's marker names, if any. */
function readMarker(body) {
    const m = /<!-- wheelrelay: ([^\s=]+)==(\S+) -->/.exec(body ?? '');
    return m ? { name: m[1], version: m[2] } : undefined;
}
/**
 * The trailer every commit wheelrelay makes carries. A branch whose head lacks it has been
 * changed by someone else since, and wheelrelay does not reset someone's work.
 */
function releaseTrailer(normalizedName, version) {
    return `Wheelrelay-Release: ${normalizedName}==${version}`;
}
const TRAILER = /^Wheelrelay-Release: \S+==\S+$/m;
/**
 * Whether wheelrelay made this branch head: its own commit, or GitHub's "Update branch" merge
 * of the base into its own commit (which holds nothing a reset would lose).
 */
function madeByWheelrelay(commit) {
    if (TRAILER.test(commit.message))
        return true;
    const [first] = commit.parents;
    return (commit.parents.length === 2 &&
        /^Merge branch '[^']+' into /.test(commit.message) &&
        first !== undefined &&
        TRAILER.test(first.message));
}
/** The hidden line of the comment left on a PR whose branch someone changed, once per release. */
function handChangedMarker(normalizedName, version) {
    return `<!-- wheelrelay: hand-changed ${normalizedName}==${version} -->`;
}


/***/ }),

/***/ 4245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Inputs)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7194);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5541);


/**
 * The inputs of one action, read through the table: a value is trimmed, an empty one takes
 * the row's default, and the row's parser reads it (naming the input when it refuses it).
 * Secrets are masked when this is made, before anything is read or printed. Reading an input
 * the action does not list is a bug in wheelrelay, and throws.
 */
class Inputs {
    source;
    action;
    constructor(source, action, onSecret = () => { }) {
        this.source = source;
        this.action = action;
        for (const [name, row] of Object.entries(_table_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc)) {
            if (row.secret && row.actions.includes(action))
                (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .addSecret */ .Ck)(this.given(name), onSecret);
        }
    }
    /** The value as given (trimmed unless the row keeps spaces), or undefined when empty. */
    given(name) {
        const row = _table_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name];
        if (!row.actions.includes(this.action)) {
            throw new Error(`the ${this.action} action has no input \`${name}\``);
        }
        const raw = this.source.get(name);
        const value = row.keepSpaces ? raw : raw?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    /** The parsed value, the default's when the input is empty. */
    read(name) {
        const row = _table_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[name];
        const value = this.given(name) ?? (row.default === '' ? undefined : row.default);
        return (value === undefined ? undefined : row.parse(value, name));
    }
}


/***/ }),

/***/ 3758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   dI: () => (/* binding */ markdownBlock),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7194);

/**
 * Foreign text (from a git server, an index, a package's build or metadata, a consumer's files)
 * as markdown that shows it exactly and does nothing else: no link, image, HTML, mention,
 * issue reference or emphasis, in a paragraph or in a table cell alike. Job summaries and pull
 * request bodies put every such value through this one function.
 *
 * The text becomes code spans, which GitHub renders literally: markdown, HTML and entities are
 * not read inside them, and GitHub's autolinks, @mentions and #references skip them. What a
 * code span cannot hold is dealt with outside it: line breaks become spaces (a table row is
 * one line), a `|` stands escaped between two spans (a table would split a cell at it, even
 * inside a span), and the fence is one backtick longer than any run of backticks inside.
 * Secrets are redacted first, so no escaping can split one past recognition.
 */
function markdownText(text) {
    const flat = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text).replace(/[\r\n\u2028\u2029\u0085]+|[\p{Cc}]/gu, ' ');
    return flat
        .split('|')
        .map((part) => (part === '' ? '' : codeSpan(part)))
        .join('\\|');
}
function codeSpan(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A span's content loses one space at each end when it has one at both (and is not all
    // spaces), and a backtick at either end would join the fence: pad with a space, which goes.
    const pad = text.startsWith('`') ||
        text.endsWith('`') ||
        (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '')
        ? ' '
        : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * A URL as the destination of a markdown link wheelrelay writes (`[project page](…)`): only
 * http(s), with every character that could end the destination or the table cell
 * percent-encoded; undefined for anything else, so no link is made at all.
 */
function markdownUrl(url) {
    if (!url)
        return undefined;
    let u;
    try {
        u = new URL((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(url));
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return undefined;
    u.username = '';
    u.password = '';
    return u
        .toString()
        .replace(/[\s()<>"'`\\|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/**
 * A fenced code block holding `text` (a diff) exactly: the fence is longer than any run of
 * backticks in it, so no line of the text can close the block and start markdown of its own.
 */
function markdownBlock(text, info = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text).replace(/\n$/, '')}\n${fence}`;
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

/***/ 6352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* reexport safe */ _rewrite_js__WEBPACK_IMPORTED_MODULE_2__.DW),
/* harmony export */   Ez: () => (/* reexport safe */ _requirements_js__WEBPACK_IMPORTED_MODULE_1__.E),
/* harmony export */   F4: () => (/* reexport safe */ _rewrite_js__WEBPACK_IMPORTED_MODULE_2__.F4),
/* harmony export */   Pc: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_0__.Pc),
/* harmony export */   bw: () => (/* reexport safe */ _rewrite_js__WEBPACK_IMPORTED_MODULE_2__.bw),
/* harmony export */   q: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_0__.q),
/* harmony export */   sM: () => (/* reexport safe */ _rewrite_js__WEBPACK_IMPORTED_MODULE_2__.sM)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5640);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7954);
/* harmony import */ var _rewrite_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(596);
/* harmony import */ var _vcs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8076);
/** Requirement-file pins: pure functions from text to text and changes. */






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
;