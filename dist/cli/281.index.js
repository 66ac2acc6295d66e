export const id = 281;
export const ids = [281];
export const modules = {

/***/ 7281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCommand: () => (/* binding */ publishCommand)
});

// EXTERNAL MODULE: ./src/build/runner.ts
var runner = __webpack_require__(537);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(868);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ./src/index/publish.ts + 1 modules
var publish = __webpack_require__(3870);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(9334);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../main/node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(5209);
// EXTERNAL MODULE: ./src/build/environment.ts
var environment = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/build/isolation.ts
var build_isolation = __webpack_require__(4848);
// EXTERNAL MODULE: ./src/build/python-build.ts + 1 modules
var python_build = __webpack_require__(9494);
// EXTERNAL MODULE: ./src/index/target.ts + 2 modules
var target = __webpack_require__(529);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(4657);
;// CONCATENATED MODULE: ./src/release.ts












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
    const { name, version } = oneRelease(dists);
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
        const base = {
            name,
            version,
            index: index.label,
            projectUrl: index.projectUrl(name),
            ref: cfg.ref,
        };
        if (result.status === 'published')
            return { ...base, files: result.files, published: true };
        if (result.status === 'dry-run') {
            return { ...base, files: result.files, published: false, reason: 'dry-run' };
        }
        if (result.status === 'unverified') {
            // Uploaded, not seen listed: not published (no pin moves), and not "not uploaded" either.
            return { ...base, files: result.files, published: false, reason: 'unverified' };
        }
        const err = (0,publish/* conflictError */.jU)(index, result.conflicts);
        if (cfg.ref?.kind === 'branch') {
            // A branch push of a static version that was released from another commit: not this
            // run's release to make. A tag (a release) in the same state is a real failure.
            log.warning(`${version} is already published from another commit: bump the version or tag a release to publish this one (${err.message})`);
            return { ...base, files: [], published: false, reason: 'conflict' };
        }
        throw err;
    }
    finally {
        await index.close();
    }
}
async function build(cfg, deps, outDir) {
    const { log } = deps;
    const isolation = deps.isolation ?? (await (0,build_isolation/* chooseIsolation */.I1)(deps.run));
    log.info(isolation.description);
    if (isolation.kind === 'none' && !cfg.buildsCanReadSecrets) {
        const held = [
            ...(cfg.index.type !== 'directory' && cfg.index.credentials ? ['`password`'] : []),
            ...(cfg.bump ? ['`consumer-token`'] : []),
            ...(0,environment/* secretsInEnvironment */.W)(process.env),
        ];
        const warning = (0,build_isolation/* unisolatedWarning */.nQ)(held);
        if (warning)
            log.warning(warning);
    }
    const cache = deps.pipCache ? await deps.pipCache(cfg.packageDir) : undefined;
    const workspace = deps.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd());
    const files = await (0,python_build/* buildDistributions */.i5)({
        packageDir: cfg.packageDir,
        tree: await (0,python_build/* projectTree */.WP)(cfg.packageDir, workspace),
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
    const files = await (0,python_build/* collectDistributions */.ct)(dir);
    if (files.length === 0) {
        throw new errors/* WheelrelayError */.V(`dist-dir ${dir} holds no wheel (.whl) or sdist (.tar.gz)`, "Download the build job's artifact into it first (actions/download-artifact), or drop `dist-dir` to build here.");
    }
    return files;
}
/** One run publishes one release: every file must be the same project and version. */
function oneRelease(dists) {
    const first = dists[0];
    if (!first)
        throw new errors/* WheelrelayError */.V('there is nothing to publish');
    for (const d of dists) {
        if ((0,names/* normalizeName */.Pc)(d.name) !== (0,names/* normalizeName */.Pc)(first.name) || d.version !== first.version) {
            throw new errors/* WheelrelayError */.V(`the files to publish are not one release: ${first.filename} is ${first.name} ${first.version}, ${d.filename} is ${d.name} ${d.version}`, 'Publish one project version per run; clear stale files out of `dist-dir`.');
        }
    }
    return { name: first.name, version: first.version };
}
/** Fails when the tag does not name the version that was built. */
function checkTag(tag, pattern, version, name) {
    const m = pattern.exec(tag);
    const raw = m?.groups?.version ?? m?.[1];
    if (!raw) {
        throw new errors/* WheelrelayError */.V(`tag ${tag} does not match tag-pattern ${pattern.source}`, 'Tag releases as v1.2.3 (or 1.2.3), or set `tag-pattern` to match your tags, with a group named `version`.');
    }
    if ((0,pep440/* valid */.rZ)(raw) !== version) {
        throw new errors/* WheelrelayError */.V(`tag ${tag} says version ${raw}, but the build produced ${name} ${version}; nothing was uploaded`, 'Bump the version in the project (or use setuptools_scm/hatch-vcs with `fetch-depth: 0` on checkout) so the build matches the tag, then tag again.');
    }
}

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(2715);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(1581);
;// CONCATENATED MODULE: ./src/report.ts


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
 * The `pull-requests` output: one object per consumer with repo, number, url and outcome, the
 * reason when skipped or failed, and what became of `auto-merge` when it was asked for.
 */
function pullRequestsOf(results) {
    return results.map((r) => ({
        repo: r.repo,
        number: r.number,
        url: r.url,
        outcome: r.outcome,
        ...(r.reason ? { reason: redact(r.reason) } : {}),
        ...(r.autoMerge
            ? {
                'auto-merge': {
                    state: r.autoMerge.state,
                    method: r.autoMerge.method,
                    ...(r.autoMerge.reason ? { reason: redact(r.autoMerge.reason) } : {}),
                },
            }
            : {}),
    }));
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
var args = __webpack_require__(8000);
;// CONCATENATED MODULE: ./src/cli/publish.ts









const PUBLISH_USAGE = `usage: wheelrelay publish [PACKAGE_DIR] [options]

Build the project, upload its files to an index, verify they landed.

options (each is also an action input of the same name):
  --index-url URL|DIR     index to publish to (default: $WHEELRELAY_INDEX_URL, or the
                          directory index in ~/.cache/wheelrelay/index)
  --index-type TYPE       devpi, artifactory, nexus, pypiserver, pypi, generic, directory
                          (default: from the URL, or from the index's first answer)
  --simple-url URL        simple API of the index, when it cannot be derived
  --username NAME         (or $WHEELRELAY_USERNAME; __token__ for API tokens)
  --password-stdin        read the password from standard input (or set $WHEELRELAY_PASSWORD)
  --package-dir DIR       the Python project to build (default: .)
  --dist-dir DIR          publish the wheels/sdists already in DIR instead of building
  --dists KIND            wheel (default), sdist or both
  --python PATH           Python interpreter for the build (default: python3)
  --no-build-isolation    build in the interpreter's environment, not an isolated one
  --skip-dependency-check with --no-build-isolation: build even when the environment lacks a
                          build requirement the project declares (build's own flag; for
                          projects that declare one they never use)
  --dry-run               build, inspect and read the index, and print what a real run would
                          upload (would-upload) and what is there already; upload nothing
  --keep-dist             keep the folder the build wrote its files to (its path is logged);
                          it is removed when the run ends otherwise
  --tag TAG               the release tag; the build's version must match it (the CLI's
                          own: the action reads the tag from the tag push)
  --tag-pattern REGEX     how to read the version from a tag (group "version")
  --verify-timeout SECS   how long to wait for uploads to be listed (default: 60); a file
                          not listed by then is unverified (exit code 1)
  --timeout SECS          per-request timeout, and per git command (default: 300)
  --build-timeout SECS    how long one build may run before it is killed (default: 3600)
  --builds-can-read-secrets
                          build even where builds cannot be isolated from this process,
                          which holds the password and tokens (sync refuses otherwise)
  --retries N             retries for failed requests (default: 5)
  --json                  print the outputs as one JSON object on stdout
  -v, --verbose           debug logging
  -h, --help              this help
`;
const FLAGS = {
    ...args/* INDEX_FLAGS */.xX,
    'package-dir': { type: 'string' },
    'dist-dir': { type: 'string' },
    'build-isolation': { type: 'boolean' },
    tag: { type: 'string' },
    'tag-pattern': { type: 'string' },
    'keep-dist': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
};
/** `wheelrelay publish`; returns the exit code (0 published, 1 failed or not published, 2 usage). */
async function publishCommand(argv, env) {
    const parsed = (0,args/* parseCommand */.RM)('publish', argv, FLAGS, PUBLISH_USAGE);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals: rest } = parsed;
    if (rest.length > 1 || (rest.length === 1 && values['package-dir'])) {
        process.stderr.write('wheelrelay: give the package directory once (as PACKAGE_DIR or --package-dir)\n');
        return 2;
    }
    const misuse = (0,args/* skipDependencyCheckMisuse */.fK)(values);
    if (misuse) {
        process.stderr.write(`wheelrelay publish: ${misuse}\n`);
        return 2;
    }
    const log = (0,src_log/* consoleLog */.aO)(values.verbose ?? false);
    try {
        const password = values['password-stdin'] ? await (0,args/* readStdin */.vJ)() : env.WHEELRELAY_PASSWORD;
        const inputs = {
            ...(0,args/* indexInputs */.Mg)(values, env, password),
            'package-dir': rest[0] ?? values['package-dir'],
            'dist-dir': values['dist-dir'],
            'build-isolation': values['no-build-isolation']
                ? 'false'
                : values['build-isolation']
                    ? 'true'
                    : undefined,
            'tag-pattern': values['tag-pattern'],
            'dry-run': values['dry-run'] ? 'true' : undefined,
        };
        // Outside GitHub Actions a ref in the environment is not ours to read.
        const cfgEnv = { ...env, GITHUB_REF: undefined };
        const cfg = (0,config/* readConfig */.X)({ get: (n) => inputs[n] }, cfgEnv, process.cwd(), undefined, (m) => log.warning(m));
        cfg.skipDependencyCheck = values['skip-dependency-check'] ?? false;
        // The action learns a release's tag from GITHUB_REF; on the command line it is --tag.
        if (values.tag)
            cfg.ref = { kind: 'tag', name: values.tag };
        const outcome = await publishRelease(cfg, {
            log,
            run: runner/* execRunner */.M6,
            keepBuild: values['keep-dist'] ?? false,
        });
        const outputs = outputsOf(outcome);
        if (values.json) {
            process.stdout.write(`${(0,secrets/* redact */.E$)(JSON.stringify(outputs))}\n`);
        }
        else {
            for (const f of outputs.files)
                process.stdout.write(`${f.outcome}\t${f.filename}\t${f.url}\n`);
            if (cfg.index.type === 'directory' && outcome.reason !== 'dry-run') {
                process.stdout.write(`\ninstall it with:\n  pip install --index-url ${outputs['project-url'].replace(/[^/]+\/$/, '')} '${outcome.name}==${outcome.version}'\n`);
            }
        }
        if (outcome.reason === 'unverified')
            log.error((0,publish/* unverifiedError */.wj)(outcome.files).describe());
        return outcome.published || outcome.reason === 'dry-run' ? 0 : 1;
    }
    catch (err) {
        log.error((0,errors/* describeError */.U)(err));
        if (values.json)
            process.stdout.write(`${JSON.stringify({ published: false, error: (0,secrets/* redact */.E$)((0,errors/* describeError */.U)(err)) })}\n`);
        return 1;
    }
}


/***/ })

};
