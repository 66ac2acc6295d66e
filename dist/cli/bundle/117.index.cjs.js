"use strict";
exports.id = 117;
exports.ids = [117];
exports.modules = {

/***/ 117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCommand: () => (/* binding */ publishCommand)
});

// EXTERNAL MODULE: ./src/index/directory.ts + 1 modules
var directory = __webpack_require__(5139);
// EXTERNAL MODULE: ./src/index/publish.ts + 1 modules
var publish = __webpack_require__(9391);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/build/settings.ts
var settings = __webpack_require__(4251);
// EXTERNAL MODULE: ./src/github/settings.ts
var github_settings = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/index/settings.ts
var index_settings = __webpack_require__(3183);
// EXTERNAL MODULE: ./src/inputs/read.ts
var read = __webpack_require__(4245);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(9687);
;// CONCATENATED MODULE: ./src/publish/bump-rule.ts

/** Events about a pull request: their runs build code nobody has merged yet. */
function isPullRequestEvent(event) {
    return event !== undefined && /^pull_request/.test(event);
}
/** A final release in PEP 440's sense: no pre-release, dev or local part (post-releases are). */
function isFinalVersion(version) {
    const v = explain(version);
    return v !== null && !v.is_prerelease && !v.is_devrelease && v.local === null;
}
/**
 * Why this run's version does not move consumers' pins, or undefined when it does: a tag run
 * does, and a manual run of a final version; other runs only with `bump-every-version`.
 */
function whyNoBump(run, version, everyVersion) {
    if (everyVersion || run.ref?.kind === 'tag')
        return undefined;
    if (run.event === 'workflow_dispatch' && isFinalVersion(version))
        return undefined;
    const what = run.event === 'workflow_dispatch'
        ? `a manual run of ${version}, which is not a final release`
        : `${describeRun(run)} (${version})`;
    return `not a release: ${what}; pins move for tag runs and manual runs of final versions (set \`bump-every-version: true\` to move them for every published version)`;
}
function describeRun(run) {
    const on = run.ref ? ` of ${run.ref.kind} ${run.ref.name}` : '';
    return `a ${run.event ?? 'workflow'} run${on}`;
}

;// CONCATENATED MODULE: ./src/publish/config.ts





