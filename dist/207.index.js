export const id = 207;
export const ids = [207,402];
export const modules = {

/***/ 402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ BuildFailed),
  buildDistributions: () => (/* binding */ buildDistributions),
  a: () => (/* binding */ commandLine),
  projectTree: () => (/* binding */ projectTree)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
// EXTERNAL MODULE: ./src/build/collect.ts
var collect = __webpack_require__(6226);
// EXTERNAL MODULE: ./src/build/isolation.ts
var isolation = __webpack_require__(3468);
// EXTERNAL MODULE: ./src/build/runner.ts
var runner = __webpack_require__(6748);
;// CONCATENATED MODULE: ./src/build/source-date.ts
/**
 * The SOURCE_DATE_EPOCH for a build of `dir`: the user's own when set, otherwise the commit
 * time of the git HEAD `dir` is checked out at. Build backends (setuptools/wheel, hatchling,
 * flit, poetry-core) stamp archive members with it instead of the clock, so two builds of one
 * commit make the same bytes and a re-run finds its files already on the index. Undefined (and
 * a warning) when `dir` is not in a git checkout: the build then stamps the current time.
 */
async function sourceDateEpoch(dir, env, run, log) {
    const own = env.SOURCE_DATE_EPOCH?.trim();
    if (own)
        return { value: own, from: 'environment' };
    // `-C` rather than cwd, so the error names the folder; only HEAD's metadata is read.
    const res = await run('git', ['-C', dir, 'log', '-1', '--format=%ct', 'HEAD'], {
        env,
        timeoutMs: 60_000,
    });
    const seconds = res.output.trim();
    if (res.exitCode !== 0 || !/^\d+$/.test(seconds)) {
        const why = res.output.trim().split('\n').pop() ?? `exit code ${res.exitCode}`;
        log.warning(`${dir} is not in a git checkout with a commit (${why}): the build stamps files with the current time, so a re-run builds other bytes (wheelrelay then compares contents before calling them a conflict). Set SOURCE_DATE_EPOCH to build reproducibly.`);
        return undefined;
    }
    return { value: seconds, from: 'commit' };
}

;// CONCATENATED MODULE: ./src/build/python-build.ts










const PROJECT_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/**
 * Sync's builds at once share one pip cache folder: copying it into a sandbox and writing a
 * sandbox's cache back to it take turns, so no build reads a folder another is rewriting.
 */
const cacheTurns = new pool/* KeyedLock */.sk();
/**
 * Builds the project's distributions with `python -m build` in a fresh sandbox (never the
 * project's own `dist/`, which may hold files of older versions) and returns the paths of the
 * files, copied out of the sandbox into `outDir`. Falls back to `pip wheel` where the `build`
 * package is not installed. Whatever the build started is killed when it ends. Every build gets
 * SOURCE_DATE_EPOCH (see {@link sourceDateEpoch}), so a rebuild of one commit makes the same bytes.
 */
async function buildDistributions(opts, run, log) {
    const packageDir = (0,external_node_path_.resolve)(opts.packageDir);
    await assertPythonProject(packageDir);
    const tree = (0,external_node_path_.resolve)(opts.tree ?? packageDir);
    if (packageDir !== tree && !packageDir.startsWith(`${tree}${external_node_path_.sep}`)) {
        throw new errors/* WheelrelayError */.V6(`${packageDir} is not inside the tree to build, ${tree}`);
    }
    const outDir = opts.outDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wheelrelay-dist-')));
    await (0,promises_.mkdir)(outDir, { recursive: true });
    // A relative interpreter path means what it meant before the sandbox: relative to the project.
    const python = opts.python.includes('/') ? (0,external_node_path_.resolve)(packageDir, opts.python) : opts.python;
    const isolated = opts.isolation.kind === 'build-user' || opts.isolation.kind === 'sudo-build-user';
    const extraEnv = await stampedEnv(opts.env, packageDir, run, log);
    if (isolated)
        await (0,isolation/* assertUsableByBuildUser */.PT)(python, { ...process.env, ...extraEnv }.PATH);
    const box = await opts.isolation.open();
    try {
        const root = await box.receive(tree, { move: opts.disposableTree });
        const projectDir = (0,external_node_path_.join)(root, (0,external_node_path_.relative)(tree, packageDir));
        const cacheDir = opts.pipCacheDir;
        if (cacheDir)
            await cacheTurns.run(cacheDir, () => box.seedCache(cacheDir));
        await box.handOver({ ...process.env, ...extraEnv });
        const env = { ...process.env, ...extraEnv, ...box.env };
        // The last command run, exactly (sandbox wrapper and all), for the error when it fails.
        let ran = '';
        const build = async (args) => {
            log.info(`${python} ${args.join(' ')}`);
            const started = box.command(python, args, env, projectDir);
            ran = `${started.cwd ? `(in ${started.cwd}) ` : ''}${commandLine(started.command, started.args)}`;
            const out = log.output('info');
            try {
                return await run(started.command, started.args, {
                    ...(started.cwd ? { cwd: started.cwd } : {}),
                    env,
                    onLine: out.line,
                    timeoutMs: opts.timeoutMs,
                });
            }
            finally {
                out.end();
            }
        };
        let res = await build(buildArgs(opts, box.outDir, projectDir));
        if (res.exitCode !== 0 && /No module named build\b/.test(res.output)) {
            res = await build(pipWheelArgs(opts, box.outDir, projectDir, log));
        }
        await box.close();
        assertBuilt(res, { opts, packageDir, tree, isolated, ran });
        if (cacheDir)
            await cacheTurns.run(cacheDir, () => box.saveCache(cacheDir));
        await box.collect(outDir);
    }
    finally {
        await box.remove();
    }
    const files = await (0,collect/* collectDistributions */.c)(outDir);
    if (files.length === 0) {
        throw new errors/* WheelrelayError */.V6(`the build of ${packageDir} succeeded but produced no wheel or sdist`, 'Check the build log above: the build backend wrote no *.whl or *.tar.gz (a custom backend or setup.py that builds nothing).');
    }
    return files;
}
/**
 * The build's extra environment with SOURCE_DATE_EPOCH set, read from the checkout itself
 * (before the build gets its copy), so a rebuild of one commit makes the same bytes.
 */
async function stampedEnv(env, packageDir, run, log) {
    const extraEnv = { ...env };
    const date = await sourceDateEpoch(packageDir, { ...process.env, ...extraEnv }, run, log);
    if (date) {
        extraEnv.SOURCE_DATE_EPOCH = date.value;
        log.info(`SOURCE_DATE_EPOCH=${date.value} (${date.from === 'commit' ? `the commit time of HEAD in ${packageDir}` : 'set in the environment'})`);
    }
    return extraEnv;
}
/** The arguments of `python -m build` for these options. */
function buildArgs(opts, outDir, projectDir) {
    const args = ['-m', 'build', '--outdir', outDir];
    if (opts.dists === 'wheel')
        args.push('--wheel');
    if (opts.dists === 'sdist')
        args.push('--sdist');
    if (!opts.buildIsolation)
        args.push('--no-isolation');
    // build checks that a non-isolated environment has every declared build requirement;
    // some real projects declare one they never use.
    if (!opts.buildIsolation && opts.skipDependencyCheck)
        args.push('--skip-dependency-check');
    args.push(projectDir);
    return args;
}
/**
 * The arguments of `python -m pip wheel`, the fallback where the interpreter has no `build`
 * module; refused when an sdist is wanted, which pip cannot make.
 */
function pipWheelArgs(opts, outDir, projectDir, log) {
    if (opts.dists !== 'wheel') {
        throw new errors/* WheelrelayError */.V6(`${opts.python} has no 'build' module, and an sdist cannot be built without it`, `Install it (${opts.python} -m pip install build), or set \`dists: wheel\`.`);
    }
    log.warning(`${opts.python} has no 'build' module: building the wheel with pip wheel instead`);
    const args = ['-m', 'pip', 'wheel', '--no-deps', '--wheel-dir', outDir];
    if (!opts.buildIsolation)
        args.push('--no-build-isolation');
    args.push(projectDir);
    return args;
}
/**
 * Throws what went wrong when the build did not succeed: killed at `build-timeout`, the
 * interpreter could not run, or the build failed (naming the command, and how to run it by hand).
 */
function assertBuilt(res, at) {
    const { opts, packageDir, tree } = at;
    if (res.killedAfterSeconds !== undefined) {
        throw new errors/* WheelrelayError */.V6(`the build of ${packageDir} was killed after ${res.killedAfterSeconds} s, the \`build-timeout\`; its last lines:\n${(0,runner/* tail */.RT)(res.output)}`, 'Raise `build-timeout` if the build needs longer, or find what it waits for (try the same command locally).');
    }
    if (res.exitCode === 126 || res.exitCode === 127) {
        throw new errors/* WheelrelayError */.V6(`could not run ${opts.python}: ${(0,runner/* tail */.RT)(res.output, 3)}`, at.isolated
            ? "Builds run as a separate unprivileged user here: the interpreter, and every folder above it, must be readable and executable by every user (those of actions/setup-python and the system's are). Set `python` to such an interpreter."
            : 'Set `python` to a Python interpreter on PATH (actions/setup-python provides one).');
    }
    if (res.exitCode !== 0) {
        const own = ownCommand(opts, (0,external_node_path_.relative)(tree, packageDir));
        const unused = !opts.buildIsolation && !opts.skipDependencyCheck && /Missing dependencies/i.test(res.output)
            ? ' If the project declares a build requirement it does not use, pass `--skip-dependency-check`.'
            : '';
        throw new BuildFailed(`the build of ${packageDir} failed (exit code ${res.exitCode}); its last lines:\n${(0,runner/* tail */.RT)(res.output)}\nthe command was: ${at.ran}`, `Run it yourself in ${tree}: ${own}; fix the build, then re-run.${unused}`, own, unused);
    }
}
/** A build that ran and failed; its message names the command, its hint how to run it by hand. */
class BuildFailed extends errors/* WheelrelayError */.V6 {
    own;
    advice;
    name = 'BuildFailed';
    constructor(message, hint, 
    /** The command a person runs in the tree to build it the same way ({@link ownCommand}). */
    own, 
    /** Advice on a declared build requirement that is missing, or ''. */
    advice) {
        super(message, hint);
        this.own = own;
        this.advice = advice;
    }
}
/**
 * The build command a person runs in the project (`tree`, at `subdir`) to do what this build
 * did, without the sandbox: `python3 -m build --wheel --no-isolation packages/x`.
 */
