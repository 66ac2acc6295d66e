"use strict";
exports.id = 402;
exports.ids = [402];
exports.modules = {

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
        throw new errors/* WheelrelayError */.V6(`the build of ${packageDir} was killed after ${res.killedAfterSeconds} s, the \`build-timeout\`; its last lines:\n${(0,runner.tail)(res.output)}`, 'Raise `build-timeout` if the build needs longer, or find what it waits for (try the same command locally).');
    }
    if (res.exitCode === 126 || res.exitCode === 127) {
        throw new errors/* WheelrelayError */.V6(`could not run ${opts.python}: ${(0,runner.tail)(res.output, 3)}`, at.isolated
            ? "Builds run as a separate unprivileged user here: the interpreter, and every folder above it, must be readable and executable by every user (those of actions/setup-python and the system's are). Set `python` to such an interpreter."
            : 'Set `python` to a Python interpreter on PATH (actions/setup-python provides one).');
    }
    if (res.exitCode !== 0) {
        const own = ownCommand(opts, (0,external_node_path_.relative)(tree, packageDir));
        const unused = !opts.buildIsolation && !opts.skipDependencyCheck && /Missing dependencies/i.test(res.output)
            ? ' If the project declares a build requirement it does not use, pass `--skip-dependency-check`.'
            : '';
        throw new BuildFailed(`the build of ${packageDir} failed (exit code ${res.exitCode}); its last lines:\n${(0,runner.tail)(res.output)}\nthe command was: ${at.ran}`, `Run it yourself in ${tree}: ${own}; fix the build, then re-run.${unused}`, own, unused);
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


/***/ })

};
;