/** Reads and validates every setting of the publish action, failing with a message that names the input to fix. */
function readConfig(input, env, cwd, onSecret = () => { }, warn = () => { }) {
    // Secrets are masked first (by Inputs), so that nothing printed while validating the rest
    // can show them.
    const inputs = new read/* Inputs */.G(input, 'publish', onSecret);
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
        ...(0,index_settings/* readIndexSettings */.y)(inputs, cwd, onSecret, warn),
        ...(0,settings/* readBuildSettings */.I)(inputs),
        packageDir: inputs.read('package-dir'),
        ref: readRef(env),
        event,
        bumpEveryVersion,
        tagPattern: inputs.read('tag-pattern'),
        dryRun: dryRunBecause !== undefined,
        ...(dryRunBecause ? { dryRunBecause } : {}),
        bump: (0,github_settings/* readBumpSettings */.s)(inputs, env, {
            dryRun: dryRunBecause !== undefined,
            // A pull request from a fork gets no secrets; its run moves no pin, so needs no token.
            tokenOptional: isPullRequestEvent(event) && !bumpEveryVersion,
        }),
    };
}
/** The ref of a tag or branch push. (The CLI's `--tag` sets a tag of its own: cli/publish.ts.) */
function readRef(env) {
    const ref = env.GITHUB_REF ?? '';
    if (ref.startsWith('refs/tags/'))
        return { kind: 'tag', name: ref.slice(10), sha: env.GITHUB_SHA };
    if (ref.startsWith('refs/heads/'))
        return { kind: 'branch', name: ref.slice(11), sha: env.GITHUB_SHA };
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/build/collect.ts
var collect = __webpack_require__(6226);
// EXTERNAL MODULE: ./src/build/environment.ts
var environment = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(7055);
// EXTERNAL MODULE: ./src/build/one-release.ts
var one_release = __webpack_require__(1060);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/index/target.ts
var target = __webpack_require__(6919);
;// CONCATENATED MODULE: ./src/publish/release.ts











/** The whole publish story: build (or collect), inspect, check the tag, upload, verify. */
async function publishRelease(cfg, deps) {
    const { log } = deps;
    if (cfg.distDir) {
        const existing = cfg.distDir;
        const paths = await log.group('Collecting distributions', () => collectExisting(existing));
        return publishFiles(cfg, deps, paths);
    }
    const outDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wheelrelay-dist-'));
    try {
        const paths = await log.group('Building distributions', () => build(cfg, deps, outDir));
        return await publishFiles(cfg, deps, paths);
    }
    finally {
        if (deps.keepBuild)
            log.info(`the built files are kept in ${outDir}`);
        else
            await (0,promises_.rm)(outDir, { recursive: true, force: true });
    }
}
/** Inspect, check the tag, upload, verify: the files at `paths`, built or collected. */
async function publishFiles(cfg, deps, paths) {
    const { log } = deps;
    const dists = await log.group('Inspecting distributions', async () => {
        const out = [];
        for (const path of paths) {
            const d = await (0,inspect/* inspectDistribution */.RS)(path);
            log.info(`${d.filename}: ${d.name} ${d.version}, ${d.size} bytes`);
            out.push(d);
        }
        return out;
    });
    const { name, version } = (0,one_release/* oneRelease */.M)(dists, 'the files to publish', 'Publish one project version per run; clear stale files out of `dist-dir`.');
    if (cfg.ref?.kind === 'tag')
        checkTag(cfg.ref.name, cfg.tagPattern, version, name);
    const index = await (0,target/* openIndex */.b)(cfg.index, { ...cfg, log });
    try {
        const title = cfg.dryRun
            ? `Checking ${name} ${version} on ${index.label} (dry run: nothing is uploaded)`
            : `Publishing ${name} ${version} to ${index.label}`;
        const result = await log.group(title, () => (0,publish/* publish */.mk)(dists, index, {
            retry: cfg.retry,
            verifyTimeoutMs: cfg.verifyTimeoutMs,
            log,
            dryRun: cfg.dryRun,
        }));
        const common = {
            name,
            version,
            index: index.label,
            projectUrl: index.projectUrl(name),
            ref: cfg.ref,
        };
        if (result.status === 'published')
            return { ...common, files: result.files, published: true };
        if (result.status === 'dry-run') {
            return { ...common, files: result.files, published: false, reason: 'dry-run' };
        }
        if (result.status === 'unverified') {
            // Uploaded, not seen listed: not published (no pin moves), and not "not uploaded" either.
            return { ...common, files: result.files, published: false, reason: 'unverified' };
        }
        const err = (0,publish/* conflictError */.jU)(index, result.conflicts);
        if (cfg.ref?.kind === 'branch') {
            // A branch push of a static version that was released from another commit: not this
            // run's release to make. A tag (a release) in the same state is a real failure.
            log.warning(`${version} is already published from another commit: bump the version or tag a release to publish this one (${err.message})`);
            return { ...common, files: [], published: false, reason: 'conflict' };
        }
        throw err;
    }
    finally {
        await index.close();
    }
}
async function build(cfg, deps, outDir) {
    const { log } = deps;
    // Loaded for a build only: publishing files built elsewhere (dist-dir) starts no process, and
    // loading node:child_process is some 4 ms of a small publish (2.5%).
    const { chooseIsolation, unisolatedWarning } = await __webpack_require__.e(/* import() */ 468).then(__webpack_require__.bind(__webpack_require__, 3468));
    const { buildDistributions, projectTree } = await Promise.all(/* import() */[__webpack_require__.e(468), __webpack_require__.e(402)]).then(__webpack_require__.bind(__webpack_require__, 402));
    const isolation = deps.isolation ?? (await chooseIsolation(deps.run));
    log.info(isolation.description);
    if (isolation.kind === 'none' && !cfg.buildsCanReadSecrets) {
        const held = [
            ...(cfg.index.type !== 'directory' && cfg.index.credentials ? ['`password`'] : []),
            ...(cfg.bump ? ['`consumer-token`'] : []),
            ...(0,environment/* secretsInEnvironment */.W)(process.env),
        ];
        const warning = unisolatedWarning(held);
        if (warning)
            log.warning(warning);
    }
    const cache = deps.pipCache ? await deps.pipCache(cfg.packageDir) : undefined;
    const workspace = deps.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd());
    const files = await buildDistributions({
        packageDir: cfg.packageDir,
        tree: await projectTree(cfg.packageDir, workspace),
        dists: cfg.dists,
        python: cfg.python,
        buildIsolation: cfg.buildIsolation,
        skipDependencyCheck: cfg.skipDependencyCheck,
        ...(deps.buildEnv ? { env: deps.buildEnv } : {}),
        ...(cache ? { pipCacheDir: cache.dir } : {}),
        timeoutMs: cfg.buildTimeoutMs,
        isolation,
        outDir,
    }, deps.run, log);
    // A dry run writes nothing anywhere, the Actions cache included.
    if (!cfg.dryRun)
        await cache?.save();
    return files;
}
async function collectExisting(dir) {
    const files = await (0,collect/* collectDistributions */.c)(dir);
    if (files.length === 0) {
        throw new errors/* WheelrelayError */.V6(`dist-dir ${dir} holds no wheel (.whl) or sdist (.tar.gz)`, "Download the build job's artifact into it first (actions/download-artifact), or drop `dist-dir` to build here.");
    }
    return files;
}
/** Fails when the tag does not name the version that was built. */
function checkTag(tag, pattern, version, name) {
    const m = pattern.exec(tag);
    const raw = m?.groups?.version ?? m?.[1];
    if (!raw) {
        throw new errors/* WheelrelayError */.V6(`tag ${tag} does not match tag-pattern ${pattern.source}`, 'Tag releases as v1.2.3 (or 1.2.3), or set `tag-pattern` to match your tags, with a group named `version`.');
    }
    if ((0,pep440/* valid */.rZ)(raw) !== version) {
        throw new errors/* WheelrelayError */.V6(`tag ${tag} says version ${raw}, but the build produced ${name} ${version}; nothing was uploaded`, 'Bump the version in the project (or use setuptools_scm/hatch-vcs with `fetch-depth: 0` on checkout) so the build matches the tag, then tag again.');
    }
}

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/publish/report.ts