function ownCommand(opts, subdir) {
    const args = ['-m', 'build'];
    if (opts.dists === 'wheel')
        args.push('--wheel');
    if (opts.dists === 'sdist')
        args.push('--sdist');
    if (!opts.buildIsolation)
        args.push('--no-isolation');
    if (!opts.buildIsolation && opts.skipDependencyCheck)
        args.push('--skip-dependency-check');
    args.push(subdir || '.');
    return commandLine(opts.python, args);
}
/** A command as a POSIX shell would read it back: each argument quoted when it needs to be. */
function commandLine(command, args) {
    const quote = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`);
    return [command, ...args].map(quote).join(' ');
}
/**
 * The tree a build of `packageDir` gets: the nearest folder from `packageDir` up to `stopAt`
 * (the workspace) that holds a `.git`, so tools that read the version from git find it; just
 * `packageDir` when there is none, or when it is outside `stopAt`.
 */
async function projectTree(packageDir, stopAt) {
    const start = (0,external_node_path_.resolve)(packageDir);
    const top = (0,external_node_path_.resolve)(stopAt);
    if (start !== top && !start.startsWith(`${top}${external_node_path_.sep}`))
        return start;
    for (let dir = start;; dir = (0,external_node_path_.dirname)(dir)) {
        if (await (0,files/* exists */.t)((0,external_node_path_.join)(dir, '.git')))
            return dir;
        if (dir === top || dir === (0,external_node_path_.dirname)(dir))
            return start;
    }
}
async function assertPythonProject(dir) {
    const found = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!found?.isDirectory()) {
        throw new errors/* WheelrelayError */.V6(`package-dir ${dir} ${found ? 'is not a directory' : 'does not exist'}`, "Set `package-dir` to the folder that holds the project's pyproject.toml, relative to the workspace.");
    }
    for (const f of PROJECT_FILES) {
        try {
            await (0,promises_.access)((0,external_node_path_.join)(dir, f));
            return;
        }
        catch { }
    }
    throw new errors/* WheelrelayError */.V6(`package-dir ${dir} has no ${PROJECT_FILES.join(', ')}: it is not a Python project`, "Set `package-dir` to the folder that holds the project's pyproject.toml.");
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


/***/ }),

/***/ 3207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSync: () => (/* binding */ runSync)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/build/pip-cache.ts
var pip_cache = __webpack_require__(6134);
// EXTERNAL MODULE: ./src/build/runner.ts
var runner = __webpack_require__(6748);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/build/settings.ts
var settings = __webpack_require__(4251);
// EXTERNAL MODULE: ./src/index/settings.ts
var index_settings = __webpack_require__(3183);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/inputs/read.ts + 1 modules
var read = __webpack_require__(3537);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(9687);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(5640);
// EXTERNAL MODULE: ./src/pins/vcs.ts
var vcs = __webpack_require__(8076);
;// CONCATENATED MODULE: ./src/sync/entries.ts




/**
 * Every git-pinned requirement in the given files, one entry per repository, ref,
 * subdirectory and package name, in the order first seen. Pure: text in, entries out (credentials found in URLs
 * are registered as secrets so no later message can print them, and handed to `onSecret`,
 * the runner's masking, so the runner hides them too).
 */
function collectEntries(sources, onSecret) {
    const byKey = new Map();
    for (const { file, text } of sources) {
        for (const req of (0,vcs/* findVcsRequirements */.o)(text)) {
            const { url, credentials } = splitCredentials(req.url, onSecret);
            // Two names for one commit cannot both be right: keep them apart, so each is checked.
            const key = `${entryKey(url, req.ref, req.subdirectory)}${req.name ? ` ${(0,names/* normalizeName */.Pc)(req.name)}` : ''}`;
            const location = { file, line: req.line };
            const eggVersion = req.version ? ((0,pep440/* valid */.rZ)(req.version) ?? undefined) : undefined;
            const seen = byKey.get(key);
            if (seen) {
                seen.locations.push(location);
                if (seen.entry.versionFrom !== 'egg' && eggVersion) {
                    seen.entry = { ...seen.entry, version: eggVersion, versionFrom: 'egg' };
                }
                continue;
            }
            const tagVersion = req.ref ? versionFromRef(req.ref) : undefined;
            const version = eggVersion ?? tagVersion;
            const locations = [location];
            const entry = {
                key,
                ...(req.name ? { name: req.name } : {}),
                ...(version ? { version, versionFrom: eggVersion ? 'egg' : 'tag' } : {}),
                url,
                ...(req.ref ? { ref: req.ref } : {}),
                ...(req.subdirectory ? { subdirectory: req.subdirectory } : {}),
                locations,
                requirement: credentials ? maskRequirement(req.raw) : req.raw,
                ...(credentials ? { credentials } : {}),
            };
            byKey.set(key, { entry, locations });
        }
    }
    return [...byKey.values()].map(({ entry, locations }) => ({ ...entry, locations }));
}
/** The identity of an entry: the same repository (ignoring `.git` and case of the host), ref and subdirectory. */
function entryKey(url, ref, subdirectory) {
    let id = url.replace(/\/+$/, '').replace(/\.git$/, '');
    try {
        const u = new URL(id);
        id = `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host.toLowerCase()}${u.pathname}`;
    }
    catch { }
    return `${id}@${ref ?? 'HEAD'}${subdirectory ? `#${subdirectory.replace(/^\/+|\/+$/g, '')}` : ''}`;
}
/** A full or abbreviated commit id (7 to 40 hex digits). */
function isCommitId(ref) {
    return /^[0-9a-f]{7,40}$/i.test(ref);
}
/**
 * The version a tag-like ref names (`v1.2.3`, `1.2.3`, `xblock-0.4.12`, `refs/tags/v1.0`), or
 * undefined for commits, branches and anything that does not end in a dotted PEP 440 version.
 * Refs with a `/` (other than `refs/tags/`) are branches by convention (`release/1.2`).
 */
function versionFromRef(ref) {
    const tag = ref.replace(/^refs\/tags\//, '');
    if (isCommitId(tag) || tag.includes('/'))
        return undefined;
    const m = /^(?:.*[-_])?[vV]?(\d+(?:\.\d+)+\S*)$/.exec(tag);
    const raw = m?.[1];
    return raw ? ((0,pep440/* valid */.rZ)(raw) ?? undefined) : undefined;
}
/**
 * User-info of an http(s) URL, split as pip splits it (urllib's `urlsplit`): the authority
 * ends at the first `/`, `?` or `#`, and the user-info at its *last* `@`, so a password with
 * an `@` in it is taken whole. One pattern for splitting and masking, so they always agree.
 */
const USER_INFO = '((?:git\\+)?https?:\\/\\/)([^/?#\\s]*)@';
/**
 * Takes user-info out of an http(s) URL (a token there would show in process lists and logs)
 * and registers it as a secret, in every form it may be printed in. ssh URLs keep their user
 * (`ssh://git@host/…`): it is no secret.
 */
function splitCredentials(url, onSecret) {
    const m = new RegExp(`^${USER_INFO}`, 'i').exec(url);
    if (!m)
        return { url };
    const [whole, scheme = '', userInfo = ''] = m;
    const colon = userInfo.indexOf(':');
    const rawUser = colon < 0 ? userInfo : userInfo.slice(0, colon);
    const rawPassword = colon < 0 ? '' : userInfo.slice(colon + 1);
    const username = decode(rawUser);
    const password = decode(rawPassword);
    // `https://TOKEN@github.com/…` carries the token as the user name.
    const credentials = password
        ? { username, password }
        : { username: 'x-access-token', password: username };
    (0,secrets/* addSecret */.Ck)(rawPassword || rawUser, onSecret);
    (0,secrets/* addBasicAuth */.qK)(credentials.username, credentials.password, onSecret);
    return { url: `${scheme}${url.slice(whole.length)}`, credentials };
}
/** Percent-decodes URL user-info; a malformed escape is kept as written. */
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** The requirement with the user-info of its http(s) URL replaced by `***`. */
function maskRequirement(raw) {
    return raw.replace(new RegExp(USER_INFO, 'i'), '$1***@');
}
/** The entry's URL with its ref and subdirectory, as pip writes it, for messages. */
function describeEntry(entry) {
    const name = entry.name ? `${entry.name}${entry.version ? `==${entry.version}` : ''} ` : '';
    const sub = entry.subdirectory ? `#subdirectory=${entry.subdirectory}` : '';
    return `${name}(${entry.url}${entry.ref ? `@${entry.ref}` : ''}${sub})`;
}

;// CONCATENATED MODULE: ./src/sync/git-fetch.ts







/** A fetch that failed; `reason` names the kind. */
class FetchError extends errors/* WheelrelayError */.V6 {
    reason;
    name = 'FetchError';
    constructor(reason, message, hint) {
        super(message, hint);
        this.reason = reason;
    }
}
/**
 * The environment git runs in for one repository. A token goes in as an `http.extraHeader`
 * set through GIT_CONFIG_COUNT/KEY/VALUE variables: never on a command line, where process
 * lists show it, and never in a file. The header is scoped to the entry's own repository URL
 * (git's `http.<url>.*` matches path prefixes), so a submodule elsewhere on the same host is
 * fetched without it; redirects are not followed, since git would send the header on to
 * wherever it was sent; and nothing is attached to a plain `http:` URL, where anyone on the
 * way could read it. Prompts are off, so a private repository without access fails at once
 * instead of waiting for a password.
 */
function gitEnvironment(url, opts, parent = process.env) {
    const env = {
        ...parent,
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        // Only transports a requirement file can mean (`ext::` and friends run commands), and
        // local paths only for a repository that is itself local: a submodule of a remote one
        // must not read the runner's disk.
        GIT_ALLOW_PROTOCOL: parent.GIT_ALLOW_PROTOCOL ??
            (url.startsWith('file:') ? 'file:git:http:https:ssh' : 'git:http:https:ssh'),
        GIT_SSH_COMMAND: parent.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
    };
    const header = authorizationFor(url, opts);
    const scope = repositoryScope(url);
    if (!header || !scope)
        return env;
    const settings = [
        [`http.${scope}.extraHeader`, header],
        ['http.followRedirects', 'false'],
    ];
    let count = Number(parent.GIT_CONFIG_COUNT) || 0;
    for (const [key, value] of settings) {
        env[`GIT_CONFIG_KEY_${count}`] = key;
        env[`GIT_CONFIG_VALUE_${count}`] = value;
        count++;
    }
    env.GIT_CONFIG_COUNT = String(count);
    return env;
}
/** The Authorization header a fetch of `url` carries, if any: credentials from the URL, else the token for its host. */
function authorizationFor(url, opts) {
    const basic = (user, password) => `Authorization: ${(0,secrets/* addBasicAuth */.qK)(user, password)}`;
    if (opts.credentials)
        return basic(opts.credentials.username, opts.credentials.password);
    const host = hostOf(url);
    if (opts.auth && host && opts.auth.hosts.some((h) => h.toLowerCase() === host)) {
        return basic('x-access-token', opts.auth.token);
    }
    return undefined;
}
/**
 * The `https:` URL a header is scoped to: the repository's own, without query or fragment, so
 * git sends it for that repository's requests only. Undefined for any other scheme (plain
 * `http:` above all): such a fetch carries no credentials.
 */
function repositoryScope(url) {
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' || u.username || u.password)
            return undefined;
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return undefined;
    }
}
/** The lower-cased host of an http(s) URL; undefined for any other URL. */
function hostOf(url) {
    try {
        const u = new URL(url);
        return /^https?:$/.test(u.protocol) ? u.host.toLowerCase() : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Fetches exactly one commit into `dir` and checks it out: `git fetch --depth 1` of the ref
 * (branch, tag or full commit id). An abbreviated commit id cannot be fetched by itself, so
 * for one (or for a server that refuses unadvertised commits) every branch and tag is fetched
 * and the id resolved locally. A tag is kept as a local tag, so setuptools_scm and friends
 * read the version from it as they would in a full clone. Submodules come too, as pip does.
 */
async function fetchCommit(req, run, log) {
    const ref = req.ref ?? 'HEAD';
    const where = `${req.url}${req.ref ? `@${req.ref}` : ''}`;
    if (ref.startsWith('-') || /\s/.test(ref)) {
        throw new FetchError('bad-ref', `${where}: '${ref}' is not a git ref`);
    }
    await (0,promises_.mkdir)(req.dir, { recursive: true });
    const { git, must } = gitIn(req, where, run, log);
    await must(['init', '-q']);
    await must(['remote', 'add', 'origin', req.url]);
    log.info(`fetching ${where} (depth 1)`);
    const shallow = await git(['fetch', '-q', '--depth', '1', '--no-tags', 'origin', ref]);
    if (shallow.exitCode === 0) {
        const tag = await fetchedTag(req.dir);
        if (tag)
            await must(['update-ref', `refs/tags/${tag}`, 'FETCH_HEAD']).catch(() => undefined);
        await must(['checkout', '-q', '--detach', 'FETCH_HEAD']);
    }
    else if (isCommitId(ref) &&
        !/could not read|authentication|not found|denied/i.test(shallow.output)) {
        await checkoutFromEveryRef(ref, req, where, { git, must }, log);
    }
    else {
        throw classify(shallow.output, where, req.url);
    }
    const commit = await must(['rev-parse', 'HEAD']);
    if (await (0,files/* exists */.t)((0,external_node_path_.join)(req.dir, '.gitmodules'))) {
        log.info(`${where}: updating submodules`);
        await must(['submodule', 'update', '--init', '--recursive', '--depth', '1']);
    }
    return { commit };
}
/** Runs git in `req.dir` with its environment and deadline, its output as debug lines. */
function gitIn(req, where, run, log) {
    const git = async (args) => {
        log.debug(`git ${args.join(' ')}`);
        const out = log.output('debug');
        try {
            const res = await run('git', args, {
                cwd: req.dir,
                env: req.env,
                onLine: out.line,
                ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}),
            });
            if (res.killedAfterSeconds !== undefined) {
                throw new FetchError('fetch-failed', `${where}: git ${args[0]} was killed after ${res.killedAfterSeconds} s`, 'The git server did not finish in time (`timeout` bounds each git command): check that it is up, or raise `timeout` for a very large repository.');
            }
            return res;
        }
        finally {
            out.end();
        }
    };
    const must = async (args) => {
        const res = await git(args);
        if (res.exitCode !== 0)
            throw classify(res.output, where, req.url);
        return res.output.trim();
    };
    return { git, must };
}
/**
 * For an abbreviated commit id (or a server that refuses unadvertised commits): fetches every
 * branch and tag, then checks out the commit the id names.
 */