/** The action's outputs, as the values they take (files as an array; JSON-encoded on output). */
function outputsOf(outcome) {
    return {
        name: outcome.name,
        version: outcome.version,
        files: outcome.files.map((f) => ({
            filename: f.filename,
            sha256: f.sha256,
            url: (0,secrets/* redact */.E$)(f.url),
            outcome: f.outcome,
            ...(f.listing ? { listing: (0,secrets/* redact */.E$)(f.listing) } : {}),
            ...(f.answer ? { answer: (0,secrets/* redact */.E$)(f.answer) } : {}),
        })),
        published: outcome.published,
        'project-url': (0,secrets/* redact */.E$)(outcome.projectUrl),
    };
}
/**
 * The job summary: what was published where, one row per file. Names, versions, filenames,
 * digests and reasons come from the build and the index, so each is shown as text only.
 */
function summaryMarkdown(outcome) {
    const release = md(`${outcome.name} ${outcome.version}`);
    const head = outcome.published
        ? `### wheelrelay: published ${release}`
        : outcome.reason === 'dry-run'
            ? `### wheelrelay: dry run of ${release} (nothing uploaded)`
            : `### wheelrelay: ${release} not published`;
    const lines = [head, ''];
    if (!outcome.published) {
        lines.push(outcome.reason === 'conflict'
            ? `${md(outcome.version)} is already on the index from another commit, with other content: nothing was uploaded. Bump the version or tag a release to publish this build.`
            : outcome.reason === 'unverified'
                ? 'Uploaded, but not every file was listed on the simple API within `verify-timeout`: check `simple-url` (or `index-type`), or raise `verify-timeout`. No pins were moved.'
                : outcome.reason === 'dry-run'
                    ? 'A dry run: the index was read and nothing was written. A real run uploads the `would-upload` files and keeps the `already-present` ones.'
                    : 'Nothing was published.', '');
    }
    const page = markdownUrl(outcome.projectUrl);
    lines.push(`Index: ${md(outcome.index)}${page ? ` · [project page](${page})` : ` · project page ${md(outcome.projectUrl)}`}`, '');
    if (outcome.files.length > 0) {
        lines.push('| file | outcome | sha256 |', '| --- | --- | --- |');
        for (const f of outcome.files) {
            const why = f.outcome === 'unverified'
                ? ` (not listed on ${md(f.listing ?? '')}; the index answered: ${md(f.answer ?? '')})`
                : '';
            lines.push(`| ${md(f.filename)} | ${f.outcome}${why} | ${md(f.sha256)} |`);
        }
        lines.push('');
    }
    return redact(lines.join('\n'));
}
/**
 * What became of `auto-merge`, as the summary's detail column says it; the reason (which may
 * quote GitHub's answer) as text only.
 */
function autoMergeNote(r) {
    const m = r.autoMerge;
    if (!m)
        return '';
    if (m.state === 'enabled')
        return `auto-merge (${m.method}) enabled`;
    if (m.state === 'merged')
        return `merged (${m.method}): ${md(m.reason ?? '')}`;
    return `**auto-merge not enabled**: ${md(m.reason ?? '')}`;
}
/** The job summary's pull-request section: one row per consumer, diffs on a dry run. */
function pullRequestsSummary(results, dryRun) {
    const lines = [`### wheelrelay: pin bumps${dryRun ? ' (dry run, nothing written)' : ''}`, ''];
    if (results.length === 0)
        return redact([...lines, 'No consumers.', ''].join('\n'));
    lines.push('| consumer | outcome | pull request | detail |', '| --- | --- | --- | --- |');
    for (const r of results) {
        const url = markdownUrl(r.url);
        const pr = url ? `[#${r.number}](${url})` : '';
        const detail = [
            r.reason ? md(r.reason) : (r.files ?? []).map((f) => md(f)).join(', '),
            autoMergeNote(r),
        ]
            .filter(Boolean)
            .join('; ');
        // owner/repo comes from the workflow's `consumers`, checked to be a repository name.
        lines.push(`| ${r.repo} | ${r.outcome} | ${pr} | ${detail} |`);
    }
    lines.push('');
    for (const r of results) {
        if (r.diff)
            lines.push(`<details><summary>${r.repo}</summary>`, '', markdownBlock(r.diff, 'diff'), '</details>', '');
    }
    return redact(lines.join('\n'));
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/publish.ts









const PUBLISH_USAGE = {
    head: `usage: wheelrelay publish [PACKAGE_DIR] [options]

Build the project, upload its files to an index, verify they landed.
`,
    tail: `exit codes: 0 published (or a dry run), 1 failed or not published, 2 usage.
`,
};
/** execRunner, loaded when a build runs its first program: publishing built files runs none. */
const lazyRunner = async (command, args, opts) => (await __webpack_require__.e(/* import() */ 748).then(__webpack_require__.bind(__webpack_require__, 6748))).execRunner(command, args, opts);
/** What --json prints when nothing was published: the outputs' keys, as far as known. */
const NOT_PUBLISHED = () => ({
    name: '',
    version: '',
    files: [],
    published: false,
    'project-url': '',
});
/** `wheelrelay publish`; returns the exit code (0 published, 1 failed or not published, 2 usage). */
async function publishCommand(argv, env) {
    const line = (0,args/* parseCommand */.RM)('publish', argv, PUBLISH_USAGE, NOT_PUBLISHED);
    if (typeof line === 'number')
        return line;
    const { positionals: rest, end } = line;
    if (rest.length > 1 || (rest.length === 1 && (0,args/* flagValue */.y6)(line, 'package-dir'))) {
        return end.usage('give the package directory once (as PACKAGE_DIR or --package-dir)');
    }
    const misuse = (0,args/* skipDependencyCheckMisuse */.fK)(line.values);
    if (misuse)
        return end.usage(misuse);
    const log = (0,src_log/* consoleLog */.aO)((0,args/* isSet */.vM)(line, 'verbose'));
    let cfg;
    try {
        cfg = await publishConfig(line, env, log);
    }
    catch (err) {
        return end.failed(err, log);
    }
    try {
        const outcome = await publishRelease(cfg, {
            log,
            run: lazyRunner,
            keepBuild: (0,args/* isSet */.vM)(line, 'keep-dist'),
        });
        report(outcome, cfg, (0,args/* isSet */.vM)(line, 'json'));
        if (outcome.reason === 'unverified')
            log.error((0,publish/* unverifiedError */.wj)(outcome.files).describe());
        return outcome.published || outcome.reason === 'dry-run' ? 0 : 1;
    }
    catch (err) {
        return end.failed(err, log);
    }
}
/** The publish settings the flags (and the environment's defaults) stand for. */
async function publishConfig(line, env, log) {
    const password = (0,args/* isSet */.vM)(line, 'password-stdin') ? await (0,args/* readStdin */.vJ)() : undefined;
    const inputs = (0,flags/* flagInputs */.Cp)('publish', line.values, env, password);
    inputs['index-url'] ??= (0,flags/* userIndexDir */.Jo)(env);
    inputs['package-dir'] = line.positionals[0] ?? inputs['package-dir'];
    // Outside GitHub Actions a ref in the environment is not ours to read.
    const cfgEnv = { ...env, GITHUB_REF: undefined, GITHUB_EVENT_NAME: undefined };
    const cfg = readConfig({ get: (n) => inputs[n] }, cfgEnv, process.cwd(), undefined, (m) => log.warning(m));
    cfg.skipDependencyCheck = (0,args/* isSet */.vM)(line, 'skip-dependency-check');
    // The action learns a release's tag from GITHUB_REF; on the command line it is --tag.
    const tag = (0,args/* flagValue */.y6)(line, 'tag');
    if (tag)
        cfg.ref = { kind: 'tag', name: tag };
    return cfg;
}
/** The outcome on stdout: the outputs as JSON, or a line per file and how to install it. */
function report(outcome, cfg, json) {
    const outputs = outputsOf(outcome);
    if (json) {
        process.stdout.write(`${(0,secrets/* redact */.E$)(JSON.stringify(outputs))}\n`);
        return;
    }
    for (const f of outputs.files)
        process.stdout.write(`${f.outcome}\t${f.filename}\t${f.url}\n`);
    if (cfg.index.type === 'directory' && outcome.reason !== 'dry-run') {
        process.stdout.write(`\ninstall it with:\n  pip install --index-url ${(0,directory/* directorySimpleUrl */.B)(cfg.index.path)} '${outcome.name}==${outcome.version}'\n`);
    }
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






/***/ })

};
;