async function checkoutFromEveryRef(ref, req, where, { git, must }, log) {
    log.info(`${ref} cannot be fetched by itself: fetching every branch and tag of ${req.url} to find it`);
    await must([
        'fetch',
        '-q',
        '--no-tags',
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/tags/*:refs/tags/*',
    ]);
    const res = await git(['rev-parse', '--verify', '-q', `${ref}^{commit}`]);
    if (res.exitCode !== 0) {
        throw new FetchError('bad-ref', `${where}: no commit ${ref} on any branch or tag of ${req.url}`, 'Check the commit id in the requirement file (was it force-pushed away, or is it in a fork?).');
    }
    await must(['checkout', '-q', '--detach', res.output.trim()]);
}
/** The tag name FETCH_HEAD records when the fetched ref was a tag. */
async function fetchedTag(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, '.git', 'FETCH_HEAD'), 'utf8').catch(() => '');
    const tag = /\ttag '([^']+)' of /.exec(text)?.[1];
    return tag && !tag.startsWith('-') ? tag : undefined;
}
/** Turns git's complaint into an error that says what to fix. */
function classify(output, where, url) {
    const last = (0,runner/* tail */.RT)(output, 6);
    const refused = /transport '([^']+)' not allowed/i.exec(output)?.[1];
    if (refused) {
        return new FetchError('fetch-failed', `${where}: git refused the '${refused}' transport (${last})`, `wheelrelay lets git use only git, http, https and ssh (and file for a file:// requirement), since other transports can run commands or read this machine's files. If your git config sends this repository elsewhere (a url.<mirror>.insteadOf rule pointing at a ${refused}:// mirror), allow that transport with GIT_ALLOW_PROTOCOL in the environment, which wheelrelay honours as it is: e.g. GIT_ALLOW_PROTOCOL=${refused}:https:ssh.`);
    }
    if (/returned error: 30[12378]\b/i.test(output)) {
        return new FetchError('fetch-failed', `${where}: the server redirected the fetch elsewhere, and a fetch that carries a token does not follow redirects (${last})`, 'Write the URL the repository really lives at in the requirement file (a redirect would hand the token to whatever the server names).');
    }
    if (/couldn't find remote ref|no such remote ref|not our ref|invalid refspec|unadvertised object/i.test(output)) {
        return new FetchError('bad-ref', `${where}: the ref does not exist in the repository (${last})`, 'Check the branch, tag or commit in the requirement file.');
    }
    if (/authentication failed|could not read (username|password)|terminal prompts disabled|repository not found|permission denied|returned error: 40[134]|HTTP 40[134]|does not appear to be a git repository|could not read from remote repository/i.test(output)) {
        return new FetchError('no-access', `${where}: cannot read the repository (${last})`, url.startsWith('http:')
            ? 'No token or password is ever sent over plain http://, where anyone on the way could read it: write the requirement with https://.'
            : 'It does not exist or is private: pass a token that can read it as `git-token` (a fine-grained PAT or GitHub App token with contents: read), for its host in `git-token-hosts`.');
    }
    return new FetchError('fetch-failed', `${where}: git failed (${last})`);
}
/**
 * The commit a branch, tag or HEAD of a remote points at, from one `git ls-remote` (no
 * clone): an annotated tag's commit, not the tag object; a tag before a branch of the same
 * name, as git's own lookup prefers. Undefined when the remote does not answer, or answers
 * nothing that is exactly this ref: the caller then fetches, which says what is wrong.
 */
async function resolveRef(req, run, log) {
    const ref = req.ref ?? 'HEAD';
    if (ref.startsWith('-') || /\s/.test(ref))
        return undefined;
    log.debug(`git ls-remote ${req.url} ${ref}`);
    // A peeled tag (`v1^{}`: the commit an annotated tag points at) is listed only when asked for.
    const res = await run('git', ['ls-remote', '--', req.url, ref, `${ref}^{}`], {
        env: req.env,
        ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}),
    }).catch(() => undefined);
    if (res?.exitCode !== 0 || res.killedAfterSeconds !== undefined)
        return undefined;
    const refs = new Map();
    for (const line of res.output.split('\n')) {
        const m = /^([0-9a-f]{40}(?:[0-9a-f]{24})?)\t(\S+)$/.exec(line.trim());
        if (m?.[1] && m[2])
            refs.set(m[2], m[1]);
    }
    const full = ref.startsWith('refs/') || ref === 'HEAD' ? [ref] : [];
    const tag = ref.replace(/^refs\/tags\//, '');
    for (const name of [
        ...full.map((r) => `${r}^{}`),
        ...full,
        `refs/tags/${tag}^{}`,
        `refs/tags/${tag}`,
        `refs/heads/${ref}`,
    ]) {
        const commit = refs.get(name);
        if (commit)
            return commit;
    }
    return undefined;
}
/**
 * Which of `tags` the repository at `url` has (`git ls-remote`, nothing fetched), within the
 * deadline. Throws a FetchError when the repository cannot be listed.
 */
async function remoteTags(url, tags, run, opts) {
    const wanted = tags.filter((t) => !t.startsWith('-') && !/\s/.test(t));
    const res = await run('git', ['ls-remote', '--tags', '--', url, ...wanted.map((t) => `refs/tags/${t}`)], {
        env: opts.env,
        timeoutMs: opts.timeoutMs,
    });
    if (res.killedAfterSeconds !== undefined) {
        throw new FetchError('fetch-failed', `${url}: git ls-remote was killed after ${res.killedAfterSeconds} s`, 'The git server did not answer in time: check that it is up, or pass the ref yourself.');
    }
    if (res.exitCode !== 0)
        throw classify(res.output, url, url);
    const found = new Set();
    for (const line of res.output.split('\n')) {
        const m = /^[0-9a-f]{40,64}\trefs\/tags\/(\S+?)(\^\{\})?$/.exec(line.trim());
        if (m?.[1] && wanted.includes(m[1]))
            found.add(m[1]);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/sync/config.ts








/**
 * Reads and validates the settings of the sync action (sync, or plan): its own inputs, and
 * the index and build inputs through the same layer readers publish uses (so they mean the
 * same in every mode). Publish-only inputs are neither read nor validated.
 */
function readSyncConfig(input, env, cwd, onSecret = () => { }, warn = () => { }, opts = {}) {
    // The token first, so that nothing printed while validating the rest can show it.
    const inputs = new read/* Inputs */.G(input, 'sync', onSecret);
    const token = inputs.read('git-token');
    if (token)
        (0,secrets/* addBasicAuth */.qK)('x-access-token', token, onSecret);
    const mode = inputs.read('mode');
    const requirementFiles = inputs.read('requirement-files') ?? [];
    const confined = !opts.anyPath;
    for (const glob of confined ? requirementFiles : []) {
        if ((0,parse/* leavesRoot */.hs)(glob)) {
            throw new errors/* WheelrelayError */.V6(`input \`requirement-files\`: '${glob}' leaves the workspace`, 'Globs are relative to the workspace (the repository checkout), e.g. requirements/*.txt.');
        }
    }
    const requirements = inputs.read('requirement') ?? [];
    if (requirementFiles.length === 0 && requirements.length === 0) {
        throw new errors/* WheelrelayError */.V6(`\`mode: ${mode}\` needs \`requirement-files\` (or \`requirement\`)`, 'Set `requirement-files` to the requirement files to read, e.g. requirements/*.txt (one glob a line).');
    }
    const hosts = inputs.read('git-token-hosts') ?? [];
    const upstreamIndex = inputs.read('upstream-index');
    const defaultHost = (env.GITHUB_SERVER_URL && hostOf(env.GITHUB_SERVER_URL)) || 'github.com';
    return {
        mode,
        ...(0,index_settings/* readIndexSettings */.y)(inputs, cwd, onSecret, warn),
        ...(0,settings/* readBuildSettings */.I)(inputs),
        requirementFiles,
        requirements,
        jobs: inputs.read('jobs') ?? Math.min((0,external_node_os_.availableParallelism)(), 64),
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sync/record-cache.ts


/** Every saved record's key starts with this, so a later run restores the newest one. */
const RECORD_KEY_PREFIX = 'wheelrelay-build-record-';
/** The record file's fingerprint: a save is needed only when the run changed it. */
async function fingerprint(path) {
    const bytes = await (0,promises_.readFile)(path).catch(() => undefined);
    return bytes && (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex').slice(0, 16);
}
/**
 * Restores the newest build record saved by an earlier run into `path` (the action's
 * record lives in the Actions cache: a runner starts empty), and returns what saves it when
 * the run ends. Keys carry the run, its attempt and the record's fingerprint, so parallel
 * jobs that learned different things each save theirs, and a record nobody changed is not
 * saved again. The cache only saves work: every failure here is a log line, never the step's.
 */
async function restoreBuildRecord(cache, path, env, log) {
    if (!cache.isFeatureAvailable()) {
        log.debug('the Actions cache service is not available: the build record starts empty');
        return { save: async () => { } };
    }
    const run = `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    try {
        const hit = await cache.restoreCache([path], `${RECORD_KEY_PREFIX}${run}`, [RECORD_KEY_PREFIX]);
        log.info(hit ? `restored the build record (${hit})` : 'no build record saved yet: it starts empty');
    }
    catch (err) {
        log.warning(`could not restore the build record: ${err.message}`);
    }
    const restored = await fingerprint(path);
    return {
        async save() {
            const now = await fingerprint(path);
            if (!now || now === restored)
                return;
            const key = `${RECORD_KEY_PREFIX}${run}-${now}`;
            try {
                const id = await cache.saveCache([path], key);
                if (id === -1)
                    log.debug(`build record ${key} not saved`);
                else
                    log.info(`saved the build record (${key})`);
            }
            catch (err) {
                // Another job of this run saving the same record is normal, and never fatal.
                log.debug(`build record not saved: ${err.message}`);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
;// CONCATENATED MODULE: ./src/sync/report.ts


function common(e) {
    return {
        url: e.url,
        ...(e.ref ? { ref: e.ref } : {}),
        ...(e.subdirectory ? { subdirectory: e.subdirectory } : {}),
        locations: e.locations.map((l) => `${l.file}:${l.line}`),
        requirement: e.requirement,
    };
}
function entryReport(r) {
    return {
        ...(r.name ? { name: r.name } : {}),
        ...(r.version ? { version: r.version } : {}),
        ...common(r.entry),
        outcome: r.outcome,
        ...(r.reason ? { reason: r.reason } : {}),
        ...(r.error ? { error: r.error } : {}),
        ...(r.notes.length > 0 ? { notes: [...r.notes] } : {}),
        ...(r.commit ? { commit: r.commit } : {}),
        files: r.files.map((f) => ({ ...f })),
        cloned: r.cloned,
        built: r.built,
    };
}
function plannedReport(p) {
    return {
        ...(p.entry.name ? { name: p.entry.name } : {}),
        ...((p.built?.version ?? p.entry.version)
            ? { version: p.built?.version ?? p.entry.version }
            : {}),
        ...common(p.entry),
        outcome: p.status,
        ...(p.error ? { error: p.error } : {}),
    };
}
/** The outputs of a sync or plan run (JSON-encoded where not strings), credentials masked. */
function syncOutputs(result) {
    const out = result.mode === 'plan'
        ? {
            entries: JSON.stringify(result.entries.map(plannedReport)),
            missing: String(result.missing),
            matrix: JSON.stringify(result.matrix),
            'rewritten-files': JSON.stringify(result.rewrites.filter((r) => r.changes.length > 0).map((r) => r.file)),
        }
        : {
            entries: JSON.stringify(result.entries.map(entryReport)),
            counts: JSON.stringify(result.counts),
            'rewritten-files': JSON.stringify(result.rewrites.filter((r) => r.changes.length > 0).map((r) => r.file)),
        };
    for (const key of Object.keys(out))
        out[key] = (0,secrets/* redact */.E$)(out[key] ?? '');
    return out;
}
/** The whole result as one JSON document (CLI `--json`). */
function syncJson(result) {
    const doc = result.mode === 'plan'
        ? {
            mode: 'plan',
            index: result.index,
            missing: result.missing,
            matrix: result.matrix,
            entries: result.entries.map(plannedReport),
            rewritten: result.rewrites
                .filter((r) => r.changes.length > 0)
                .map((r) => ({ file: r.file, changes: r.changes })),
            durationMs: result.durationMs,
        }
        : {
            mode: 'sync',
            index: result.index,
            counts: result.counts,
            entries: result.entries.map(entryReport),
            rewritten: result.rewrites
                .filter((r) => r.changes.length > 0)
                .map((r) => ({ file: r.file, changes: r.changes })),
            durationMs: result.durationMs,
        };
    return redact(JSON.stringify(doc));
}
/** A package as a summary row names it: what the requirement or the build says, as text only. */
const packageCell = (name, version) => (0,markdown/* markdownText */.p7)(`${name ?? '?'}${version ? ` ${version}` : ''}`);
/** A repository and ref, as text only (both come from requirement files). */
const repoCell = (url, ref) => (0,markdown/* markdownText */.p7)(`${url}${ref ? `@${ref}` : ''}`);
/**
 * The job summary: one row per entry. Everything in a row but the outcome comes from
 * requirement files, git servers, builds or the index, so it is shown as text only.
 */
function syncSummary(result) {
    const lines = [];
    if (result.mode === 'plan') {
        lines.push(`### wheelrelay plan: ${result.missing} of ${result.entries.length} git-pinned requirements to build`, '', `Index: ${(0,markdown/* markdownText */.p7)(result.index)} · ${result.matrix.include.length} matrix job(s)`, '', '| package | repository | status |', '| --- | --- | --- |');
        for (const p of result.entries) {
            const e = p.entry;
            lines.push(`| ${packageCell(e.name, e.version)} | ${repoCell(e.url, e.ref)} | ${p.status} |`);
        }
    }
    else {
        const c = result.counts;
        lines.push(`### wheelrelay sync: ${c.uploaded} uploaded, ${c['already-present']} already present, ${c.unverified > 0 ? `${c.unverified} unverified, ` : ''}${c.failed} failed`, '', `Index: ${(0,markdown/* markdownText */.p7)(result.index)} · ${c.clones} fetch(es), ${c.builds} build(s) for ${c.entries} git-pinned requirement(s)`, '', '| package | repository | outcome | detail |', '| --- | --- | --- | --- |');
        for (const r of result.entries) {
            const e = r.entry;
            const detail = r.error
                ? `${r.reason ? `${r.reason}: ` : ''}${(0,markdown/* markdownText */.p7)(r.error.split('\n')[0] ?? '')}`
                : (0,markdown/* markdownText */.p7)(r.notes.join('; '));
            lines.push(`| ${packageCell(r.name ?? e.name, r.version)} | ${repoCell(e.url, e.ref)} | ${r.outcome} | ${detail} |`);
        }
        const changed = result.rewrites.filter((r) => r.changes.length > 0);
        if (changed.length > 0) {
            lines.push('', 'Rewritten as index pins:', '');
            for (const r of changed)
                lines.push(`- ${(0,markdown/* markdownText */.p7)(r.file)}: ${r.changes.length} pin(s)`);
        }
    }
    lines.push('');
    return (0,secrets/* redact */.E$)(lines.join('\n'));
}

// EXTERNAL MODULE: ./src/build/environment.ts
var environment = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/build/isolation.ts
var build_isolation = __webpack_require__(3468);
// EXTERNAL MODULE: ./src/index/directory.ts + 1 modules
var directory = __webpack_require__(5139);
// EXTERNAL MODULE: ./src/index/target.ts
var target = __webpack_require__(6919);
// EXTERNAL MODULE: ./src/index/upstream.ts
var index_upstream = __webpack_require__(7751);
// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
// EXTERNAL MODULE: ./src/build/python-build.ts + 1 modules
var python_build = __webpack_require__(402);
// EXTERNAL MODULE: ./src/pins/requirements.ts + 1 modules
var pins_requirements = __webpack_require__(7954);
// EXTERNAL MODULE: ./src/build/filenames.ts
var filenames = __webpack_require__(3010);
;// CONCATENATED MODULE: ./src/sync/upstream.ts



/**
 * Asks the upstream for `name`'s files and compares those of `version` with the synced files'
 * sha256. A file the upstream lists without a sha256 counts as another file: it cannot be shown
 * to be the same.
 */
async function checkUpstream(upstream, name, version, syncedSha256) {
    let listed;
    try {
        listed = await upstream.listProject(name);
    }
    catch (err) {
        return { kind: 'unreachable', error: (0,errors/* describeError */.Uc)(err) };
    }
    const ours = new Set(syncedSha256.map((h) => h.toLowerCase()));
    const want = (0,pep440/* valid */.rZ)(version);
    let otherVersions = false;
    const others = [];
    let same = 0;
    for (const file of listed ?? []) {
        const parsed = (0,filenames/* parseDistFilename */.hk)(file.filename);
        if (!parsed || !(0,filenames/* filenameMatchesProject */._r)(file.filename, name))
            continue;
        const have = (0,pep440/* valid */.rZ)(parsed.version);
        const match = have && want ? (0,pep440.eq)(have, want) : parsed.version === version;
        if (!match) {
            otherVersions = true;
            continue;
        }
        if (file.sha256 && ours.has(file.sha256.toLowerCase()))
            same += 1;
        else
            others.push(file.filename);
    }
    if (others.length > 0)
        return { kind: 'other-files', files: others };
    if (same > 0)
        return { kind: 'same-files' };
    return { kind: 'absent', otherVersions };
}
/**
 * Why a bare pin is refused for this verdict, as a warning naming the upstream and what to do;
 * undefined when a bare pin is safe.
 */
function bareRefusal(verdict, pin, where, upstream) {
    if (verdict.kind === 'other-files') {
        const files = verdict.files.slice(0, 3).join(', ') + (verdict.files.length > 3 ? ', …' : '');
        return `${where}: not rewritten to ${pin}: ${upstream} has ${pin} too, with other files (${files}), so pip reading both indexes may install those instead of the synced fork (dependency confusion). The git pin stays. Write the pin with the synced files' hashes instead (rewrite: hash, CLI --rewrite=hash), or install from one index that shadows ${upstream} (see the README, "Turn git pins into index pins").`;
    }
    if (verdict.kind === 'unreachable') {
        return `${where}: not rewritten to ${pin}: ${upstream} could not be asked whether it has ${pin} too (${verdict.error}). The git pin stays; run again when it answers, set upstream-index to the index pip reads besides yours, or rewrite with hashes (rewrite: hash, CLI --rewrite=hash).`;
    }
    return undefined;
}
/**
 * The warning for a bare pin whose name the upstream knows (at other versions): a later upload
 * of the same version there would be one pip may choose.
 */
function knownNameNote(pin, where, upstream) {
    return `${where}: rewritten to ${pin}; ${upstream} has other versions of it, so were it to publish this version too, pip reading both indexes could take that one. Install from one index that shadows ${upstream}, or rewrite with hashes (rewrite: hash).`;
}
/**
 * Why `--extra-index-url` is no safe way to reach the cache: the sentence a closing install
 * command carries when it needs a second index.
 */
function extraIndexUrlWarning(index, upstream = 'PyPI') {
    return `--extra-index-url makes pip choose between ${index} and ${upstream} for every name, by version alone: a package of the same name and version on ${upstream} can be installed instead of yours (dependency confusion). Prefer one index that serves your packages and mirrors ${upstream} for the rest (devpi, Artifactory, Nexus), or --hash pins.`;
}

;// CONCATENATED MODULE: ./src/sync/install.ts




/**
 * The command that installs from `simpleUrl` what the files (or the synced names) ask for:
 * `-r FILE` only when the files no longer pin git (else pip would clone them again);
 * `--extra-index-url` for the rest only when the files hold requirements the sync did not put
 * on the index, with the warning that comes with it; otherwise the synced names themselves.
 */
function installAdvice(simpleUrl, files, synced, upstream = index_upstream/* PYPI_SIMPLE */.wT) {
    if (synced.length === 0)
        return undefined;
    const parsed = files.map((f) => ({ file: f.file, entries: (0,pins_requirements/* parseRequirements */.E)(f.text).entries }));
    const stillGit = parsed.filter((f) => f.entries.some((e) => e.kind === 'requirement' && e.requirement.git));
    if (files.length === 0 || stillGit.length > 0) {
        const names = synced.map((s) => `${s.name}==${s.version}`);
        return {
            command: (0,python_build/* commandLine */.a)('pip', ['install', '--index-url', simpleUrl, ...names]),
            ...(stillGit.length > 0
                ? {
                    note: `${stillGit.map((f) => f.file).join(', ')} still pin${stillGit.length === 1 ? 's' : ''} git: pip would clone those again from -r; --rewrite turns synced pins into index pins. Their dependencies must be on the index too.`,
                }
                : {}),
        };
    }
    const others = parsed.some((f) => f.entries.some((e) => (e.kind === 'requirement' && !e.requirement.git) || e.kind === 'option'));
    const reqs = files.flatMap((f) => ['-r', f.file]);
    if (!others)
        return { command: (0,python_build/* commandLine */.a)('pip', ['install', '--index-url', simpleUrl, ...reqs]) };
    return {
        command: (0,python_build/* commandLine */.a)('pip', [
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

;// CONCATENATED MODULE: ./src/sync/matrix.ts
/**
 * Spreads the entries over at most `limit` jobs (GitHub allows 256 per matrix), round-robin so
 * jobs get equal shares; one entry a job when they fit.
 */
function matrixOf(entries, limit) {
    const groups = [];
    const size = Math.max(1, Math.min(limit, entries.length));
    entries.forEach((entry, i) => {
        const group = groups[i % size] ?? [];
        group.push(entry);
        groups[i % size] = group;
    });
    return {
        include: groups.map((group) => ({
            requirement: group.map((e) => e.requirement).join('\n'),
            name: group.map(labelOf).join(', '),
        })),
    };
}
/** A short label for an entry: its name (and version), else its repository and ref. */
function labelOf(entry) {
    if (entry.name)
        return entry.version ? `${entry.name}==${entry.version}` : entry.name;
    const repo = entry.url
        .replace(/\.git$/, '')
        .split('/')
        .slice(-1)[0] ?? entry.url;
    return entry.ref ? `${repo}@${entry.ref.slice(0, 12)}` : repo;
}

;// CONCATENATED MODULE: ./src/sync/progress.ts
/** How often a long step says it is still running, unless told otherwise. */
const PROGRESS_EVERY_MS = 10_000;
const interval = (ms, tick) => {
    const timer = setInterval(tick, ms);
    // A progress line never keeps the process alive.
    timer.unref();
    return () => clearInterval(timer);
};
/** "1 min 05 s", "42 s": elapsed time as a person reads it. */
function elapsed(ms) {
    const s = Math.floor(ms / 1000);
    return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
/**
 * Runs a long step (a fetch, a build, an upload waiting for the index to list it), printing
 * `<what>: still <doing>, <elapsed>` every `everyMs` until it ends, so a person watching a
 * quiet log knows which entry is running and for how long.
 */
async function withProgress(progress, what, doing, fn) {
    if (!progress)
        return fn();
    const started = Date.now();
    const stop = (progress.every ?? interval)(progress.everyMs, () => progress.log.info(`${what}: still ${doing}, ${elapsed(Date.now() - started)}`));
    try {
        return await fn();
    }
    finally {
        stop();
    }
}

;// CONCATENATED MODULE: ./src/sync/record.ts








/** The record file's format marker; a file without it (or with another value) is ignored. */
const FORMAT = 'wheelrelay-build-record/1';
/** Enough for every git pin of many monorepos; the oldest entries go first. */
const MAX_BUILDS = 5000;
/** The build record of one run: read once at the start, written once at the end. */
class BuildRecord {
    path;
    builds;
    added = new Map();
    constructor(
    /** The record file; undefined for a record that is not kept (nothing read, nothing written). */
    path, builds) {
        this.path = path;
        this.builds = builds;
    }
    /** A record that knows nothing and keeps nothing. */
    static none() {
        return new BuildRecord(undefined, new Map());
    }
    /**
     * Reads the record at `path`. A missing file is an empty record; a file that cannot be read
     * or parsed is one too (with a warning: it costs rebuilds, and the next save replaces it).
     */
    static async open(path, log) {
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                log.warning(`the build record ${path} cannot be read (${err.code ?? err.message}): every pin without a version on the index is fetched and built`);
            }
            return new BuildRecord(path, new Map());
        }
        const builds = parseRecord(text);
        if (!builds) {
            log.warning(`the build record ${path} is not one wheelrelay wrote (or was cut short): it is ignored, and replaced when this run ends`);
            return new BuildRecord(path, new Map());
        }
        log.debug(`build record ${path}: ${builds.size} commit(s) known`);
        return new BuildRecord(path, builds);
    }
    /** What the record says the source built; undefined when it does not know. */
    lookup(source) {
        const key = recordKey(source);
        return key ? (this.added.get(key) ?? this.builds.get(key)) : undefined;
    }
    /** True when the record knows any commit of this repository (worth resolving a ref for). */
    knowsRepository(url) {
        const repo = repositoryId(url);
        const has = (k) => k.startsWith(`${repo}@`);
        return [...this.builds.keys(), ...this.added.keys()].some(has);
    }
    /** The full commit id of the one recorded commit of `url` that `prefix` abbreviates. */
    commitFor(url, prefix) {
        const repo = `${repositoryId(url)}@`;
        const found = new Set();
        for (const key of [...this.builds.keys(), ...this.added.keys()]) {
            if (!key.startsWith(repo))
                continue;
            const commit = key.slice(repo.length).split('#')[0] ?? '';
            if (commit.startsWith(prefix.toLowerCase()))
                found.add(commit);
        }
        return found.size === 1 ? [...found][0] : undefined;
    }
    /** Remembers what a source built (kept by {@link save}). Sources whose URL holds a secret are not kept. */
    remember(source, build) {
        const key = recordKey(source);
        if (!key || !validBuild(build))
            return;
        this.added.set(key, {
            name: build.name,
            version: build.version,
            files: build.files.map((f) => ({ filename: f.filename, sha256: f.sha256.toLowerCase() })),
            at: new Date().toISOString(),
        });
    }
    /**
     * Writes the record when this run learned something: re-read first and merged, so a run that
     * wrote meanwhile loses nothing it knew, then written to a temporary file renamed over the
     * old one, so a reader never sees half a record. A failure is a warning: the record only
     * saves work.
     */
    async save(log) {
        if (!this.path || this.added.size === 0)
            return;
        const path = this.path;
        try {
            const now = await (0,promises_.readFile)(path, 'utf8').then(parseRecord, () => undefined);
            const merged = new Map([...(now ?? this.builds), ...this.added]);
            const kept = [...merged].sort((a, b) => b[1].at.localeCompare(a[1].at)).slice(0, MAX_BUILDS);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            const tmp = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
            try {
                await (0,promises_.writeFile)(tmp, `${JSON.stringify({ format: FORMAT, builds: Object.fromEntries(kept) }, null, 1)}\n`);
                await (0,promises_.rename)(tmp, path);
            }
            finally {
                await (0,promises_.rm)(tmp, { force: true });
            }
            log.debug(`build record ${path}: ${this.added.size} commit(s) added`);
        }
        catch (err) {
            log.warning(`the build record ${path} was not written (${err.code ?? err.message}): the next sync fetches and builds these pins again`);
        }
    }
}
/**
 * Where the CLI keeps its record when the index is not a directory: the user's cache
 * ($XDG_CACHE_HOME/wheelrelay, else ~/.cache/wheelrelay).
 */
function userRecordPath(env) {
    const cacheHome = env.XDG_CACHE_HOME?.startsWith('/')
        ? env.XDG_CACHE_HOME
        : join(homedir(), '.cache');
    return join(cacheHome, 'wheelrelay', 'builds.json');
}
/** Where a directory index keeps its record: beside its files, in its own `.wheelrelay/`. */
function directoryRecordPath(root) {
    return (0,external_node_path_.join)(root, '.wheelrelay', 'builds.json');
}
/**
 * A repository as the record names it: no credentials, host in lower case, no trailing `/` or
 * `.git`, so the spellings of one repository share their builds.
 */
function repositoryId(url) {
    let id = url
        .trim()
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
    try {
        const u = new URL(id);
        if (/^(git\+)?https?:$/.test(u.protocol)) {
            id = `${u.protocol}//${u.host.toLowerCase()}${u.pathname}`;
        }
        else if (u.password) {
            id = `${u.protocol}//${u.username}@${u.host.toLowerCase()}${u.pathname}`;
        }
    }
    catch { }
    return id.replace(/\/+$/, '').replace(/\.git$/, '');
}
/** The record's key of a source; undefined when it could carry a secret (it is then not kept). */
function recordKey(source) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(source.commit))
        return undefined;
    const sub = source.subdirectory?.replace(/^\/+|\/+$/g, '');
    const key = `${repositoryId(source.url)}@${source.commit.toLowerCase()}${sub ? `#${sub}` : ''}`;
    // A registered secret in it (a token in a query string, say) keeps it out of the file.
    return (0,secrets/* redact */.E$)(key) === key ? key : undefined;
}
/** True when a build is one release of one project, each file named for it, with a sha256. */
function validBuild(b) {
    if (typeof b?.name !== 'string' || !(0,names/* isValidName */.uV)(b.name))
        return false;
    if (typeof b.version !== 'string' || !(0,pep440/* valid */.rZ)(b.version))
        return false;
    if (!Array.isArray(b.files) || b.files.length === 0)
        return false;
    return b.files.every((f) => {
        if (typeof f?.filename !== 'string' || typeof f.sha256 !== 'string')
            return false;
        const parsed = (0,filenames/* parseDistFilename */.hk)(f.filename);
        return (parsed !== undefined &&
            (0,filenames/* filenameMatchesProject */._r)(f.filename, b.name) &&
            (0,pep440/* valid */.rZ)(parsed.version) === (0,pep440/* valid */.rZ)(b.version) &&
            /^[0-9a-f]{64}$/i.test(f.sha256));
    });
}
/** The builds of a record file; undefined when the text is not one. Invalid builds are dropped. */
function parseRecord(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const { format, builds } = (doc ?? {});
    if (format !== FORMAT || typeof builds !== 'object' || builds === null)
        return undefined;
    const out = new Map();
    for (const [key, value] of Object.entries(builds)) {
        if (!validBuild(value) || typeof value.at !== 'string')
            continue;
        out.set(key, {
            name: value.name,
            version: value.version,
            files: value.files.map((f) => ({ filename: f.filename, sha256: f.sha256.toLowerCase() })),
            at: value.at,
        });
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/pins/lines.ts
var pins_lines = __webpack_require__(5927);
;// CONCATENATED MODULE: ./src/pins/pip-compile.ts



/** The header pip-compile writes at the top of its output, or undefined for a file a person wrote. */
function pipCompiled(text) {
    const head = [];
    for (const line of text.split(/\r\n|\r|\n/)) {
        if (!(0,pins_lines/* isCommentOnly */.k1)(line) && line.trim() !== '')
            break;
        head.push(line);
    }
    if (!head.some((line) => /autogenerated by pip-compile/i.test(line)))
        return undefined;
    const inputs = head
        .filter((line) => /pip-compile\b/.test(line) && !/autogenerated/i.test(line))
        .flatMap((line) => [...line.matchAll(/(?:^|\s)([^\s=#]+\.in)\b/g)].map((m) => m[1]));
    return { inputs: [...new Set(inputs)] };
}
/**
 * The `.in` files the entry starting on `line` (counted from 1) comes from, as its `# via -r x.in`
 * annotation says (inline, or in the indented block after it).
 */
function viaInputs(text, line) {
    const { lines, entries } = (0,pins_requirements/* parseRequirements */.E)(text);
    const block = blockAt(lines, entries, line);
    if (!block)
        return [];
    const found = lines
        .slice(block.start, block.end)
        .flatMap((l) => [...l.text.matchAll(/-r\s+(\S+\.in)\b/g)].map((m) => m[1]));
    return [...new Set(found)];
}
/** The entry starting on `line` and the indented `# via` comments pip-compile puts after it. */
function blockAt(lines, entries, line) {
    const entry = entries.find((e) => e.line === line);
    if (!entry)
        return undefined;
    let end = entry.logical.end;
    while (end < lines.length && /^\s+#/.test(lines[end]?.text ?? ''))
        end += 1;
    return { start: entry.logical.start, end };
}
/**
 * Moves the entries starting on `moved` lines (counted from 1; index pins that were editable git
 * pins) to where pip-compile sorts them: among the non-editable requirements, by name, or by
 * the requirement's text, whichever order the file already follows. Each moves with its
 * `# via` block; every other line stays as it was. A file with no other non-editable
 * requirement is returned as it is.
 */
function pipCompileOrder(text, moved) {
    const { lines, entries } = (0,pins_requirements/* parseRequirements */.E)(text);
    const requirements = entries.flatMap((e) => e.kind === 'requirement' && e.requirement.name !== undefined && !e.requirement.editable
        ? [{ line: e.line, name: e.requirement.name, raw: e.requirement.raw }]
        : []);
    const staying = requirements.filter((r) => !moved.includes(r.line));
    const moving = requirements.filter((r) => moved.includes(r.line));
    if (staying.length === 0 || moving.length === 0)
        return text;
    const byName = (r) => (0,names/* normalizeName */.Pc)(r.name);
    const byText = (r) => r.raw.toLowerCase();
    const inversions = (key) => staying.slice(1).filter((r, i) => key(staying[i]) > key(r)).length;
    const key = inversions(byText) < inversions(byName) ? byText : byName;
    const blocks = new Map();
    for (const r of requirements) {
        const block = blockAt(lines, entries, r.line);
        if (block)
            blocks.set(r.line, block);
    }
    // Each moving block goes before the first staying entry that sorts after it, else after the last.
    const before = new Map();
    const last = staying.at(-1);
    const after = [];
    const taken = new Set();
    for (const r of [...moving].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))) {
        const block = blocks.get(r.line);
        if (!block)
            continue;
        for (let i = block.start; i < block.end; i += 1)
            taken.add(i);
        const own = lines.slice(block.start, block.end);
        const next = staying.find((s) => key(s) > key(r));
        if (next)
            before.set(next.line, [...(before.get(next.line) ?? []), own]);
        else
            after.push(own);
    }
    const lastEnd = blocks.get(last.line)?.end ?? lines.length;
    const out = [];
    for (let i = 0; i < lines.length; i += 1) {
        for (const own of before.get(i + 1) ?? [])
            out.push(...own);
        const line = lines[i];
        if (line && !taken.has(i))
            out.push(line);
        if (i === lastEnd - 1)
            for (const own of after)
                out.push(...own);
    }
    return (0,pins_lines/* joinLines */.cT)(withEndings(out));
}
/** A line moved to the end of the file may lack an ending; every line but the last gets one. */
function withEndings(lines) {
    const eol = lines.find((l) => l.eol !== '')?.eol ?? '\n';
    return lines.map((l, i) => (l.eol === '' && i < lines.length - 1 ? { ...l, eol } : l));
}

// EXTERNAL MODULE: ./src/pins/rewrite.ts
var rewrite = __webpack_require__(596);
;// CONCATENATED MODULE: ./src/sync/rewrite.ts







/**
 * Turns each synced git pin into an index pin (`name==version`, with `--hash` options in
 * `hash` mode) in the files it came from, each with its origin as a comment. Pure: the files'
 * text in, their new text out. Failed and unverified entries, and entries whose version is not
 * known, are left as git pins; so, in `pin` mode, is a pin the upstream index has with other
 * files, or could not be asked about. Each pin is rewritten once, from its own entry: a file
 * may pin one name at two refs (two entries, two versions), and index pins of that name
 * elsewhere in the file are not sync's to move.
 */
function rewritesFor(sources, results, options = { mode: 'pin' }) {
    return sources.flatMap((source) => rewriteSource(source, results, options) ?? []);
}
/**
 * Each entry's own lines in this file, bottom up, so no rewrite can move a line still to
 * come (the pins core keeps an entry's line count, but nothing here should rely on it).
 */
function targetsIn(source, results) {
    const targets = [];
    for (const r of results) {
        // Only what is on the index, listed: a failed or unverified entry stays a git pin.
        if (r.outcome !== 'uploaded' && r.outcome !== 'already-present')
            continue;
        if (!r.name || !r.version)
            continue;
        for (const l of r.entry.locations) {
            if (l.file === source.file)
                targets.push({ line: l.line, result: r, name: r.name, version: r.version });
        }
    }
    return targets.sort((a, b) => b.line - a.line);
}
/** One file's rewrite; undefined when none of its pins changed or was skipped. */
function rewriteSource(source, results, options) {
    let text = source.text;
    const changes = [];
    const skipped = [];
    const notes = [];
    for (const target of targetsIn(source, results)) {
        const one = rewriteTarget(text, source.file, target, options);
        text = one.text;
        changes.push(...one.changes);
        if (one.skipped)
            skipped.push(one.skipped);
        if (one.note)
            notes.push(one.note);
    }
    const compiled = changes.length > 0 ? pipCompiled(source.text) : undefined;
    if (compiled) {
        // pip-compile sorts editables first: a git pin that was `-e` joins the others by name.
        const editable = changes.filter((c) => /^\s*(?:-e|--editable)\b/.test(c.before));
        text = pipCompileOrder(text, editable.map((c) => c.line));
        notes.push(pipCompileWarning(source, changes, compiled));
    }
    if (changes.length === 0 && skipped.length === 0)
        return undefined;
    changes.sort((a, b) => a.line - b.line);
    return {
        file: source.file,
        before: source.text,
        after: text,
        changes,
        skipped: skipped.reverse(),
        notes: notes.reverse(),
    };
}
/**
 * Rewrites one target's line in `text`, or says why it stays a git pin (`skipped`); `note` is
 * a caveat of a rewritten bare pin.
 */
function rewriteTarget(text, file, { line, result, name, version }, options) {
    const where = `${file}:${line}`;
    const pin = `${name}==${version}`;
    const hashes = result.sha256?.filter((h) => h !== '').map((h) => `sha256:${h}`) ?? [];
    if (options.mode === 'hash' && hashes.length === 0) {
        return {
            text,
            changes: [],
            skipped: `${where}: not rewritten to ${pin}: the index gave no sha256 of its files to write as --hash; the git pin stays`,
        };
    }
    if (options.mode === 'pin' && result.upstream && options.upstream) {
        const refusal = bareRefusal(result.upstream, pin, where, options.upstream);
        if (refusal)
            return { text, changes: [], skipped: refusal };
    }
    try {
        const res = (0,rewrite/* rewritePins */.DW)(text, {
            name,
            version,
            lines: [line],
            comment: `from ${originOf(result)}`,
            ...(options.mode === 'hash' ? { hashes, hashGitPins: true } : {}),
        }, file);
        const noted = res.changes.length > 0 &&
            options.mode === 'pin' &&
            options.upstream &&
            result.upstream?.kind === 'absent' &&
            result.upstream.otherVersions;
        return {
            text: res.text,
            changes: res.changes,
            ...(noted && options.upstream ? { note: knownNameNote(pin, where, options.upstream) } : {}),
        };
    }
    catch (err) {
        if (!(err instanceof rewrite/* PinError */.sM))
            throw err;
        return { text, changes: [], skipped: err.message };
    }
}
/**
 * The warning for a rewritten file pip-compile generated: its next run writes the git pins
 * back from the `.in` files they come from (their `# via -r` annotations, else the header's
 * command, else the `.in` beside the file), so the change belongs there too.
 */
function pipCompileWarning(source, changes, compiled) {
    const via = [...new Set(changes.flatMap((c) => viaInputs(source.text, c.line)))];
    const inputs = via.length > 0
        ? via
        : compiled.inputs.length > 0
            ? compiled.inputs
            : [source.file.replace(/\.txt$/, '.in')];
    return `${source.file} was generated by pip-compile: its next run writes these git pins back from ${inputs.join(', ')}. Rewrite them there too (wheelrelay sync ${inputs.join(' ')} --rewrite), then run pip-compile again, or this change is undone. The rewritten lines were kept in pip-compile's order.`;
}
/**
 * Where a rewritten pin came from, as pip would fetch it again: `git+URL@commit` (the ref as
 * written when the entry was not fetched), credentials never included.
 */
function originOf(result) {
    const { url, ref, subdirectory } = result.entry;
    const at = result.commit ?? ref;
    return `git+${url}${at ? `@${at}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}`;
}
/**
 * Writes rewritten files in place (each file relative to `root`), unless a file changed since
 * it was read, or leads outside `root`: a requirement file that is a link to a file elsewhere
 * (a runner's dotfile, another checkout) is never written through.
 */
function writeInPlace(root) {
    return async (rewrites) => {
        for (const r of rewrites) {
            if (r.after === r.before)
                continue;
            const path = (0,external_node_path_.resolve)(root, r.file);
            const real = await realPathInside(root, path);
            if (!real) {
                throw new errors/* WheelrelayError */.V6(`${r.file} leads outside ${root} (it is a link to ${await (0,promises_.realpath)(path)}): not rewritten`, 'Rewrite only requirement files that are files of the repository itself, not links out of it.');
            }
            const now = await (0,promises_.readFile)(real, 'utf8');
            if (now !== r.before) {
                throw new errors/* WheelrelayError */.V6(`${r.file} changed while wheelrelay was syncing it: not rewritten`, 'Run again to rewrite it, once nothing else is writing to the file (another job or step).');
            }
            // O_NOFOLLOW: a link put in its place since the check above is refused, not followed.
            const handle = await (0,promises_.open)(real, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW);
            try {
                await handle.writeFile(r.after);
            }
            finally {
                await handle.close();
            }
        }
    };
}
/** The real path of `path` (every link resolved) when it lies inside the real path of `root`. */
async function realPathInside(root, path) {
    const [realRoot, real] = await Promise.all([(0,promises_.realpath)(root), (0,promises_.realpath)(path)]);
    const rel = (0,external_node_path_.relative)(realRoot, real);
    const outside = rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel);
    return outside ? undefined : real;
}

// EXTERNAL MODULE: ./src/build/collect.ts
var collect = __webpack_require__(6226);
// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(7055);
// EXTERNAL MODULE: ./src/build/one-release.ts
var one_release = __webpack_require__(1060);
// EXTERNAL MODULE: ./src/index/publish.ts + 1 modules
var publish = __webpack_require__(9391);
;// CONCATENATED MODULE: ./src/sync/sync-entry.ts

















/** The lock key that serialises the entries whose builds share this process's user. */
const SHARED_USER = '\0builds share this user';
/** The index's files of `name` at `version`, or undefined when it has none. */
async function filesOfVersion(index, name, version) {
    const listed = (await index.listProject(name)) ?? [];
    const want = (0,pep440/* valid */.rZ)(version) ?? version;
    const files = listed.filter((f) => {
        const parsed = (0,filenames/* parseDistFilename */.hk)(f.filename);
        if (!parsed || !(0,filenames/* filenameMatchesProject */._r)(f.filename, name))
            return false;
        const have = (0,pep440/* valid */.rZ)(parsed.version);
        return have && (0,pep440/* valid */.rZ)(want) ? (0,pep440.eq)(have, want) : parsed.version === want;
    });
    if (files.length === 0)
        return undefined;
    return files.map((f) => ({
        filename: f.filename,
        sha256: f.sha256 ?? '',
        url: f.url,
        outcome: 'already-present',
    }));
}
/** One entry's sync as it goes: what it has cost and learned so far, and how it ended. */
class EntryRun {
    entry;
    stage = 'check';
    /** True once a fetch succeeded (a failed fetch is no clone in the counts). */
    cloned = false;
    /** True once a build succeeded. */
    built = false;
    commit;
    name;
    version;
    notes = [];
    started = Date.now();
    constructor(entry) {
        this.entry = entry;
        this.name = entry.name;
        this.version = entry.version;
    }
    /** The entry's result, as it stands. */
    done(outcome, rest = {}) {
        return {
            entry: this.entry,
            outcome,
            ...(this.name ? { name: this.name } : {}),
            ...(this.version ? { version: this.version } : {}),
            ...(this.commit ? { commit: this.commit } : {}),
            files: rest.files ?? [],
            ...(rest.reason ? { reason: rest.reason } : {}),
            ...(rest.error ? { error: (0,secrets/* redact */.E$)(rest.error) } : {}),
            notes: this.notes,
            cloned: this.cloned,
            built: this.built,
            durationMs: Date.now() - this.started,
        };
    }
}
/**
 * Syncs one entry: refused unfetched when the requirement names no package; skipped without a
 * clone when the index already has the version the requirement names, or the files the build
 * record says its commit built; otherwise fetched at exactly its commit, built in a sandbox (or
 * taken from `prebuiltDir`), checked against the requirement's name, and published
 * (idempotently). Never throws: a failure is the entry's outcome, with the reason and what to do.
 */
async function syncEntry(entry, s, deps) {
    const run = new EntryRun(entry);
    const wanted = entry.name;
    if (!wanted)
        return unnamed(run);
    let dir;
    try {
        const present = (await presentByVersion(run, wanted, s, deps)) ??
            (await presentByRecord(run, wanted, s, deps));
        if (present)
            return present;
        if (s.prebuiltDir)
            return await fromPrebuilt(run, wanted, s.prebuiltDir, s, deps);
        if (!s.builds)
            throw new errors/* WheelrelayError */.V6('syncEntry needs a build policy to build with');
        const policy = await s.builds();
        if (policy.refusal) {
            return run.done('failed', { reason: 'build-refused', error: policy.refusal.describe() });
        }
        const go = async () => {
            dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'wheelrelay-sync-'));
            return fetchBuildPublish(run, wanted, dir, policy, s, deps);
        };
        // Builds that run as this user could touch another entry's checkout or files while they
        // run: then one entry at a time, from its fetch to its upload.
        return policy.isolation.sharesUser ? await deps.lock.run(SHARED_USER, go) : await go();
    }
    catch (err) {
        return failed(run, err);
    }
    finally {
        if (dir)
            await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** A requirement that names no package: refused before anything is fetched. */
function unnamed(run) {
    return run.done('failed', {
        reason: 'unnamed',
        error: new errors/* WheelrelayError */.V6(`${describeEntry(run.entry)} names no package: nothing was fetched. Sync publishes only the package a requirement names, so that no repository can put a package of another name on the index.`, `Name it: add #egg=<name> to the URL (git+https://…@ref#egg=<name>), or write <name> @ git+https://…@ref.`).describe(),
    });
}
/** Already present when the index has the version the requirement names. */
async function presentByVersion(run, wanted, s, deps) {
    const version = run.entry.version;
    if (!version)
        return undefined;
    const present = await filesOfVersion(s.index, wanted, version);
    if (!present)
        return undefined;
    deps.log.info(`${wanted}==${version} is already on ${s.index.label}: nothing to fetch`);
    return run.done('already-present', { files: present });
}
/**
 * Already present when the build record knows what the entry's commit built and the index
 * still lists those files (same sha256 where it gives one). Anything less (no record, another
 * name, a file gone or changed) only means the entry is fetched and built.
 */
async function presentByRecord(run, wanted, s, deps) {
    const { entry } = run;
    if (!deps.record)
        return undefined;
    const commit = await recordedCommit(entry, deps.record, s, deps);
    if (!commit)
        return undefined;
    const built = deps.record.lookup({ url: entry.url, commit, subdirectory: entry.subdirectory });
    if (!built || !(0,names/* sameName */.q)(built.name, wanted))
        return undefined;
    const files = await stillListed(s.index, built);
    if (!files) {
        deps.log.info(`the build record says ${commit} built ${built.files.map((f) => f.filename).join(', ')}, which ${s.index.label} no longer lists as built: fetching and building again`);
        return undefined;
    }
    run.commit = commit;
    run.name = built.name;
    run.version = built.version;
    versionNotes(run, built.name, built.version);
    deps.log.info(`${built.name} ${built.version} (built from ${commit}, says the build record) is on ${s.index.label}: nothing to fetch`);
    return run.done('already-present', { files });
}
/**
 * The full commit id the entry points at, when the record may know it: the ref itself (a full
 * id), the one recorded commit an abbreviated id names, or one `git ls-remote` of a branch or
 * tag (no clone), asked only when the record knows the repository at all.
 */
async function recordedCommit(entry, record, s, deps) {
    const ref = entry.ref;
    if (ref && /^[0-9a-f]{40}$/i.test(ref))
        return ref.toLowerCase();
    if (!record.knowsRepository(entry.url))
        return undefined;
    if (ref && isCommitId(ref))
        return record.commitFor(entry.url, ref);
    return resolveRef({
        url: entry.url,
        ...(ref ? { ref } : {}),
        env: gitEnvironment(entry.url, { auth: s.gitAuth, credentials: entry.credentials }),
        timeoutMs: s.gitTimeoutMs,
    }, deps.run, deps.log);
}
/**
 * For a pin by commit (full, or abbreviated to one recorded commit): what the build record
 * says it built, when the index still lists those files. No git: for the plan.
 */
async function recordedOnIndex(entry, wanted, record, index) {
    const ref = entry.ref;
    if (!ref || !isCommitId(ref))
        return undefined;
    const commit = ref.length === 40 ? ref.toLowerCase() : record.commitFor(entry.url, ref);
    const built = commit && record.lookup({ url: entry.url, commit, subdirectory: entry.subdirectory });
    if (!built || !(0,names/* sameName */.q)(built.name, wanted))
        return undefined;
    const files = await stillListed(index, built);
    return files && { name: built.name, version: built.version, files };
}
/** The index's files of a recorded build, when it lists every one (same sha256 where it gives one). */
async function stillListed(index, built) {
    const listed = await filesOfVersion(index, built.name, built.version);
    if (!listed)
        return undefined;
    const ok = built.files.every((f) => {
        const have = listed.find((l) => l.filename === f.filename);
        return have !== undefined && (have.sha256 === '' || have.sha256.toLowerCase() === f.sha256);
    });
    return ok ? listed : undefined;
}
/** Notes on a version the requirement does not name, or names wrongly. */
function versionNotes(run, name, version) {
    const { entry } = run;
    if (entry.version && !(0,pep440.eq)(entry.version, version)) {
        run.notes.push(`the requirement says ${entry.version} (${entry.versionFrom === 'egg' ? '#egg=' : 'its tag'}) but ${entry.ref ?? 'HEAD'} builds ${version}: correct the requirement (only the build record spares a fetch until they agree)`);
    }
    else if (!entry.version) {
        run.notes.push(`the requirement names no version, so only a build (or the build record of one) tells it: add #egg=${name}==${version} to skip the fetch without a record`);
    }
}
/** Takes the entry's files from a folder an earlier job built into, and publishes them. */
async function fromPrebuilt(run, wanted, prebuiltDir, s, deps) {
    run.stage = 'collect';
    const found = await prebuiltFiles(prebuiltDir, wanted, run.entry.version);
    if (typeof found === 'string')
        return run.done('failed', { reason: 'not-built', error: found });
    deps.log.info(`taking ${found.map((p) => (0,external_node_path_.basename)(p)).join(', ')} from ${prebuiltDir}`);
    return publishBuilt(run, wanted, found, s, deps);
}
/** Fetches exactly the commit into `dir`, builds it in a sandbox, and publishes what it made. */
async function fetchBuildPublish(run, wanted, dir, { isolation, pipCacheDir }, s, deps) {
    const { entry } = run;
    const what = labelOf(entry);
    const src = (0,external_node_path_.join)(dir, 'src');
    run.stage = 'fetch';
    const fetched = await withProgress(deps.progress, what, 'fetching', () => fetchCommit({
        url: entry.url,
        ref: entry.ref,
        dir: src,
        env: gitEnvironment(entry.url, { auth: s.gitAuth, credentials: entry.credentials }),
        timeoutMs: s.gitTimeoutMs,
    }, deps.run, deps.log));
    run.cloned = true;
    run.commit = fetched.commit;
    deps.log.info(`checked out ${run.commit}`);
    run.stage = 'build';
    const paths = await withProgress(deps.progress, what, 'building', () => (0,python_build.buildDistributions)({
        packageDir: packageDirOf(src, entry),
        tree: src,
        disposableTree: true,
        dists: s.dists,
        python: s.python,
        buildIsolation: s.buildIsolation,
        skipDependencyCheck: s.skipDependencyCheck,
        // SOURCE_DATE_EPOCH comes from the checkout's HEAD, as for every build.
        env: s.buildEnv,
        outDir: (0,external_node_path_.join)(dir, 'dist'),
        timeoutMs: s.buildTimeoutMs,
        isolation,
        ...(pipCacheDir ? { pipCacheDir } : {}),
    }, deps.run, deps.log));
    run.built = true;
    return publishBuilt(run, wanted, paths, s, deps);
}
/** Checks built files against the requirement, publishes them, and records what the commit built. */
async function publishBuilt(run, wanted, paths, s, deps) {
    const dists = [];
    for (const path of paths)
        dists.push(await (0,inspect/* inspectDistribution */.RS)(path));
    const first = (0,one_release/* oneRelease */.M)(dists, `${describeEntry(run.entry)}: the files built`, 'Sync publishes one project version per requirement: point it at the one package to build (#subdirectory= for a package inside a larger repository).');
    run.name = first.name;
    run.version = first.version;
    if (!(0,names/* sameName */.q)(wanted, first.name)) {
        return run.done('failed', {
            reason: 'name-mismatch',
            error: `${describeEntry(run.entry)} builds ${first.name} ${first.version}, not ${wanted}: nothing was uploaded.\nThe requirement names the wrong package, or points at the wrong repository or subdirectory; fix the requirement (its #egg= or \`name @\`).`,
        });
    }
    if (run.built)
        versionNotes(run, first.name, first.version);
    run.stage = 'upload';
    const result = await withProgress(deps.progress, labelOf(run.entry), 'uploading and waiting for the index to list it', () => deps.lock.run((0,names/* normalizeName */.Pc)(first.name), () => upload(run, first, dists, s, deps)));
    if (run.commit && (result.outcome === 'uploaded' || result.outcome === 'already-present')) {
        const files = result.files
            .map((f) => ({ filename: f.filename, sha256: f.sha256 }))
            .filter((f) => f.sha256 !== '');
        if (files.length > 0) {
            deps.record?.remember({ url: run.entry.url, commit: run.commit, subdirectory: run.entry.subdirectory }, { name: first.name, version: first.version, files });
        }
    }
    return result;
}
/**
 * Publishes one release unless the index has it (checked again under the project's lock);
 * another run's files count when it won the race.
 */
async function upload(run, first, dists, s, deps) {
    const present = await filesOfVersion(s.index, first.name, first.version);
    if (present) {
        deps.log.info(`${first.name} ${first.version} is already on ${s.index.label}: not uploaded`);
        return run.done('already-present', { files: present });
    }
    try {
        const result = await (0,publish/* publish */.mk)(dists, s.index, {
            retry: s.retry,
            verifyTimeoutMs: s.verifyTimeoutMs,
            log: deps.log,
        });
        if (result.status === 'published') {
            const uploaded = result.files.some((f) => f.outcome === 'uploaded');
            return run.done(uploaded ? 'uploaded' : 'already-present', { files: result.files });
        }
        if (result.status === 'unverified') {
            return run.done('unverified', {
                files: result.files,
                error: (0,publish/* unverifiedError */.wj)(result.files).describe(),
            });
        }
    }
    catch (err) {
        // Another run (a parallel job on the same index) may have won the race: its files count.
        const theirs = await filesOfVersion(s.index, first.name, first.version).catch(() => undefined);
        if (!theirs)
            throw err;
        run.notes.push(`another run published ${first.name} ${first.version} first; its files were kept`);
        return run.done('already-present', { files: theirs });
    }
    const theirs = await filesOfVersion(s.index, first.name, first.version);
    run.notes.push(`${first.name} ${first.version} appeared on the index while this run built it`);
    return run.done('already-present', { files: theirs ?? [] });
}
/** A failed entry: the reason from the stage it reached, and what to do. */
function failed(run, err) {
    const at = run.stage;
    const reason = err instanceof FetchError
        ? err.reason
        : at === 'check'
            ? 'index-check-failed'
            : at === 'build'
                ? 'build-failed'
                : at === 'collect'
                    ? 'not-built'
                    : at === 'upload'
                        ? 'upload-failed'
                        : 'fetch-failed';
    // The checkout is gone by the time anyone reads this: say how to make it again.
    const error = err instanceof python_build/* BuildFailed */.U && run.commit
        ? `${err.message}\nRun it yourself: ${(0,python_build/* commandLine */.a)('git', ['clone', run.entry.url, 'src'])} && ${(0,python_build/* commandLine */.a)('git', ['-C', 'src', 'checkout', run.commit])} && cd src && ${err.own}; fix the build at its source, or pin a commit that builds.${err.advice}`
        : (0,errors/* describeError */.Uc)(err);
    return run.done('failed', { reason, error });
}
/** The folder to build: the subdirectory of the checkout, which must stay inside it. */
function packageDirOf(src, entry) {
    if (!entry.subdirectory)
        return src;
    const dir = (0,external_node_path_.resolve)(src, entry.subdirectory);
    if (dir !== src && !dir.startsWith(`${src}${external_node_path_.sep}`)) {
        throw new errors/* WheelrelayError */.V6(`${describeEntry(entry)}: subdirectory=${entry.subdirectory} points outside the repository`, 'Give the path of the package inside the repository, e.g. subdirectory=packages/name.');
    }
    return dir;
}
/**
 * The files of `name` (at `version`, when the requirement names one) in a folder an earlier
 * job built into; a message saying what is missing when there are none, or when the version
 * is not named and the folder holds several.
 */
async function prebuiltFiles(dir, name, version) {
    const byVersion = new Map();
    for (const path of await (0,collect/* collectDistributions */.c)(dir)) {
        const parsed = (0,filenames/* parseDistFilename */.hk)((0,external_node_path_.basename)(path));
        if (!parsed || !(0,filenames/* filenameMatchesProject */._r)((0,external_node_path_.basename)(path), name))
            continue;
        const v = (0,pep440/* valid */.rZ)(parsed.version) ?? parsed.version;
        if (version && !((0,pep440/* valid */.rZ)(v) ? (0,pep440.eq)(v, version) : v === version))
            continue;
        byVersion.set(v, [...(byVersion.get(v) ?? []), path]);
    }
    const what = `${name}${version ? ` ${version}` : ''}`;
    if (byVersion.size === 0) {
        return `dist-dir ${dir} has no file of ${what}: the job that built it did not make it (see that job's log for this entry).`;
    }
    if (byVersion.size > 1) {
        return `dist-dir ${dir} has ${name} in ${byVersion.size} versions (${[...byVersion.keys()].join(', ')}) and the requirement names none: add #egg=${name}==<version> to it.`;
    }
    return [...byVersion.values()][0] ?? [];
}

;// CONCATENATED MODULE: ./src/sync/sync.ts

















/**
 * The sync story: read the requirement files, find every git pin, then either plan (which are
 * missing from the index) or sync (fetch, build, upload what is missing), then rewrite the
 * synced pins when asked.
 */
async function syncRequirements(cfg, deps) {
    const { log } = deps;
    const started = Date.now();
    const sources = await log.group('Reading requirement files', () => readSources(cfg, log));
    const entries = collectEntries(sources, deps.onSecret);
    log.info(`${entries.length} git-pinned requirement(s) in ${sources.length} source(s): ${entries.map(labelOf).join(', ') || 'none'}`);
    const index = await (0,target/* openIndex */.b)(cfg.index, { ...cfg, log });
    try {
        const run = { cfg, deps, sources, entries, index, started };
        return cfg.mode === 'plan' ? await planRun(run) : await syncRun(run);
    }
    finally {
        await index.close();
    }
}
/** Plan: which entries the index lacks, as a matrix; rewrites only what the index has. */
async function planRun({ cfg, deps, sources, entries, index, started }) {
    const { log } = deps;
    const record = await openRecord(cfg, deps, log);
    const planned = await log.group(`Checking ${index.label} for ${entries.length} entries`, () => planEntries(entries, index, cfg.jobs, record));
    const todo = planned.filter((p) => p.status !== 'present' && p.status !== 'unnamed');
    for (const p of planned) {
        log.info(`${p.status}\t${describeEntry(p.entry)}${p.error ? ` (${p.error})` : ''}`);
        if (p.status === 'unnamed')
            log.warning(unnamedWarning(p.entry));
    }
    // Plan never fetches or builds, so a rewrite here only pins what the index has.
    const rewrites = cfg.rewrite
        ? await rewriteFiles(cfg, sources, planned
            .filter((p) => p.status === 'present')
            .map((p) => ({
            entry: p.entry,
            outcome: 'already-present',
            name: p.built?.name ?? p.entry.name,
            version: p.built?.version ?? p.entry.version,
            files: p.built?.files ?? [],
        })), index, deps)
        : [];
    return {
        mode: 'plan',
        index: index.label,
        entries: planned,
        missing: todo.length,
        matrix: matrixOf(todo.map((p) => p.entry), cfg.matrixLimit),
        rewrites,
        durationMs: Date.now() - started,
    };
}
/** Sync: fetch, build and upload every entry the index lacks, then rewrite the synced pins. */
async function syncRun({ cfg, deps, sources, entries, index, started }) {
    const { log } = deps;
    const builds = buildPolicyOnce(cfg, sources, entries, deps);
    const settings = entrySettings(cfg, index, deps, builds.get);
    const record = await openRecord(cfg, deps, log);
    const results = await syncEntries(entries, settings, cfg.jobs, { ...deps, record });
    await record?.save(log);
    await builds.savePipCache();
    const rewrites = cfg.rewrite ? await rewriteFiles(cfg, sources, results, index, deps) : [];
    const install = index instanceof directory/* DirectoryIndex */.u
        ? adviceFor(index.simpleUrl, sources, rewrites, results, cfg.upstreamIndex)
        : undefined;
    return {
        mode: 'sync',
        index: index.label,
        entries: results,
        counts: countsOf(results),
        rewrites,
        ...(install ? { install } : {}),
        durationMs: Date.now() - started,
    };
}
/**
 * How builds run (isolation, or a refusal when secrets would be exposed), decided when the
 * first entry needs a build: a run that finds everything on the index starts no program at all.
 */
function buildPolicyOnce(cfg, sources, entries, deps) {
    const { log } = deps;
    const held = [
        ...(cfg.index.type !== 'directory' && cfg.index.credentials ? ['`password`'] : []),
        ...(cfg.gitAuth ? ['`git-token`'] : []),
        ...(entries.some((e) => e.credentials) ? ['credentials from requirement URLs'] : []),
        ...(0,environment/* secretsInEnvironment */.W)(deps.env ?? process.env),
    ];
    let policy;
    let pipCache;
    const get = () => (policy ??= (async () => {
        const isolation = deps.isolation ?? (await (0,build_isolation.chooseIsolation)(deps.run));
        log.info(isolation.description);
        const refusal = (0,build_isolation/* unisolatedRefusal */.RL)(isolation, held, cfg.buildsCanReadSecrets);
        if (refusal)
            log.error(refusal.describe());
        else if (isolation.sharesUser && cfg.jobs > 1) {
            log.info('builds run as this user here: entries that need one are synced one at a time');
        }
        if (!refusal && deps.pipCache) {
            pipCache = await deps.pipCache(sources.map((s) => (0,external_node_path_.relative)(cfg.cwd, (0,external_node_path_.resolve)(cfg.cwd, s.file))));
        }
        return {
            isolation,
            ...(refusal ? { refusal } : {}),
            ...(pipCache ? { pipCacheDir: pipCache.dir } : {}),
        };
    })());
    return { get, savePipCache: async () => pipCache?.save() };
}
/** What every entry of a sync run is fetched, built and published with. */
function entrySettings(cfg, index, deps, builds) {
    const prebuiltDir = cfg.distDir ? (0,external_node_path_.resolve)(cfg.cwd, cfg.distDir) : undefined;
    return {
        index,
        python: cfg.python,
        buildIsolation: cfg.buildIsolation,
        skipDependencyCheck: cfg.skipDependencyCheck,
        dists: cfg.dists,
        retry: cfg.retry,
        verifyTimeoutMs: cfg.verifyTimeoutMs,
        ...(cfg.gitAuth ? { gitAuth: cfg.gitAuth } : {}),
        ...(deps.buildEnv ? { buildEnv: deps.buildEnv } : {}),
        builds,
        ...(prebuiltDir ? { prebuiltDir } : {}),
        buildTimeoutMs: cfg.buildTimeoutMs,
        gitTimeoutMs: cfg.timeoutMs,
    };
}
/**
 * Syncs every entry, `jobs` at a time. Each entry's log is held back and written as one group
 * when it is done, so parallel builds do not interleave their lines.
 */
async function syncEntries(entries, settings, jobs, deps) {
    const lock = new pool/* KeyedLock */.sk();
    // Progress lines go straight to the run's log: an entry's own lines wait until it is done.
    const progress = { everyMs: PROGRESS_EVERY_MS, ...deps.progress, log: deps.log };
    return (0,pool/* mapLimit */.sf)(entries, jobs, async (entry) => {
        const buffered = bufferedLog();
        const result = await syncEntry(entry, settings, {
            log: buffered.log,
            run: deps.run,
            lock,
            progress,
            ...(deps.record ? { record: deps.record } : {}),
        });
        const title = `${labelOf(entry)}: ${result.outcome}${result.reason ? ` (${result.reason})` : ''}`;
        await deps.log.group(title, async () => {
            buffered.replay(deps.quiet
                ? { ...deps.log, info: (m) => deps.log.debug(m), output: () => deps.log.output('debug') }
                : deps.log);
            if (result.error)
                deps.log.error(`${labelOf(entry)}: ${result.error}`);
            for (const n of result.notes)
                deps.log.warning(`${labelOf(entry)}: ${n}`);
        });
        return result;
    });
}
/**
 * Rewrites the git pins of the given (synced or present) entries as index pins, in place:
 * after asking the upstream index, for bare pins, whether it has the same version too.
 */
async function rewriteFiles(cfg, sources, results, index, deps) {
    const { log } = deps;
    const mode = cfg.rewrite || 'pin';
    const files = sources.filter((s) => s.file !== INPUT);
    const wanted = results.filter((r) => (r.outcome === 'uploaded' || r.outcome === 'already-present') &&
        r.entry.locations.some((l) => l.file !== INPUT));
    return log.group('Rewriting git pins as index pins', async () => {
        const upstream = mode === 'pin' ? cfg.upstreamIndex : undefined;
        if (mode === 'pin' && !upstream && wanted.length > 0) {
            log.warning('upstream-index is none: bare pins are written without asking whether another index pip reads has the same name and version');
        }
        const rewritables = await withUpstream(wanted, index, cfg, upstream, log);
        const rewrites = rewritesFor(files, rewritables, {
            mode,
            ...(upstream ? { upstream } : {}),
        });
        for (const r of rewrites) {
            for (const c of r.changes)
                log.info(`${r.file}:${c.line}: ${c.before.trim()} -> ${c.after.trim()}`);
            for (const s of [...r.skipped, ...r.notes])
                log.warning(s);
        }
        await writeInPlace(cfg.cwd)(rewrites.filter((r) => r.changes.length > 0));
        return rewrites;
    });
}
/**
 * The entries with the sha256 of their files on the index, and (for bare pins) what the
 * upstream has of the same version. Failures are kept as answers: a pin nobody could check is
 * not rewritten.
 */
async function withUpstream(results, index, cfg, upstreamUrl, log) {
    const upstream = upstreamUrl
        ? (0,index_upstream/* openUpstream */.UT)(upstreamUrl, { retry: cfg.retry, timeoutMs: cfg.timeoutMs })
        : undefined;
    if (upstream)
        log.info(`asking ${upstream.label} which of these versions it has too`);
    try {
        return await (0,pool/* mapLimit */.sf)(results, Math.max(cfg.jobs, 4), async (r) => {
            if (!r.name || !r.version)
                return r;
            const sha256 = await hashesOf(r, index).catch(() => []);
            const verdict = upstream
                ? await checkUpstream(upstream, r.name, r.version, sha256)
                : undefined;
            return { ...r, sha256, ...(verdict ? { upstream: verdict } : {}) };
        });
    }
    finally {
        await upstream?.close();
    }
}
/** sha256 of each file the index has of the entry's version, read from the index when not known. */
async function hashesOf(r, index) {
    const name = r.name;
    const version = r.version;
    const files = r.files.length > 0 ? r.files : ((await filesOfVersion(index, name, version)) ?? []);
    return Promise.all(files.map((f) => f.sha256 || index.sha256Of({ filename: f.filename, url: f.url, yanked: false })));
}
/** The install command for what the run synced, from the requirement files as they now read. */
function adviceFor(simpleUrl, sources, rewrites, results, upstream) {
    const files = sources
        .filter((s) => s.file !== INPUT)
        .map((s) => ({
        file: s.file,
        text: rewrites.find((r) => r.file === s.file && r.changes.length > 0)?.after ?? s.text,
    }));
    const synced = new Map();
    for (const r of results) {
        if ((r.outcome === 'uploaded' || r.outcome === 'already-present') && r.name && r.version)
            synced.set(`${r.name}==${r.version}`, { name: r.name, version: r.version });
    }
    return installAdvice(simpleUrl, files, [...synced.values()], upstream);
}
/** What a plan says about an entry that names no package. */
function unnamedWarning(entry) {
    return `${describeEntry(entry)} names no package, so sync will refuse it: add #egg=<name> to the URL, or write <name> @ git+…`;
}
/** The run's build record: beside a directory index, else where the caller keeps it (if anywhere). */
async function openRecord(cfg, deps, log) {
    const path = cfg.index.type === 'directory' ? directoryRecordPath(cfg.index.path) : deps.recordPath;
    return path ? BuildRecord.open(path, log) : undefined;
}
/**
 * Asks the index, for each entry whose version is known, whether it has it; for a pin by
 * commit, whether it lists what the build record says that commit built. No git at all.
 */
async function planEntries(entries, index, jobs, record) {
    return (0,pool/* mapLimit */.sf)(entries, Math.max(jobs, 4), async (entry) => {
        const name = entry.name;
        if (!name)
            return { entry, status: 'unnamed' };
        try {
            if (entry.version && (await filesOfVersion(index, name, entry.version)))
                return { entry, status: 'present' };
            const built = record ? await recordedOnIndex(entry, name, record, index) : undefined;
            if (built)
                return { entry, status: 'present', built };
            return { entry, status: entry.version ? 'missing' : 'unknown' };
        }
        catch (err) {
            return { entry, status: 'check-failed', error: err.message };
        }
    });
}
function countsOf(results) {
    const n = (f) => results.filter(f).length;
    return {
        entries: results.length,
        'already-present': n((r) => r.outcome === 'already-present'),
        uploaded: n((r) => r.outcome === 'uploaded'),
        unverified: n((r) => r.outcome === 'unverified'),
        failed: n((r) => r.outcome === 'failed'),
        clones: n((r) => r.cloned),
        builds: n((r) => r.built),
    };
}
/** The name locations of requirements given directly (not from a file) carry. */
const INPUT = '<requirement>';
/** The requirement files the globs match (sorted, each once), and the direct requirements. */
async function readSources(cfg, log) {
    const sources = [];
    const seen = new Set();
    for (const pattern of cfg.requirementFiles) {
        const matched = [];
        for await (const path of (0,promises_.glob)(pattern, { cwd: cfg.cwd }))
            matched.push(path);
        if (matched.length === 0) {
            throw new errors/* WheelrelayError */.V6(`requirement-files: ${pattern} matches no file in ${cfg.cwd}`, 'Check the path (it is relative to the workspace), or remove the pattern.');
        }
        for (const path of matched.sort()) {
            const abs = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cfg.cwd, path);
            const file = (0,external_node_path_.isAbsolute)(pattern) ? abs : (0,external_node_path_.relative)(cfg.cwd, abs);
            if (seen.has(abs))
                continue;
            seen.add(abs);
            let real = abs;
            if (cfg.confined) {
                const inside = await realPathInside(cfg.cwd, abs).catch(() => abs);
                if (!inside) {
                    throw new errors/* WheelrelayError */.V6(`requirement-files: ${file} leads outside the workspace (it is a link to a file elsewhere)`, 'Requirement files must be files of the repository; wheelrelay neither reads nor rewrites files outside the workspace.');
                }
                real = inside;
            }
            let text;
            try {
                text = await (0,promises_.readFile)(real, 'utf8');
            }
            catch (err) {
                throw new errors/* WheelrelayError */.V6(`requirement-files: cannot read ${file} (${err.code ?? err.message})`);
            }
            log.info(`${file}`);
            sources.push({ file, text });
        }
    }
    if (cfg.requirements.length > 0) {
        sources.push({ file: INPUT, text: `${cfg.requirements.join('\n')}\n` });
    }
    return sources;
}
/**
 * A Log that keeps lines until `replay`. Program output stays program output: it is replayed
 * through the target's `output`, one writer per stretch, so the runner never runs a command
 * in it.
 */
function bufferedLog() {
    const lines = [];
    let programs = 0;
    const log = {
        info: (m) => lines.push({ level: 'info', text: m }),
        warning: (m) => lines.push({ level: 'warning', text: m }),
        error: (m) => lines.push({ level: 'error', text: m }),
        debug: (m) => lines.push({ level: 'debug', text: m }),
        group: async (title, fn) => {
            lines.push({ level: 'info', text: title });
            return fn();
        },
        output: (level) => {
            const program = ++programs;
            return { line: (text) => lines.push({ level, text, program }), end() { } };
        },
    };
    return {
        log,
        replay(to) {
            let open;
            const close = () => {
                open?.writer.end();
                open = undefined;
            };
            for (const { level, text, program } of lines) {
                if (program === undefined) {
                    close();
                    to[level](text);
                    continue;
                }
                if (open?.program !== program) {
                    close();
                    open = { program, writer: to.output(level === 'debug' ? 'debug' : 'info') };
                }
                open.writer.line(text);
            }
            close();
        },
    };
}

;// CONCATENATED MODULE: ./src/sync/action.ts











/**
 * The sync action (sync/action.yml), `mode: sync` or `mode: plan`: read inputs, sync (or plan), set outputs and the
 * job summary. Fails the step when an entry failed or is unverified (after every other entry was tried and
 * reported), or with one clear error when the run could not start.
 */
async function runSync({ log, cache }) {
    try {
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const cfg = readSyncConfig({ get: (name) => core/* getInput */.V4(name) }, process.env, workspace, (secret) => core/* setSecret */.Pq(secret), (m) => log.warning(m));
        // A directory index keeps its record beside it; any other lives in the Actions cache.
        const recordPath = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wheelrelay-record', 'builds.json');
        const kept = cfg.index.type !== 'directory'
            ? await restoreBuildRecord(cache ?? (await __webpack_require__.e(/* import() */ 592).then(__webpack_require__.bind(__webpack_require__, 6592))), recordPath, process.env, log)
            : undefined;
        const result = await syncRequirements(cfg, {
            log,
            run: runner/* execRunner */.M6,
            onSecret: (secret) => core/* setSecret */.Pq(secret),
            ...(kept ? { recordPath } : {}),
            ...(cfg.pipCache
                ? {
                    pipCache: (keyFiles) => (0,pip_cache/* withPipCache */.q)(cfg.cwd, cfg.python, runner/* execRunner */.M6, log, keyFiles),
                }
                : {}),
        });
        await kept?.save();
        for (const [key, value] of Object.entries(syncOutputs(result)))
            core/* setOutput */.uH(key, value);
        if (process.env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z.addRaw(syncSummary(result)).write();
        if (result.mode === 'sync' && result.counts.failed + result.counts.unverified > 0) {
            const c = result.counts;
            core/* setFailed */.C1(c.failed > 0
                ? `${c.failed} of ${c.entries} git-pinned requirement(s) could not be synced${c.unverified > 0 ? ` and ${c.unverified} were uploaded but not verified` : ''}: see the errors above and the \`entries\` output`
                : `${c.unverified} of ${c.entries} git-pinned requirement(s) were uploaded but not listed within \`verify-timeout\`: check \`simple-url\` (or \`index-type\`), or raise \`verify-timeout\`; see the \`entries\` output`);
        }
    }
    catch (err) {
        (0,errors/* debugStack */.WO)(err, core/* debug */.Yz);
        core/* setFailed */.C1((0,secrets/* redact */.E$)((0,errors/* describeError */.Uc)(err)));
    }
}


/***/ })

};
