export const id = 170;
export const ids = [170];
export const modules = {

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vl: () => (/* binding */ distFilenameProblem),
/* harmony export */   hk: () => (/* binding */ parseDistFilename)
/* harmony export */ });
/* unused harmony export filenameMatchesProject */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5209);
/* harmony import */ var _pins_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4657);


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
    return parsed !== undefined && normalizeName(parsed.name) === normalizeName(name);
}


/***/ }),

/***/ 6236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ib: () => (/* binding */ MAX_ZIP_ENTRIES),
  gO: () => (/* binding */ digestHasher),
  nw: () => (/* binding */ digestsOf),
  KQ: () => (/* binding */ fileDigests),
  RS: () => (/* binding */ inspectDistribution),
  lg: () => (/* binding */ knownDigests),
  Pi: () => (/* binding */ rememberDigests)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../main/node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(5209);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(4657);
// EXTERNAL MODULE: ./src/build/filenames.ts
var filenames = __webpack_require__(8553);
;// CONCATENATED MODULE: ./src/build/metadata.ts
/** Parses the header block of a core metadata file. Throws when Name or Version is missing. */
function parseCoreMetadata(text, source) {
    const headers = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break; // end of headers; the rest is the long description
        if (/^[ \t]/.test(line) && last !== undefined) {
            headers.set(last, `${headers.get(last) ?? ''}\n${line.trim()}`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon).trim().toLowerCase();
        // Multi-use fields (Classifier, Requires-Dist) are not needed; keep the first of each.
        if (!headers.has(last))
            headers.set(last, line.slice(colon + 1).trim());
    }
    const name = headers.get('name');
    const version = headers.get('version');
    if (!name || !version) {
        throw new Error(`${source} has no ${name ? 'Version' : 'Name'} header: it is not valid core metadata`);
    }
    return {
        metadataVersion: headers.get('metadata-version') ?? '1.0',
        name,
        version,
        summary: headers.get('summary') || undefined,
        requiresPython: headers.get('requires-python') || undefined,
    };
}

;// CONCATENATED MODULE: ./src/build/inspect.ts









// Digests are worked out once per file: by the upload stream as it sends the bytes (so a large
// upload reads the file once, hashing while the network is busy), or on demand otherwise.
const digestMemo = new WeakMap();
/** The file's digests, computed on first use and then remembered. */
function digestsOf(dist) {
    let d = digestMemo.get(dist);
    if (!d) {
        d = fileDigests(dist.path);
        digestMemo.set(dist, d);
    }
    return d;
}
/** Records digests computed elsewhere from the whole file (the upload stream). */
function rememberDigests(dist, digests) {
    if (!digestMemo.has(dist))
        digestMemo.set(dist, Promise.resolve(digests));
}
/** The digests if already known, without reading the file. */
function knownDigests(dist) {
    return digestMemo.get(dist);
}
// A METADATA file is a few kilobytes; refuse to inflate more than this from any archive entry,
// so that a zip bomb posing as a wheel costs nothing.
const MAX_METADATA_BYTES = 4 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 200_000;
/** Reads a wheel's or sdist's metadata, checking the filename agrees with it. */
async function inspectDistribution(path) {
    const filename = (0,external_node_path_.basename)(path);
    const parsed = (0,filenames/* parseDistFilename */.hk)(filename);
    if (!parsed) {
        const problem = (0,filenames/* distFilenameProblem */.Vl)(filename);
        throw new errors/* WheelrelayError */.V(`${filename} is not a wheel or sdist filename (PEP 427 / PEP 625)${problem ? `: ${problem}` : ''}`, 'Only *.whl and *.tar.gz files built by a Python build backend can be published.');
    }
    const text = parsed.kind === 'wheel' ? await readWheelMetadata(path) : await readSdistPkgInfo(path);
    const metadata = parseCoreMetadata(text, `${filename}'s metadata`);
    if (!(0,names/* isValidName */.uV)(metadata.name)) {
        throw new errors/* WheelrelayError */.V(`${filename}: its metadata names the project '${metadata.name}', which is not a valid package name (PEP 508)`, 'Fix the name in the project configuration: letters, digits, and . _ - between them.');
    }
    const version = (0,pep440/* valid */.rZ)(metadata.version);
    if (!version) {
        throw new errors/* WheelrelayError */.V(`${filename}: version '${metadata.version}' is not a valid PEP 440 version`, 'Fix the version in the project configuration; indexes reject non-PEP 440 versions.');
    }
    if ((0,names/* normalizeName */.Pc)(parsed.name) !== (0,names/* normalizeName */.Pc)(metadata.name) ||
        (0,pep440/* valid */.rZ)(parsed.version) !== version) {
        throw new errors/* WheelrelayError */.V(`${filename} disagrees with its own metadata (${metadata.name} ${metadata.version})`, 'The file was renamed or built wrongly; rebuild it instead of publishing it.');
    }
    const { size } = await (0,promises_.stat)(path);
    return {
        path,
        filename,
        kind: parsed.kind,
        name: metadata.name,
        version,
        pyversion: parsed.kind === 'wheel' ? (parsed.tags?.split('-')[0] ?? 'py3') : 'source',
        metadata,
        size,
    };
}
/** sha256 and blake2b-256 of a file in one streaming pass. */
async function fileDigests(path) {
    const hasher = await digestHasher();
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hasher.update(chunk);
    }
    return hasher.digest();
}
/** An incremental hasher for both digests, for streams that are read anyway. */
async function digestHasher() {
    // node's crypto offers only 512-bit BLAKE2b; hash-wasm gives the 256-bit variant PyPI uses.
    const { createBLAKE2b } = await __webpack_require__.e(/* import() */ 566).then(__webpack_require__.t.bind(__webpack_require__, 2566, 23));
    const sha = (0,external_node_crypto_.createHash)('sha256');
    const blake = await createBLAKE2b(256);
    return {
        update(chunk) {
            sha.update(chunk);
            blake.update(chunk);
        },
        digest: () => ({ sha256: sha.digest('hex'), blake2b256: blake.digest('hex') }),
    };
}
async function readWheelMetadata(path) {
    const yauzl = await __webpack_require__.e(/* import() */ 949).then(__webpack_require__.t.bind(__webpack_require__, 9949, 19));
    const zip = await new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, z) => err ? reject(badArchive(path, err)) : resolve(z)));
    // The end record says how many entries follow; refuse a huge count before reading any, as
    // walking 200,000 central-directory records one by one takes many seconds.
    if (zip.entryCount > MAX_ZIP_ENTRIES) {
        zip.close();
        throw tooManyEntries(path);
    }
    return new Promise((resolve, reject) => {
        let seen = 0;
        let done = false;
        const finish = (fn) => {
            if (done)
                return;
            done = true;
            zip.close();
            fn();
        };
        zip.on('error', (err) => finish(() => reject(badArchive(path, err))));
        zip.on('end', () => finish(() => reject(new errors/* WheelrelayError */.V(`${(0,external_node_path_.basename)(path)} has no *.dist-info/METADATA: it is not a wheel`))));
        zip.on('entry', (entry) => {
            if (++seen > MAX_ZIP_ENTRIES) {
                finish(() => reject(tooManyEntries(path)));
                return;
            }
            if (!/^[^/]+\.dist-info\/METADATA$/.test(entry.fileName)) {
                zip.readEntry();
                return;
            }
            if (entry.uncompressedSize > MAX_METADATA_BYTES) {
                finish(() => reject(tooBig(path, entry.fileName)));
                return;
            }
            zip.openReadStream(entry, (err, stream) => {
                if (err)
                    return finish(() => reject(badArchive(path, err)));
                collect(stream, MAX_METADATA_BYTES).then((text) => finish(() => resolve(text)), (e) => finish(() => reject(e instanceof errors/* WheelrelayError */.V ? e : badArchive(path, e))));
            });
        });
        zip.readEntry();
    });
}
async function readSdistPkgInfo(path) {
    if (path.endsWith('.zip')) {
        throw new errors/* WheelrelayError */.V(`${(0,external_node_path_.basename)(path)} is a legacy .zip sdist`, 'Build a .tar.gz sdist (PEP 625); indexes such as PyPI no longer accept .zip sdists.');
    }
    const { list } = await __webpack_require__.e(/* import() */ 143).then(__webpack_require__.bind(__webpack_require__, 6143));
    let found;
    try {
        await list({
            file: path,
            onReadEntry(entry) {
                // PKG-INFO at the top of the sdist's single root folder, as PEP 625 lays it out.
                if (found || !/^[^/]+\/PKG-INFO$/.test(entry.path))
                    return entry.resume();
                if (entry.size > MAX_METADATA_BYTES) {
                    found = Promise.reject(tooBig(path, entry.path));
                    return entry.resume();
                }
                found = collect(entry, MAX_METADATA_BYTES);
            },
        });
    }
    catch (err) {
        throw badArchive(path, err);
    }
    if (!found)
        throw new errors/* WheelrelayError */.V(`${(0,external_node_path_.basename)(path)} has no PKG-INFO: it is not an sdist`);
    return found;
}
async function collect(stream, limit) {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        total += buf.length;
        if (total > limit)
            throw new errors/* WheelrelayError */.V(`metadata larger than ${limit} bytes`);
        chunks.push(buf);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function badArchive(path, err) {
    const why = err instanceof Error ? err.message : String(err);
    return new errors/* WheelrelayError */.V(`${(0,external_node_path_.basename)(path)} could not be read as an archive: ${why}`);
}
function tooManyEntries(path) {
    return new errors/* WheelrelayError */.V(`${(0,external_node_path_.basename)(path)} has more than ${MAX_ZIP_ENTRIES} entries`, 'This does not look like a real distribution; it was not published.');
}
function tooBig(path, entry) {
    return new errors/* WheelrelayError */.V(`${(0,external_node_path_.basename)(path)}: ${entry} claims more than ${MAX_METADATA_BYTES} bytes`, 'This does not look like a real distribution; it was not published.');
}


/***/ }),

/***/ 5170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: VERSION

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/build/environment.ts
/**
 * The environment handed to builds and git. A build runs the package's own code (setup.py, a
 * build backend, in sync mode a repository nobody here reviewed), so it gets what the runner
 * gives any step, minus what wheelrelay holds in trust: the action's inputs (the index
 * password, the consumer and git tokens), the CLI's credential variables, the runner's own
 * tokens for the cache service and OIDC, and the runner's command files (a line appended to
 * GITHUB_ENV or GITHUB_PATH would run in every later step of the job).
 */
const WITHHELD = new Set([
    'WHEELRELAY_PASSWORD',
    'WHEELRELAY_GIT_TOKEN',
    'WHEELRELAY_GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GITHUB_ENV',
    'GITHUB_OUTPUT',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
]);
/** The secret-bearing variables of {@link WITHHELD} (not the runner's command files). */
const SECRET_VARIABLES = [...WITHHELD].filter((n) => /TOKEN|PASSWORD/.test(n));
/** `base` without the action's inputs (`INPUT_*`) and the variables listed above. */
function childEnvironment(base = process.env) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (name.toUpperCase().startsWith('INPUT_') || WITHHELD.has(name.toUpperCase()))
            continue;
        env[name] = value;
    }
    return env;
}
/**
 * The names of the secrets a process with this environment holds in its own start-up
 * environment (which /proc/<pid>/environ shows to every process of the same user, whatever
 * it later deletes): the runner's tokens, and the action's secret inputs.
 */
function secretsInEnvironment(env) {
    const names = SECRET_VARIABLES.filter((n) => env[n]);
    for (const [name, value] of Object.entries(env)) {
        if (value && /^INPUT_(PASSWORD|.*TOKEN)$/i.test(name))
            names.push(name);
    }
    return names;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(1581);
;// CONCATENATED MODULE: ./src/build/runner.ts





/** How much output a result keeps (every line still goes to `onLine`). */
const KEPT_LINES = 1000;
/** A "line" longer than this is cut, so a program printing without newlines cannot fill memory. */
const MAX_LINE = 64 * 1024;
/** After a deadline's SIGTERM, how long a program has to end before SIGKILL. */
const TERM_GRACE_MS = 5000;
/**
 * After the program exits (and its process group is killed), how long to wait for its output
 * pipes to close: a process that left the group (setsid) may still hold them.
 */
const PIPE_GRACE_MS = 2000;
/** Process groups of programs still running, killed if this process is told to stop. */
const liveGroups = new Set();
/** Synchronous clean-ups (an isolated build's user) to run if this process is told to stop. */
const terminationHooks = new Set();
let signalsHooked = false;
/**
 * Registers a clean-up that must run even if this process is stopped by SIGTERM or SIGINT
 * (the runner cancelling the job). Returns a function that unregisters it.
 */
function onTermination(hook) {
    hookSignals();
    terminationHooks.add(hook);
    return () => terminationHooks.delete(hook);
}
function hookSignals() {
    if (signalsHooked)
        return;
    signalsHooked = true;
    const stopAll = () => {
        for (const pgid of liveGroups)
            killGroup(pgid, 'SIGKILL');
        for (const hook of terminationHooks) {
            try {
                hook();
            }
            catch { }
        }
    };
    process.on('exit', stopAll);
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
        const handler = () => {
            stopAll();
            // Die of the same signal, as if there had been no handler.
            process.removeListener(signal, handler);
            process.kill(process.pid, signal);
        };
        process.on(signal, handler);
    }
}
function killGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // ESRCH: the group is gone. EPERM: what is left belongs to another user (an isolated
        // build), which the isolation layer ends.
    }
}
/**
 * The one runner: every program wheelrelay starts (git, python, the isolation helpers) goes
 * through it. Each program gets {@link childEnvironment} (builds run code wheelrelay did not
 * write) and its own session, so it and everything it starts form one process group, which is
 * killed when the program exits (nothing it left behind outlives it) or when its deadline
 * passes (SIGTERM, then SIGKILL).
 */
const execRunner = (command, args, opts) => new Promise((resolve) => {
    hookSignals();
    const kept = [];
    const keep = (line) => {
        kept.push(line);
        if (kept.length > KEPT_LINES)
            kept.shift();
        opts.onLine?.((0,secrets/* redact */.E$)(line));
    };
    let child;
    try {
        child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: opts.cwd,
            env: childEnvironment(opts.env ?? process.env),
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    }
    catch (err) {
        resolve({ exitCode: 127, output: `${command}: ${err.message}` });
        return;
    }
    const pid = child.pid;
    const started = Date.now();
    let killedAfterSeconds;
    let exitCode;
    const timers = [];
    const splitters = [lineSplitter(keep), lineSplitter(keep)];
    child.stdout?.on('data', (chunk) => splitters[0]?.write(chunk));
    child.stderr?.on('data', (chunk) => splitters[1]?.write(chunk));
    let settled = false;
    const finish = (result) => {
        if (settled)
            return;
        settled = true;
        for (const t of timers)
            clearTimeout(t);
        if (pid !== undefined)
            liveGroups.delete(pid);
        resolve(result);
    };
    child.on('error', (err) => {
        // The program could not be started (ENOENT: not found; EACCES: not executable).
        if (pid === undefined) {
            finish({
                exitCode: err.code === 'EACCES' ? 126 : 127,
                output: `${command}: ${err.message}`,
            });
        }
    });
    if (pid === undefined)
        return;
    liveGroups.add(pid);
    if (opts.timeoutMs !== undefined && opts.timeoutMs > 0) {
        const timeoutMs = opts.timeoutMs;
        const deadline = setTimeout(() => {
            killedAfterSeconds = Math.round(timeoutMs / 100) / 10;
            killGroup(pid, 'SIGTERM');
            timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), TERM_GRACE_MS));
        }, timeoutMs);
        timers.push(deadline);
    }
    child.on('exit', (code, signal) => {
        exitCode = code ?? (signal ? 128 + signalNumber(signal) : 1);
        // Whatever the program left running in its group ends with it.
        killGroup(pid, 'SIGKILL');
        timers.push(setTimeout(() => {
            child.stdout?.destroy();
            child.stderr?.destroy();
        }, PIPE_GRACE_MS));
    });
    child.on('close', () => {
        for (const s of splitters)
            s.end();
        const result = { exitCode: exitCode ?? 1, output: kept.join('\n') };
        if (killedAfterSeconds !== undefined) {
            result.killedAfterSeconds = killedAfterSeconds;
            kept.push(`${command} was killed after ${killedAfterSeconds} s (it ran ${Math.round((Date.now() - started) / 1000)} s in all)`);
            result.output = kept.join('\n');
        }
        finish(result);
    });
});
/** Splits a byte stream into lines (`\n`, `\r\n` or a lone `\r`), cutting overlong ones. */
function lineSplitter(onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let pending = '';
    const emit = (line) => {
        let rest = line;
        for (; rest.length > MAX_LINE; rest = rest.slice(MAX_LINE))
            onLine(rest.slice(0, MAX_LINE));
        onLine(rest);
    };
    const drain = (final) => {
        for (;;) {
            const m = /\r\n|\n|\r/.exec(pending);
            if (!m)
                break;
            // A `\r` at the very end may be the first half of `\r\n`.
            if (!final && m[0] === '\r' && m.index === pending.length - 1)
                break;
            emit(pending.slice(0, m.index));
            pending = pending.slice(m.index + m[0].length);
        }
        while (pending.length > MAX_LINE) {
            onLine(pending.slice(0, MAX_LINE));
            pending = pending.slice(MAX_LINE);
        }
    };
    return {
        write(chunk) {
            pending += decoder.write(chunk);
            drain(false);
        },
        end() {
            pending += decoder.end();
            drain(true);
            if (pending !== '')
                emit(pending);
            pending = '';
        },
    };
}
function signalNumber(signal) {
    return external_node_os_.constants.signals[signal] ?? 0;
}
/** The last `n` lines of some output, for error messages. */
function tail(output, n = 25) {
    return (0,secrets/* redact */.E$)(output.trimEnd().split('\n').slice(-n).join('\n'));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
;// CONCATENATED MODULE: ./src/markdown.ts

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
    const flat = (0,secrets/* redact */.E$)(text).replace(/[\r\n\u2028\u2029\u0085]+|[\p{Cc}]/gu, ' ');
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
function markdown_markdownUrl(url) {
    if (!url)
        return undefined;
    let u;
    try {
        u = new URL((0,secrets/* redact */.E$)(url));
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
function markdown_markdownBlock(text, info = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${(0,secrets/* redact */.E$)(text).replace(/\n$/, '')}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/pins/diff.ts
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

// EXTERNAL MODULE: ./src/pins/names.ts
var pins_names = __webpack_require__(4657);
;// CONCATENATED MODULE: ./src/pins/git-url.ts

const GIT_SCHEME = /^(?:git\+[A-Za-z][A-Za-z0-9+.-]*|git):\/\//i;
const MODERN_EGG = new RegExp(`^(${pins_names/* NAME_PATTERN */.Vh})(\\[[^\\]]*\\])?(?:(===|==)(.+))?$`);
// Old pip read `egg=name-1.2` and `egg=name-dev` as name plus version. Requiring a dotted
// number keeps names such as `django-2fa` or `xblock-drag-and-drop-v2` whole.
const LEGACY_EGG = /^(.*?)-(dev|\d+(?:\.\d+)+\S*)$/;
/** Whether a requirement token is a git URL pip would clone. */
function isGitUrl(token) {
    return GIT_SCHEME.test(token);
}
function parseEgg(value, at) {
    const modern = MODERN_EGG.exec(value);
    const [, name, extras = '', separator, version] = modern ?? [];
    if (name !== undefined && (separator === '==' || separator === '===') && version) {
        const start = at + name.length + extras.length + separator.length;
        return {
            name,
            extras,
            version: { value: version, span: { start, end: start + version.length }, separator },
        };
    }
    const legacy = LEGACY_EGG.exec(value);
    const [, legacyName, legacyVersion] = legacy ?? [];
    if (legacyName !== undefined && legacyVersion !== undefined && (0,pins_names/* isValidName */.uV)(legacyName)) {
        const start = at + legacyName.length + 1;
        const span = { start, end: start + legacyVersion.length };
        return {
            name: legacyName,
            extras: '',
            version: { value: legacyVersion, span, separator: '-' },
        };
    }
    if (name !== undefined && separator === undefined)
        return { name, extras };
    return undefined;
}
/**
 * Parses a git URL token that starts at `at` in its line. Returns undefined for anything that
 * is not a git URL. An `#egg=` value pip would reject (`egg=lettuce=1.8-support`) gives no egg.
 */
function parseGitUrl(token, at) {
    if (!isGitUrl(token))
        return undefined;
    const hashAt = token.indexOf('#');
    const base = hashAt < 0 ? token : token.slice(0, hashAt);
    // The ref is the last `@` of the path, so `ssh://git@host/…` keeps its user.
    const pathStart = base.indexOf('/', base.indexOf('://') + 3);
    const refAt = pathStart < 0 ? -1 : base.lastIndexOf('@');
    const hasRef = refAt > pathStart && pathStart >= 0;
    const location = hasRef ? base.slice(0, refAt) : base;
    const url = {
        span: { start: at, end: at + token.length },
        cloneUrl: location.replace(/^git\+/i, ''),
        refInsertAt: at + location.length,
    };
    if (hasRef) {
        url.ref = {
            value: base.slice(refAt + 1),
            span: { start: at + refAt + 1, end: at + base.length },
        };
    }
    if (hashAt >= 0) {
        let offset = hashAt + 1;
        for (const param of token.slice(hashAt + 1).split('&')) {
            const eq = param.indexOf('=');
            const key = eq < 0 ? param : param.slice(0, eq);
            const value = param.slice(eq + 1);
            if (eq >= 0 && key === 'egg')
                url.egg = parseEgg(value, at + offset + eq + 1);
            if (eq >= 0 && key === 'subdirectory')
                url.subdirectory = value;
            offset += param.length + 1;
        }
    }
    return url;
}

;// CONCATENATED MODULE: ./src/pins/lines.ts
/** Splits text into physical lines, keeping each ending so that `joinLines` gives the text back. */
function lines_splitLines(text) {
    const lines = [];
    const ending = /\r\n|\r|\n/g;
    let from = 0;
    for (let m = ending.exec(text); m !== null; m = ending.exec(text)) {
        lines.push({ text: text.slice(from, m.index), eol: m[0] });
        from = m.index + m[0].length;
    }
    if (from < text.length)
        lines.push({ text: text.slice(from), eol: '' });
    return lines;
}
/** Joins physical lines back into text. */
function joinLines(lines) {
    return lines.map((line) => line.text + line.eol).join('');
}
/** Whether a physical line holds nothing but a comment. */
function isCommentOnly(text) {
    return /^\s*#/.test(text);
}
function continues(text) {
    return text.endsWith('\\') && !isCommentOnly(text);
}
/**
 * Groups physical lines into logical lines the way pip does: a line ending in `\` continues
 * onto the next one. A comment-only line ends a continuation; it is kept as its own logical
 * line (pip drops it as a comment either way), so `# via` blocks are never part of an entry.
 */
function logicalLines(lines) {
    const result = [];
    let index = 0;
    while (index < lines.length) {
        const start = index;
        const offsets = [];
        let text = '';
        for (;;) {
            const line = lines[index]?.text ?? '';
            offsets.push(text.length);
            text += continues(line) ? line.slice(0, -1) : line;
            index += 1;
            const next = lines[index];
            if (!continues(line) || next === undefined || isCommentOnly(next.text))
                break;
        }
        result.push({ start, end: index, text, offsets });
    }
    return result;
}
/** The physical line (index into the file) and column of an offset in a logical line's text. */
function locate(logical, offset) {
    let segment = 0;
    for (let i = 1; i < logical.offsets.length; i += 1) {
        if ((logical.offsets[i] ?? Number.POSITIVE_INFINITY) <= offset)
            segment = i;
    }
    return { line: logical.start + segment, column: offset - (logical.offsets[segment] ?? 0) };
}
/**
 * Applies non-overlapping edits to a logical line and returns the new text of each of its
 * physical lines; continuation backslashes and every unedited character stay where they were.
 * An edit's replacement goes on the physical line where the edit starts.
 */
function applyEdits(lines, logical, edits) {
    const count = logical.end - logical.start;
    const bounds = Array.from({ length: count }, (_, i) => ({
        from: logical.offsets[i] ?? 0,
        to: logical.offsets[i + 1] ?? logical.text.length,
    }));
    const ops = bounds.map(() => []);
    for (const edit of edits) {
        const owner = locate(logical, edit.start).line - logical.start;
        bounds.forEach(({ from, to }, i) => {
            const start = Math.max(edit.start, from);
            const end = Math.max(start, Math.min(edit.end, to));
            if (i === owner)
                ops[i]?.push({ start: start - from, end: end - from, insert: edit.insert });
            else if (end > start)
                ops[i]?.push({ start: start - from, end: end - from, insert: '' });
        });
    }
    return bounds.map(({ from, to }, i) => {
        const body = logical.text.slice(from, to);
        const suffix = (lines[logical.start + i]?.text ?? '').slice(body.length);
        let out = '';
        let cursor = 0;
        for (const op of (ops[i] ?? []).sort((a, b) => a.start - b.start)) {
            out += body.slice(cursor, op.start) + op.insert;
            cursor = op.end;
        }
        return out + body.slice(cursor) + suffix;
    });
}

;// CONCATENATED MODULE: ./src/pins/requirements.ts



const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;
const EDITABLE = /^(?:-e|--editable)(?:\s+|=)/;
const NAME_HEAD = new RegExp(`(${pins_names/* NAME_PATTERN */.Vh})\\s*(\\[[^\\]]*\\])?\\s*`, 'y');
const CLAUSE = /\s*(===|==|~=|!=|<=|>=|<|>)\s*([^\s,;)]+)\s*/y;
/** Parses requirement-file text into physical lines and logical entries. */
function parseRequirements(text) {
    const lines = lines_splitLines(text);
    const entries = logicalLines(lines).map((logical) => parseEntry(logical));
    return { lines, entries };
}
function parseEntry(logical) {
    const line = logical.start + 1;
    const { text } = logical;
    if (/^\s*$/.test(text))
        return { kind: 'blank', line, logical };
    if (/^\s*#/.test(text))
        return { kind: 'comment', line, logical };
    if (CONFLICT_MARKER.test(text))
        return { kind: 'conflict-marker', line, logical };
    // pip strips a comment that starts a line or follows whitespace; `#egg=` stays in the URL.
    const comment = /(?:^|\s)#/.exec(text);
    const code = comment ? text.slice(0, comment.index) : text;
    const start = code.length - code.trimStart().length;
    const requirement = code.startsWith('-', start)
        ? parseEditable(code, start)
        : (parseUrlRequirement(code, start) ?? parseNamed(code, start));
    if (requirement)
        return { kind: 'requirement', line, logical, requirement };
    return { kind: code.startsWith('-', start) ? 'option' : 'other', line, logical };
}
function tokenAt(code, at) {
    return /^\S*/.exec(code.slice(at))?.[0] ?? '';
}
/** pip reads options after the first whitespace-separated token that starts with `-`. */
function hashesAfter(code, from) {
    const optionsAt = code.slice(from).search(/(?:^|\s)-/);
    if (optionsAt < 0)
        return [];
    const hashes = [];
    const pattern = /--hash(=|\s+)(\S+)/g;
    pattern.lastIndex = from + optionsAt;
    for (let m = pattern.exec(code); m !== null; m = pattern.exec(code)) {
        const [token, separator = '=', value = ''] = m;
        hashes.push({ value, separator, span: { start: m.index, end: m.index + token.length } });
    }
    return hashes;
}
function gitRequirement(code, start, urlAt, editable) {
    // pip ends a URL requirement at `; ` (its marker separator), so a trailing `;` is not the URL's.
    const token = tokenAt(code, urlAt).replace(/;$/, '');
    const git = parseGitUrl(token, urlAt);
    if (!git)
        return undefined;
    const { egg } = git;
    return {
        ...(egg ? { name: egg.name } : {}),
        extras: egg?.extras ?? '',
        editable,
        span: { start, end: git.span.end },
        git,
        hashes: hashesAfter(code, git.span.end),
        raw: code.trim(),
    };
}
function parseEditable(code, start) {
    const flag = EDITABLE.exec(code.slice(start));
    return flag ? gitRequirement(code, start, start + flag[0].length, true) : undefined;
}
function parseUrlRequirement(code, start) {
    return gitRequirement(code, start, start, false);
}
/** The pin of a lone `==`/`===` clause; a wildcard (`==1.11.*`) is a range, not a pin. */
function exactPin(clauses) {
    const [only, ...more] = clauses;
    if (!only || more.length > 0)
        return undefined;
    const { operator, version, span } = only;
    if (operator === '===' || (operator === '==' && !version.includes('*'))) {
        return { operator, version, span };
    }
    return undefined;
}
/** PEP 508 `name[extras] specifiers ; marker` or `name[extras] @ url ; marker`. */
function parseNamed(code, start) {
    NAME_HEAD.lastIndex = start;
    const head = NAME_HEAD.exec(code);
    if (!head)
        return undefined;
    const [, name = '', extras = ''] = head;
    let at = NAME_HEAD.lastIndex;
    if (code[at] === '@') {
        const urlAt = at + 1 + (/^\s*/.exec(code.slice(at + 1))?.[0].length ?? 0);
        const direct = gitRequirement(code, start, urlAt, false);
        // A direct reference that is not git (a wheel URL, a path) is not a pin we can move.
        if (!direct)
            return undefined;
        return { ...direct, name, extras: extras.replace(/\s+/g, '') };
    }
    const clauses = [];
    const parenthesised = code[at] === '(';
    if (parenthesised)
        at += 1;
    for (;;) {
        CLAUSE.lastIndex = at;
        const clause = CLAUSE.exec(code);
        if (!clause)
            break;
        const [whole, operator = '', version = ''] = clause;
        const versionAt = at + whole.indexOf(version, whole.indexOf(operator) + operator.length);
        clauses.push({
            operator,
            version,
            span: { start: versionAt, end: versionAt + version.length },
        });
        at = CLAUSE.lastIndex;
        if (code[at] !== ',')
            break;
        at += 1;
    }
    if (parenthesised && code[at] === ')')
        at += 1;
    // Anything else after the name (`lettuce=1.8`) is not a requirement pip would accept.
    if (!/^\s*(?:;|-|$)/.test(code.slice(at)))
        return undefined;
    const end = clauses.at(-1)?.span.end ?? start + head[0].trimEnd().length;
    const pin = exactPin(clauses);
    return {
        name,
        extras: extras.replace(/\s+/g, ''),
        editable: false,
        span: { start, end },
        ...(pin ? { pin } : {}),
        hashes: hashesAfter(code, end),
        raw: code.trim(),
    };
}

// EXTERNAL MODULE: ../../main/node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(5209);
;// CONCATENATED MODULE: ./src/pins/rewrite.ts




/** A pin that cannot be rewritten as asked; the message says where and what to do. */
class PinError extends Error {
    line;
    name = 'PinError';
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const HASH = /^sha(?:256|384|512):[0-9a-f]+$/i;
/**
 * Rewrites every pin of `target.name` in a requirement file and leaves every other byte as it
 * was. `file` only names the file in error messages.
 */
function rewritePins(text, target, file) {
    checkTarget(target);
    const { lines, entries } = parseRequirements(text);
    const replaced = new Map();
    const changes = [];
    let found = 0;
    for (const entry of entries) {
        if (entry.kind !== 'requirement')
            continue;
        const { requirement, logical } = entry;
        if (!isPin(requirement) || !(0,pins_names/* sameName */.q)(requirement.name, target.name))
            continue;
        if (target.lines && !target.lines.includes(entry.line))
            continue;
        found += 1;
        const where = file === undefined ? `line ${entry.line}` : `${file}:${entry.line}`;
        const plan = planEntry(requirement, target, where, entry.line);
        if (!plan)
            continue;
        const rewritten = rewriteLines(lines, logical, requirement.hashes, plan, target.hashes);
        const after = plan.kind === 'git-to-index' && target.comment !== undefined
            ? withComment(rewritten, target.comment)
            : rewritten;
        replaced.set(logical.start, { end: logical.end, lines: after });
        const before = lines.slice(logical.start, logical.end);
        changes.push({
            line: entry.line,
            before: before.map((line) => line.text).join('\n'),
            after: after.map((line) => line.text).join('\n'),
            kind: plan.kind,
        });
    }
    const status = changes.length > 0 ? 'changed' : found > 0 ? 'already-current' : 'not-found';
    return {
        text: changes.length > 0 ? joinLines(assemble(lines, replaced)) : text,
        changes,
        status,
    };
}
/** The file's physical lines with each rewritten entry's lines put in place of the old ones. */
function assemble(lines, replaced) {
    const out = [];
    for (let index = 0; index < lines.length;) {
        const replacement = replaced.get(index);
        const line = lines[index];
        if (replacement)
            out.push(...replacement.lines);
        else if (line)
            out.push(line);
        index = replacement ? replacement.end : index + 1;
    }
    return out;
}
function checkTarget(target) {
    if (!(0,pins_names/* isValidName */.uV)(target.name)) {
        throw new PinError(`'${target.name}' is not a valid package name`);
    }
    if (!/^[^\s,;#@]+$/.test(target.version)) {
        throw new PinError(`'${target.version}' is not a version that can be pinned`);
    }
    if (target.comment !== undefined && /[\r\n]/.test(target.comment)) {
        throw new PinError('a comment for a rewritten pin must be one line');
    }
    if (target.hashGitPins && !target.hashes?.length) {
        throw new PinError(`no hashes to write on the pins of ${target.name}`);
    }
    if (target.gitRef !== undefined && !/^[^\s#@]+$/.test(target.gitRef)) {
        throw new PinError(`'${target.gitRef}' is not a git ref that can go in a URL`);
    }
    for (const hash of target.hashes ?? []) {
        if (!HASH.test(hash)) {
            throw new PinError(`'${hash}' is not a hash pip accepts; pass it as sha256:<hex>`);
        }
    }
}
/** Exact pins and git URLs whose package is known; ranges and bare names are not pins. */
function isPin(requirement) {
    return (requirement.name !== undefined &&
        (requirement.pin !== undefined || requirement.git !== undefined));
}
/** PEP 440 equality where both parse (`v1.0` = `1.0.0`), text equality otherwise. */
function sameVersion(a, b) {
    return (0,pep440/* valid */.rZ)(a) && (0,pep440/* valid */.rZ)(b) ? (0,pep440.eq)(a, b) : a === b;
}
/** The edits an entry needs, or undefined when it already pins the target. */
function planEntry(requirement, target, where, line) {
    const { pin, git } = requirement;
    if (pin)
        return planPin(requirement, pin, target, where, line);
    if (!git)
        return undefined;
    if (target.style !== 'git') {
        const { name, extras, span } = requirement;
        const hashes = target.hashGitPins
            ? [...new Set(target.hashes ?? [])].sort().map((hash) => ` --hash=${hash}`)
            : [];
        // `-e` goes too: pip accepts only URLs and paths as editables.
        const edits = [{ ...span, insert: `${name}${extras}==${target.version}${hashes.join('')}` }];
        return { kind: 'git-to-index', edits, replaceHashes: false };
    }
    const edits = [];
    const version = git.egg?.version;
    const ref = target.gitRef ?? derivedRef(git.ref?.value, version?.value, target.version);
    if (!git.ref)
        edits.push({ start: git.refInsertAt, end: git.refInsertAt, insert: `@${ref}` });
    else if (git.ref.value !== ref)
        edits.push({ ...git.ref.span, insert: ref });
    if (version && !sameVersion(version.value, target.version)) {
        edits.push({ ...version.span, insert: target.version });
    }
    return edits.length > 0 ? { kind: 'git-ref', edits, replaceHashes: false } : undefined;
}
function planPin(requirement, pin, target, where, line) {
    // `===` compares text, not versions.
    const current = pin.operator === '==='
        ? pin.version === target.version
        : sameVersion(pin.version, target.version);
    const hashed = requirement.hashes.length > 0;
    // An empty list would strip hash checking from the entry, so it counts as no hashes.
    const given = target.hashes?.length ? target.hashes : undefined;
    if (hashed && !current && given === undefined) {
        throw new PinError(`${where} pins ${requirement.name} with --hash lines; pass the published files' hashes ` +
            '(--hash sha256:…) so they can be replaced', line);
    }
    const replaceHashes = hashed && given !== undefined && (!current || !sameHashes(requirement.hashes, given));
    if (current && !replaceHashes)
        return undefined;
    const edits = current ? [] : [{ ...pin.span, insert: target.version }];
    return { kind: current ? 'hashes' : 'index-pin', edits, replaceHashes };
}
function sameHashes(old, given) {
    const before = new Set(old.map((hash) => hash.value.toLowerCase()));
    const after = new Set(given.map((hash) => hash.toLowerCase()));
    return before.size === after.size && [...after].every((hash) => before.has(hash));
}
/**
 * The ref for style `git` without `gitRef`: keeps the decoration of a tag that named the old
 * version (`v1.2.3`, `xblock-0.4.12`, `py2neo-3.1.2`), else the bare version.
 */
function derivedRef(oldRef, oldVersion, version) {
    const bare = oldVersion?.replace(/^v/i, '');
    if (oldRef !== undefined && bare && oldRef.endsWith(bare)) {
        const prefix = oldRef.slice(0, -bare.length);
        if (/^(?:.*[-_/])?v?$/i.test(prefix))
            return `${prefix}${version}`;
    }
    return oldRef !== undefined && /^v\d/.test(oldRef) ? `v${version}` : version;
}
/**
 * The entry's lines with `# comment` at the end of its last line (a comment before a
 * continuation backslash would swallow the lines after it), before any comment already there.
 */
function withComment(lines, comment) {
    const last = lines.at(-1);
    if (!last)
        return lines;
    const own = /\s#/.exec(last.text);
    const code = (own ? last.text.slice(0, own.index) : last.text).trimEnd();
    const rest = own ? `  ${last.text.slice(own.index).trimStart()}` : '';
    const text = `${code}  # ${comment}${rest}`;
    return [...lines.slice(0, -1), { text, eol: last.eol }];
}
/** The entry's new physical lines: text edits first, then the `--hash` block replaced. */
function rewriteLines(lines, logical, hashes, plan, given) {
    const newHashes = [...new Set(given ?? [])].sort();
    const block = plan.replaceHashes ? hashBlock(lines, logical, hashes) : undefined;
    const inline = plan.replaceHashes && !block ? inlineHashEdits(logical, hashes, newHashes) : [];
    const texts = applyEdits(lines, logical, [...plan.edits, ...inline]);
    const result = texts.map((text, i) => ({ text, eol: lines[logical.start + i]?.eol ?? '' }));
    if (!block)
        return result;
    const first = lines[logical.start]?.eol ?? '\n';
    const written = newHashes.map((hash, i) => {
        const last = i === newHashes.length - 1;
        return {
            text: `${block.indent}--hash${block.separator}${hash}${last ? block.lastSuffix : block.suffix}`,
            eol: last ? block.lastEol : first,
        };
    });
    result.splice(block.from - logical.start, block.to - block.from, ...written);
    return result;
}
/**
 * The pip-compile layout: one `--hash` per physical line after the requirement line. Returns
 * undefined for any other layout (hashes inline), which is edited token by token instead.
 */
function hashBlock(lines, logical, hashes) {
    const rows = hashes.map((hash) => ({ hash, at: locate(logical, hash.span.start) }));
    const firstRow = rows[0];
    const lastRow = rows.at(-1);
    if (!firstRow || !lastRow || firstRow.at.line === logical.start)
        return undefined;
    const parts = rows.map(({ hash, at }, i) => {
        const text = lines[at.line]?.text ?? '';
        const token = text.slice(at.column, at.column + hash.span.end - hash.span.start);
        const ownLine = at.line === firstRow.at.line + i &&
            /^\s*$/.test(text.slice(0, at.column)) &&
            /^\s*\\?$/.test(text.slice(at.column + token.length));
        return {
            ownLine,
            indent: text.slice(0, at.column),
            rest: text.slice(at.column + token.length),
        };
    });
    if (!parts.every((part) => part.ownLine))
        return undefined;
    const head = parts[0];
    const tail = parts.at(-1);
    if (!head || !tail)
        return undefined;
    return {
        from: firstRow.at.line,
        to: lastRow.at.line + 1,
        indent: head.indent,
        separator: firstRow.hash.separator,
        suffix: parts.length > 1 ? head.rest : ' \\',
        lastSuffix: tail.rest,
        lastEol: lines[lastRow.at.line]?.eol ?? '',
    };
}
/** Hashes written inline: the first is replaced by all the new ones, the others removed. */
function inlineHashEdits(logical, hashes, newHashes) {
    return hashes.map((hash, i) => {
        if (i === 0) {
            const insert = newHashes.map((value) => `--hash${hash.separator}${value}`).join(' ');
            return { ...hash.span, insert };
        }
        const space = /\s*$/.exec(logical.text.slice(0, hash.span.start))?.[0].length ?? 0;
        return { start: hash.span.start - space, end: hash.span.end, insert: '' };
    });
}

;// CONCATENATED MODULE: ./src/pins/vcs.ts

/** Every git-pinned requirement in a requirement file; commented-out lines are not requirements. */
function findVcsRequirements(text) {
    const found = [];
    for (const entry of parseRequirements(text).entries) {
        if (entry.kind !== 'requirement')
            continue;
        const { git, name, editable, raw } = entry.requirement;
        if (!git)
            continue;
        const version = git.egg?.version?.value;
        found.push({
            line: entry.line,
            ...(name !== undefined ? { name } : {}),
            ...(version !== undefined ? { version } : {}),
            url: git.cloneUrl,
            ...(git.ref?.value ? { ref: git.ref.value } : {}),
            ...(git.subdirectory !== undefined ? { subdirectory: git.subdirectory } : {}),
            editable,
            raw,
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/pins/index.ts
/** Requirement-file pins: pure functions from text to text and changes. */





;// CONCATENATED MODULE: ./src/github/pacing.ts
/**
 * How the GitHub client paces itself: GitHub's asks by default, none for a stand-in on this
 * machine. Kept apart from client.ts so that reading settings never loads Octokit.
 */
/** What GitHub asks for: every run against GitHub uses this. */
const GITHUB_PACING = { msPerSecond: 1000, spaceWrites: true };
/** No waits at all, for a GitHub stand-in on this machine: requests keep their count and order. */
const NO_WAITS = { msPerSecond: 0, spaceWrites: false };
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

;// CONCATENATED MODULE: ./src/github/client.ts


/**
 * Stands in for the throttling plugin's Bottleneck groups when writes are not spaced: each job
 * runs at once, in the order asked. The plugin calls only `key(id).schedule(options, job, ...)`.
 */
const UNSPACED = {
    key: () => ({
        schedule: (_options, job, ...args) => Promise.resolve().then(() => job(...args)),
    }),
};
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
 */
async function client_openGitHub(opts) {
    const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 14).then(__webpack_require__.bind(__webpack_require__, 1985)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(225)]).then(__webpack_require__.bind(__webpack_require__, 4225)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(38)]).then(__webpack_require__.bind(__webpack_require__, 4038)),
    ]);
    const { log } = opts;
    const pacing = opts.pacing ?? GITHUB_PACING;
    const Client = Octokit.plugin(retry, throttling);
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
        throttle: {
            onRateLimit: onLimit('GitHub rate limit reached', 2, log),
            onSecondaryRateLimit: onLimit('GitHub secondary rate limit', 3, log),
            retryAfterBaseValue: pacing.msPerSecond,
            ...(pacing.spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED }),
        },
    });
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
    const base = data?.message ?? e?.message ?? String(err);
    return (0,secrets/* redact */.E$)(detail ? `${base}: ${detail}` : base);
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
    return new errors/* WheelrelayError */.V(`${repo}: ${denied.message}: \`consumer-token\` needs ${NEEDED} here (this write needs ${denied.needs}); it is ${NAMES[kind]}`, hint(kind, repo));
}
/** The consumer's error when GitHub says up front that the token's user may only read. */
function readOnly(repo, permission, token) {
    const kind = tokenKind(token);
    return new errors/* WheelrelayError */.V(`${repo}: \`consumer-token\` cannot write to this repository (permission: ${permission}); it needs ${NEEDED}, and is ${NAMES[kind]}`, hint(kind, repo));
}

;// CONCATENATED MODULE: ./src/inputs/parse.ts

/** Any text, as given. */
const parse_text = (value) => value;
/** Items of a multi-line or comma-separated input; blank items and `#` comments dropped. */
function list(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** Lines of a multi-line input (commas kept: a requirement line may hold them); blank lines and `#` comments dropped. */
function lines(value) {
    return (value ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/** One of a fixed set of words. */
function oneOf(value, name, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* WheelrelayError */.V(`input \`${name}\` is '${value}'`, `It must be one of: ${allowed.join(', ')}.`);
}
/** A parser for one of a fixed set of words. */
function choice(allowed) {
    return (value, name) => oneOf(value, name, allowed);
}
/** true/false (also yes/no, 1/0, on/off, any case). */
const bool = (value, name) => {
    if (/^(true|yes|1|on)$/i.test(value))
        return true;
    if (/^(false|no|0|off)$/i.test(value))
        return false;
    throw new errors/* WheelrelayError */.V(`input \`${name}\` is '${value}'`, 'It must be true or false.');
};
/** A parser for a whole number in [min, max]. */
function integer(min, max) {
    return (value, name) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max) {
            throw new errors/* WheelrelayError */.V(`input \`${name}\` is '${value}'`, `It must be a whole number from ${min} to ${max}.`);
        }
        return n;
    };
}
/** A parser for a number of seconds, above 0 and at most `max` (an hour unless said). */
function seconds(max = 3600) {
    return (value, name) => {
        const n = Number(value);
        if (!Number.isFinite(n) || n <= 0 || n > max) {
            throw new errors/* WheelrelayError */.V(`input \`${name}\` is '${value}'`, `It must be a number of seconds, above 0 and at most ${max}.`);
        }
        return n;
    };
}
/** A regular expression with a capturing group (a named group `version`, or a first group). */
const versionPattern = (value, name) => {
    let re;
    try {
        re = new RegExp(value);
    }
    catch (err) {
        throw new errors/* WheelrelayError */.V(`input \`${name}\` is not a valid regular expression: ${err.message}`, 'Give a pattern with a group named `version`, for example ^release-(?<version>.+)$');
    }
    if (!/\((?!\?[:=!<]|\?<[=!])/.test(value) && !value.includes('(?<version>')) {
        throw new errors/* WheelrelayError */.V(`input \`${name}\` has no capturing group`, 'Capture the version with a group named `version`, for example ^release-(?<version>.+)$');
    }
    return re;
};
/**
 * Whether a glob or path leaves the folder it is relative to: absolute (`/etc/x`, `C:\\x`),
 * or with a `..` segment anywhere (`../x`, `a/../../x`).
 */
function leavesRoot(glob) {
    return (glob.startsWith('/') ||
        glob.startsWith('\\') ||
        /^[A-Za-z]:/.test(glob) ||
        glob.split(/[\\/]/).includes('..'));
}

;// CONCATENATED MODULE: ./src/github/consumers.ts



/** `owner/repo`, as GitHub spells it. */
const consumers_consumerName = (c) => `${c.owner}/${c.repo}`;
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
    const seen = new Map();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        const where = `input \`consumers\` line ${i + 1} (${raw.trim()})`;
        const m = LINE.exec(line);
        if (!m)
            throw new errors/* WheelrelayError */.V(`${where} is not a consumer`, FORM);
        const [, owner = '', repo = '', base, rest = ''] = m;
        if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') {
            throw new errors/* WheelrelayError */.V(`${where}: '${owner}/${repo}' is not a GitHub repository name`, FORM);
        }
        if (base !== undefined && !validBranch(base)) {
            throw new errors/* WheelrelayError */.V(`${where}: '${base}' is not a valid branch name`, FORM);
        }
        if (rest.trim() === 'dispatch') {
            if (base !== undefined) {
                throw new errors/* WheelrelayError */.V(`${where}: a dispatch consumer takes no base branch`, 'The dispatch starts the workflow on the default branch of the consumer; its own workflow chooses where the pull request goes. Write `owner/repo: dispatch`.');
            }
            const key = `${owner}/${repo}@`.toLowerCase();
            const dup = seen.get(key);
            if (dup !== undefined) {
                throw new errors/* WheelrelayError */.V(`${where} repeats the consumer on line ${dup}`, 'List each repository (and base branch) once, with all its globs on one line.');
            }
            seen.set(key, i + 1);
            out.push({ owner, repo, globs: [], dispatch: true });
            return;
        }
        const globs = rest
            .split(',')
            .map((g) => g.trim())
            .filter((g) => g !== '');
        if (globs.length === 0) {
            throw new errors/* WheelrelayError */.V(`${where} names no requirement files`, FORM);
        }
        for (const glob of globs) {
            if (leavesRoot(glob)) {
                throw new errors/* WheelrelayError */.V(`${where}: glob '${glob}' leaves the repository`, 'Globs are relative to the repository root, e.g. `requirements/*.txt`.');
            }
        }
        const key = `${owner}/${repo}@${base ?? ''}`.toLowerCase();
        const dup = seen.get(key);
        if (dup !== undefined) {
            throw new errors/* WheelrelayError */.V(`${where} repeats the consumer on line ${dup}`, 'List each repository (and base branch) once, with all its globs on one line.');
        }
        seen.set(key, i + 1);
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
    return `wheelrelay/${(0,pins_names/* normalizeName */.Pc)(packageName)}`;
}

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
const release_payload_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
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
    const bad = (field, why) => new errors/* WheelrelayError */.V(`the release payload's \`${field}\` ${why}`, HINT);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors/* WheelrelayError */.V('the release payload is not a JSON object', HINT);
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
    if (!name || !(0,pins_names/* isValidName */.uV)(name)) {
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
        if (!release_payload_REPO.test(repo))
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
        throw new errors/* WheelrelayError */.V(`the release '${spec.slice(0, 80)}' is not name==version`, 'Give it as `name==version`, e.g. `acme-lib==1.4.0`.');
    }
    return readReleasePayload({ name: m[1], version: m[2] });
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
// EXTERNAL MODULE: ../../main/node_modules/picomatch/index.js
var picomatch = __webpack_require__(636);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/github/plan.ts



/** Rewrites every file's pins of `target`; pure, so dry runs and real runs plan alike. */
function plan_planConsumer(files, target) {
    const plan = { edits: [], current: [], errors: [], previous: [] };
    for (const file of files) {
        try {
            const result = rewritePins(file.text, target, file.path);
            if (result.status === 'already-current')
                plan.current.push(file.path);
            if (result.status !== 'changed')
                continue;
            plan.edits.push({
                path: file.path,
                before: file.text,
                after: result.text,
                changes: result.changes,
            });
            for (const change of result.changes) {
                const prev = previousVersion(change.before);
                if (prev && !plan.previous.includes(prev))
                    plan.previous.push(prev);
            }
        }
        catch (err) {
            if (!(err instanceof PinError))
                throw err;
            plan.errors.push({ path: file.path, message: err.message });
        }
    }
    return plan;
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
            err instanceof errors/* WheelrelayError */.V ||
            err instanceof access_AccessDenied) {
            throw err;
        }
        if (isStale(err))
            throw new StaleBaseError(client_messageOf(err));
        if (access_isRefusal(err))
            throw access_accessDenied(err, `push to ${req.branch}`, 'contents: write');
        throw new errors/* WheelrelayError */.V(`${req.owner}/${req.repo}: writing branch ${req.branch} failed: ${client_messageOf(err)}`);
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
    return new errors/* WheelrelayError */.V(`${where.owner}/${where.repo}: ${doing} failed: ${client_messageOf(err)}`);
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
        throw readError(err, consumers_consumerName(consumer), consumer.base);
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
    const repo = consumers_consumerName(consumer);
    const listed = await listPaths(gh, consumer);
    const baseRev = consumer.base ? `refs/heads/${consumer.base}` : 'HEAD';
    const variables = {
        owner: consumer.owner,
        name: consumer.repo,
        head: branch,
        headRef: `refs/heads/${branch}`,
    };
    if (consumer.base)
        variables.baseRef = `refs/heads/${consumer.base}`;
    listed.paths.forEach((path, i) => {
        variables[`b${i}`] = `${baseRev}:${path}`;
        variables[`h${i}`] = `refs/heads/${branch}:${path}`;
    });
    let data;
    try {
        data = await gh.graphql(readQuery(listed.paths.length, consumer.base !== undefined), variables);
    }
    catch (err) {
        throw readError(err, repo, consumer.base);
    }
    const r = data.repository;
    if (!r)
        throw notFound(repo);
    const baseRef = consumer.base ? r.base : r.defaultBranchRef;
    if (!baseRef?.target?.tree) {
        throw new errors/* WheelrelayError */.V(consumer.base
            ? `${repo}: base branch '${consumer.base}' does not exist`
            : `${repo}: the repository is empty (it has no default branch)`, consumer.base
            ? 'Fix the branch after `@` in `consumers`, or drop it to use the default branch.'
            : undefined);
    }
    const { files, headBlobs, unmatched } = await read_readFiles(gh, consumer, listed, r);
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
        base: { name: baseRef.name, oid: baseRef.target.oid, treeOid: baseRef.target.tree.oid },
        head: headOf(r.head),
        pulls: r.pullRequests.nodes
            .filter((p) => !p.isCrossRepository)
            .map(({ comments, isCrossRepository: _, ...p }) => ({
            ...p,
            comments: comments.nodes.map((c) => c.body),
        })),
        files,
        headBlobs,
        unmatched,
        truncated: listed.truncated,
        modes: listed.modes,
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
 * never planned, or committed, from part of it.
 */
async function blobText(gh, consumer, path, blob) {
    if (blob.text !== null && !blob.isTruncated && !blob.isBinary && !blob.text.includes('\uFFFD')) {
        return blob.text;
    }
    const where = `${consumers_consumerName(consumer)}: requirement file ${path}`;
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
        throw new errors/* WheelrelayError */.V(`${where} (${blob.byteSize} bytes) could not be read whole: ${client_messageOf(err)}`, 'GitHub serves blobs of up to 100 MB through REST; re-run the job, or leave the file out of the globs in `consumers`.');
    }
    if (bytes.length !== blob.byteSize) {
        throw new errors/* WheelrelayError */.V(`${where}: GitHub sent ${bytes.length} of its ${blob.byteSize} bytes; nothing was changed`, 'Re-run the job; wheelrelay never commits part of a file.');
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* WheelrelayError */.V(`${where} is not UTF-8 text`, 'pip reads requirement files as UTF-8; re-encode it (e.g. `iconv -f latin1 -t utf-8`), or leave it out of the globs in `consumers`.');
    }
}
function notFound(repo) {
    return new errors/* WheelrelayError */.V(`${repo}: repository not found, or \`consumer-token\` cannot see it`, 'Check the name in `consumers`, and that the token (a PAT or GitHub App installation) has access to this repository.');
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
        return new errors/* WheelrelayError */.V(`${repo}: GitHub refused \`consumer-token\` (401 ${client_messageOf(err)})`, 'The token is invalid or expired; create a new one and update the secret.');
    }
    if (status === 409) {
        return new errors/* WheelrelayError */.V(`${repo}: the repository is empty (${client_messageOf(err)})`);
    }
    if (err instanceof errors/* WheelrelayError */.V)
        return err;
    return new errors/* WheelrelayError */.V(`${repo}: reading the repository failed: ${client_messageOf(err)}`);
}

// EXTERNAL MODULE: ./src/index/kinds/types.ts
var types = __webpack_require__(5690);
// EXTERNAL MODULE: ./src/index/http.ts + 1 modules
var index_http = __webpack_require__(3789);
;// CONCATENATED MODULE: ./src/index/upstream.ts


/** The public index pip also reads when told to (`--extra-index-url`): PyPI's simple API. */
const PYPI_SIMPLE = 'https://pypi.org/simple/';
/**
 * Checks an `upstream-index` value: `none`, or the http(s) URL of a simple API (a trailing `/`
 * is added). Returns the URL, or undefined for `none`.
 */
function parseUpstreamIndex(value) {
    const given = value?.trim() || PYPI_SIMPLE;
    if (given.toLowerCase() === 'none')
        return undefined;
    let url;
    try {
        url = new URL(given);
    }
    catch {
        throw upstreamError(`'${given}' is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw upstreamError(`'${given}' is not an http(s) URL`);
    }
    if (url.username || url.password) {
        // Only public pages are read, and a URL printed in every warning must not carry a password.
        throw upstreamError('the URL carries credentials');
    }
    url.hash = '';
    if (!url.pathname.endsWith('/'))
        url.pathname += '/';
    return url.toString();
}
function upstreamError(what) {
    return new errors/* WheelrelayError */.V(`input \`upstream-index\`: ${what}`, `Give the simple API of the index pip may also read (default ${PYPI_SIMPLE}, without credentials), or \`none\` to skip the check.`);
}
/** A client for the upstream's simple API, with the run's retries and per-request deadline. */
function openUpstream(simpleUrl, opts) {
    const http = new index_http/* IndexHttp */.P(simpleUrl, simpleUrl, undefined, opts.retry, opts.timeoutMs);
    return {
        label: simpleUrl,
        listProject: (project) => http.listProject(project),
        close: () => http.close(),
    };
}

;// CONCATENATED MODULE: ./src/inputs/table.ts




/** `rewrite`: true (bare pins where the upstream index allows), hash, or false. */
const rewriteMode = (value, name) => {
    if (/^hash(es)?$/i.test(value))
        return 'hash';
    try {
        return bool(value, name) ? 'pin' : false;
    }
    catch {
        throw new errors/* WheelrelayError */.V(`input \`${name}\` is '${value}'`, "It must be true (index pins where the upstream index has no other files of that version), hash (index pins with the synced files' --hash) or false.");
    }
};
/** `false` (or no/off/0) for none, otherwise the merge method. */
const autoMerge = (value, name) => /^(false|no|off|0)$/i.test(value)
    ? undefined
    : oneOf(value, name, ['merge', 'squash', 'rebase']);
const INPUTS = {
    mode: {
        description: [
            "publish (default): build this repository's package and publish it. sync: put every",
            'git-pinned requirement of `requirement-files` on the index (fetch, build, upload what is',
            'missing). plan: only list the missing ones, as a GitHub Actions matrix (output `matrix`)',
            'for a follow-up job that runs `mode: sync` once per entry.',
        ],
        default: 'publish',
        actions: ['sync'],
        parse: choice(['publish', 'sync', 'plan']),
    },
    'requirement-files': {
        description: [
            'sync/plan: the requirement files to read, as globs relative to the workspace, one a line',
            '(or comma-separated), e.g. `requirements/*.txt`. Globs with `..` or an absolute path, and',
            'files that are links out of the workspace, are refused. Every git pin must name its',
            'package (`#egg=name` or `name @ git+…`); one that does not is refused before anything is',
            'fetched.',
        ],
        actions: ['sync'],
        parse: list,
    },
    requirement: {
        description: [
            "sync/plan: requirement lines to sync directly, one a line (what a plan's matrix job gets",
            'as `matrix.requirement`).',
        ],
        actions: ['sync'],
        parse: lines,
    },
    jobs: {
        description: [
            'sync — how many entries are fetched and built at once. Default the number of cores.',
        ],
        actions: ['sync'],
        parse: integer(1, 64),
    },
    'git-token': {
        description: [
            'sync — a token that can read the private repositories the requirements point at. Sent to',
            'git as an Authorization header through GIT_CONFIG_* environment variables, only for',
            "`git-token-hosts`, scoped to each entry's own https:// repository URL, never across a",
            'redirect or over plain http://; never on a command line or in a log. Pass it from a',
            'secret.',
        ],
        secret: true,
        actions: ['sync'],
        parse: parse_text,
    },
    'git-token-hosts': {
        description: [
            'sync — the hosts `git-token` is sent to, one a line or comma-separated. Default the GitHub',
            'server the workflow runs on.',
        ],
        actions: ['sync'],
        parse: list,
    },
    rewrite: {
        description: [
            'sync — turn each synced git pin into an index pin (`name==version`) in the requirement',
            'files, in the workspace (never through a link to a file outside it). plan — the same for',
            'the entries the index already has, without fetching or building anything (for a job that',
            'holds a write token). Before writing a bare pin it asks `upstream-index` whether that',
            'version is there too with other files (dependency confusion); then the git pin stays,',
            'with a warning. `hash` writes each pin with `--hash` of the synced files instead (pip',
            'then checks hashes for the whole file).',
        ],
        default: 'false',
        actions: ['sync'],
        parse: rewriteMode,
    },
    'upstream-index': {
        description: [
            'sync/plan with `rewrite` — the simple API of the index pip may read besides yours',
            '(`--extra-index-url`), asked before a git pin becomes a bare `name==version`; `none`',
            'skips the check.',
        ],
        default: PYPI_SIMPLE,
        actions: ['sync'],
        parse: (value) => parseUpstreamIndex(value),
    },
    'matrix-limit': {
        description: [
            'plan — the most jobs the `matrix` output may have (1 to 256); more entries are shared out',
            'evenly.',
        ],
        default: '256',
        actions: ['sync'],
        parse: integer(1, 256),
    },
    'index-url': {
        description: [
            'The index to publish to: an http(s) URL (devpi `https://host/<user>/<index>/`, Artifactory',
            '`https://host/artifactory/api/pypi/<repo>`, Nexus `https://host/repository/<repo>/`,',
            'pypiserver `http://host:8080/`), or a directory path / file:// URL for the embedded static',
            'index (pip reads it with `--index-url file:///<dir>/simple/`). Never put credentials in',
            'it.',
        ],
        required: true,
        actions: ['publish', 'sync'],
        parse: parse_text,
    },
    'index-type': {
        description: [
            'devpi, artifactory, nexus, pypiserver, pypi, generic or directory. When empty: from the',
            "URL where its shape says (a directory; Artifactory's /api/pypi/<repo>; Nexus's",
            "/repository/<repo>/; pypi.org; a devpi URL ending in +simple/), otherwise from the index's",
            "first answer (devpi's X-Devpi-* headers, Artifactory's X-Artifactory-Id, Nexus's Server:",
            'Nexus/...), logged with the header it came from; an index that sends none of them',
            "(pypiserver among them) is used as generic, whose URLs are pypiserver's.",
        ],
        actions: ['publish', 'sync'],
        parse: choice(types/* INDEX_TYPES */.V),
    },
    'simple-url': {
        description: [
            "The index's simple API root (what pip uses as --index-url), when it differs from the one",
            'derived from `index-url`. Credentials written into it are taken out, masked, and used when',
            '`username`/`password` are not set.',
        ],
        actions: ['publish', 'sync'],
        parse: parse_text,
    },
    username: {
        description: 'Index user name. Use `__token__` with an API token.',
        actions: ['publish', 'sync'],
        parse: parse_text,
    },
    password: {
        description: [
            'Index password or API token. Pass it from a secret; it is masked and never printed.',
        ],
        secret: true,
        keepSpaces: true,
        actions: ['publish', 'sync'],
        parse: parse_text,
    },
    'package-dir': {
        description: 'The Python project to build (the folder with pyproject.toml).',
        default: '.',
        actions: ['publish'],
        parse: parse_text,
    },
    'dist-dir': {
        description: [
            'Publish the wheels and sdists already in this folder instead of building (for a matrix',
            'build, e.g. cibuildwheel, published by one later job; or a build job without secrets). All',
            "files must be one project version. sync — take each entry's files from this folder (built",
            'by an earlier job into a directory index) instead of fetching and building.',
        ],
        actions: ['publish', 'sync'],
        parse: parse_text,
    },
    dists: {
        description: 'What to build: wheel, sdist or both.',
        default: 'wheel',
        actions: ['publish', 'sync'],
        parse: choice(['wheel', 'sdist', 'both']),
    },
    python: {
        description: [
            'Python interpreter that runs the build (`python -m build`, or `pip wheel` when build is',
            'not installed).',
        ],
        default: 'python3',
        actions: ['publish', 'sync'],
        parse: parse_text,
    },
    'build-isolation': {
        description: [
            "Build in an isolated environment with the project's build requirements (PEP 517). Set",
            'false to build with what the interpreter has.',
        ],
        default: 'true',
        actions: ['publish', 'sync'],
        parse: bool,
    },
    'tag-pattern': {
        description: [
            'Regular expression that reads the version out of a release tag, with a group named',
            '`version` (or a first group). On a tag push the built version must equal it. The default',
            'accepts v1.2.3 and 1.2.3.',
        ],
        default: '^v?(?<version>\\d.*)$',
        actions: ['publish'],
        parse: versionPattern,
    },
    'verify-timeout': {
        description: [
            'Seconds to wait for uploaded files to appear on the simple API with the right sha256. A',
            'file still not listed then is `unverified` in `files` (published stays false, the step',
            'fails).',
        ],
        default: '60',
        actions: ['publish', 'sync'],
        parse: seconds(),
    },
    timeout: {
        description: [
            'Seconds one request to the index may take as a whole, from connecting to the last byte of',
            "the answer (a read's retries included); a slower request is cut off. In sync, also how",
            'long one git command may run before it is killed.',
        ],
        default: '300',
        actions: ['publish', 'sync'],
        parse: seconds(),
    },
    'build-timeout': {
        description: [
            'Seconds one build may run before it (and everything it started) is killed; up to 21600.',
        ],
        default: '3600',
        actions: ['publish', 'sync'],
        parse: seconds(6 * 3600),
    },
    'builds-can-read-secrets': {
        description: [
            "Build even where builds cannot be isolated from this step's process (no root, no",
            'passwordless sudo, no user namespaces), so a build could read the password and tokens it',
            'holds. sync refuses such builds otherwise; publish builds go ahead with a warning.',
        ],
        default: 'false',
        actions: ['publish', 'sync'],
        parse: bool,
    },
    retries: {
        description: [
            'Retries for failed requests (connection errors, timeouts, 5xx, 429), with capped',
            'exponential backoff and jitter.',
        ],
        default: '5',
        actions: ['publish', 'sync'],
        parse: integer(0, 20),
    },
    cache: {
        description: "Restore and save pip's cache for the build with the Actions cache.",
        default: 'true',
        actions: ['publish', 'sync'],
        parse: bool,
    },
    consumers: {
        description: [
            'Repositories whose requirement files pin this package, one a line:',
            '`owner/repo[@base-branch]: glob, glob` (globs of requirement files inside that repository,',
            'e.g. `acme/web@main: requirements/*.txt, constraints.txt`; `#` starts a comment). Once',
            'every file of the release is verified on the index, wheelrelay opens or updates one pull',
            'request per consumer, from the branch `wheelrelay/<package>`, moving the pin to the new',
            'version. Nothing is opened for a release that was not verified. A branch someone else',
            'pushed to is never reset: that consumer is skipped, with one comment on its pull request',
            'per release. `owner/repo: dispatch` sends that consumer one `repository_dispatch` (event',
            'type `wheelrelay-release`, the release in `client_payload`) instead, for a consumer whose',
            'own workflow bumps and recompiles its requirements with `uses: …/bump` (README: "Consumers',
            'that compile their requirements"); the token then needs contents: write there.',
        ],
        actions: ['publish'],
        parse: parse_text,
    },
    'consumer-token': {
        description: [
            'Token that can write to every consumer: a GitHub App installation token, a fine-grained',
            'PAT, or a classic PAT with repo, with contents: write and pull-requests: write. A write',
            'GitHub refuses fails that consumer, naming the permissions and the kind of token. The',
            "workflow's own GITHUB_TOKEN cannot write to other repositories, so it does not work here.",
            'Pass it from a secret; it is masked and never printed.',
        ],
        secret: true,
        actions: ['publish'],
        parse: parse_text,
    },
    'pin-style': {
        description: [
            'index (default): pins become `name==version` from the index (git URLs of the package are',
            'replaced by an index pin). git: git URLs of the package keep pointing at git, at the',
            'release tag.',
        ],
        default: 'index',
        actions: ['publish'],
        parse: choice(['index', 'git']),
    },
    'pr-title': {
        description: [
            'Pull request title (and commit headline). Placeholders: {name} {version} {previous}',
            '{index} {project-url} {tag} {sha} {compare-url} {source-repo} {consumer} {files}.',
        ],
        default: 'Bump {name} to {version}',
        actions: ['publish'],
        parse: parse_text,
    },
    'pr-body': {
        description: [
            'Pull request body, with the placeholders of `pr-title`: {name} the package, {version} the',
            'new version, {previous} the version(s) the consumer pinned, {index} the index,',
            "{project-url} the package's simple API page, {tag} and {sha} the release tag and commit,",
            '{compare-url} the changes on GitHub since {previous}, {source-repo} this repository,',
            '{consumer} the consumer, {files} the rewritten files. Empty for the default text. A hidden',
            'marker naming the release is always appended (re-runs recognise their PR by it).',
        ],
        actions: ['publish'],
        parse: parse_text,
    },
    labels: {
        description: 'Labels for new pull requests, comma-separated.',
        actions: ['publish'],
        parse: list,
    },
    reviewers: {
        description: 'Users to request reviews from on new pull requests, comma-separated logins.',
        actions: ['publish'],
        parse: list,
    },
    'team-reviewers': {
        description: [
            'Teams to request reviews from on new pull requests, comma-separated slugs (or org/slug).',
        ],
        actions: ['publish'],
        parse: list,
    },
    draft: {
        description: 'Open pull requests as drafts.',
        default: 'false',
        actions: ['publish'],
        parse: bool,
    },
    'auto-merge': {
        description: [
            'Auto-merge new pull requests with this merge method (merge, squash or rebase); false for',
            'none. The consumer must allow auto-merge and the method. A pull request GitHub calls',
            'mergeable already (no required checks to wait for) is merged at once; otherwise the',
            'pull-requests output says why auto-merge was not enabled.',
        ],
        default: 'false',
        actions: ['publish'],
        parse: autoMerge,
    },
    'sign-commits': {
        description: [
            'Commit through GraphQL createCommitOnBranch, so GitHub signs the commits and marks them',
            'verified (and fewer requests are made). false commits through the git data REST API.',
        ],
        default: 'true',
        actions: ['publish'],
        parse: bool,
    },
    'dry-run': {
        description: [
            'Write nothing anywhere: build, inspect, check the tag, read the index and the consumers,',
            'and report what a real run would do (files `would-upload` or `already-present`; consumers',
            '`would-create`, `would-update` or `would-dispatch`, with the planned diffs). Nothing is',
            "uploaded, no branch, commit, pull request or dispatch is made, pip's cache is not saved,",
            'and `published` is false.',
        ],
        default: 'false',
        actions: ['publish'],
        parse: bool,
    },
};
const OUTPUTS = {
    entries: {
        description: [
            'sync/plan — JSON array, one object per git-pinned requirement: name, version, url, ref,',
            'subdirectory, locations (file:line), requirement, outcome (sync: already-present,',
            'uploaded, unverified, failed; plan: present, missing, unknown, unnamed, check-failed),',
            'reason and error when failed (unnamed, bad-ref, no-access, fetch-failed, build-refused,',
            'build-failed, not-built, name-mismatch, index-check-failed, upload-failed; error also when',
            'unverified), commit, files.',
        ],
        actions: ['sync'],
    },
    counts: {
        description: [
            'sync — JSON object: entries, already-present, uploaded, unverified, failed, clones,',
            'builds.',
        ],
        actions: ['sync'],
    },
    'rewritten-files': {
        description: 'sync/plan — JSON array of the requirement files `rewrite` changed.',
        actions: ['sync'],
    },
    matrix: {
        description: [
            'plan — JSON {"include":[{"requirement": "...", "name": "..."}]} of the entries the index',
            'lacks, for strategy.matrix.',
        ],
        actions: ['sync'],
    },
    missing: {
        description: [
            'plan — how many entries the index lacks (the matrix is empty when 0; skip the sync job',
            'then).',
        ],
        actions: ['sync'],
    },
    name: {
        description: 'The project name, as its metadata writes it.',
        actions: ['publish'],
    },
    version: {
        description: 'The published version (PEP 440 normalised).',
        actions: ['publish'],
    },
    files: {
        description: [
            'JSON array: one object per file with filename, sha256, url and outcome: uploaded,',
            'already-present (the same bytes, or the same files and contents in other packaging, kept',
            "as they are; sha256 is the index's), unverified (uploaded but not listed within",
            'verify-timeout; then also listing, the page looked at, and answer, what the index said),',
            'or on a dry run would-upload (not on the index; url is empty).',
        ],
        actions: ['publish'],
    },
    published: {
        description: [
            "'true' when every file is verified on the index; 'false' otherwise (a branch push of a",
            'version already published from another commit, an unverified file, or a dry run).',
        ],
        actions: ['publish'],
    },
    'project-url': {
        description: "The project's page on the index's simple API.",
        actions: ['publish'],
    },
    'pull-requests': {
        description: [
            'JSON array: one object per consumer with repo, number, url and outcome (created, updated,',
            'unchanged, skipped, failed, dispatched; would-create, would-update or would-dispatch on a',
            'dry run), reason when skipped or failed, and auto-merge ({state: enabled, merged or',
            "not-enabled, method, reason}) for a new pull request when auto-merge is set. '[]' when no",
            'consumers are set or the release was not verified.',
        ],
        actions: ['publish'],
    },
};
const ACTION_FILES = [
    {
        path: 'action.yml',
        name: 'wheelrelay',
        description: 'Build a Python package, publish its wheels to a private package index, verify they landed, and report what was published.',
        // One action with a `mode` switch until sync/action.yml has its own.
        lists: ['publish', 'sync'],
    },
];

;// CONCATENATED MODULE: ./src/github/templates.ts



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
/** The `pr-title` input's default (its row in the table of inputs). */
const DEFAULT_TITLE = INPUTS['pr-title'].default;
const DEFAULT_BODY = `Moves the pin of **{name}** from {previous} to **{version}** in {files}.

- Index: {index} ([project page]({project-url}))
- Source: {source-repo} {tag} ({sha}) · [changes]({compare-url})

Opened by wheelrelay after every file of {name} {version} was verified on the index. A newer release updates this pull request instead of opening another.`;
const TOKEN = /\{([a-z-]+)\}/g;
/** Fails on a placeholder that does not exist, naming the input, so typos surface before any PR. */
function checkTemplate(template, input) {
    for (const m of template.matchAll(TOKEN)) {
        if (!(m[1] in PLACEHOLDERS)) {
            throw new errors/* WheelrelayError */.V(`input \`${input}\` uses the unknown placeholder {${m[1]}}`, `Placeholders: ${Object.keys(PLACEHOLDERS)
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
            ? (markdown_markdownUrl(values[key]) ?? '')
            : markdownText(values[key]);
    }
    out.files = files.map((f) => markdownText(f)).join(', ');
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

;// CONCATENATED MODULE: ./src/github/bump.ts















/** Attempts per consumer when its branches move under us. */
const ATTEMPTS = 3;
/**
 * Opens or updates a pull request moving the pin in every consumer, a few at a time. One
 * consumer's failure never stops the others; each result says what happened.
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
        gitRef: cfg.pinStyle === 'git' && release.ref?.kind === 'tag' ? release.ref.name : undefined,
    };
    const payload = payloadOf(release, cfg.sourceRepo);
    const results = await pool(cfg.consumers, cfg.concurrency, async (consumer) => {
        try {
            if (consumer.dispatch)
                return await dispatchOne(gh, cfg, payload, consumer, log);
            return await bumpOne(gh, cfg, release, consumer, log, (state) => planFromBase(state, target, consumer, log));
        }
        catch (err) {
            const repo = consumerName(consumer);
            const message = redact(describeError(err));
            log.error(message.startsWith(`${repo}: `) ? message : `${repo}: ${message}`);
            // The result already says which consumer; the reason need not repeat it.
            const reason = message.startsWith(`${repo}: `) ? message.slice(repo.length + 2) : message;
            if (!(err instanceof WheelrelayError) && err instanceof Error)
                log.debug(redact(err.stack ?? ''));
            return { repo, outcome: 'failed', reason };
        }
    });
    if (cfg.dryRun) {
        for (const r of results) {
            if (r.diff)
                log.info(`${r.repo} (${r.outcome}):\n${r.diff}`);
        }
    }
    return results;
}
async function bumpOne(gh, cfg, release, consumer, log, planFor, details = '') {
    const repo = consumers_consumerName(consumer);
    const branch = branchFor(release.name);
    for (let attempt = 1;; attempt++) {
        const state = await readConsumer(gh, consumer, branch);
        try {
            return await bumpState(gh, cfg, release, consumer, state, branch, log, planFor, details);
        }
        catch (err) {
            // A refused write names the permissions the bump needs and the token GitHub refused.
            if (err instanceof access_AccessDenied)
                throw access_explainDenied(err, repo, cfg.token);
            if (!(err instanceof StaleBaseError) || attempt >= ATTEMPTS) {
                if (err instanceof StaleBaseError) {
                    throw new errors/* WheelrelayError */.V(`${repo}: ${branch} or ${state.base.name} kept moving during the run (${err.message})`, 'Re-run the job; if it persists, check for another workflow pushing to the branch.');
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
    const repo = consumers_consumerName(consumer);
    if (checkout.plan.edits.length === 0) {
        const reason = `nothing changed: already on ${release.version}`;
        log.info(`${repo}: ${reason}`);
        return { repo, outcome: 'skipped', reason };
    }
    const gh = deps.github ??
        (await client_openGitHub({ token: cfg.token, apiUrl: cfg.apiUrl, log, pacing: cfg.pacing }));
    // Read exactly the changed files, so a re-run can see the branch already carries them.
    const paths = { ...consumer, globs: checkout.plan.edits.map((e) => e.path) };
    return bumpOne(gh, cfg, release, paths, log, (state) => {
        if (state.base.oid !== checkout.head) {
            const moved = checkout.plan.edits.filter((e) => (state.files.find((f) => f.path === e.path)?.text ?? '') !== e.before);
            if (moved.length > 0) {
                throw new errors/* WheelrelayError */.V(`${repo}: ${state.base.name} moved since the checkout (${checkout.head.slice(0, 7)} → ${state.base.oid.slice(0, 7)}) and changed ${moved.map((e) => e.path).join(', ')}; nothing was committed`, 'Re-run the workflow: it checks out the new base and bumps from there.');
            }
        }
        return checkout.plan;
    }, checkout.details);
}
/** The publisher's plan: the pins rewritten in the consumer's files as read from its base. */
function planFromBase(state, target, consumer, log) {
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
    const plan = planConsumer(state.files, target);
    if (plan.errors.length > 0) {
        throw new WheelrelayError(`${repo}: ${plan.errors.map((e) => e.message).join('; ')}`, 'Fix the entry by hand, or leave the file out of the globs in `consumers`.');
    }
    return plan;
}
/** The decision for one consumer, from what was read. Pure. */
function decide(state, plan, packageName, version) {
    const name = (0,pins_names/* normalizeName */.Pc)(packageName);
    const carries = (p) => {
        const m = readMarker(p.body);
        return m !== undefined && m.name === name && m.version === version;
    };
    const open = state.pulls.find((p) => p.state === 'OPEN');
    if (plan.edits.length === 0) {
        return {
            action: 'skip',
            reason: plan.current.length > 0
                ? `already on ${version}`
                : `no pin of ${packageName} in the matched files`,
            pull: open,
        };
    }
    if (open) {
        const sameContent = plan.edits.every((e) => state.headBlobs.get(e.path) === blobOid(e.after));
        if (carries(open) && state.head && sameContent)
            return { action: 'unchanged', pull: open };
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
function readOnlyRole(permission) {
    return permission !== null && !['ADMIN', 'MAINTAIN', 'WRITE'].includes(permission);
}
async function bumpState(gh, cfg, release, consumer, state, branch, log, planFor, details) {
    const repo = consumers_consumerName(consumer);
    const plan = planFor(state);
    if (!('edits' in plan))
        return plan;
    const decision = decide(state, plan, release.name, release.version);
    const files = plan.edits.map((e) => e.path);
    if (decision.action === 'skip') {
        log.info(`${repo}: skipped, ${decision.reason}`);
        return { repo, outcome: 'skipped', reason: decision.reason, ...pullRef(decision.pull) };
    }
    if (decision.action === 'hand-changed') {
        return leaveHandChanged(gh, cfg, release, consumer, decision, branch, log);
    }
    if (decision.action === 'unchanged') {
        log.info(`${repo}: #${decision.pull.number} already carries ${release.version}`);
        return { repo, outcome: 'unchanged', ...pullRef(decision.pull), files };
    }
    if (cfg.dryRun) {
        if (readOnlyRole(state.permission)) {
            log.warning(`${repo}: \`consumer-token\` cannot write here (permission: ${state.permission}); a real run would fail`);
        }
        else if (state.permission === null) {
            log.info(`${repo}: GitHub does not report what this token may do here (it does not for GitHub App tokens); a real run tries the writes`);
        }
        return {
            repo,
            outcome: decision.action === 'create' ? 'would-create' : 'would-update',
            files,
            diff: plan.edits.map((e) => unifiedDiff(e.path, e.before, e.after)).join(''),
            ...(decision.action === 'update' ? pullRef(decision.pull) : {}),
        };
    }
    if (readOnlyRole(state.permission))
        throw readOnly(repo, state.permission, cfg.token);
    if (state.archived)
        throw new errors/* WheelrelayError */.V(`${repo}: the repository is archived`);
    return writeBump(gh, cfg, release, consumer, state, plan, decision, branch, log, details);
}
/** Commits the edits to wheelrelay's branch, then opens or updates the pull request. */
async function writeBump(gh, cfg, release, consumer, state, plan, decision, branch, log, details) {
    const repo = consumers_consumerName(consumer);
    const where = { owner: consumer.owner, repo: consumer.repo };
    const files = plan.edits.map((e) => e.path);
    const values = templateValues(cfg, release, repo, plan, files);
    const title = renderTemplate(cfg.title, values);
    const body = `${renderTemplate(cfg.body, markdownValues(values, files))}${details ? `\n\n${details}` : ''}\n\n${marker((0,pins_names/* normalizeName */.Pc)(release.name), release.version)}`;
    const headOid = await commitToBranch(gh, {
        ...where,
        branch,
        state,
        edits: plan.edits,
        headline: title,
        body: `${files.map((f) => `- ${f}`).join('\n')}\n\nVerified on ${(0,secrets/* redact */.E$)(release.index)} before this commit was made.\n\n${releaseTrailer((0,pins_names/* normalizeName */.Pc)(release.name), release.version)}`,
    }, cfg.signCommits);
    if (decision.action === 'update') {
        // A consumer line whose base changed moves its open PR to the new base too.
        const base = decision.pull.baseRefName === state.base.name ? undefined : state.base.name;
        await updatePull(gh, where, decision.pull.number, { title, body }, base);
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
    const repo = consumers_consumerName(consumer);
    const { pull, head } = decision;
    const name = (0,pins_names/* normalizeName */.Pc)(release.name);
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
        }
        catch (err) {
            log.warning(`${repo}: could not comment on #${pull.number}: ${(0,secrets/* redact */.E$)((0,errors/* describeError */.U)(err))}`);
        }
    }
    log.warning(`${repo}: skipped, ${reason}`);
    return { repo, outcome: 'skipped', reason, ...pullRef(pull) };
}
const pullRef = (p) => (p ? { number: p.number, url: p.url } : {});
/** The values PR templates are filled with. */
function templateValues(cfg, release, consumer, plan, files) {
    const tag = release.ref?.kind === 'tag' ? release.ref.name : '';
    const sha = release.ref?.sha && !/^0+$/.test(release.ref.sha) ? release.ref.sha : '';
    const source = cfg.sourceRepo ?? '';
    const prev = plan.previous.length === 1 ? plan.previous[0] : undefined;
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
        previous: plan.previous.length > 0 ? plan.previous.join(', ') : 'an older version',
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
/** Runs `fn` over `items` with at most `limit` at once, keeping the order of results. */
async function pool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/build/filenames.ts
var filenames = __webpack_require__(8553);
;// CONCATENATED MODULE: ./src/build/isolation.ts









/** setpriv's arguments that drop to uid/gid `id` with no groups and no way back up. */
function dropTo(id) {
    return ['--reuid', String(id), '--regid', String(id), '--clear-groups', '--no-new-privs'];
}
/** `command args` as the unprivileged `id`, started by root (setpriv, util-linux). */
function buildUserCommand(tools, id, command, args) {
    return [need(tools.setpriv, 'setpriv'), [...dropTo(id), '--', command, ...args]];
}
/**
 * Variables sudo may drop or reset even with `-E` (its env_delete list and secure_path), and
 * those the sandbox sets: they are passed again on `env`'s command line, after the drop to the
 * build user. None is a secret (secrets never reach a build's environment at all).
 */
const CARRIED = /^(PATH|HOME|TMPDIR|XDG_CACHE_HOME|XDG_CONFIG_HOME|PIP_CACHE_DIR|PIP_CONFIG_FILE|SOURCE_DATE_EPOCH|LD_[A-Z0-9_]+|PYTHON[A-Z0-9_]*)$/;
/**
 * `command args` as the unprivileged `id`, for a process that is not root but may use
 * passwordless sudo: `sudo -n -E -- setpriv … -- env [--chdir=cwd] NAME=value… command args`.
 * `-E` keeps the step's environment; what sudo's policy strips anyway (PATH, LD_*, PYTHON*) is
 * set again by `env` once the build user runs. The build user changes to `cwd` itself: this
 * process may not enter the build's folder.
 */
function sudoBuildUserCommand(tools, id, command, args, env, cwd) {
    const carried = Object.entries(env)
        .filter(([name, value]) => value !== undefined && CARRIED.test(name))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => `${name}=${value}`);
    if (command.includes('=')) {
        throw new errors/* WheelrelayError */.V(`cannot run ${command} through env: its path has '=' in it`, 'Install Python at a path without "=".');
    }
    return [
        need(tools.sudo, 'sudo'),
        [
            '-n',
            '-E',
            '--',
            need(tools.setpriv, 'setpriv'),
            ...dropTo(id),
            '--',
            need(tools.env, 'env'),
            ...(cwd ? [`--chdir=${cwd}`] : []),
            ...carried,
            command,
            ...args,
        ],
    ];
}
/** A root helper (chown, rm, the reaper): as is when root, through `sudo -n` when not. */
function privilegedCommand(tools, viaSudo, command, args) {
    return viaSudo ? [need(tools.sudo, 'sudo'), ['-n', '--', command, ...args]] : [command, args];
}
/**
 * `command args` in new user, mount and PID namespaces: it sees only its own processes (a
 * fresh /proc), and when it ends the kernel kills everything it left. It must not keep
 * capabilities there, or it could unmount that /proc and see the host's again:
 * `current-user` maps this user to itself (a non-root uid has none after exec);
 * `root-without-capabilities` (util-linux < 2.38 has no --map-current-user) maps it to root
 * and drops every capability, bounding set included, before the build starts.
 */
function namespaceCommand(tools, variant, command, args) {
    const unshare = need(tools.unshare, 'unshare');
    const common = ['--pid', '--fork', '--mount-proc', '--kill-child'];
    if (variant === 'current-user') {
        return [unshare, ['--user', '--map-current-user', ...common, '--', command, ...args]];
    }
    return [
        unshare,
        [
            '--user',
            '--map-root-user',
            ...common,
            '--',
            need(tools.setpriv, 'setpriv'),
            '--no-new-privs',
            '--inh-caps=-all',
            '--bounding-set=-all',
            '--',
            command,
            ...args,
        ],
    ];
}
function need(path, name) {
    if (!path)
        throw new errors/* WheelrelayError */.V(`${name} is not installed (not found on PATH)`);
    return path;
}
/** The absolute path of `name` on `path` (PATH), if it is there and executable. */
async function findProgram(name, path) {
    for (const dir of (path ?? '').split(external_node_path_.delimiter)) {
        if (!dir || !(0,external_node_path_.isAbsolute)(dir))
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            if ((await (0,promises_.stat)(candidate)).isFile())
                return candidate;
        }
        catch { }
    }
    return undefined;
}
/**
 * Fails, saying what to change, when a build user could not use `python`: every folder above
 * it (the path as given, which is how a venv finds its `pyvenv.cfg`, and the file it links to)
 * must let every user through, the interpreter must be executable by every user, and a venv's
 * `pyvenv.cfg` readable. A setpriv'd build can start a binary it cannot reach (the path is
 * looked up before its capabilities go), but the interpreter would then run without its venv.
 */
async function assertUsableByBuildUser(python, path) {
    const given = python.includes('/') ? python : await findProgram(python, path);
    if (!given)
        return; // Not found at all: the build reports that itself.
    const problems = [];
    const others = async (p, bits, what) => {
        const st = await (0,promises_.stat)(p).catch(() => undefined);
        if (st && (st.mode & bits) !== bits)
            problems.push(`${p} (${what})`);
    };
    const folders = async (file) => {
        for (let dir = (0,external_node_path_.dirname)(file);; dir = (0,external_node_path_.dirname)(dir)) {
            await others(dir, 0o001, 'a folder other users cannot enter');
            if (dir === (0,external_node_path_.dirname)(dir))
                break;
        }
    };
    await folders(given);
    const real = await (0,promises_.realpath)(given).catch(() => given);
    if (real !== given)
        await folders(real);
    await others(real, 0o001, 'not executable by other users');
    await others((0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(given)), 'pyvenv.cfg'), 0o004, 'not readable by other users');
    if (problems.length > 0) {
        throw new errors/* WheelrelayError */.V(`builds run as a separate unprivileged user here, which cannot use ${python}: ${[...new Set(problems)].join(', ')}`, 'Use an interpreter every user may run (those of actions/setup-python and the system are), or open up those folders (chmod o+x, and o+r for pyvenv.cfg).');
    }
}
/** Parses /proc/self/uid_map or gid_map: the ids usable here, as [first, last] ranges. */
function parseIdMap(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const [inside, , count] = line.trim().split(/\s+/).map(Number);
        if (inside === undefined || count === undefined || !Number.isFinite(inside + count))
            continue;
        if (count > 0)
            out.push([inside, inside + count - 1]);
    }
    return out;
}
/** Where fresh build ids are taken from, first window that the id maps allow. */
const ID_WINDOWS = [
    [2_000_000_000, 2_099_999_999],
    [200_000, 2_147_483_646],
    [10_000, 65_533],
];
/**
 * A uid/gid number for one build: inside both id maps (a container may map only some),
 * far above the ids of real users, and not one `used` has. Pure, `random(n)` gives 0..n-1.
 */
function pickId(uidMap, gidMap, used, random) {
    const within = (map, [lo, hi]) => map
        .map(([a, b]) => [Math.max(a, lo), Math.min(b, hi)])
        .filter(([a, b]) => a <= b);
    for (const window of ID_WINDOWS) {
        const ranges = within(uidMap, window).flatMap((r) => within(gidMap, r));
        const size = ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
        if (size === 0)
            continue;
        for (let attempt = 0; attempt < 64; attempt++) {
            let k = random(Math.min(size, 2 ** 31 - 1));
            for (const [a, b] of ranges) {
                if (k <= b - a) {
                    if (!used.has(a + k))
                        return a + k;
                    break;
                }
                k -= b - a + 1;
            }
        }
    }
    return undefined;
}
/** The uids of processes that are alive (not zombies), by reading /proc. */
async function liveUids() {
    const count = new Map();
    const pids = (await (0,promises_.readdir)('/proc').catch(() => [])).filter((p) => /^\d+$/.test(p));
    for (const pid of pids) {
        const status = await (0,promises_.readFile)(`/proc/${pid}/status`, 'utf8').catch(() => '');
        if (/^State:\s*[ZX]/m.test(status))
            continue;
        const uids = /^Uid:\s*(\d+)\s+(\d+)\s+(\d+)/m.exec(status);
        if (!uids)
            continue;
        for (const u of new Set(uids.slice(1).map(Number)))
            count.set(u, (count.get(u) ?? 0) + 1);
    }
    return count;
}
/** Ids no build may take: those of live processes, and those /etc/passwd and /etc/group name. */
async function usedIds() {
    const used = new Set((await liveUids()).keys());
    for (const file of ['/etc/passwd', '/etc/group']) {
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
        for (const line of text.split('\n')) {
            const id = Number(line.split(':')[2]);
            if (Number.isInteger(id))
                used.add(id);
        }
    }
    return used;
}
async function freshId() {
    const uidMap = parseIdMap(await (0,promises_.readFile)('/proc/self/uid_map', 'utf8').catch(() => '0 0 4294967295'));
    const gidMap = parseIdMap(await (0,promises_.readFile)('/proc/self/gid_map', 'utf8').catch(() => '0 0 4294967295'));
    const id = pickId(uidMap, gidMap, await usedIds(), (n) => (0,external_node_crypto_.randomInt)(n));
    if (id === undefined) {
        throw new errors/* WheelrelayError */.V('no free uid/gid for a build user in this user namespace', 'Map more ids into the container (at least 10000-65533), or run builds elsewhere.');
    }
    return id;
}
/** Keys in a git config file that may carry credentials, or pull in a file that does. */
const CREDENTIAL_KEYS = /^(http\..*\.extraheader|include\.path|includeif\..*\.path|credential\..*)$/i;
/**
 * Takes credentials out of the git config files of a copied repository (and of its
 * submodules): actions/checkout's `http.<url>.extraheader`, credential helpers, includes, and
 * user-info in remote URLs. Runs git itself on each file (`--file`), as this process.
 */
async function scrubGitConfigs(tree, run) {
    const files = [];
    const walk = async (dir, depth) => {
        if (depth > 6)
            return;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const p = (0,external_node_path_.join)(dir, e.name);
            if (e.isFile() && e.name === 'config')
                files.push(p);
            else if (e.isDirectory() && (depth === 0 ? e.name === 'modules' : true))
                await walk(p, depth + 1);
        }
    };
    const gitDir = (0,external_node_path_.join)(tree, '.git');
    if ((await (0,promises_.lstat)(gitDir).catch(() => undefined))?.isDirectory())
        await walk(gitDir, 0);
    let removed = 0;
    for (const file of files) {
        const git = (args) => run('git', ['config', '--file', file, ...args], { timeoutMs: 30_000 });
        const listed = await git(['--list']);
        if (listed.exitCode !== 0)
            continue;
        const keys = new Set();
        for (const line of listed.output.split('\n')) {
            const i = line.indexOf('=');
            const key = i < 0 ? line : line.slice(0, i);
            const value = i < 0 ? '' : line.slice(i + 1);
            if (CREDENTIAL_KEYS.test(key))
                keys.add(key);
            else if (/^remote\..*\.(push)?url$/i.test(key) && /^[a-z+]+:\/\/[^/@]*@/i.test(value)) {
                const clean = value.replace(/^([a-z+]+:\/\/)[^/@]*@/i, '$1');
                await git(['--replace-all', key, clean]);
                removed++;
            }
        }
        for (const key of keys) {
            await git(['--unset-all', key]);
            removed++;
        }
    }
    return removed;
}
/**
 * The folders git ignores in a work tree (`node_modules/`, `.venv/`, old `build/` output):
 * a build's copy of the tree leaves them out. Empty when `tree` is no git work tree.
 */
async function ignoredFolders(tree, run) {
    if (!(await (0,promises_.lstat)((0,external_node_path_.join)(tree, '.git')).catch(() => undefined)))
        return new Set();
    const res = await run('git', [
        // Read-only listing of a tree this process may not own; nothing in its config runs.
        '-c',
        'safe.directory=*',
        '-c',
        'core.fsmonitor=false',
        '-c',
        'core.quotePath=false',
        'ls-files',
        '--others',
        '--ignored',
        '--exclude-standard',
        '--directory',
    ], { cwd: tree, timeoutMs: 120_000 });
    if (res.exitCode !== 0)
        return new Set();
    return new Set(res.output
        .split('\n')
        .filter((line) => line.endsWith('/') && !line.startsWith('"'))
        .map((line) => (0,external_node_path_.join)(tree, line.slice(0, -1))));
}
/**
 * Copies a tree for a build: regular files, folders and symbolic links (as links), without
 * special files (sockets, fifos, devices) and without the folders in `skip`.
 */
async function copyTree(from, to, skip = new Set()) {
    await (0,promises_.cp)(from, to, {
        recursive: true,
        verbatimSymlinks: true,
        preserveTimestamps: true,
        filter: async (src) => {
            if (skip.has(src))
                return false;
            const st = await (0,promises_.lstat)(src).catch(() => undefined);
            return !!st && (st.isFile() || st.isDirectory() || st.isSymbolicLink());
        },
    });
}
/** The pip configuration files of this user, to give a build user the same settings. */
function pipConfigFiles(env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    const config = env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config');
    return [
        { from: (0,external_node_path_.join)(config, 'pip', 'pip.conf'), to: (0,external_node_path_.join)('.config', 'pip', 'pip.conf') },
        { from: (0,external_node_path_.join)(home, '.pip', 'pip.conf'), to: (0,external_node_path_.join)('.pip', 'pip.conf') },
    ];
}
/** A sandbox whose build runs as a fresh unprivileged user (directly as root, or via sudo). */
class UserSandbox {
    base;
    box;
    id;
    deps;
    env;
    outDir;
    home;
    cache;
    closed = false;
    handedOver = false;
    unhook;
    constructor(base, box, id, deps) {
        this.base = base;
        this.box = box;
        this.id = id;
        this.deps = deps;
        this.home = (0,external_node_path_.join)(box, 'home');
        this.cache = (0,external_node_path_.join)(box, 'cache');
        this.outDir = (0,external_node_path_.join)(box, 'out');
        this.env = {
            HOME: this.home,
            TMPDIR: (0,external_node_path_.join)(box, 'tmp'),
            XDG_CACHE_HOME: (0,external_node_path_.join)(this.home, '.cache'),
            XDG_CONFIG_HOME: (0,external_node_path_.join)(this.home, '.config'),
            PIP_CACHE_DIR: this.cache,
        };
    }
    static async open(deps) {
        // The outer folder lets build users through (0711) but not list it; the inner one is the
        // build user's own (0700 once handed over), so no other build can enter it.
        const base = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'wheelrelay-build-'));
        await (0,promises_.chmod)(base, 0o711);
        const box = (0,external_node_path_.join)(base, 'b');
        await (0,promises_.mkdir)(box, { mode: 0o700 });
        for (const d of ['home', 'tmp', 'out', 'cache'])
            await (0,promises_.mkdir)((0,external_node_path_.join)(box, d), { mode: 0o700 });
        return new UserSandbox(base, box, await freshId(), deps);
    }
    /** Gives the build user the pip settings this user has (a private mirror, say). */
    async copyPipConfig(env) {
        for (const { from, to } of pipConfigFiles(env)) {
            if (!(await (0,promises_.stat)(from).catch(() => undefined))?.isFile())
                continue;
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.home, to, '..'), { recursive: true });
            await (0,promises_.copyFile)(from, (0,external_node_path_.join)(this.home, to));
        }
        const explicit = env.PIP_CONFIG_FILE;
        if (explicit && (await (0,promises_.stat)(explicit).catch(() => undefined))?.isFile()) {
            await (0,promises_.copyFile)(explicit, (0,external_node_path_.join)(this.home, 'pip.conf'));
            this.env.PIP_CONFIG_FILE = (0,external_node_path_.join)(this.home, 'pip.conf');
        }
    }
    async receive(tree, opts = {}) {
        const dest = (0,external_node_path_.join)(this.box, 'src');
        let moved = false;
        if (opts.move) {
            try {
                await (0,promises_.rename)(tree, dest);
                moved = true;
            }
            catch (err) {
                if (err.code !== 'EXDEV')
                    throw err;
            }
        }
        if (!moved)
            await copyTree(tree, dest, await ignoredFolders(tree, this.deps.run));
        await scrubGitConfigs(dest, this.deps.run);
        return dest;
    }
    async seedCache(dir) {
        if (await (0,promises_.stat)(dir).catch(() => undefined))
            await copyTree(dir, this.cache);
    }
    root(command, args) {
        const [c, a] = privilegedCommand(this.deps.tools, this.deps.viaSudo, command, args);
        return this.deps.run(c, a, { timeoutMs: 120_000 });
    }
    async mustRoot(what, command, args) {
        const res = await this.root(command, args);
        if (res.exitCode !== 0) {
            throw new errors/* WheelrelayError */.V(`could not ${what} (${command} exited ${res.exitCode}): ${tail(res.output, 5)}`, this.deps.viaSudo
                ? 'Builds run as a separate user through passwordless sudo; check that `sudo -n` may run chown, kill and rm.'
                : undefined);
        }
    }
    async handOver(env) {
        const chown = need(this.deps.tools.chown, 'chown');
        await this.copyPipConfig(env);
        this.handedOver = true;
        const { tools, viaSudo } = this.deps;
        const [killCommand, killArgs] = privilegedCommand(tools, viaSudo, need(tools.setpriv, 'setpriv'), [...dropTo(this.id), '--', need(tools.kill, 'kill'), '-9', '-1']);
        const [rmCommand, rmArgs] = privilegedCommand(tools, viaSudo, need(tools.rm, 'rm'), [
            '-rf',
            '--',
            this.base,
        ]);
        // If this process is stopped mid-build, the build user's processes still die, and its
        // folder goes.
        this.unhook = onTermination(() => {
            (0,external_node_child_process_.spawnSync)(killCommand, killArgs, { stdio: 'ignore', timeout: 10_000 });
            (0,external_node_child_process_.spawnSync)(rmCommand, rmArgs, { stdio: 'ignore', timeout: 10_000 });
        });
        await this.mustRoot(`give ${this.box} to the build user`, chown, [
            '-R',
            '-h',
            `${this.id}:${this.id}`,
            this.box,
        ]);
    }
    command(command, args, env, cwd) {
        if (this.deps.viaSudo) {
            const [c, a] = sudoBuildUserCommand(this.deps.tools, this.id, command, args, env, cwd);
            return { command: c, args: a };
        }
        const [c, a] = buildUserCommand(this.deps.tools, this.id, command, args);
        return { command: c, args: a, ...(cwd ? { cwd } : {}) };
    }
    /** Kills every process of the build user, until none is left (bounded). */
    async reap() {
        const { tools } = this.deps;
        for (let round = 0; round < 20; round++) {
            await this.root(need(tools.setpriv, 'setpriv'), [
                ...dropTo(this.id),
                '--',
                need(tools.kill, 'kill'),
                '-9',
                '-1',
            ]);
            if (!(await liveUids()).has(this.id))
                return;
        }
        throw new errors/* WheelrelayError */.V(`processes of the build user (uid ${this.id}) are still running after 20 rounds of SIGKILL`);
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        try {
            if (!this.handedOver)
                return;
            await this.reap();
            if (this.deps.viaSudo) {
                // Only what the build user owns comes back (never a file it hard-linked from elsewhere).
                const { uid, gid } = this.deps.self;
                await this.mustRoot(`take ${this.box} back from the build user`, need(this.deps.tools.chown, 'chown'), ['-R', '-h', `--from=${this.id}`, `${uid}:${gid}`, this.box]);
            }
        }
        finally {
            this.unhook?.();
        }
    }
    /** The owner a file the build made has after `close`. */
    get owner() {
        return this.deps.viaSudo || !this.handedOver ? this.deps.self.uid : this.id;
    }
    /** Whether `st` is a plain file (or folder) the build made: not a link to anything else. */
    ours(st) {
        if (st.uid !== this.owner)
            return false;
        return st.isDirectory() || (st.isFile() && st.nlink === 1);
    }
    async collect(dir) {
        const names = [];
        for (const name of await (0,promises_.readdir)(this.outDir).catch(() => [])) {
            if (!(0,filenames/* parseDistFilename */.hk)(name))
                continue;
            const st = await (0,promises_.lstat)((0,external_node_path_.join)(this.outDir, name));
            if (!st.isFile() || !this.ours(st))
                continue;
            await (0,promises_.copyFile)((0,external_node_path_.join)(this.outDir, name), (0,external_node_path_.join)(dir, name));
            names.push(name);
        }
        return names;
    }
    async saveCache(dir) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.cp)(this.cache, dir, {
            recursive: true,
            verbatimSymlinks: true,
            filter: async (src) => {
                const st = await (0,promises_.lstat)(src).catch(() => undefined);
                return !!st && this.ours(st);
            },
        });
    }
    async remove() {
        await this.close();
        if (this.deps.viaSudo && this.handedOver) {
            await this.mustRoot(`remove ${this.base}`, need(this.deps.tools.rm, 'rm'), [
                '-rf',
                '--',
                this.base,
            ]);
        }
        else {
            await (0,promises_.rm)(this.base, { recursive: true, force: true });
        }
    }
}
/** A sandbox for builds that run as this user: in PID namespaces, or with no isolation. */
class SharedUserSandbox {
    base;
    wrap;
    env;
    outDir;
    constructor(base, wrap) {
        this.base = base;
        this.wrap = wrap;
        this.outDir = (0,external_node_path_.join)(base, 'out');
        this.env = { TMPDIR: (0,external_node_path_.join)(base, 'tmp') };
    }
    static async open(wrap) {
        const base = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'wheelrelay-build-'));
        for (const d of ['tmp', 'out'])
            await (0,promises_.mkdir)((0,external_node_path_.join)(base, d));
        return new SharedUserSandbox(base, wrap);
    }
    // The build runs as this user, who can read the tree where it is: a copy protects nothing.
    async receive(tree) {
        return tree;
    }
    async seedCache(dir) {
        this.env.PIP_CACHE_DIR = dir;
    }
    async handOver() { }
    command(command, args, _env, cwd) {
        const [c, a] = this.wrap(command, args);
        return { command: c, args: a, ...(cwd ? { cwd } : {}) };
    }
    async close() { }
    async collect(dir) {
        const names = [];
        for (const name of await (0,promises_.readdir)(this.outDir).catch(() => [])) {
            if (!(0,filenames/* parseDistFilename */.hk)(name))
                continue;
            const st = await (0,promises_.lstat)((0,external_node_path_.join)(this.outDir, name));
            if (!st.isFile() || st.nlink !== 1)
                continue;
            await (0,promises_.copyFile)((0,external_node_path_.join)(this.outDir, name), (0,external_node_path_.join)(dir, name));
            names.push(name);
        }
        return names;
    }
    async saveCache() { }
    async remove() {
        await (0,promises_.rm)(this.base, { recursive: true, force: true });
    }
}
function userIsolation(kind, deps) {
    return {
        kind,
        description: `Builds run as a fresh unprivileged user each (uid/gid ≥ 10000, no groups, no new privileges${kind === 'sudo-build-user' ? ', through sudo' : ''}), from copies of the sources they own: they cannot read this process's environment or files, nor another build's.`,
        sharesUser: false,
        open: () => UserSandbox.open(deps),
    };
}
function namespaceIsolation(tools, variant) {
    return {
        kind: 'pid-namespace',
        description: 'Builds run in their own user and PID namespaces, without capabilities (there is no root or passwordless sudo here): they see only their own processes, which die with them. They run as this user, so they can read and write what this user can, and sync builds one entry at a time.',
        sharesUser: true,
        open: () => SharedUserSandbox.open((c, a) => namespaceCommand(tools, variant, c, a)),
    };
}
/** No isolation: `why` says what was tried. */
function noIsolation(why) {
    return {
        kind: 'none',
        description: `Builds cannot be isolated here (${why}): they run as this user, beside this process, and could read its environment through /proc.`,
        sharesUser: true,
        open: () => SharedUserSandbox.open((c, a) => [c, a]),
    };
}
/**
 * Finds the best isolation this machine allows (see {@link IsolationKind}), by trying each
 * for real with a throw-away sandbox. Called once per run.
 */
async function chooseIsolation(run, env = process.env, self = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 }) {
    const names = ['setpriv', 'sudo', 'unshare', 'kill', 'chown', 'rm', 'env', 'test'];
    const tools = {};
    for (const name of names)
        tools[name] = await findProgram(name, env.PATH);
    const tried = [];
    const tryUser = async (kind) => {
        const missing = [
            'setpriv',
            'kill',
            'chown',
            'rm',
            'test',
            ...(kind === 'sudo-build-user' ? ['sudo', 'env'] : []),
        ].filter((n) => !tools[n]);
        if (missing.length > 0) {
            tried.push(`${kind === 'build-user' ? 'root' : 'sudo'}: no ${missing.join(', ')} on PATH`);
            return undefined;
        }
        const isolation = userIsolation(kind, {
            run,
            tools,
            viaSudo: kind === 'sudo-build-user',
            self,
        });
        let box;
        try {
            box = await isolation.open();
            await box.handOver(env);
            const probe = box.command(need(tools.test, 'test'), ['-w', box.outDir], {
                ...env,
                ...box.env,
            });
            const res = await run(probe.command, probe.args, {
                env: { ...env, ...box.env },
                timeoutMs: 60_000,
            });
            if (res.exitCode === 0)
                return isolation;
            tried.push(`${kind}: ${tail(res.output, 2) || `exit code ${res.exitCode}`}`);
        }
        catch (err) {
            tried.push(`${kind}: ${err.message.split('\n')[0]}`);
        }
        finally {
            await box?.remove().catch(() => undefined);
        }
        return undefined;
    };
    if (self.uid === 0) {
        const found = await tryUser('build-user');
        if (found)
            return found;
    }
    else {
        tried.push('not root');
        if (tools.sudo) {
            // Ask once, quietly: without passwordless sudo this fails at once instead of prompting.
            const res = await run(tools.sudo, ['-n', 'true'], { timeoutMs: 30_000 });
            if (res.exitCode === 0) {
                const found = await tryUser('sudo-build-user');
                if (found)
                    return found;
            }
            else
                tried.push(`sudo -n: ${tail(res.output, 1) || `exit code ${res.exitCode}`}`);
        }
        else
            tried.push('no sudo');
    }
    if (tools.unshare) {
        for (const variant of ['current-user', 'root-without-capabilities']) {
            if (variant === 'root-without-capabilities' && !tools.setpriv)
                continue;
            const [c, a] = namespaceCommand(tools, variant, need(tools.test, 'test'), ['-d', '/proc/1']);
            const res = await run(c, a, { timeoutMs: 30_000 });
            if (res.exitCode === 0)
                return namespaceIsolation(tools, variant);
            tried.push(`unshare (${variant}): ${tail(res.output, 1) || `exit code ${res.exitCode}`}`);
        }
    }
    else
        tried.push('no unshare');
    return noIsolation(tried.join('; '));
}
/** Where the README shows the two-job pattern. */
const TWO_JOBS = 'build in a job that holds no index password or tokens (`mode: sync` or a publish build into a directory, then actions/upload-artifact) and publish from a second job with `dist-dir` (README: "Builds and secrets")';
/**
 * The warning for a publish build (the repository's own code) that runs beside secrets
 * because nothing better is possible here; undefined when this process holds none.
 */
function unisolatedWarning(held) {
    if (held.length === 0)
        return undefined;
    return `this build runs as this process's user, which holds ${held.join(', ')}: a build backend could read them through /proc. To keep them out of its reach, ${TWO_JOBS}.`;
}
/**
 * Why a build of code named by a requirement file must not run here: builds cannot be
 * isolated and this process holds secrets. Undefined when it may run.
 */
function unisolatedRefusal(isolation, held, allowed) {
    if (isolation.kind !== 'none' || held.length === 0 || allowed)
        return undefined;
    return new errors/* WheelrelayError */.V(`not built: sync builds code that requirement files name, and ${isolation.description.replace(/^Builds/, 'builds')} This process holds ${held.join(', ')}.`, `To keep secrets out of such builds, ${TWO_JOBS}. To build here anyway, knowing a build can read them, set \`builds-can-read-secrets: true\` (CLI: --builds-can-read-secrets).`);
}

;// CONCATENATED MODULE: ./src/bump/run-command.ts




/** Variables sudo may reset even with -E; set again by `env` after the drop (none is secret). */
const run_command_CARRIED = /^(PATH|HOME|TMPDIR|LD_[A-Z0-9_]+|PYTHON[A-Z0-9_]*|VIRTUAL_ENV|WHEELRELAY_[A-Z_]+)$/;
/** Finds the best way this machine allows, trying each for real once. */
async function chooseCommandIsolation(run, env = process.env, self = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 }) {
    const tools = {
        unshare: await findProgram('unshare', env.PATH),
        setpriv: await findProgram('setpriv', env.PATH),
        sudo: await findProgram('sudo', env.PATH),
        env: await findProgram('env', env.PATH),
        test: await findProgram('test', env.PATH),
    };
    const tried = [];
    const probe = async (iso) => {
        const [c, a] = iso.wrap([tools.test ?? 'test', '-d', '/proc/1'], env, '/');
        const res = await run(c, a, { timeoutMs: 30_000 });
        if (res.exitCode === 0)
            return true;
        tried.push(`${iso.kind}: ${tail(res.output, 1) || `exit code ${res.exitCode}`}`);
        return false;
    };
    const { unshare, setpriv } = tools;
    if (unshare && setpriv && tools.env) {
        let viaSudo = false;
        if (self.uid !== 0 && tools.sudo) {
            const res = await run(tools.sudo, ['-n', 'true'], { timeoutMs: 30_000 });
            viaSudo = res.exitCode === 0;
            if (!viaSudo)
                tried.push(`sudo -n: ${tail(res.output, 1) || `exit code ${res.exitCode}`}`);
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
            wrap: (argv, _env, _cwd) => namespaceCommand(tools, 'current-user', argv[0], argv.slice(1)),
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
                .filter(([name, value]) => value !== undefined && run_command_CARRIED.test(name))
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
        ...childEnvironment(opts.env ?? process.env),
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
        throw new errors/* WheelrelayError */.V(`the command \`${opts.argv.join(' ')}\` ${why}; nothing was committed. Its last lines:\n${tail(res.output)}`, 'Run it in the checkout by hand to see why (the release is in WHEELRELAY_NAME, WHEELRELAY_VERSION, WHEELRELAY_INDEX_URL).');
    }
}

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
            throw new errors/* WheelrelayError */.V(`git could not ${what} in ${this.root} (exit ${res.exitCode}): ${tail(res.output, 5)}`, 'Run the bump in a git checkout of the consumer (actions/checkout first).');
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
            throw new errors/* WheelrelayError */.V(`${path} is not UTF-8 text`, 'wheelrelay commits text files only; leave it out of `requirement-files`, or make the command not change it.');
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
            throw new errors/* WheelrelayError */.V(`${path} is not a plain file inside the checkout`, 'wheelrelay edits and commits files of the checkout only, never through a link.');
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
    const plan = plan_planConsumer(files, target);
    if (plan.errors.length > 0) {
        throw new errors/* WheelrelayError */.V(plan.errors.map((e) => e.message).join('; '), 'Nothing was changed. Fix the entry by hand, or leave the file out of `requirement-files`.');
    }
    for (const edit of plan.edits)
        await checkout.write(edit.path, edit.after);
    return { ...plan, unmatched };
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
            throw new errors/* WheelrelayError */.V(`the command deleted ${path}; nothing was committed`, 'wheelrelay commits changed and new files; make the command regenerate files in place.');
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
    const target = {
        name: release.name,
        version: release.version,
        hashes: release.files.length > 0 ? release.files.map((f) => `sha256:${f.sha256}`) : undefined,
    };
    const pins = await log.group(`Moving ${release.name} to ${release.version}`, async () => {
        const plan = await rewriteCheckout(checkout, s.requirementFiles, target);
        for (const glob of plan.unmatched)
            log.warning(`'${glob}' matches no tracked file`);
        for (const edit of plan.edits) {
            for (const c of edit.changes)
                log.info(`${edit.path}:${c.line}: ${c.after.trim()}`);
        }
        return plan;
    });
    if (pins.edits.length === 0) {
        if (pins.current.length === 0) {
            throw new errors/* WheelrelayError */.V(`no file of \`requirement-files\` (${s.requirementFiles.join(', ')}) pins ${release.name}`, 'List the files that pin it (e.g. `requirements/*.in`), or drop this consumer from the publisher.');
        }
        log.info(`${pins.current.join(', ')} already pin ${release.name} ${release.version}`);
        return { outcome: 'skipped', edits: [], diff: '', details: '' };
    }
    if (s.run && isolation) {
        const argv = s.run;
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
    const edits = await collectChanges(checkout, dirty);
    const diff = edits.map((e) => unifiedDiff(e.path, e.before, e.after)).join('');
    const details = changeDetails(pins.edits, edits, s.run);
    if (s.dryRun || !s.github) {
        // The caller shows the diff where its user reads it (the CLI on stdout, the action in a group).
        log.info(`${edits.length} file(s) changed${s.dryRun ? ' (dry run: nothing sent to GitHub)' : ''}: ${edits.map((e) => e.path).join(', ')}`);
        return { outcome: 'changed', edits, diff, details };
    }
    const { cfg, consumer } = s.github;
    const pull = await log.group(`Committing to ${consumer.owner}/${consumer.repo}`, () => bumpCheckout(cfg, outcomeOf(release), { ...consumer, globs: [] }, { plan: { ...pins, edits }, head, details }, { log }));
    return { outcome: pull.outcome, edits, diff, details, pull };
}
async function commandIsolation(s, deps) {
    const isolation = deps.isolation ?? (await chooseCommandIsolation(deps.run));
    deps.log.info(isolation.description);
    if (isolation.kind === 'none' && s.held.length > 0) {
        if (!s.buildsCanReadSecrets) {
            throw new errors/* WheelrelayError */.V(`not run: this process holds ${s.held.join(', ')}, and ${isolation.description.replace(/^The/, 'the')}`, 'Run the bump where root, passwordless sudo or user namespaces are available (GitHub-hosted runners have sudo), or bump with `dry-run: true` in a job without the token and commit in another. To run it here anyway, knowing the command can read the token, set `builds-can-read-secrets: true`.');
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
    const lines = ['#### Pin change', '', markdown_markdownBlock(pinLines.join('\n'), 'diff'), ''];
    const pinPaths = new Set(pinEdits.map((e) => e.path));
    const others = all.filter((e) => !pinPaths.has(e.path));
    if (run) {
        lines.push(`#### Regenerated by ${markdownText(run.join(' '))}`, '');
        if (others.length === 0)
            lines.push('It changed no other file.', '');
        else {
            lines.push('| file | lines added | lines removed |', '| --- | --- | --- |');
            for (const e of others) {
                const { added, removed } = lineCounts(unifiedDiff(e.path, e.before, e.after));
                lines.push(`| ${markdownText(e.path)} | ${added} | ${removed} |`);
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

// EXTERNAL MODULE: ../../main/node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(3785);
;// CONCATENATED MODULE: ./src/bump/command.ts


/**
 * A `run` command as the program and arguments to start, without a shell. shell-quote's
 * `parse` does the quoting rules (quotes, backslashes) a user expects when writing a command
 * on one line; everything that would need a shell to mean what it says (operators, pipes,
 * redirections, `$VAR`, `$(…)`, backticks, globs, `NAME=value` prefixes) is refused with a hint,
 * rather than passed on as literal text that silently does something else.
 */
function parseRunCommand(text, input = 'run') {
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
        throw new errors/* WheelrelayError */.V(`input \`${input}\` is empty`, 'Give the command that regenerates the compiled files, e.g. `make compile-requirements`.');
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
    return new errors/* WheelrelayError */.V(`input \`${input}\` (${text.trim().slice(0, 120)}) has ${what}, which only a shell understands; wheelrelay runs the command without one`, "Write one program and its arguments (e.g. `make compile-requirements`); the release is in WHEELRELAY_NAME, WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL. To use a shell, say so: `bash -ec 'pip-compile … && make docs'`.");
}

// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(9334);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts



/** Flags every command that talks to an index takes, named as the action's inputs. */
const INDEX_FLAGS = {
    'index-url': { type: 'string' },
    'index-type': { type: 'string' },
    'simple-url': { type: 'string' },
    username: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    dists: { type: 'string' },
    python: { type: 'string' },
    'no-build-isolation': { type: 'boolean' },
    'skip-dependency-check': { type: 'boolean' },
    'verify-timeout': { type: 'string' },
    timeout: { type: 'string' },
    'build-timeout': { type: 'string' },
    'builds-can-read-secrets': { type: 'boolean' },
    retries: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' },
};
/**
 * The action inputs the INDEX_FLAGS stand for, with the CLI's defaults: the default index,
 * $WHEELRELAY_USERNAME, and no pip cache (that is the runner's).
 */
function indexInputs(values, env, password) {
    return {
        'index-url': values['index-url'] ?? defaultIndexUrl(env),
        'index-type': values['index-type'],
        'simple-url': values['simple-url'],
        username: values.username ?? env.WHEELRELAY_USERNAME,
        password,
        dists: values.dists,
        python: values.python,
        'build-isolation': values['no-build-isolation'] ? 'false' : undefined,
        'verify-timeout': values['verify-timeout'],
        timeout: values.timeout,
        'build-timeout': values['build-timeout'],
        'builds-can-read-secrets': values['builds-can-read-secrets'] ? 'true' : undefined,
        retries: values.retries,
        cache: 'false',
    };
}
/**
 * Parses a command's arguments (node's util.parseArgs, strict). Returns the parsed values, or
 * the exit code when there is nothing more to do: 0 after printing --help, 2 after a usage error.
 */
function parseCommand(command, argv, options, usage) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        process.stderr.write(`wheelrelay ${command}: ${err.message}\n\n${usage}`);
        return 2;
    }
    if (parsed.values.help) {
        process.stdout.write(usage);
        return 0;
    }
    return parsed;
}
/** The CLI's default index: $WHEELRELAY_INDEX_URL, or the directory index in the user's cache. */
function defaultIndexUrl(env) {
    return (env.WHEELRELAY_INDEX_URL ||
        (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'wheelrelay', 'index'));
}
/**
 * The usage error for `--skip-dependency-check` without `--no-build-isolation` (an isolated
 * build installs its requirements itself, so there is nothing to skip), or undefined.
 */
function skipDependencyCheckMisuse(values) {
    return values['skip-dependency-check'] && !values['no-build-isolation']
        ? '--skip-dependency-check applies to builds without isolation: add --no-build-isolation (an isolated build installs its build requirements itself)'
        : undefined;
}
/** All of standard input, without a final newline (for --password-stdin). */
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
}

;// CONCATENATED MODULE: ./src/cli/bump.ts










const BUMP_USAGE = `usage: wheelrelay bump NAME==VERSION FILE... [options]

Move the pins of NAME in the requirement files (globs, in a git checkout) to VERSION, then run
the command that regenerates what is compiled from them (e.g. pip-compile through make), and
print every change as a unified diff. What the bump action does in a consumer's workflow, for
a developer at their own checkout; the changes stay in the work tree.

options (each is also an input of the bump action, bump/action.yml):
  --run CMD               the command that regenerates the compiled files, e.g.
                          'make compile-requirements'; one program and its arguments, run
                          without a shell; it sees the release only in WHEELRELAY_NAME,
                          WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL
  --index-url URL         the index the release is on (the command's WHEELRELAY_INDEX_URL)
  --command-timeout SECS  how long the command may run before it is killed (default: 1800)
  --dry-run               the same as without it here: nothing is sent anywhere (the action
                          commits and opens a pull request unless dry-run is set)
  --builds-can-read-secrets
                          run the command even where it cannot be kept from the secrets this
                          process holds
  -v, --verbose           debug logging
  -h, --help              this help

exit codes: 0 done (or already on VERSION), 1 failed (the work tree is left as the failure
left it; \`git diff\` shows it), 2 usage.
`;
const FLAGS = {
    run: { type: 'string' },
    'index-url': { type: 'string' },
    'command-timeout': { type: 'string' },
    'dry-run': { type: 'boolean' },
    'builds-can-read-secrets': { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' },
};
/** `wheelrelay bump`; returns the exit code (0 done, 1 failed, 2 usage). */
async function bumpCommand(argv, env) {
    const parsed = parseCommand('bump', argv, FLAGS, BUMP_USAGE);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    const [spec, ...files] = positionals;
    const usage = (message) => {
        process.stderr.write(`wheelrelay bump: ${message}\n`);
        return 2;
    };
    if (!spec || files.length === 0) {
        process.stderr.write(`wheelrelay bump: give NAME==VERSION and at least one FILE\n\n${BUMP_USAGE}`);
        return 2;
    }
    let release;
    let run;
    let commandTimeout;
    try {
        release = releaseFromSpec(spec);
    }
    catch (err) {
        return usage((0,errors/* describeError */.U)(err));
    }
    try {
        run = values.run === undefined ? undefined : parseRunCommand(values.run, '--run');
    }
    catch (err) {
        return usage((0,errors/* describeError */.U)(err));
    }
    try {
        const given = values['command-timeout'];
        commandTimeout = given === undefined ? 1800 : seconds(6 * 3600)(given, '--command-timeout');
    }
    catch (err) {
        return usage((0,errors/* describeError */.U)(err));
    }
    if (values['index-url'] !== undefined) {
        if (!/^(https?|file):\/\/[^\s@]+$/.test(values['index-url'])) {
            return usage(`--index-url is '${values['index-url'].slice(0, 80)}': give the index's simple API as an http(s) or file URL, without credentials`);
        }
        release['index-url'] = values['index-url'];
    }
    const log = (0,src_log/* consoleLog */.aO)(values.verbose ?? false);
    try {
        const root = await checkoutRoot();
        const result = await bumpInCheckout({
            release,
            requirementFiles: files.map((f) => fromRoot(root, f)),
            run,
            workspace: root,
            dryRun: values['dry-run'] ?? false,
            commandTimeoutMs: commandTimeout * 1000,
            buildsCanReadSecrets: values['builds-can-read-secrets'] ?? false,
            held: secretsInEnvironment(env),
        }, { log, run: execRunner });
        process.stdout.write(result.diff);
        return 0;
    }
    catch (err) {
        log.error((0,errors/* describeError */.U)(err));
        return 1;
    }
}
/** The top of the git checkout the current directory is in. */
async function checkoutRoot() {
    const res = await execRunner('git', ['rev-parse', '--show-toplevel'], {
        cwd: process.cwd(),
        timeoutMs: 60_000,
    });
    if (res.exitCode !== 0) {
        throw new errors/* WheelrelayError */.V(`${process.cwd()} is not in a git checkout`, 'Run `wheelrelay bump` in the checkout of the project whose pins move: it commits nothing, but reads what changed through git.');
    }
    return res.output.trim();
}
/** A FILE argument (relative to the current directory) as a glob relative to the checkout's top. */
function fromRoot(root, file) {
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(process.cwd(), file));
    if (rel === '' || rel.startsWith(`..${external_node_path_.sep}`) || rel === '..' || (0,external_node_path_.isAbsolute)(rel)) {
        throw new errors/* WheelrelayError */.V(`${file} is outside the checkout (${root})`, 'Name requirement files of the checkout the command runs in.');
    }
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/cli/pin.ts




const PIN_USAGE = `usage: wheelrelay pin NAME==VERSION FILE... [options]

Move every pin of NAME in the requirement files to VERSION, in place, and print a unified
diff. Only the pins change; comments, options, hashes of other packages and line endings stay.

options:
  --hash sha256:HEX   hash of a published file (repeat for each wheel/sdist); required
                      where an entry has --hash lines, which are replaced by these
  --style index|git   index (default): git URLs of NAME become NAME==VERSION;
                      git: git URLs keep pointing at git, at --ref (default: derived from VERSION)
  --ref REF           the tag or sha for --style git
  --check             write nothing; exit 1 when a file needs a change (for CI)
  -h, --help          this help

exit codes: 0 done (or nothing to change), 1 --check found changes or a pin cannot be
rewritten, 2 usage.
`;
const pin_FLAGS = {
    hash: { type: 'string', multiple: true },
    style: { type: 'string' },
    ref: { type: 'string' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** `wheelrelay pin`; returns the exit code. */
async function pinCommand(argv) {
    const parsed = parseCommand('pin', argv, pin_FLAGS, PIN_USAGE);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    const [spec, ...files] = positionals;
    const m = /^([^=\s]+)==([^=\s]+)$/.exec(spec ?? '');
    if (!m || files.length === 0) {
        process.stderr.write(`wheelrelay pin: give NAME==VERSION and at least one FILE\n\n${PIN_USAGE}`);
        return 2;
    }
    const style = values.style ?? 'index';
    if (style !== 'index' && style !== 'git') {
        process.stderr.write(`wheelrelay pin: --style is '${style}'; it must be index or git\n`);
        return 2;
    }
    const target = {
        name: m[1],
        version: m[2],
        hashes: values.hash,
        style: style,
        gitRef: values.ref,
    };
    let failed = false;
    let changed = false;
    for (const file of files) {
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(file);
        }
        catch (err) {
            process.stderr.write(`wheelrelay pin: cannot read ${file}: ${err.message}\n`);
            failed = true;
            continue;
        }
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            process.stderr.write(`wheelrelay pin: ${file} is not UTF-8 text; pip reads requirement files as UTF-8\n`);
            failed = true;
            continue;
        }
        try {
            const result = rewritePins(text, target, file);
            if (result.status === 'not-found') {
                process.stderr.write(`wheelrelay pin: ${file} does not pin ${target.name}\n`);
            }
            if (result.status !== 'changed')
                continue;
            changed = true;
            process.stdout.write(unifiedDiff(file, text, result.text));
            if (!values.check)
                await (0,promises_.writeFile)(file, result.text);
        }
        catch (err) {
            if (!(err instanceof PinError))
                throw err;
            process.stderr.write(`wheelrelay pin: ${err.message}\n`);
            failed = true;
        }
    }
    return failed || (values.check && changed) ? 1 : 0;
}

// EXTERNAL MODULE: ./src/index/kinds/index.ts + 6 modules
var kinds = __webpack_require__(1380);
// EXTERNAL MODULE: ./src/index/retry.ts
var index_retry = __webpack_require__(8805);
;// CONCATENATED MODULE: ./src/inputs/read.ts


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
        for (const [name, row] of Object.entries(INPUTS)) {
            if (row.secret && row.actions.includes(action))
                (0,secrets/* addSecret */.Ck)(this.given(name), onSecret);
        }
    }
    /** The value as given (trimmed unless the row keeps spaces), or undefined when empty. */
    given(name) {
        const row = INPUTS[name];
        if (!row.actions.includes(this.action)) {
            throw new Error(`the ${this.action} action has no input \`${name}\``);
        }
        const raw = this.source.get(name);
        const value = row.keepSpaces ? raw : raw?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    /** The parsed value, the default's when the input is empty. */
    read(name) {
        const row = INPUTS[name];
        const value = this.given(name) ?? (row.default === '' ? undefined : row.default);
        return (value === undefined ? undefined : row.parse(value, name));
    }
}

;// CONCATENATED MODULE: ./src/config.ts









/** Reads and validates every setting, failing with a message that names the input to fix. */
function readConfig(input, env, cwd, onSecret = () => { }, warn = () => { }) {
    // Secrets are masked first (by Inputs), so that nothing printed while validating the rest
    // can show them.
    const inputs = new Inputs(input, 'publish', onSecret);
    return {
        index: readIndex(inputs, cwd, onSecret, warn),
        packageDir: inputs.read('package-dir'),
        distDir: inputs.read('dist-dir'),
        dists: inputs.read('dists'),
        python: inputs.read('python'),
        buildIsolation: inputs.read('build-isolation'),
        // The action's input comes with the table of inputs; the CLI sets it from its flag.
        skipDependencyCheck: false,
        ref: readRef(env),
        tagPattern: inputs.read('tag-pattern'),
        verifyTimeoutMs: inputs.read('verify-timeout') * 1000,
        timeoutMs: inputs.read('timeout') * 1000,
        retry: { ...index_retry/* DEFAULT_RETRY */.vI, retries: inputs.read('retries') },
        pipCache: inputs.read('cache'),
        buildTimeoutMs: inputs.read('build-timeout') * 1000,
        buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
        dryRun: inputs.read('dry-run'),
        bump: readBump(inputs, env),
    };
}
function readBump(inputs, env) {
    const consumers = parseConsumers(inputs.read('consumers') ?? '');
    if (consumers.length === 0)
        return undefined;
    const token = inputs.read('consumer-token');
    if (!token) {
        throw new errors/* WheelrelayError */.V('input `consumers` is set but `consumer-token` is not', "Pass a fine-grained PAT or GitHub App token with contents and pull-requests write access to every consumer (from a secret). The workflow's own GITHUB_TOKEN cannot write to other repositories.");
    }
    const title = inputs.read('pr-title');
    const body = inputs.read('pr-body') ?? DEFAULT_BODY;
    checkTemplate(title, 'pr-title');
    checkTemplate(body, 'pr-body');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    try {
        new URL(apiUrl);
    }
    catch {
        throw new errors/* WheelrelayError */.V(`GITHUB_API_URL is not a URL: ${(0,secrets/* safeUrl */.Pl)(apiUrl)}`);
    }
    return {
        consumers,
        token,
        pinStyle: inputs.read('pin-style'),
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
        sourceRepo: env.GITHUB_REPOSITORY || undefined,
        concurrency: 4,
        pacing: pacingFor(apiUrl, env),
    };
}
function logins(value, name, teams = false) {
    const out = (value ?? []).map((v) => v.replace(/^@/, ''));
    const ok = teams ? /^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/ : /^[A-Za-z0-9-]+(\[bot\])?$/;
    for (const v of out) {
        if (!ok.test(v)) {
            throw new errors/* WheelrelayError */.V(`input \`${name}\` has '${v}', which is not a ${teams ? 'team' : 'GitHub login'}`, teams ? 'Give team slugs (or org/team), comma-separated.' : 'Give logins, comma-separated.');
        }
    }
    return out;
}
function readIndex(inputs, cwd, onSecret, warn) {
    const raw = inputs.read('index-url');
    if (!raw) {
        throw new errors/* WheelrelayError */.V('input `index-url` is required', 'Set it to the index to publish to (for example https://devpi.example.com/ci/cache/), or to a directory for the embedded static index.');
    }
    const type = inputs.read('index-type');
    if (type === 'directory' || isDirectory(raw)) {
        if (type && type !== 'directory') {
            throw new errors/* WheelrelayError */.V(`input \`index-url\` is a directory (${raw}) but \`index-type\` is ${type}`, 'Use an http(s) URL for that index type, or drop `index-type`.');
        }
        const path = raw.startsWith('file:') ? new URL(raw).pathname : raw;
        return { type: 'directory', path: (0,external_node_path_.resolve)(cwd, path) };
    }
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* WheelrelayError */.V(`input \`index-url\` is not a URL or a directory: ${(0,secrets/* safeUrl */.Pl)(raw)}`, 'Give an http(s) URL such as https://devpi.example.com/ci/cache/, or a path for the directory index.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* WheelrelayError */.V(`input \`index-url\` has scheme ${url.protocol} which is not supported`, 'Use https:// (or http:// on a trusted network), or a directory path.');
    }
    let username = inputs.read('username');
    let pass = inputs.read('password');
    // Credentials in a URL end up in logs, outputs and process lists: take them out, mask, and
    // warn. The index's own URL and its simple API's alike.
    const simple = readSimpleUrl(inputs.read('simple-url'));
    for (const [input, u] of [
        ['index-url', url],
        ['simple-url', simple],
    ]) {
        const found = u && takeUserInfo(u, onSecret);
        if (!found)
            continue;
        username ??= found.username;
        pass ??= found.password || undefined;
        warn(`\`${input}\` had credentials embedded; they were removed from it and masked. Pass them as \`username\` and \`password\` (from secrets) instead.`);
    }
    if (pass && !username) {
        throw new errors/* WheelrelayError */.V('input `password` is set but `username` is not', 'Set `username` too (for an API token, the username is `__token__`).');
    }
    const credentials = pass && username ? { username, password: pass } : undefined;
    if (credentials)
        (0,secrets/* addBasicAuth */.qK)(credentials.username, credentials.password, onSecret);
    // index-type wins; then the URL's shape; where neither says, the index's first answer does.
    const shape = (0,kinds.detectIndexType)(url);
    const kindType = type ?? shape;
    const kind = (0,kinds.indexKind)(kindType);
    const derived = kind.urls(url);
    let simpleUrl = derived.simpleUrl;
    if (simple)
        simpleUrl = simple.toString().endsWith('/') ? simple.toString() : `${simple}/`;
    if (!simpleUrl) {
        throw new errors/* WheelrelayError */.V(`the simple API of ${(0,secrets/* safeUrl */.Pl)(url)} cannot be derived for index-type ${kind.type}`, "Set `simple-url` to the index's simple API (the URL pip uses as --index-url).");
    }
    return {
        type: kind.type,
        uploadUrl: derived.uploadUrl,
        simpleUrl,
        credentials,
        kindFrom: type ? 'input' : shape === 'generic' ? 'answer' : 'url',
        indexUrl: url.toString(),
        simpleUrlGiven: simple !== undefined,
    };
}
/** The `simple-url` input as a URL, or undefined when not given. */
function readSimpleUrl(raw) {
    if (!raw)
        return undefined;
    try {
        return new URL(raw);
    }
    catch {
        throw new errors/* WheelrelayError */.V(`input \`simple-url\` is not a URL: ${(0,secrets/* safeUrl */.Pl)(raw)}`, "Give the index's simple API as an http(s) URL (the URL pip uses as --index-url).");
    }
}
/** Removes the user-info from `url` (in place) and registers its password; undefined when it had none. */
function takeUserInfo(url, onSecret) {
    if (!url.username && !url.password)
        return undefined;
    const decode = (s) => {
        try {
            return decodeURIComponent(s);
        }
        catch {
            return s;
        }
    };
    const found = { username: decode(url.username), password: decode(url.password) };
    (0,secrets/* addSecret */.Ck)(found.password, onSecret);
    (0,secrets/* addSecret */.Ck)(url.password, onSecret);
    url.username = '';
    url.password = '';
    return found;
}
/** A local path or file:// URL (anything that is not an http(s) URL and has no other scheme). */
function isDirectory(raw) {
    if (raw.startsWith('file:'))
        return true;
    return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw);
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

// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(6236);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/build/same-release.ts






/** A wheel's RECORD (and its signatures) lists the other members' hashes; it is not compared. */
const RECORD = /^[^/]+\.dist-info\/RECORD(\.jws|\.p7s)?$/;
/** The least an archive may inflate to before it is taken for a bomb, whatever its size. */
const MIN_INFLATE_BUDGET = 64 * 1024 * 1024;
/** How many times its own size an archive may inflate to (real wheels and sdists stay far below). */
const INFLATE_RATIO = 50;
/**
 * Compares two archives of one distribution filename (this build's and the index's copy) by what
 * they hold rather than their bytes, since zip and tar stamp times and orders that differ from
 * build to build. Wheels are the same release when they hold the same files with the same
 * content, RECORD aside: exactly what their RECORDs list (each file and its hash), checked
 * against the files themselves instead of trusted. Sdists are the same when they hold the same
 * member names with the same contents (links: the same targets); times, owners and modes are
 * packaging. Reading is bounded as in inspect.ts: at most 200,000 entries, and no more
 * inflated bytes than 64 MiB or 50 times the archive's size, whichever is more.
 * Anything unreadable is reported as a difference, never as the same.
 */
async function compareArchives(ours, theirs, kind) {
    let a;
    let b;
    try {
        a = await archiveContents(ours, kind);
    }
    catch (err) {
        return { same: false, difference: `this build could not be read: ${err.message}` };
    }
    try {
        b = await archiveContents(theirs, kind);
    }
    catch (err) {
        return {
            same: false,
            difference: `the index's copy could not be read: ${err.message}`,
        };
    }
    const onlyOurs = [...a.keys()].filter((name) => !b.has(name));
    const onlyTheirs = [...b.keys()].filter((name) => !a.has(name));
    const changed = [...a.keys()].filter((name) => b.has(name) && b.get(name) !== a.get(name));
    if (onlyOurs.length + onlyTheirs.length + changed.length === 0)
        return { same: true };
    const few = (names) => names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
    const parts = [
        changed.length > 0 ? `other content in ${few(changed)}` : '',
        onlyOurs.length > 0 ? `only in this build: ${few(onlyOurs)}` : '',
        onlyTheirs.length > 0 ? `only on the index: ${few(onlyTheirs)}` : '',
    ];
    return { same: false, difference: parts.filter(Boolean).join('; ') };
}
/** Member name → sha256 of its content (`link:<target>` for tar links), bounded. */
async function archiveContents(path, kind) {
    const { size } = await (0,promises_.stat)(path);
    const budget = Math.max(MIN_INFLATE_BUDGET, size * INFLATE_RATIO);
    const contents = kind === 'wheel' ? await zipContents(path, budget) : await tarContents(path, budget);
    if (kind === 'wheel')
        for (const name of contents.keys())
            if (RECORD.test(name))
                contents.delete(name);
    return contents;
}
/** Tracks entries and inflated bytes against the bounds; throws past either. */
function bounds(path, budget) {
    let entries = 0;
    let inflated = 0;
    return {
        entry() {
            if (++entries > inspect/* MAX_ZIP_ENTRIES */.ib)
                throw new Error(`${(0,external_node_path_.basename)(path)} has more than ${inspect/* MAX_ZIP_ENTRIES */.ib} entries`);
        },
        bytes(n) {
            inflated += n;
            if (inflated > budget)
                throw new Error(`${(0,external_node_path_.basename)(path)} inflates to more than ${budget} bytes`);
        },
    };
}
function add(contents, path, name, value) {
    // Two members of one name are ambiguous (which one installs?): never the same as anything.
    if (contents.has(name))
        throw new Error(`${(0,external_node_path_.basename)(path)} holds ${name} twice`);
    contents.set(name, value);
}
async function zipContents(path, budget) {
    const yauzl = await __webpack_require__.e(/* import() */ 949).then(__webpack_require__.t.bind(__webpack_require__, 9949, 19));
    const zip = await new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, z) => err ? reject(err) : resolve(z)));
    if (zip.entryCount > inspect/* MAX_ZIP_ENTRIES */.ib) {
        zip.close();
        throw new Error(`${(0,external_node_path_.basename)(path)} has more than ${inspect/* MAX_ZIP_ENTRIES */.ib} entries`);
    }
    const limits = bounds(path, budget);
    const contents = new Map();
    return new Promise((resolve, reject) => {
        let done = false;
        const finish = (err) => {
            if (done)
                return;
            done = true;
            zip.close();
            if (err)
                reject(err instanceof Error ? err : new Error(String(err)));
            else
                resolve(contents);
        };
        zip.on('error', finish);
        zip.on('end', () => finish());
        zip.on('entry', (entry) => {
            try {
                limits.entry();
                // A declared size past the budget is refused before a byte is inflated (yauzl checks
                // that what inflates matches the declared size).
                if (entry.uncompressedSize > budget)
                    throw new Error(`${(0,external_node_path_.basename)(path)} inflates to more than ${budget} bytes`);
            }
            catch (err) {
                return finish(err);
            }
            if (entry.fileName.endsWith('/'))
                return zip.readEntry();
            zip.openReadStream(entry, (err, stream) => {
                if (err)
                    return finish(err);
                const hash = (0,external_node_crypto_.createHash)('sha256');
                (0,external_node_stream_promises_.pipeline)(stream, async (chunks) => {
                    for await (const chunk of chunks) {
                        limits.bytes(chunk.length);
                        hash.update(chunk);
                    }
                }).then(() => {
                    try {
                        add(contents, path, entry.fileName, hash.digest('hex'));
                    }
                    catch (e) {
                        return finish(e);
                    }
                    zip.readEntry();
                }, (e) => finish(e));
            });
        });
        zip.readEntry();
    });
}
async function tarContents(path, budget) {
    const { Parser } = await __webpack_require__.e(/* import() */ 143).then(__webpack_require__.bind(__webpack_require__, 6143));
    const limits = bounds(path, budget);
    const contents = new Map();
    let failure;
    const parser = new Parser({
        strict: true,
        onReadEntry(entry) {
            const fail = (err) => {
                failure ??= err instanceof Error ? err : new Error(String(err));
                parser.abort(failure);
            };
            try {
                limits.entry();
            }
            catch (err) {
                return fail(err);
            }
            if (entry.type === 'Directory')
                return entry.resume();
            if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
                try {
                    add(contents, path, entry.path, `link:${entry.type}:${entry.linkpath ?? ''}`);
                }
                catch (err) {
                    fail(err);
                }
                return entry.resume();
            }
            const hash = (0,external_node_crypto_.createHash)('sha256');
            entry.on('data', (chunk) => {
                if (failure)
                    return;
                try {
                    limits.bytes(chunk.length);
                    hash.update(chunk);
                }
                catch (err) {
                    fail(err);
                }
            });
            entry.on('end', () => {
                if (failure)
                    return;
                try {
                    add(contents, path, entry.path, `${entry.type}:${hash.digest('hex')}`);
                }
                catch (err) {
                    fail(err);
                }
            });
        },
    });
    await new Promise((resolve, reject) => {
        const input = (0,external_node_fs_.createReadStream)(path);
        const settle = (err) => {
            input.destroy();
            if (err || failure)
                reject(failure ?? err);
            else
                resolve();
        };
        parser.on('error', settle);
        parser.on('abort', settle);
        parser.on('end', () => settle());
        input.on('error', settle);
        input.pipe(parser);
    });
    return contents;
}

;// CONCATENATED MODULE: ./src/index/publish.ts




/**
 * Publishes one release idempotently: reads what the index has, keeps a file whose name is
 * taken by the same release (the same bytes, or the same files in other packaging), refuses to
 * touch one taken by other content, uploads what is missing, and reports as published only
 * files it has seen listed with their sha256.
 */
async function publish(dists, index, opts) {
    const project = dists[0]?.name;
    if (!project)
        throw new errors/* WheelrelayError */.V('there is nothing to publish');
    const listed = (await index.listProject(project)) ?? [];
    const missing = [];
    const present = [];
    const conflicts = [];
    for (const dist of dists) {
        const theirs = listed.find((f) => f.filename === dist.filename);
        if (!theirs) {
            missing.push(dist);
            continue;
        }
        const judged = await judge(dist, theirs, index, opts.log);
        if ('conflict' in judged)
            conflicts.push(judged.conflict);
        else
            present.push(judged.file);
    }
    if (conflicts.length > 0)
        return { status: 'conflict', conflicts };
    if (opts.dryRun) {
        const would = [];
        for (const dist of missing) {
            opts.log.info(`${dist.filename} is not on ${index.label}: a real run would upload it`);
            would.push({
                filename: dist.filename,
                sha256: (await (0,inspect/* digestsOf */.nw)(dist)).sha256,
                url: '',
                outcome: 'would-upload',
            });
        }
        return { status: 'dry-run', files: inOrder(dists, [...present, ...would]) };
    }
    const uploaded = [];
    for (const dist of missing) {
        const found = await uploadOne(dist, index, opts);
        if (found)
            present.push(found);
        else
            uploaded.push(dist);
    }
    const files = inOrder(dists, [...present, ...(await verify(project, uploaded, index, opts))]);
    const unverified = files.some((f) => f.outcome === 'unverified');
    return { status: unverified ? 'unverified' : 'published', files };
}
/** The files in the order their distributions were given in. */
function inOrder(dists, files) {
    const order = new Map(dists.map((d, i) => [d.filename, i]));
    return files.sort((a, b) => (order.get(a.filename) ?? 0) - (order.get(b.filename) ?? 0));
}
/**
 * What a listed file of the same name is to this build: the same bytes; the same release in
 * other packaging (compared archive contents: zip and tar stamp build times); or a conflict.
 */
async function judge(dist, theirs, index, log) {
    const ours = (await (0,inspect/* digestsOf */.nw)(dist)).sha256;
    const theirSha = theirs.sha256 ?? (await index.sha256Of(theirs));
    const present = (sha256) => ({
        filename: dist.filename,
        sha256,
        url: theirs.url,
        outcome: 'already-present',
    });
    if (theirSha === ours) {
        log.info(`${dist.filename} is already on ${index.label} with the same sha256: skipped`);
        return { file: present(ours) };
    }
    let difference;
    try {
        // The index's copy should be about this build's size; anything far larger is not it.
        const copy = await index.copyOf(theirs, Math.max(dist.size * 2, dist.size + (16 << 20)));
        try {
            const compared = await compareArchives(dist.path, copy.path, dist.kind);
            if (compared.same) {
                log.info(`${dist.filename} is already on ${index.label} with other bytes (sha256 ${theirSha.slice(0, 12)}…, this build ${ours.slice(0, 12)}…) but the same files and contents: the archives differ only in packaging (times, order), so it is the same release and is kept as it is`);
                return { file: present(theirSha) };
            }
            difference = compared.difference;
        }
        finally {
            await copy.done();
        }
    }
    catch (err) {
        difference = `the index's copy could not be compared: ${err.message}`;
    }
    return { conflict: { filename: dist.filename, ours, theirs: theirSha, difference } };
}
/**
 * Uploads one file, retrying what is worth retrying, re-checking the index when in doubt.
 * Returns the listed file when the index turned out to hold the same release already.
 */
async function uploadOne(dist, index, { retry, log, clock = index_retry/* systemClock */.ml }) {
    const attempts = retry.retries + 1;
    for (let attempt = 1;; attempt++) {
        log.info(`uploading ${dist.filename} (${dist.size} bytes) to ${index.label}`);
        const answer = await index.store(dist);
        if (answer.outcome === 'stored')
            return undefined;
        if (answer.outcome === 'refused') {
            throw new errors/* WheelrelayError */.V(`upload of ${dist.filename} to ${index.label} refused (${answer.detail})`, answer.hint);
        }
        if (answer.outcome === 'exists' || answer.maybeStored) {
            // The answer does not say whose content is there: the listing does.
            const listed = (await index.listProject(dist.name).catch(() => undefined)) ?? [];
            const theirs = listed.find((f) => f.filename === dist.filename);
            if (theirs) {
                const judged = await judge(dist, theirs, index, log);
                if ('conflict' in judged)
                    throw conflictError(index, [judged.conflict]);
                if (judged.file.sha256 === (await (0,inspect/* digestsOf */.nw)(dist)).sha256 && answer.outcome !== 'exists') {
                    // Stored by an attempt whose answer was lost: ours, and listed, so verified.
                    log.info(`${dist.filename} is on the index with the same sha256 (after: ${answer.detail})`);
                    return { ...judged.file, outcome: 'uploaded' };
                }
                log.info(`${dist.filename} was stored by someone else first (after: ${answer.detail})`);
                return judged.file;
            }
            if (answer.outcome === 'exists') {
                throw new errors/* WheelrelayError */.V(`upload of ${dist.filename} to ${index.label} refused: the index says the file exists (${answer.detail}) but does not list it`, 'Check `simple-url` (or `index-type`) points at the simple API of the index you upload to.');
            }
        }
        if (attempt >= attempts) {
            throw new errors/* WheelrelayError */.V(`upload of ${dist.filename} to ${index.label} failed after ${attempts} attempts (last: ${answer.detail})`, 'The index is down or overloaded; re-run the job later (a re-run skips files already published).');
        }
        const wait = (0,index_retry/* retryDelay */.a2)(retry, attempt, answer.retryAfterMs);
        log.warning(`upload of ${dist.filename} failed (${answer.detail}); retry ${attempt} of ${retry.retries} in ${(wait / 1000).toFixed(1)} s`);
        await clock.sleep(wait);
    }
}
/**
 * Polls the simple API until every uploaded file is listed with its sha256, or `verifyTimeoutMs`
 * has passed; a file still not listed then is `unverified`, with what the index last answered.
 * A line every `progressEveryMs` says what it is waiting for, so a run never looks hung.
 */
async function verify(project, uploaded, index, { verifyTimeoutMs, log, clock = index_retry/* systemClock */.ml, progressEveryMs = 5000 }) {
    if (uploaded.length === 0)
        return [];
    const listing = index.projectUrl(project);
    const started = clock.now();
    const deadline = started + verifyTimeoutMs;
    let lastProgress = started;
    let waitMs = 250;
    const done = new Map();
    let answer = '';
    for (;;) {
        let listed;
        try {
            listed = await index.listProject(project);
            answer = describeListing(listed);
        }
        catch (err) {
            // The upload was taken: an index that fails to answer now leaves it unverified, not lost.
            answer = err.message;
        }
        for (const dist of uploaded) {
            const theirs = listed?.find((f) => f.filename === dist.filename);
            if (!theirs || done.has(dist.filename))
                continue;
            const ours = (await (0,inspect/* digestsOf */.nw)(dist)).sha256;
            if ((theirs.sha256 ?? (await index.sha256Of(theirs))) === ours) {
                done.set(dist.filename, {
                    filename: dist.filename,
                    sha256: ours,
                    url: theirs.url,
                    outcome: 'uploaded',
                });
                continue;
            }
            // Another run stored the name between our upload and this read.
            const judged = await judge(dist, theirs, index, log);
            if ('conflict' in judged)
                throw conflictError(index, [judged.conflict]);
            done.set(dist.filename, judged.file);
        }
        const pending = uploaded.filter((d) => !done.has(d.filename));
        if (pending.length === 0) {
            log.info(`verified ${uploaded.length} file(s) on ${listing}`);
            return uploaded.map((d) => done.get(d.filename));
        }
        const now = clock.now();
        if (now >= deadline) {
            for (const d of pending) {
                log.warning(`${d.filename} was uploaded to ${index.label} but is not listed on ${listing} after ${publish_seconds(verifyTimeoutMs)} s; the index answered: ${answer}`);
            }
            const files = [];
            for (const d of uploaded) {
                files.push(done.get(d.filename) ?? {
                    filename: d.filename,
                    // What was uploaded; whether the index serves it is what could not be seen.
                    sha256: (await (0,inspect/* digestsOf */.nw)(d)).sha256,
                    url: '',
                    outcome: 'unverified',
                    listing,
                    answer,
                });
            }
            return files;
        }
        if (now - lastProgress >= progressEveryMs) {
            lastProgress = now;
            log.info(`still waiting for ${pending.map((d) => d.filename).join(', ')} to be listed on ${listing} (${publish_seconds(now - started)} s of ${publish_seconds(verifyTimeoutMs)} s; the index answered: ${answer})`);
        }
        log.debug(`waiting ${waitMs} ms for ${pending.length} file(s) to be listed`);
        await clock.sleep(Math.min(waitMs, deadline - now));
        waitMs = Math.min(waitMs * 2, 5000);
    }
}
/** What a project page read said, in a few words, for progress lines and unverified files. */
function describeListing(listed) {
    if (listed === undefined)
        return 'HTTP 404, the project is not on this simple API';
    if (listed.length === 0)
        return 'the project page lists no files';
    const names = listed.slice(-3).map((f) => f.filename);
    return `the project page lists ${listed.length} file(s) (${names.join(', ')}${listed.length > 3 ? ', …' : ''}), not this one`;
}
function publish_seconds(ms) {
    return Math.round(ms / 1000);
}
/** The error for files whose name is taken by other content on the index. */
function conflictError(index, conflicts) {
    const list = conflicts
        .map((c) => `${c.filename} (index has sha256 ${c.theirs.slice(0, 12)}…, this build ${c.ours.slice(0, 12)}…${c.difference ? `; ${c.difference}` : ''})`)
        .join(', ');
    return new errors/* WheelrelayError */.V(`${list}: already on ${index.label} with other content; nothing was overwritten`, 'A published file never changes. Bump the version (or tag a new release) to publish this build.');
}
/** The error for a run whose uploads were accepted but not all listed within `verify-timeout`. */
function unverifiedError(files) {
    const pending = files.filter((f) => f.outcome === 'unverified');
    const list = pending
        .map((f) => `${f.filename} (looked for on ${f.listing}; the index answered: ${f.answer})`)
        .join(', ');
    return new errors/* WheelrelayError */.V(`uploaded but not verified: ${list}`, 'The index accepted the upload but did not list the file in time. Check that `simple-url` (or `index-type`) names the simple API of the index you upload to (a 404 there usually means it does not), or raise `verify-timeout` for an index that is slow to list new files. A re-run uploads nothing it finds listed.');
}

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
        throw new errors/* WheelrelayError */.V(`${packageDir} is not inside the tree to build, ${tree}`);
    }
    const outDir = opts.outDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wheelrelay-dist-')));
    await (0,promises_.mkdir)(outDir, { recursive: true });
    // A relative interpreter path means what it meant before the sandbox: relative to the project.
    const python = opts.python.includes('/') ? (0,external_node_path_.resolve)(packageDir, opts.python) : opts.python;
    const isolated = opts.isolation.kind === 'build-user' || opts.isolation.kind === 'sudo-build-user';
    // The commit time is read here, from the checkout itself, before the build gets its copy.
    const extraEnv = { ...opts.env };
    const date = await sourceDateEpoch(packageDir, { ...process.env, ...extraEnv }, run, log);
    if (date) {
        extraEnv.SOURCE_DATE_EPOCH = date.value;
        log.info(`SOURCE_DATE_EPOCH=${date.value} (${date.from === 'commit' ? `the commit time of HEAD in ${packageDir}` : 'set in the environment'})`);
    }
    if (isolated)
        await assertUsableByBuildUser(python, { ...process.env, ...extraEnv }.PATH);
    const box = await opts.isolation.open();
    try {
        const root = await box.receive(tree, { move: opts.disposableTree });
        const projectDir = (0,external_node_path_.join)(root, (0,external_node_path_.relative)(tree, packageDir));
        if (opts.pipCacheDir)
            await box.seedCache(opts.pipCacheDir);
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
        const args = ['-m', 'build', '--outdir', box.outDir];
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
        let res = await build(args);
        if (res.exitCode !== 0 && /No module named build\b/.test(res.output)) {
            if (opts.dists !== 'wheel') {
                throw new errors/* WheelrelayError */.V(`${opts.python} has no 'build' module, and an sdist cannot be built without it`, `Install it (${opts.python} -m pip install build), or set \`dists: wheel\`.`);
            }
            log.warning(`${opts.python} has no 'build' module: building the wheel with pip wheel instead`);
            const pipArgs = ['-m', 'pip', 'wheel', '--no-deps', '--wheel-dir', box.outDir];
            if (!opts.buildIsolation)
                pipArgs.push('--no-build-isolation');
            pipArgs.push(projectDir);
            res = await build(pipArgs);
        }
        await box.close();
        if (res.killedAfterSeconds !== undefined) {
            throw new errors/* WheelrelayError */.V(`the build of ${packageDir} was killed after ${res.killedAfterSeconds} s, the \`build-timeout\`; its last lines:\n${tail(res.output)}`, 'Raise `build-timeout` if the build needs longer, or find what it waits for (try the same command locally).');
        }
        if (res.exitCode === 126 || res.exitCode === 127) {
            throw new errors/* WheelrelayError */.V(`could not run ${opts.python}: ${tail(res.output, 3)}`, isolated
                ? "Builds run as a separate unprivileged user here: the interpreter, and every folder above it, must be readable and executable by every user (those of actions/setup-python and the system's are). Set `python` to such an interpreter."
                : 'Set `python` to a Python interpreter on PATH (actions/setup-python provides one).');
        }
        if (res.exitCode !== 0) {
            const own = ownCommand(opts, (0,external_node_path_.relative)(tree, packageDir));
            const unused = !opts.buildIsolation &&
                !opts.skipDependencyCheck &&
                /Missing dependencies/i.test(res.output)
                ? ' If the project declares a build requirement it does not use, pass `--skip-dependency-check`.'
                : '';
            throw new BuildFailed(`the build of ${packageDir} failed (exit code ${res.exitCode}); its last lines:\n${tail(res.output)}\nthe command was: ${ran}`, `Run it yourself in ${tree}: ${own}; fix the build, then re-run.${unused}`, own, unused);
        }
        if (opts.pipCacheDir)
            await box.saveCache(opts.pipCacheDir);
        await box.collect(outDir);
    }
    finally {
        await box.remove();
    }
    const files = await collectDistributions(outDir);
    if (files.length === 0) {
        throw new errors/* WheelrelayError */.V(`the build of ${packageDir} succeeded but produced no wheel or sdist`);
    }
    return files;
}
/** A build that ran and failed; its message names the command, its hint how to run it by hand. */
class BuildFailed extends errors/* WheelrelayError */.V {
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
        if (await exists((0,external_node_path_.join)(dir, '.git')))
            return dir;
        if (dir === top || dir === (0,external_node_path_.dirname)(dir))
            return start;
    }
}
async function exists(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined)) !== undefined;
}
/**
 * The wheels and sdists in a folder (not its subfolders), sorted: sdists first, then wheels.
 * A file named like one whose name is not a valid distribution filename (`..-1.0-….whl`) is
 * refused, before anything is uploaded or written.
 */
async function collectDistributions(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir);
    }
    catch {
        throw new errors/* WheelrelayError */.V(`dist-dir ${dir} does not exist or cannot be read`, 'Point `dist-dir` at the folder your build step wrote its wheels to.');
    }
    for (const f of entries) {
        const problem = (0,filenames/* distFilenameProblem */.Vl)(f);
        if (problem) {
            throw new errors/* WheelrelayError */.V(`${(0,external_node_path_.join)(dir, f)} is named like a distribution but is not one: ${problem}`, 'Only files a Python build backend made can be published; remove this one or rebuild.');
        }
    }
    const dists = entries.filter((f) => (0,filenames/* parseDistFilename */.hk)(f) !== undefined);
    const rank = (f) => ((0,filenames/* parseDistFilename */.hk)(f)?.kind === 'sdist' ? 0 : 1);
    return dists.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => (0,external_node_path_.join)(dir, f));
}
async function assertPythonProject(dir) {
    const found = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!found?.isDirectory()) {
        throw new errors/* WheelrelayError */.V(`package-dir ${dir} ${found ? 'is not a directory' : 'does not exist'}`, "Set `package-dir` to the folder that holds the project's pyproject.toml, relative to the workspace.");
    }
    for (const f of PROJECT_FILES) {
        try {
            await (0,promises_.access)((0,external_node_path_.join)(dir, f));
            return;
        }
        catch { }
    }
    throw new errors/* WheelrelayError */.V(`package-dir ${dir} has no ${PROJECT_FILES.join(', ')}: it is not a Python project`, "Set `package-dir` to the folder that holds the project's pyproject.toml.");
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/index/simple.ts
var simple = __webpack_require__(1909);
;// CONCATENATED MODULE: ./src/index/static-pages.ts



const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/**
 * A project's page in both simple API formats. File URLs are relative
 * (`../../packages/<file>`) so the tree can be moved, copied into an image, or served by any
 * static web server, and `pip install --index-url file:///…/simple/` works from anywhere.
 */
function renderProjectPage(project, files) {
    const name = (0,pins_names/* normalizeName */.Pc)(project);
    const sorted = [...files].sort((a, b) => a.filename.localeCompare(b.filename));
    const href = (f) => `../../packages/${encodeURIComponent(f.filename)}`;
    const anchors = sorted.map((f) => {
        const rp = f.requiresPython ? ` data-requires-python="${escapeHtml(f.requiresPython)}"` : '';
        return `    <a href="${href(f)}#sha256=${f.sha256}"${rp}>${escapeHtml(f.filename)}</a><br/>`;
    });
    const html = [
        '<!DOCTYPE html>',
        '<html>',
        '  <head>',
        '    <meta name="pypi:repository-version" content="1.1">',
        `    <title>Links for ${escapeHtml(name)}</title>`,
        '  </head>',
        '  <body>',
        `    <h1>Links for ${escapeHtml(name)}</h1>`,
        ...anchors,
        '  </body>',
        '</html>',
        '',
    ].join('\n');
    const json = `${JSON.stringify({
        meta: { 'api-version': '1.1' },
        name,
        versions: versionsOf(sorted),
        files: sorted.map((f) => ({
            filename: f.filename,
            url: href(f),
            hashes: { sha256: f.sha256 },
            'requires-python': f.requiresPython ?? null,
            size: f.size,
            yanked: false,
        })),
    }, null, 2)}\n`;
    return { html, json };
}
/**
 * The project's versions, as API version 1.1 (PEP 700) requires: every version a file is of,
 * once, normalised, in PEP 440 order.
 */
function versionsOf(files) {
    const versions = new Set();
    for (const f of files) {
        const raw = (0,filenames/* parseDistFilename */.hk)(f.filename)?.version;
        if (raw)
            versions.add((0,pep440/* clean */.uH)(raw) ?? raw);
    }
    return [...versions].sort(pep440/* compare */.UD);
}
/** The simple API's root: the list of projects, in both formats. */
function renderRootPage(projects) {
    const names = [...new Set(projects.map(pins_names/* normalizeName */.Pc))].sort();
    const html = [
        '<!DOCTYPE html>',
        '<html>',
        '  <head>',
        '    <meta name="pypi:repository-version" content="1.1">',
        '    <title>Simple index</title>',
        '  </head>',
        '  <body>',
        ...names.map((n) => `    <a href="${encodeURIComponent(n)}/">${escapeHtml(n)}</a><br/>`),
        '  </body>',
        '</html>',
        '',
    ].join('\n');
    const json = `${JSON.stringify({ meta: { 'api-version': '1.1' }, projects: names.map((name) => ({ name })) }, null, 2)}\n`;
    return { html, json };
}

;// CONCATENATED MODULE: ./src/index/directory.ts









/**
 * The embedded index: a plain directory that pip reads through `file://` and any static web
 * server can serve. Layout: `packages/<file>`, `simple/index.html|json`,
 * `simple/<project>/index.html|json`, `.wheelrelay/files/<file>.json` (recorded digests) and
 * `.wheelrelay/tmp/` (files being written).
 *
 * Several runs may write at once (parallel jobs on one cache volume). Files are stored with
 * link(2), which never replaces an existing name, and pages are written to a temporary file
 * and renamed over the old one; after writing, a writer re-reads the directory and writes
 * again until the page matches what is on disk, so the last writer always leaves every file
 * listed, and readers never see half a page. Temporary files live outside `packages/` and
 * `simple/`, so a writer killed mid-way leaves nothing there that pip, or a web server's
 * directory listing, would show.
 */
class DirectoryIndex {
    root;
    label;
    constructor(root) {
        this.root = root;
        this.label = root;
    }
    /** The `file://` URL of the simple API root, for `pip install --index-url`. */
    get simpleUrl() {
        return `${(0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(this.root, 'simple')).toString()}/`;
    }
    projectUrl(project) {
        return `${this.simpleUrl}${(0,pins_names/* normalizeName */.Pc)(project)}/`;
    }
    async listProject(project) {
        const listed = await this.readPage(project);
        // A writer killed between storing a file and listing it, or between writing a page and
        // checking it against the directory, can leave pages short of a stored file: any later
        // run that looks at the project puts them right (best effort: the index may be read-only).
        if (!(await this.pagesAreBehind(project, listed)))
            return listed;
        try {
            await this.refresh(project);
        }
        catch {
            return listed;
        }
        return this.readPage(project);
    }
    async readPage(project) {
        const page = (0,external_node_path_.join)(this.root, 'simple', (0,pins_names/* normalizeName */.Pc)(project), 'index.json');
        let body;
        try {
            body = await (0,promises_.readFile)(page, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        return (0,simple/* parseSimpleJson */.S6)(body, this.projectUrl(project));
    }
    /** Whether the project has stored files its page, or the root page, does not list. */
    async pagesAreBehind(project, listed) {
        const name = (0,pins_names/* normalizeName */.Pc)(project);
        const stored = await this.storedFiles(name).catch(() => []);
        if (stored.length === 0)
            return false;
        const onPage = new Set((listed ?? []).map((f) => f.filename));
        if (stored.some((f) => !onPage.has(f)))
            return true;
        try {
            const root = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.root, 'simple', 'index.json'), 'utf8'));
            return !root.projects.some((p) => p.name === name);
        }
        catch {
            return true;
        }
    }
    async sha256Of(file) {
        return (await (0,inspect/* fileDigests */.KQ)((0,external_node_url_.fileURLToPath)(file.url))).sha256;
    }
    async copyOf(file, maxBytes) {
        // The index's own file, read in place: only files under packages/ are ever listed.
        const path = (0,external_node_path_.join)(this.root, 'packages', (0,external_node_path_.basename)((0,external_node_url_.fileURLToPath)(file.url)));
        const { size } = await (0,promises_.stat)(path);
        if (size > maxBytes) {
            throw new Error(`${path} is larger than ${maxBytes} bytes: not compared`);
        }
        return { path, done: async () => { } };
    }
    async store(dist) {
        const packages = (0,external_node_path_.join)(this.root, 'packages');
        await (0,promises_.mkdir)(packages, { recursive: true });
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, '.wheelrelay', 'files'), { recursive: true });
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, '.wheelrelay', 'tmp'), { recursive: true });
        await this.sweepTmp();
        const target = (0,external_node_path_.join)(packages, dist.filename);
        const record = {
            filename: dist.filename,
            sha256: (await (0,inspect/* digestsOf */.nw)(dist)).sha256,
            size: dist.size,
            requiresPython: dist.metadata.requiresPython,
        };
        const tmp = this.tmpPath(dist.filename);
        await (0,promises_.copyFile)(dist.path, tmp);
        try {
            await (0,promises_.link)(tmp, target);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            await this.refresh(dist.name); // a crashed writer may have left the page behind
            return { outcome: 'exists', detail: `${target} exists` };
        }
        finally {
            await (0,promises_.unlink)(tmp).catch(() => { });
        }
        // Once the file is linked its record must be right: it is only ever written for a file
        // this run stored, so its digest is the file's own.
        await this.atomicWrite(this.recordPath(dist.filename), JSON.stringify(record));
        await this.refresh(dist.name);
        return { outcome: 'stored' };
    }
    async close() { }
    recordPath(filename) {
        return (0,external_node_path_.join)(this.root, '.wheelrelay', 'files', `${filename}.json`);
    }
    /** A fresh temporary name on the index's own filesystem, so rename(2) and link(2) work. */
    tmpPath(name) {
        // The pid says whose it is; the name's end says what it was (a whole name may be too long).
        const unique = `${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}-${name.slice(-96)}`;
        return (0,external_node_path_.join)(this.root, '.wheelrelay', 'tmp', unique);
    }
    /**
     * Removes what killed writers left in `.wheelrelay/tmp/`: anything untouched for an hour,
     * far longer than any copy or page write takes (a copy in progress keeps its file fresh).
     */
    async sweepTmp() {
        const dir = (0,external_node_path_.join)(this.root, '.wheelrelay', 'tmp');
        const cutoff = Date.now() - 60 * 60 * 1000;
        for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
            const path = (0,external_node_path_.join)(dir, name);
            const st = await (0,promises_.stat)(path).catch(() => undefined);
            if (st && st.mtimeMs < cutoff)
                await (0,promises_.unlink)(path).catch(() => { });
        }
    }
    /** Writes a file so that readers see the old or the new content, never a part. */
    async atomicWrite(path, content) {
        const tmp = this.tmpPath((0,external_node_path_.basename)(path));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(tmp), { recursive: true });
        await (0,promises_.writeFile)(tmp, content);
        await (0,promises_.rename)(tmp, path);
    }
    /** Rewrites the project's page and the root page until they match the directory. */
    async refresh(project) {
        const name = (0,pins_names/* normalizeName */.Pc)(project);
        const dir = (0,external_node_path_.join)(this.root, 'simple', name);
        await (0,promises_.mkdir)(dir, { recursive: true });
        for (let round = 0; round < 20; round++) {
            const files = await this.scan(name);
            const { html, json } = renderProjectPage(name, files);
            await this.atomicWrite((0,external_node_path_.join)(dir, 'index.html'), html);
            await this.atomicWrite((0,external_node_path_.join)(dir, 'index.json'), json);
            const again = await this.scan(name);
            if (again.map((f) => f.filename).join('\n') === files.map((f) => f.filename).join('\n'))
                break;
        }
        for (let round = 0; round < 20; round++) {
            const projects = await this.projects();
            const { html, json } = renderRootPage(projects);
            await this.atomicWrite((0,external_node_path_.join)(this.root, 'simple', 'index.html'), html);
            await this.atomicWrite((0,external_node_path_.join)(this.root, 'simple', 'index.json'), json);
            if ((await this.projects()).join('\n') === projects.join('\n'))
                break;
        }
    }
    /** Projects with both pages: a directory another writer has only just made has none yet. */
    async projects() {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(this.root, 'simple'), { withFileTypes: true });
        const page = (name, file) => directory_exists((0,external_node_path_.join)(this.root, 'simple', name, file));
        const written = await Promise.all(entries
            .filter((e) => e.isDirectory())
            .map(async (e) => (await page(e.name, 'index.html')) && (await page(e.name, 'index.json'))
            ? e.name
            : undefined));
        return written.filter((name) => name !== undefined).sort();
    }
    /** The project's stored files, with digests from their records (computed if a record is missing). */
    async scan(name) {
        return Promise.all((await this.storedFiles(name)).map((f) => this.record(f)));
    }
    /** Filenames of the project's files in `packages/`, sorted. */
    async storedFiles(name) {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(this.root, 'packages'));
        return entries
            .filter((f) => !f.startsWith('.'))
            .filter((f) => {
            const parsed = (0,filenames/* parseDistFilename */.hk)(f);
            return parsed !== undefined && (0,pins_names/* normalizeName */.Pc)(parsed.name) === name;
        })
            .sort();
    }
    async record(filename) {
        try {
            return JSON.parse(await (0,promises_.readFile)(this.recordPath(filename), 'utf8'));
        }
        catch {
            // Dropped in by hand, or the writer died before recording it: hash it now.
            const path = (0,external_node_path_.join)(this.root, 'packages', filename);
            const { sha256 } = await (0,inspect/* fileDigests */.KQ)(path);
            const { size } = await (0,promises_.stat)(path);
            return { filename, sha256, size };
        }
    }
}
async function directory_exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/index/target.ts

/** The client for an index; the HTTP stack is loaded only for HTTP indexes. */
async function openIndex(target, opts) {
    if (target.type === 'directory')
        return new DirectoryIndex(target.path);
    const [{ RemoteIndex }, { indexKind }] = await Promise.all([
        __webpack_require__.e(/* import() */ 12).then(__webpack_require__.bind(__webpack_require__, 4012)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1380)),
    ]);
    return new RemoteIndex({
        kind: indexKind(target.type),
        uploadUrl: target.uploadUrl,
        simpleUrl: target.simpleUrl,
        credentials: target.credentials,
        retry: opts.retry,
        timeoutMs: opts.timeoutMs,
        log: opts.log,
        ...(target.kindFrom === 'answer'
            ? { detect: { indexUrl: target.indexUrl, simpleUrlGiven: target.simpleUrlGiven } }
            : {}),
    });
}

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
    const index = await openIndex(cfg.index, { ...cfg, log });
    try {
        const title = cfg.dryRun
            ? `Checking ${name} ${version} on ${index.label} (dry run: nothing is uploaded)`
            : `Publishing ${name} ${version} to ${index.label}`;
        const result = await log.group(title, () => publish(dists, index, {
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
        const err = conflictError(index, result.conflicts);
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
    const isolation = deps.isolation ?? (await chooseIsolation(deps.run));
    log.info(isolation.description);
    if (isolation.kind === 'none' && !cfg.buildsCanReadSecrets) {
        const held = [
            ...(cfg.index.type !== 'directory' && cfg.index.credentials ? ['`password`'] : []),
            ...(cfg.bump ? ['`consumer-token`'] : []),
            ...secretsInEnvironment(process.env),
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
    const files = await collectDistributions(dir);
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
        if ((0,pins_names/* normalizeName */.Pc)(d.name) !== (0,pins_names/* normalizeName */.Pc)(first.name) || d.version !== first.version) {
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
const publish_FLAGS = {
    ...INDEX_FLAGS,
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
    const parsed = parseCommand('publish', argv, publish_FLAGS, PUBLISH_USAGE);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals: rest } = parsed;
    if (rest.length > 1 || (rest.length === 1 && values['package-dir'])) {
        process.stderr.write('wheelrelay: give the package directory once (as PACKAGE_DIR or --package-dir)\n');
        return 2;
    }
    const misuse = skipDependencyCheckMisuse(values);
    if (misuse) {
        process.stderr.write(`wheelrelay publish: ${misuse}\n`);
        return 2;
    }
    const log = (0,src_log/* consoleLog */.aO)(values.verbose ?? false);
    try {
        const password = values['password-stdin'] ? await readStdin() : env.WHEELRELAY_PASSWORD;
        const inputs = {
            ...indexInputs(values, env, password),
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
        const cfg = readConfig({ get: (n) => inputs[n] }, cfgEnv, process.cwd(), undefined, (m) => log.warning(m));
        cfg.skipDependencyCheck = values['skip-dependency-check'] ?? false;
        // The action learns a release's tag from GITHUB_REF; on the command line it is --tag.
        if (values.tag)
            cfg.ref = { kind: 'tag', name: values.tag };
        const outcome = await publishRelease(cfg, {
            log,
            run: execRunner,
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
            log.error(unverifiedError(outcome.files).describe());
        return outcome.published || outcome.reason === 'dry-run' ? 0 : 1;
    }
    catch (err) {
        log.error((0,errors/* describeError */.U)(err));
        if (values.json)
            process.stdout.write(`${JSON.stringify({ published: false, error: (0,secrets/* redact */.E$)((0,errors/* describeError */.U)(err)) })}\n`);
        return 1;
    }
}

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
        for (const req of findVcsRequirements(text)) {
            const { url, credentials } = splitCredentials(req.url, onSecret);
            // Two names for one commit cannot both be right: keep them apart, so each is checked.
            const key = `${entryKey(url, req.ref, req.subdirectory)}${req.name ? ` ${(0,pins_names/* normalizeName */.Pc)(req.name)}` : ''}`;
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
class FetchError extends errors/* WheelrelayError */.V {
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
function gitEnvironment(url, opts, base = process.env) {
    const env = {
        ...base,
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        // Only transports a requirement file can mean (`ext::` and friends run commands), and
        // local paths only for a repository that is itself local: a submodule of a remote one
        // must not read the runner's disk.
        GIT_ALLOW_PROTOCOL: base.GIT_ALLOW_PROTOCOL ??
            (url.startsWith('file:') ? 'file:git:http:https:ssh' : 'git:http:https:ssh'),
        GIT_SSH_COMMAND: base.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
    };
    const header = authorizationFor(url, opts);
    const scope = repositoryScope(url);
    if (!header || !scope)
        return env;
    const settings = [
        [`http.${scope}.extraHeader`, header],
        ['http.followRedirects', 'false'],
    ];
    let count = Number(base.GIT_CONFIG_COUNT) || 0;
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
    const basic = (user, password) => {
        const value = Buffer.from(`${user}:${password}`).toString('base64');
        (0,secrets/* addSecret */.Ck)(value);
        return `Authorization: Basic ${value}`;
    };
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
    else {
        throw classify(shallow.output, where, req.url);
    }
    const commit = await must(['rev-parse', 'HEAD']);
    if (await git_fetch_exists((0,external_node_path_.join)(req.dir, '.gitmodules'))) {
        log.info(`${where}: updating submodules`);
        await must(['submodule', 'update', '--init', '--recursive', '--depth', '1']);
    }
    return { commit };
}
/** The tag name FETCH_HEAD records when the fetched ref was a tag. */
async function fetchedTag(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, '.git', 'FETCH_HEAD'), 'utf8').catch(() => '');
    const tag = /\ttag '([^']+)' of /.exec(text)?.[1];
    return tag && !tag.startsWith('-') ? tag : undefined;
}
/** Turns git's complaint into an error that says what to fix. */
function classify(output, where, url) {
    const last = tail(output, 6);
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
async function git_fetch_exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/sync/config.ts







/**
 * Reads and validates the settings of `mode: sync` and `mode: plan` from the same inputs as
 * `readConfig` (which reads the index and build settings, so they mean the same in every mode).
 */
function readSyncConfig(input, env, cwd, onSecret = () => { }, warn = () => { }, opts = {}) {
    // The token first, so that nothing printed while validating the rest can show it.
    const inputs = new Inputs(input, 'sync', onSecret);
    const token = inputs.read('git-token');
    if (token)
        (0,secrets/* addBasicAuth */.qK)('x-access-token', token, onSecret);
    // An empty `mode` is sync here: the CLI and tests call this for sync and plan only.
    const mode = inputs.given('mode') === undefined ? 'sync' : inputs.read('mode');
    if (mode === 'publish') {
        throw new errors/* WheelrelayError */.V('readSyncConfig was called for `mode: publish`');
    }
    const requirementFiles = inputs.read('requirement-files') ?? [];
    const confined = !opts.anyPath;
    for (const glob of confined ? requirementFiles : []) {
        if (leavesRoot(glob)) {
            throw new errors/* WheelrelayError */.V(`input \`requirement-files\`: '${glob}' leaves the workspace`, 'Globs are relative to the workspace (the repository checkout), e.g. requirements/*.txt.');
        }
    }
    const requirements = inputs.read('requirement') ?? [];
    if (requirementFiles.length === 0 && requirements.length === 0) {
        throw new errors/* WheelrelayError */.V(`\`mode: ${mode}\` needs \`requirement-files\` (or \`requirement\`)`, 'Set `requirement-files` to the requirement files to read, e.g. requirements/*.txt (one glob a line).');
    }
    const hosts = inputs.read('git-token-hosts') ?? [];
    const upstreamIndex = inputs.read('upstream-index');
    const defaultHost = (env.GITHUB_SERVER_URL && hostOf(env.GITHUB_SERVER_URL)) || 'github.com';
    return {
        mode,
        base: readConfig(input, env, cwd, onSecret, warn),
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
        ...(p.entry.version ? { version: p.entry.version } : {}),
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
        out[key] = redact(out[key] ?? '');
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
    return (0,secrets/* redact */.E$)(JSON.stringify(doc));
}
/** A package as a summary row names it: what the requirement or the build says, as text only. */
const packageCell = (name, version) => md(`${name ?? '?'}${version ? ` ${version}` : ''}`);
/** A repository and ref, as text only (both come from requirement files). */
const repoCell = (url, ref) => md(`${url}${ref ? `@${ref}` : ''}`);
/**
 * The job summary: one row per entry. Everything in a row but the outcome comes from
 * requirement files, git servers, builds or the index, so it is shown as text only.
 */
function syncSummary(result) {
    const lines = [];
    if (result.mode === 'plan') {
        lines.push(`### wheelrelay plan: ${result.missing} of ${result.entries.length} git-pinned requirements to build`, '', `Index: ${md(result.index)} · ${result.matrix.include.length} matrix job(s)`, '', '| package | repository | status |', '| --- | --- | --- |');
        for (const p of result.entries) {
            const e = p.entry;
            lines.push(`| ${packageCell(e.name, e.version)} | ${repoCell(e.url, e.ref)} | ${p.status} |`);
        }
    }
    else {
        const c = result.counts;
        lines.push(`### wheelrelay sync: ${c.uploaded} uploaded, ${c['already-present']} already present, ${c.unverified > 0 ? `${c.unverified} unverified, ` : ''}${c.failed} failed`, '', `Index: ${md(result.index)} · ${c.clones} fetch(es), ${c.builds} build(s) for ${c.entries} git-pinned requirement(s)`, '', '| package | repository | outcome | detail |', '| --- | --- | --- | --- |');
        for (const r of result.entries) {
            const e = r.entry;
            const detail = r.error
                ? `${r.reason ? `${r.reason}: ` : ''}${md(r.error.split('\n')[0] ?? '')}`
                : md(r.notes.join('; '));
            lines.push(`| ${packageCell(r.name ?? e.name, r.version)} | ${repoCell(e.url, e.ref)} | ${r.outcome} | ${detail} |`);
        }
        const changed = result.rewrites.filter((r) => r.changes.length > 0);
        if (changed.length > 0) {
            lines.push('', 'Rewritten as index pins:', '');
            for (const r of changed)
                lines.push(`- ${md(r.file)}: ${r.changes.length} pin(s)`);
        }
    }
    lines.push('');
    return redact(lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/sync/pool.ts
/**
 * Runs `fn` over `items` with at most `limit` calls in flight, and returns the results in the
 * order of `items`. `fn` should not throw (a sync entry reports its own failure); if it does,
 * the first error is thrown after every started call has settled.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && !failure) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
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
        return { kind: 'unreachable', error: (0,errors/* describeError */.U)(err) };
    }
    const ours = new Set(syncedSha256.map((h) => h.toLowerCase()));
    const want = (0,pep440/* valid */.rZ)(version);
    let otherVersions = false;
    const others = [];
    let same = 0;
    for (const file of listed ?? []) {
        const parsed = (0,filenames/* parseDistFilename */.hk)(file.filename);
        if (!parsed || !(0,pins_names/* sameName */.q)(parsed.name, name))
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
function planRewrites(sources, results, options = { mode: 'pin' }) {
    const out = [];
    for (const source of sources) {
        // Each entry's own lines in this file, bottom up, so no rewrite can move a line still to
        // come (the pins core keeps an entry's line count, but nothing here should rely on it).
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
        targets.sort((a, b) => b.line - a.line);
        let text = source.text;
        const changes = [];
        const skipped = [];
        const notes = [];
        for (const { line, result, name, version } of targets) {
            const where = `${source.file}:${line}`;
            const pin = `${name}==${version}`;
            const hashes = result.sha256?.filter((h) => h !== '').map((h) => `sha256:${h}`) ?? [];
            if (options.mode === 'hash' && hashes.length === 0) {
                skipped.push(`${where}: not rewritten to ${pin}: the index gave no sha256 of its files to write as --hash; the git pin stays`);
                continue;
            }
            if (options.mode === 'pin' && result.upstream && options.upstream) {
                const refusal = bareRefusal(result.upstream, pin, where, options.upstream);
                if (refusal) {
                    skipped.push(refusal);
                    continue;
                }
            }
            try {
                const res = rewritePins(text, {
                    name,
                    version,
                    lines: [line],
                    comment: `from ${originOf(result)}`,
                    ...(options.mode === 'hash' ? { hashes, hashGitPins: true } : {}),
                }, source.file);
                text = res.text;
                changes.push(...res.changes);
                if (res.changes.length > 0 &&
                    options.mode === 'pin' &&
                    options.upstream &&
                    result.upstream?.kind === 'absent' &&
                    result.upstream.otherVersions) {
                    notes.push(knownNameNote(pin, where, options.upstream));
                }
            }
            catch (err) {
                if (!(err instanceof PinError))
                    throw err;
                skipped.push(err.message);
            }
        }
        if (changes.length > 0 || skipped.length > 0) {
            changes.sort((a, b) => a.line - b.line);
            out.push({
                file: source.file,
                before: source.text,
                after: text,
                changes,
                skipped: skipped.reverse(),
                notes: notes.reverse(),
            });
        }
    }
    return out;
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
                throw new errors/* WheelrelayError */.V(`${r.file} leads outside ${root} (it is a link to ${await (0,promises_.realpath)(path)}): not rewritten`, 'Rewrite only requirement files that are files of the repository itself, not links out of it.');
            }
            const now = await (0,promises_.readFile)(real, 'utf8');
            if (now !== r.before) {
                throw new errors/* WheelrelayError */.V(`${r.file} changed while wheelrelay was syncing it; run again to rewrite it`);
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

;// CONCATENATED MODULE: ./src/sync/sync-entry.ts













/** The lock key that serialises the entries whose builds share this process's user. */
const SHARED_USER = '\0builds share this user';
/** The index's files of `name` at `version`, or undefined when it has none. */
async function filesOfVersion(index, name, version) {
    const listed = (await index.listProject(name)) ?? [];
    const want = (0,pep440/* valid */.rZ)(version) ?? version;
    const files = listed.filter((f) => {
        const parsed = (0,filenames/* parseDistFilename */.hk)(f.filename);
        if (!parsed || !(0,pins_names/* sameName */.q)(parsed.name, name))
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
/**
 * Syncs one entry: refused unfetched when the requirement names no package; skipped without a
 * clone when the index already has the version the requirement names; otherwise fetched at
 * exactly its commit, built in a sandbox (or taken from `prebuiltDir`), checked against the
 * requirement's name, and published (idempotently). Never throws: a failure is the entry's
 * outcome, with the reason and what to do.
 */
async function syncEntry(entry, s, deps) {
    const started = Date.now();
    const { log } = deps;
    let stage = 'check';
    let cloned = false;
    let built = false;
    let commit;
    let name = entry.name;
    let version = entry.version;
    const notes = [];
    const done = (outcome, rest = {}) => ({
        entry,
        outcome,
        ...(name ? { name } : {}),
        ...(version ? { version } : {}),
        ...(commit ? { commit } : {}),
        files: rest.files ?? [],
        ...(rest.reason ? { reason: rest.reason } : {}),
        ...(rest.error ? { error: (0,secrets/* redact */.E$)(rest.error) } : {}),
        notes,
        cloned,
        built,
        durationMs: Date.now() - started,
    });
    const wanted = entry.name;
    if (!wanted) {
        return done('failed', {
            reason: 'unnamed',
            error: new errors/* WheelrelayError */.V(`${describeEntry(entry)} names no package: nothing was fetched. Sync publishes only the package a requirement names, so that no repository can put a package of another name on the index.`, `Name it: add #egg=<name> to the URL (git+https://…@ref#egg=<name>), or write <name> @ git+https://…@ref.`).describe(),
        });
    }
    /** Checks built files against the requirement and publishes them (idempotently). */
    const publishBuilt = async (paths) => {
        const dists = [];
        for (const path of paths)
            dists.push(await (0,inspect/* inspectDistribution */.RS)(path));
        const first = sync_entry_oneRelease(dists, entry);
        name = first.name;
        version = first.version;
        if (!(0,pins_names/* sameName */.q)(wanted, first.name)) {
            return done('failed', {
                reason: 'name-mismatch',
                error: `${describeEntry(entry)} builds ${first.name} ${first.version}, not ${wanted}: nothing was uploaded.\nThe requirement names the wrong package, or points at the wrong repository or subdirectory; fix the requirement (its #egg= or \`name @\`).`,
            });
        }
        if (entry.version && !(0,pep440.eq)(entry.version, first.version)) {
            notes.push(`the requirement says ${entry.version} (${entry.versionFrom === 'egg' ? '#egg=' : 'its tag'}) but ${entry.ref ?? 'HEAD'} builds ${first.version}; every sync fetches it again until they agree`);
        }
        if (!entry.version && built) {
            notes.push(`the requirement names no version, so it was fetched and built to find one: add #egg=${first.name}==${first.version} to skip that next time`);
        }
        stage = 'upload';
        return deps.lock.run((0,pins_names/* normalizeName */.Pc)(first.name), async () => {
            const present = await filesOfVersion(s.index, first.name, first.version);
            if (present) {
                log.info(`${first.name} ${first.version} is already on ${s.index.label}: not uploaded`);
                return done('already-present', { files: present });
            }
            try {
                const result = await publish(dists, s.index, {
                    retry: s.retry,
                    verifyTimeoutMs: s.verifyTimeoutMs,
                    log,
                });
                if (result.status === 'published') {
                    const uploaded = result.files.some((f) => f.outcome === 'uploaded');
                    return done(uploaded ? 'uploaded' : 'already-present', { files: result.files });
                }
                if (result.status === 'unverified') {
                    return done('unverified', {
                        files: result.files,
                        error: unverifiedError(result.files).describe(),
                    });
                }
            }
            catch (err) {
                // Another run (a parallel job on the same index) may have won the race: its files count.
                const theirs = await filesOfVersion(s.index, first.name, first.version).catch(() => undefined);
                if (!theirs)
                    throw err;
                notes.push(`another run published ${first.name} ${first.version} first; its files were kept`);
                return done('already-present', { files: theirs });
            }
            const theirs = await filesOfVersion(s.index, first.name, first.version);
            notes.push(`${first.name} ${first.version} appeared on the index while this run built it`);
            return done('already-present', { files: theirs ?? [] });
        });
    };
    let dir;
    /** Fetches exactly the commit, builds it in a sandbox, and publishes what it made. */
    const fetchBuildPublish = async (isolation) => {
        stage = 'fetch';
        dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(s.workDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'wheelrelay-sync-'));
        const src = (0,external_node_path_.join)(dir, 'src');
        cloned = true;
        const fetched = await fetchCommit({
            url: entry.url,
            ref: entry.ref,
            dir: src,
            env: gitEnvironment(entry.url, { auth: s.gitAuth, credentials: entry.credentials }),
            timeoutMs: s.gitTimeoutMs,
        }, deps.run, log);
        commit = fetched.commit;
        log.info(`checked out ${commit}`);
        stage = 'build';
        built = true;
        const paths = await buildDistributions({
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
        }, deps.run, log);
        return publishBuilt(paths);
    };
    try {
        if (entry.version) {
            const present = await filesOfVersion(s.index, wanted, entry.version);
            if (present) {
                log.info(`${wanted}==${entry.version} is already on ${s.index.label}: nothing to fetch`);
                return done('already-present', { files: present });
            }
        }
        if (s.prebuiltDir) {
            stage = 'collect';
            const found = await prebuiltFiles(s.prebuiltDir, wanted, entry.version);
            if (typeof found === 'string')
                return done('failed', { reason: 'not-built', error: found });
            log.info(`taking ${found.map((p) => (0,external_node_path_.basename)(p)).join(', ')} from ${s.prebuiltDir}`);
            return await publishBuilt(found);
        }
        if (!s.builds)
            throw new errors/* WheelrelayError */.V('syncEntry needs a build policy to build with');
        const { isolation, refusal } = await s.builds();
        if (refusal)
            return done('failed', { reason: 'build-refused', error: refusal.describe() });
        // Builds that run as this user could touch another entry's checkout or files while they
        // run: then one entry at a time, from its fetch to its upload.
        return isolation.sharesUser
            ? await deps.lock.run(SHARED_USER, () => fetchBuildPublish(isolation))
            : await fetchBuildPublish(isolation);
    }
    catch (err) {
        // Closures move the stage on too; TypeScript cannot see that.
        const at = stage;
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
        const error = err instanceof BuildFailed && commit
            ? `${err.message}\nRun it yourself: ${commandLine('git', ['clone', entry.url, 'src'])} && ${commandLine('git', ['-C', 'src', 'checkout', commit])} && cd src && ${err.own}; fix the build at its source, or pin a commit that builds.${err.advice}`
            : (0,errors/* describeError */.U)(err);
        return done('failed', { reason, error });
    }
    finally {
        if (dir)
            await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** The folder to build: the subdirectory of the checkout, which must stay inside it. */
function packageDirOf(src, entry) {
    if (!entry.subdirectory)
        return src;
    const dir = (0,external_node_path_.resolve)(src, entry.subdirectory);
    if (dir !== src && !dir.startsWith(`${src}${external_node_path_.sep}`)) {
        throw new errors/* WheelrelayError */.V(`${describeEntry(entry)}: subdirectory=${entry.subdirectory} points outside the repository`, 'Give the path of the package inside the repository, e.g. subdirectory=packages/name.');
    }
    return dir;
}
/** The one project version the build made (a wheel and an sdist of it, at most). */
function sync_entry_oneRelease(dists, entry) {
    const first = dists[0];
    if (!first)
        throw new errors/* WheelrelayError */.V(`${describeEntry(entry)}: the build produced no files`);
    for (const d of dists) {
        if (!(0,pins_names/* sameName */.q)(d.name, first.name) || d.version !== first.version) {
            throw new errors/* WheelrelayError */.V(`${describeEntry(entry)}: the build made more than one release (${first.filename}, ${d.filename})`);
        }
    }
    return first;
}
/**
 * The files of `name` (at `version`, when the requirement names one) in a folder an earlier
 * job built into; a message saying what is missing when there are none, or when the version
 * is not named and the folder holds several.
 */
async function prebuiltFiles(dir, name, version) {
    const byVersion = new Map();
    for (const path of await collectDistributions(dir)) {
        const parsed = (0,filenames/* parseDistFilename */.hk)((0,external_node_path_.basename)(path));
        if (!parsed || !(0,pins_names/* sameName */.q)(parsed.name, name))
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
    const index = deps.index ?? (await openIndex(cfg.base.index, { ...cfg.base, log }));
    try {
        if (cfg.mode === 'plan') {
            const planned = await log.group(`Checking ${index.label} for ${entries.length} entries`, () => planEntries(entries, index, cfg.jobs));
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
                    name: p.entry.name,
                    version: p.entry.version,
                    files: [],
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
        const prebuiltDir = cfg.base.distDir ? (0,external_node_path_.resolve)(cfg.cwd, cfg.base.distDir) : undefined;
        const held = [
            ...(cfg.base.index.type !== 'directory' && cfg.base.index.credentials ? ['`password`'] : []),
            ...(cfg.gitAuth ? ['`git-token`'] : []),
            ...(entries.some((e) => e.credentials) ? ['credentials from requirement URLs'] : []),
            ...secretsInEnvironment(deps.env ?? process.env),
        ];
        let policy;
        // Decided when the first entry needs a build: a run that finds everything on the index
        // starts no program at all.
        const builds = () => (policy ??= (async () => {
            const isolation = deps.isolation ?? (await chooseIsolation(deps.run));
            log.info(isolation.description);
            const refusal = unisolatedRefusal(isolation, held, cfg.base.buildsCanReadSecrets);
            if (refusal)
                log.error(refusal.describe());
            else if (isolation.sharesUser && cfg.jobs > 1) {
                log.info('builds run as this user here: entries that need one are synced one at a time');
            }
            return { isolation, ...(refusal ? { refusal } : {}) };
        })());
        const settings = {
            index,
            python: cfg.base.python,
            buildIsolation: cfg.base.buildIsolation,
            skipDependencyCheck: cfg.base.skipDependencyCheck,
            dists: cfg.base.dists,
            retry: cfg.base.retry,
            verifyTimeoutMs: cfg.base.verifyTimeoutMs,
            ...(cfg.gitAuth ? { gitAuth: cfg.gitAuth } : {}),
            ...(deps.buildEnv ? { buildEnv: deps.buildEnv } : {}),
            builds,
            ...(prebuiltDir ? { prebuiltDir } : {}),
            buildTimeoutMs: cfg.base.buildTimeoutMs,
            gitTimeoutMs: cfg.base.timeoutMs,
        };
        const results = await syncEntries(entries, settings, cfg.jobs, deps);
        const rewrites = cfg.rewrite ? await rewriteFiles(cfg, sources, results, index, deps) : [];
        return {
            mode: 'sync',
            index: index.label,
            entries: results,
            counts: countsOf(results),
            rewrites,
            durationMs: Date.now() - started,
        };
    }
    finally {
        if (!deps.index)
            await index.close();
    }
}
/**
 * Syncs every entry, `jobs` at a time. Each entry's log is held back and written as one group
 * when it is done, so parallel builds do not interleave their lines.
 */
async function syncEntries(entries, settings, jobs, deps) {
    const lock = new KeyedLock();
    return mapLimit(entries, jobs, async (entry) => {
        const buffered = bufferedLog();
        const result = await syncEntry(entry, settings, { log: buffered.log, run: deps.run, lock });
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
        const rewrites = planRewrites(files, rewritables, {
            mode,
            ...(upstream ? { upstream } : {}),
        });
        for (const r of rewrites) {
            for (const c of r.changes)
                log.info(`${r.file}:${c.line}: ${c.before.trim()} -> ${c.after.trim()}`);
            for (const s of [...r.skipped, ...r.notes])
                log.warning(s);
        }
        const sink = deps.rewriteSink ?? writeInPlace(cfg.cwd);
        await sink(rewrites.filter((r) => r.changes.length > 0));
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
        ? openUpstream(upstreamUrl, { retry: cfg.base.retry, timeoutMs: cfg.base.timeoutMs })
        : undefined;
    if (upstream)
        log.info(`asking ${upstream.label} which of these versions it has too`);
    try {
        return await mapLimit(results, Math.max(cfg.jobs, 4), async (r) => {
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
/** What a plan says about an entry that names no package. */
function unnamedWarning(entry) {
    return `${describeEntry(entry)} names no package, so sync will refuse it: add #egg=<name> to the URL, or write <name> @ git+…`;
}
/** Asks the index, for each entry whose version is known, whether it has it. No clones. */
async function planEntries(entries, index, jobs) {
    return mapLimit(entries, Math.max(jobs, 4), async (entry) => {
        if (!entry.name)
            return { entry, status: 'unnamed' };
        if (!entry.version)
            return { entry, status: 'unknown' };
        try {
            const files = await filesOfVersion(index, entry.name, entry.version);
            return { entry, status: files ? 'present' : 'missing' };
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
            throw new errors/* WheelrelayError */.V(`requirement-files: ${pattern} matches no file in ${cfg.cwd}`, 'Check the path (it is relative to the workspace), or remove the pattern.');
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
                    throw new errors/* WheelrelayError */.V(`requirement-files: ${file} leads outside the workspace (it is a link to a file elsewhere)`, 'Requirement files must be files of the repository; wheelrelay neither reads nor rewrites files outside the workspace.');
                }
                real = inside;
            }
            let text;
            try {
                text = await (0,promises_.readFile)(real, 'utf8');
            }
            catch (err) {
                throw new errors/* WheelrelayError */.V(`requirement-files: cannot read ${file} (${err.code ?? err.message})`);
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

;// CONCATENATED MODULE: ./src/cli/sync.ts









const SYNC_USAGE = `usage: wheelrelay sync FILE... [options]

Find every git-pinned requirement in the requirement files (globs), and put each on the index:
skipped when the index has the version already (no clone), otherwise fetched at exactly its
commit, built, checked and uploaded.

options (each is also an action input of the same name):
  --index-url URL|DIR     index to fill (default: $WHEELRELAY_INDEX_URL, or the directory
                          index in ~/.cache/wheelrelay/index); a directory makes an index pip
                          reads offline: pip install --index-url file:///DIR/simple/ ...
  --plan                  only list what is missing, as a GitHub Actions matrix (mode: plan)
  --requirement LINE      sync this requirement line too (repeatable)
  --rewrite               turn each synced git pin into an index pin (name==version) in FILE,
                          with its origin as a comment (with --plan: only those the index has;
                          nothing is fetched or built). A pin --upstream-index has with other
                          files stays a git pin: pip reading both could install those
  --rewrite=hash          write each pin with --hash of the synced files instead (pip then
                          installs no other files, and checks hashes for the whole file)
  --upstream-index URL    the simple API pip may read besides the index, asked before a bare
                          pin is written (default: https://pypi.org/simple/; none: do not ask)
  --dist-dir DIR          take each entry's files from DIR (built by an earlier job, e.g. with
                          a directory index) instead of fetching and building
  --jobs N                fetch and build N entries at once (default: number of cores)
  --matrix-limit N        most jobs in the plan's matrix (default: 256)
  --git-token-stdin       read a token for private repositories from standard input (or set
                          $WHEELRELAY_GIT_TOKEN); sent to --git-token-hosts only, never on a
                          command line
  --git-token-hosts H,... hosts the token is for (default: github.com)
  --index-type TYPE       devpi, artifactory, nexus, pypiserver, pypi, generic, directory
                          (default: from the URL, or from the index's first answer)
  --simple-url URL        simple API of the index, when it cannot be derived
  --username NAME         (or $WHEELRELAY_USERNAME; __token__ for API tokens)
  --password-stdin        read the index password from standard input (or $WHEELRELAY_PASSWORD)
  --dists KIND            wheel (default), sdist or both
  --python PATH           Python interpreter for the builds (default: python3)
  --no-build-isolation    build in the interpreter's environment, not an isolated one
  --skip-dependency-check with --no-build-isolation: build even when the environment lacks a
                          build requirement the project declares (build's own flag; for
                          projects that declare one they never use)
  --verify-timeout SECS   how long to wait for uploads to be listed (default: 60)
  --timeout SECS          per-request timeout, and per git command (default: 300)
  --build-timeout SECS    how long one build may run before it is killed (default: 3600)
  --builds-can-read-secrets
                          build even where builds cannot be isolated from this process,
                          which holds the password and tokens (sync refuses otherwise)
  --retries N             retries for failed requests (default: 5)
  --json                  print the result (every entry and its outcome) as JSON on stdout
  -v, --verbose           debug logging
  -h, --help              this help

exit code: 0 every entry is on the index, 1 an entry failed or was not verified (the others were
still synced), 2 usage
`;
const sync_FLAGS = {
    ...INDEX_FLAGS,
    plan: { type: 'boolean' },
    requirement: { type: 'string', multiple: true },
    'upstream-index': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    'matrix-limit': { type: 'string' },
    'git-token-stdin': { type: 'boolean' },
    'git-token-hosts': { type: 'string' },
    'dist-dir': { type: 'string' },
};
/** `wheelrelay sync`; returns the exit code (0 all synced, 1 an entry failed, 2 usage). */
async function syncCommand(argv, env) {
    const taken = takeRewrite(argv);
    if (typeof taken === 'string') {
        process.stderr.write(`wheelrelay sync: ${taken}\n\n${SYNC_USAGE}`);
        return 2;
    }
    const parsed = parseCommand('sync', taken.argv, sync_FLAGS, SYNC_USAGE);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals: files } = parsed;
    if (files.length === 0 && !values.requirement?.length) {
        process.stderr.write(`wheelrelay sync: give at least one requirement file\n\n${SYNC_USAGE}`);
        return 2;
    }
    const misuse = skipDependencyCheckMisuse(values);
    if (misuse) {
        process.stderr.write(`wheelrelay sync: ${misuse}\n`);
        return 2;
    }
    if (values['password-stdin'] && values['git-token-stdin']) {
        process.stderr.write('wheelrelay sync: only one secret can come from standard input; pass the other in its environment variable\n');
        return 2;
    }
    const log = (0,src_log/* consoleLog */.aO)(values.verbose ?? false);
    try {
        const stdin = values['password-stdin'] || values['git-token-stdin'] ? await readStdin() : undefined;
        const inputs = {
            ...indexInputs(values, env, values['password-stdin'] ? stdin : env.WHEELRELAY_PASSWORD),
            mode: values.plan ? 'plan' : 'sync',
            'requirement-files': files.join('\n'),
            requirement: values.requirement?.join('\n'),
            'git-token': values['git-token-stdin'] ? stdin : env.WHEELRELAY_GIT_TOKEN,
            'git-token-hosts': values['git-token-hosts'],
            rewrite: taken.rewrite,
            'upstream-index': values['upstream-index'],
            'dist-dir': values['dist-dir'],
            jobs: values.jobs,
            'matrix-limit': values['matrix-limit'],
        };
        // Outside GitHub Actions a ref in the environment is not ours to read.
        const cfgEnv = { ...env, GITHUB_REF: undefined };
        // The files are named by the person at the keyboard, who may name any path.
        const cfg = readSyncConfig({ get: (n) => inputs[n] }, cfgEnv, process.cwd(), undefined, (m) => log.warning(m), { anyPath: true });
        cfg.base.skipDependencyCheck = values['skip-dependency-check'] ?? false;
        const result = await syncRequirements(cfg, { log, run: execRunner, quiet: !values.verbose });
        if (values.json) {
            process.stdout.write(`${syncJson(result)}\n`);
        }
        else if (result.mode === 'plan') {
            for (const p of result.entries)
                process.stdout.write((0,secrets/* redact */.E$)(`${p.status}\t${labelOf(p.entry)}\t${p.entry.requirement}\n`));
            process.stdout.write(`\n${result.missing} of ${result.entries.length} to build\n`);
        }
        else {
            for (const r of result.entries) {
                const what = r.name ? `${r.name}${r.version ? `==${r.version}` : ''}` : labelOf(r.entry);
                process.stdout.write((0,secrets/* redact */.E$)(`${r.outcome}\t${what}\t${r.entry.requirement}${r.reason ? `\t${r.reason}` : ''}\n`));
            }
            const c = result.counts;
            process.stdout.write(`\n${c.uploaded} uploaded, ${c['already-present']} already present, ${c.unverified > 0 ? `${c.unverified} uploaded but not verified, ` : ''}${c.failed} failed (${c.clones} fetched, ${c.builds} built)\n`);
            if (cfg.base.index.type === 'directory' && c.failed < c.entries) {
                const simple = new URL(`file://${cfg.base.index.path.replace(/\/?$/, '/')}simple/`).toString();
                process.stdout.write(`\ninstall from it with:\n  pip install --index-url ${simple} -r <requirements>\n`);
            }
        }
        return result.mode === 'sync' && result.counts.failed + result.counts.unverified > 0 ? 1 : 0;
    }
    catch (err) {
        log.error((0,errors/* describeError */.U)(err));
        if (values.json)
            process.stdout.write(`${JSON.stringify({ error: (0,secrets/* redact */.E$)((0,errors/* describeError */.U)(err)) })}\n`);
        return 1;
    }
}
/**
 * Takes `--rewrite` and `--rewrite=hash` out of the arguments (before any `--`): a flag that
 * may carry a value, which node's parseArgs cannot express without taking the next FILE as it.
 */
function takeRewrite(argv) {
    const rest = [];
    let rewrite;
    for (const [i, arg] of argv.entries()) {
        if (arg === '--') {
            rest.push(...argv.slice(i));
            break;
        }
        const m = /^--rewrite(?:=(.*))?$/.exec(arg);
        if (!m) {
            rest.push(arg);
            continue;
        }
        const value = m[1] ?? 'true';
        if (!['true', 'hash'].includes(value)) {
            return `--rewrite=${value}: write --rewrite (bare pins where the upstream index allows) or --rewrite=hash (pins with --hash)`;
        }
        rewrite = value;
    }
    return { argv: rest, ...(rewrite ? { rewrite } : {}) };
}

;// CONCATENATED MODULE: ./src/cli/main.ts




const VERSION = '0.1.0';
const USAGE = `usage: wheelrelay <command> [options]

commands:
  publish [PACKAGE_DIR]   build a Python project, upload it to an index, verify it landed
  pin NAME==VERSION FILE... move a package's pins in requirement files (--check: CI mode)
  sync FILE...            put every git-pinned requirement of FILE on an index (--plan: list
                          what is missing, as a GitHub Actions matrix)
  bump NAME==VERSION FILE... move the pins in a checkout and regenerate what is compiled
                          from them (--run 'make compile-requirements')

Run 'wheelrelay <command> --help' for a command's options.
`;
const COMMANDS = {
    publish: publishCommand,
    pin: (argv) => pinCommand(argv),
    sync: syncCommand,
    bump: bumpCommand,
};
/** Runs the CLI; returns the exit code (0 done, 1 failed, 2 usage). */
async function main(argv, env = process.env) {
    const [command, ...rest] = argv;
    if (command === '--version') {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        (command ? process.stdout : process.stderr).write(USAGE);
        return command ? 0 : 2;
    }
    const run = COMMANDS[command];
    if (!run) {
        process.stderr.write(`wheelrelay: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
    return run(rest, env);
}


/***/ }),

/***/ 4533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   V: () => (/* binding */ WheelrelayError)
/* harmony export */ });
/**
 * An error the user can act on: `message` says what happened and where, `hint` what to do next.
 * Everything else that escapes is a bug and is reported with its stack in debug logs.
 */
class WheelrelayError extends Error {
    hint;
    name = 'WheelrelayError';
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
    /** The message and the hint, as one paragraph for logs and annotations. */
    describe() {
        return this.hint ? `${this.message}\n${this.hint}` : this.message;
    }
}
/** Text of any thrown value, with a WheelrelayError's hint appended. */
function describeError(err) {
    if (err instanceof WheelrelayError)
        return err.describe();
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 3789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ IndexHttp)
});

// UNUSED EXPORTS: IndexHttpError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ../../main/node_modules/undici/index.js
var undici = __webpack_require__(4718);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(4657);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(1581);
;// CONCATENATED MODULE: ./src/index/bounded.ts

// Bounds on what an index can make wheelrelay wait for or hold: a server that trickles one byte
// a second, or answers with a page that never ends, costs at most `timeout` and these sizes.
/**
 * The most of a project page wheelrelay reads. The largest public pages (PEP 691 JSON of a
 * project with thousands of releases) are a few MB; a page past this is not a project page.
 */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/** The most of an error page or upload answer kept for a message; the rest is not read. */
const MAX_ANSWER_BYTES = 4096;
/**
 * The deadline of one request, from connecting to the last byte of its answer (retries of a
 * read included): `timeout` bounds the whole request, not the quiet between two bytes.
 */
function requestDeadline(timeoutMs) {
    return AbortSignal.timeout(timeoutMs);
}
/** Whether `err` is a request cut off by its {@link requestDeadline}. */
function isDeadline(err) {
    const e = err;
    return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}
/** A request past its deadline, as an error that says so (and that uploads retry, as any timeout). */
class DeadlineError extends Error {
    name = 'DeadlineError';
    code = 'ETIMEDOUT';
    constructor(what, url, timeoutMs) {
        super(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} did not finish within ${timeoutMs / 1000} s (\`timeout\`): the index answered too slowly, and was cut off; raise \`timeout\` if it is only slow`);
    }
}
/** A body past its size cap, as an error that says whose and how large. */
class TooLargeError extends Error {
    name = 'TooLargeError';
    constructor(what, url, limit) {
        super(`${what} at ${(0,secrets/* safeUrl */.Pl)(url)} is larger than ${limit / (1024 * 1024)} MiB, the most wheelrelay reads, and was cut off: check that \`simple-url\` (or \`index-url\`) points at the index's simple API`);
    }
}
/**
 * A whole body as text, failing with {@link TooLargeError} (and closing the connection) as soon
 * as it passes `limit` bytes, so memory never holds more than the limit.
 */
async function readCapped(body, limit, tooLarge) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            body.destroy();
            throw tooLarge();
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The first `limit` bytes of a body as text; the rest is never read (the connection is closed). */
async function readHead(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit)
            break;
    }
    if (size >= limit)
        body.destroy();
    return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

// EXTERNAL MODULE: ./src/index/retry.ts
var retry = __webpack_require__(8805);
// EXTERNAL MODULE: ./src/index/simple.ts
var simple = __webpack_require__(1909);
;// CONCATENATED MODULE: ./src/index/http.ts










const USER_AGENT = 'wheelrelay (+https://github.com/wheelrelay/wheelrelay)';
/**
 * The HTTP side of an index: simple API reads (retried by undici's own retry interceptor) and
 * single upload attempts (retried by the publisher, which must re-check the index in between).
 */
class IndexHttp {
    simpleUrl;
    uploadUrl;
    timeoutMs;
    reads;
    writes;
    auth;
    origin;
    /** Called with every answer to a read (the index kind is detected from its headers). */
    onAnswer;
    constructor(simpleUrl, uploadUrl, credentials, policy, 
    /** The longest one request may take, answer included (see bounded.ts). */
    timeoutMs) {
        this.simpleUrl = simpleUrl;
        this.uploadUrl = uploadUrl;
        this.timeoutMs = timeoutMs;
        this.auth = credentials
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        this.origin = new URL(uploadUrl).origin;
        const agent = new undici/* Agent */.g6({
            connect: { timeout: Math.min(timeoutMs, 30_000) },
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
        });
        this.writes = agent;
        this.reads = agent.compose(undici/* interceptors */.dY.redirect({ maxRedirections: 5 }), undici/* interceptors */.dY.retry({
            maxRetries: policy.retries,
            statusCodes: retry/* RETRYABLE_STATUS */.Uz,
            errorCodes: retry/* RETRYABLE_ERRORS */.DZ,
            methods: ['GET', 'HEAD'],
            // One backoff policy for reads and uploads: ours, with jitter and a Retry-After cap.
            retry(err, { state }, cb) {
                const e = err;
                const retryable = (e.statusCode !== undefined && retry/* RETRYABLE_STATUS */.Uz.includes(e.statusCode)) ||
                    (e.statusCode === undefined && (0,retry/* isRetryableError */.$d)(e));
                if (!retryable || state.counter > policy.retries)
                    return cb(err);
                const wait = (0,retry/* retryDelay */.a2)(policy, state.counter, (0,retry/* parseRetryAfter */.mu)(e.headers?.['retry-after']));
                setTimeout(() => cb(null), wait);
            },
        }));
    }
    /** Authorization only for the index's own origin, never for a file host elsewhere. */
    headers(url, extra = {}) {
        const h = { 'user-agent': USER_AGENT, ...extra };
        if (this.auth && new URL(url).origin === this.origin)
            h.authorization = this.auth;
        return h;
    }
    /** URL of a project's page on the simple API. */
    projectUrl(project) {
        return new URL(`${(0,names/* normalizeName */.Pc)(project)}/`, this.simpleUrl).toString();
    }
    /**
     * The files a project's page lists, or undefined when the index does not know the project.
     * Asks for PEP 691 JSON and reads whatever format comes back, within `timeout` and
     * MAX_PAGE_BYTES.
     */
    async listProject(project) {
        const url = this.projectUrl(project);
        const signal = requestDeadline(this.timeoutMs);
        const res = await this.get(url, { accept: simple/* SIMPLE_ACCEPT */.IH, 'cache-control': 'no-cache' }, signal);
        const body = await this.bounded('read', url, async () => {
            if (res.statusCode === 404) {
                await readHead(res.body, MAX_ANSWER_BYTES);
                return undefined;
            }
            if (res.statusCode >= 400) {
                throw httpError('read', url, res.statusCode, await readHead(res.body, MAX_ANSWER_BYTES));
            }
            return readCapped(res.body, MAX_PAGE_BYTES, () => new TooLargeError('the project page', url, MAX_PAGE_BYTES));
        });
        if (body === undefined)
            return undefined;
        const contentType = String(res.headers['content-type'] ?? 'text/html');
        return await (0,simple/* parseProjectPage */.om)(body, contentType, url);
    }
    /** sha256 of a listed file, by downloading it (for pages that list no sha256). */
    async sha256Of(url) {
        const res = await this.get(url, {}, requestDeadline(this.timeoutMs));
        return this.bounded('download', url, async () => {
            if (res.statusCode >= 400) {
                throw httpError('download', url, res.statusCode, await readHead(res.body, MAX_ANSWER_BYTES));
            }
            const hash = (0,external_node_crypto_.createHash)('sha256');
            for await (const chunk of res.body)
                hash.update(chunk);
            return hash.digest('hex');
        });
    }
    /**
     * Downloads a listed file to `dest` (a new file), failing once it passes `maxBytes`: the
     * index's copy of a file, to compare with this build's. Within `timeout`, as every request.
     */
    async download(url, dest, maxBytes) {
        const res = await this.get(url, {}, requestDeadline(this.timeoutMs));
        await this.bounded('download', url, async () => {
            if (res.statusCode >= 400) {
                throw httpError('download', url, res.statusCode, await readHead(res.body, MAX_ANSWER_BYTES));
            }
            let size = 0;
            await (0,promises_.pipeline)(res.body, async function* (chunks) {
                for await (const chunk of chunks) {
                    size += chunk.length;
                    if (size > maxBytes) {
                        throw new IndexHttpError(`download of ${(0,secrets/* safeUrl */.Pl)(url)} stopped: it is larger than ${maxBytes} bytes`, undefined);
                    }
                    yield chunk;
                }
            }, (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx' }));
        });
    }
    /** Runs the reading of an answer, turning a deadline that cut it off into a clear error. */
    async bounded(what, url, read) {
        try {
            return await read();
        }
        catch (err) {
            if (isDeadline(err))
                throw new DeadlineError(what, url, this.timeoutMs);
            throw err;
        }
    }
    /**
     * One upload attempt: POSTs a ready multipart body, returns the answer, never retries. The
     * whole attempt, sending and answer, has `timeout`; a deadline error is retryable, as any.
     */
    async post(body, contentType, length) {
        const url = this.uploadUrl;
        return this.bounded('upload', url, async () => {
            const res = await (0,undici/* request */.Em)(url, {
                method: 'POST',
                dispatcher: this.writes,
                signal: requestDeadline(this.timeoutMs),
                headers: this.headers(url, {
                    'content-type': contentType,
                    'content-length': String(length),
                }),
                body: external_node_stream_.Readable.from(body, { objectMode: false }),
            });
            const text = await readHead(res.body, MAX_ANSWER_BYTES);
            return {
                status: res.statusCode,
                body: (0,secrets/* redact */.E$)(text),
                retryAfterMs: (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after']),
            };
        });
    }
    async get(url, extra, signal) {
        try {
            const res = await (0,undici/* request */.Em)(url, {
                method: 'GET',
                dispatcher: this.reads,
                signal,
                headers: this.headers(url, extra),
            });
            this.onAnswer?.(url, res.statusCode, res.headers);
            return res;
        }
        catch (err) {
            if (isDeadline(err))
                throw new DeadlineError('read', url, this.timeoutMs);
            const status = err.statusCode;
            if (status !== undefined)
                throw httpError('read', url, status, '');
            throw networkError('read', url, err);
        }
    }
    /** Closes pooled connections so the process can exit promptly. */
    async close() {
        await this.writes.close();
    }
}
/** An HTTP failure on a read, as an Error with the status attached. */
class IndexHttpError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function httpError(what, url, status, body) {
    const snippet = (0,secrets/* redact */.E$)(body.replace(/\s+/g, ' ').trim()).slice(0, 300);
    return new IndexHttpError(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} failed: HTTP ${status}${snippet ? ` (${snippet})` : ''}`, status);
}
function networkError(what, url, err) {
    const e = err;
    return new IndexHttpError(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} failed: ${e.code ?? ''} ${(0,secrets/* redact */.E$)(e.message ?? String(err))}`.trim(), undefined);
}


/***/ }),

/***/ 1380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INDEX_TYPES: () => (/* reexport */ types/* INDEX_TYPES */.V),
  detectIndexType: () => (/* binding */ detectIndexType),
  indexKind: () => (/* binding */ indexKind)
});

// EXTERNAL MODULE: ./src/index/kinds/types.ts
var types = __webpack_require__(5690);
;// CONCATENATED MODULE: ./src/index/kinds/artifactory.ts

/**
 * JFrog Artifactory: `https://host/artifactory/api/pypi/<repo>` is both the upload URL twine is
 * given and the parent of the simple API (`.../simple/`).
 */
const artifactory = {
    type: 'artifactory',
    example: 'https://example.jfrog.io/artifactory/api/pypi/<repo>',
    urls(indexUrl) {
        const base = String(indexUrl)
            .replace(/\/+$/, '')
            .replace(/\/simple$/, '');
        return { uploadUrl: base, simpleUrl: `${base}/simple/` };
    },
    // A user without the Delete/Overwrite permission gets 403 "Not enough permissions to
    // delete/overwrite artifact" when the file exists.
    isExistingFileAnswer: (status, body) => (0,types/* conflictOrExists */.ub)(status, body) || (status === 403 && /overwrite/i.test(body)),
};

;// CONCATENATED MODULE: ./src/index/kinds/devpi.ts

/** devpi-server: `https://host/<user>/<index>/` takes uploads; `+simple/` below it is the simple API. */
const devpi = {
    type: 'devpi',
    example: 'https://devpi.example.com/<user>/<index>/',
    urls(indexUrl) {
        // Accept the +simple URL too: it is what users copy from pip.conf.
        const base = (0,types/* withSlash */.Ec)(indexUrl).replace(/\+simple\/$/, '');
        return { uploadUrl: base, simpleUrl: `${base}+simple/` };
    },
    // devpi answers 409 "... already exists in non-volatile index" for other content, 200 for same.
    isExistingFileAnswer: types/* conflictOrExists */.ub,
};

;// CONCATENATED MODULE: ./src/index/kinds/generic.ts

/** Any index speaking the legacy upload API at `index-url`, with the simple API at `simple/`. */
const generic = {
    type: 'generic',
    example: 'https://index.example.com/ (uploads), with the simple API at https://index.example.com/simple/',
    urls(indexUrl) {
        const base = (0,types/* withSlash */.Ec)(indexUrl);
        return { uploadUrl: base, simpleUrl: `${base}simple/` };
    },
    isExistingFileAnswer: types/* conflictOrExists */.ub,
};

;// CONCATENATED MODULE: ./src/index/kinds/nexus.ts

/** Sonatype Nexus: a hosted PyPI repository `https://host/repository/<repo>/`, simple API below it. */
const nexus = {
    type: 'nexus',
    example: 'https://nexus.example.com/repository/<repo>/',
    urls(indexUrl) {
        const base = (0,types/* withSlash */.Ec)(indexUrl).replace(/simple\/$/, '');
        return { uploadUrl: base, simpleUrl: `${base}simple/` };
    },
    // Nexus refuses a redeploy with 400 "Repository does not allow updating assets".
    isExistingFileAnswer: (status, body) => status === 409 || (status === 400 && /(already exists|does not allow updating)/i.test(body)),
};

;// CONCATENATED MODULE: ./src/index/kinds/pypi.ts

const KNOWN = {
    'pypi.org': { upload: 'https://upload.pypi.org/legacy/', simple: 'https://pypi.org/simple/' },
    'upload.pypi.org': {
        upload: 'https://upload.pypi.org/legacy/',
        simple: 'https://pypi.org/simple/',
    },
    'test.pypi.org': {
        upload: 'https://test.pypi.org/legacy/',
        simple: 'https://test.pypi.org/simple/',
    },
};
/**
 * PyPI and TestPyPI (warehouse). For a self-hosted warehouse the simple API lives on another
 * path than the upload endpoint, so `simple-url` must be given.
 */
const pypi = {
    type: 'pypi',
    example: 'https://upload.pypi.org/legacy/',
    urls(indexUrl) {
        const known = KNOWN[indexUrl.hostname];
        if (known)
            return { uploadUrl: known.upload, simpleUrl: known.simple };
        return { uploadUrl: (0,types/* withSlash */.Ec)(indexUrl), simpleUrl: undefined };
    },
    isExistingFileAnswer: types/* conflictOrExists */.ub,
};

;// CONCATENATED MODULE: ./src/index/kinds/pypiserver.ts

/** pypiserver: uploads go to the server root; the simple API is `/simple/`. */
const pypiserver = {
    type: 'pypiserver',
    example: 'http://pypi.example.com:8080/',
    urls(indexUrl) {
        const base = (0,types/* withSlash */.Ec)(indexUrl).replace(/simple\/$/, '');
        return { uploadUrl: base, simpleUrl: `${base}simple/` };
    },
    // pypiserver refuses any existing filename with a bare 400 unless started with --overwrite.
    isExistingFileAnswer: (status) => status === 400 || status === 409,
};

;// CONCATENATED MODULE: ./src/index/kinds/index.ts







const KINDS = {
    devpi: devpi,
    artifactory: artifactory,
    nexus: nexus,
    pypiserver: pypiserver,
    pypi: pypi,
    generic: generic,
};
/** The module for an HTTP index kind. */
function indexKind(type) {
    return KINDS[type];
}
/**
 * Guesses the kind from the URL's shape when `index-type` is not given. Only shapes that are
 * unambiguous are recognised; devpi's `/<user>/<index>/` looks like anything, so it needs
 * `index-type: devpi`.
 */
function detectIndexType(indexUrl) {
    if (/(^|\.)pypi\.org$/.test(indexUrl.hostname))
        return 'pypi';
    if (/\/api\/pypi\/[^/]+/.test(indexUrl.pathname))
        return 'artifactory';
    if (/\/repository\/[^/]+/.test(indexUrl.pathname))
        return 'nexus';
    if (/\/\+simple\/?$/.test(indexUrl.pathname))
        return 'devpi';
    return 'generic';
}


/***/ }),

/***/ 5690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ withSlash),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   ub: () => (/* binding */ conflictOrExists)
/* harmony export */ });
/** The index kinds wheelrelay knows; `directory` is the embedded static index. */
const INDEX_TYPES = [
    'devpi',
    'artifactory',
    'nexus',
    'pypiserver',
    'pypi',
    'generic',
    'directory',
];
/** `url` with exactly one trailing slash. */
function withSlash(url) {
    const s = String(url);
    return s.endsWith('/') ? s : `${s}/`;
}
/** The common reading: 409 Conflict, or a 400 that says the file exists (PyPI's wording). */
function conflictOrExists(status, body) {
    return status === 409 || (status === 400 && /already exists/i.test(body));
}


/***/ }),

/***/ 8805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isRetryableError),
/* harmony export */   DZ: () => (/* binding */ RETRYABLE_ERRORS),
/* harmony export */   Uz: () => (/* binding */ RETRYABLE_STATUS),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony export sleep */
const DEFAULT_RETRY = {
    retries: 5,
    minDelayMs: 500,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 120_000,
};
/** Status codes worth another try: rate limits and server-side failures. */
const RETRYABLE_STATUS = [408, 429, 500, 502, 503, 504];
/** Network failures worth another try. */
const RETRYABLE_ERRORS = [
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
];
/**
 * Milliseconds to wait before retry number `attempt` (1-based). A Retry-After the server sent
 * wins; otherwise the delay doubles from `minDelayMs` up to `maxDelayMs`, and "equal jitter"
 * (half fixed, half random) keeps parallel runners from retrying in lockstep.
 */
function retryDelay(policy, attempt, retryAfterMs, random = Math.random) {
    if (retryAfterMs !== undefined && retryAfterMs >= 0) {
        return Math.min(retryAfterMs, policy.maxRetryAfterMs);
    }
    const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds from `now`. */
function parseRetryAfter(value, now = Date.now()) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v === undefined || v.trim() === '')
        return undefined;
    if (/^\d+$/.test(v.trim()))
        return Number(v.trim()) * 1000;
    const date = Date.parse(v);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** True for a network error code worth retrying. */
function isRetryableError(err) {
    const code = err?.code;
    return typeof code === 'string' && RETRYABLE_ERRORS.includes(code);
}
/** The real clock. */
const systemClock = { now: () => Date.now(), sleep: (ms) => sleep(ms) };
/** Resolves after `ms` milliseconds. */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 1909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ SIMPLE_ACCEPT),
/* harmony export */   S6: () => (/* binding */ parseSimpleJson),
/* harmony export */   om: () => (/* binding */ parseProjectPage)
/* harmony export */ });
/** PEP 691 JSON media type, and the Accept header that prefers it and falls back to HTML. */
const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
const SIMPLE_ACCEPT = `${SIMPLE_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;
/** Parses a PEP 691 JSON project page. */
function parseSimpleJson(body, pageUrl) {
    let page;
    try {
        page = JSON.parse(body);
    }
    catch {
        throw new Error(`the project page at ${pageUrl} is not valid JSON`);
    }
    const files = [];
    for (const f of page.files ?? []) {
        if (typeof f.filename !== 'string' || typeof f.url !== 'string')
            continue;
        const sha = f.hashes?.sha256;
        files.push({
            filename: f.filename,
            url: new URL(f.url, pageUrl).toString(),
            sha256: typeof sha === 'string' ? sha.toLowerCase() : undefined,
            requiresPython: typeof f['requires-python'] === 'string' ? f['requires-python'] : undefined,
            yanked: f.yanked !== undefined && f.yanked !== false,
        });
    }
    return files;
}
/**
 * Parses a project page of either format, chosen by its Content-Type. The HTML parser is
 * loaded only for indexes that answer HTML (pypiserver), keeping start-up light for the rest.
 */
async function parseProjectPage(body, contentType, pageUrl) {
    if (contentType.toLowerCase().startsWith(SIMPLE_JSON))
        return parseSimpleJson(body, pageUrl);
    const { parseSimpleHtml } = await Promise.all(/* import() */[__webpack_require__.e(810), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 9247));
    return parseSimpleHtml(body, pageUrl);
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aB: () => (/* binding */ silentLog),
/* harmony export */   aO: () => (/* binding */ consoleLog)
/* harmony export */ });
/* unused harmony exports commandGuard, silentOutput */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1581);


/**
 * Keeps workflow commands in foreign text from running: the runner's documented
 * `::stop-commands::<token>` … `::<token>::` around it, with a fresh random token the text
 * cannot know. `write` prints one line; `suspend` starts (if needed) a stretch of foreign text,
 * `resume` ends it, and must run before wheelrelay issues any command of its own.
 */
function commandGuard(write) {
    let token;
    return {
        suspend() {
            if (token)
                return;
            token = `wheelrelay-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
            write(`::stop-commands::${token}`);
        },
        resume() {
            if (!token)
                return;
            write(`::${token}::`);
            token = undefined;
        },
    };
}
/**
 * A Log for terminals: plain lines on stderr; debug lines (and git's output) only when
 * `verbose`. Inside a GitHub Actions step (GITHUB_ACTIONS=true), where the runner reads stderr
 * for workflow commands too, program output is fenced off as {@link commandGuard} does.
 */
function consoleLog(verbose = false, stream = process.stderr, inActions = process.env.GITHUB_ACTIONS === 'true') {
    const write = (line) => stream.write(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(line)}\n`);
    const guard = commandGuard(write);
    const own = (line) => {
        guard.resume();
        write(line);
    };
    return {
        info: (m) => own(m),
        warning: (m) => own(`warning: ${m}`),
        error: (m) => own(`error: ${m}`),
        debug: (m) => {
            if (verbose)
                own(`debug: ${m}`);
        },
        async group(title, fn) {
            own(`==> ${title}`);
            return fn();
        },
        output(level) {
            const shown = level === 'info' || verbose;
            return {
                line(text) {
                    if (!shown)
                        return;
                    if (inActions)
                        guard.suspend();
                    write(level === 'debug' ? `debug: ${text}` : text);
                },
                end: () => guard.resume(),
            };
        },
    };
}
/** A writer that drops every line. */
const silentOutput = { line() { }, end() { } };
/** A Log that discards everything (for pure-core tests). */
const silentLog = {
    info() { },
    warning() { },
    error() { },
    debug() { },
    group: (_t, fn) => fn(),
    output: () => silentOutput,
};


/***/ }),

/***/ 4657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   q: () => (/* binding */ sameName),
/* harmony export */   uV: () => (/* binding */ isValidName)
/* harmony export */ });
/** A valid distribution name (PEP 508), as a regular-expression source without anchors. */
const NAME_PATTERN = '[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?';
const VALID_NAME = new RegExp(`^${NAME_PATTERN}$`);
/** PEP 503 normal form of a distribution name: lowercase, runs of `-`, `_` and `.` become one `-`. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** Whether `name` is a valid distribution name (PEP 508). */
function isValidName(name) {
    return VALID_NAME.test(name);
}
/** Whether two distribution names denote the same project (PEP 503). */
function sameName(a, b) {
    return normalizeName(a) === normalizeName(b);
}


/***/ }),

/***/ 1581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   qK: () => (/* binding */ addBasicAuth)
/* harmony export */ });
/* unused harmony export clearSecrets */
/**
 * Every secret wheelrelay is handed is registered here, so that whatever it prints (log lines,
 * errors carrying server bodies, summaries, outputs) can be scrubbed in one place. The runner's
 * own masking (core.setSecret) is the second line of defence, not the first: the CLI has none.
 */
const known = new Set();
/** Registers a secret and the encodings it may leak in (Basic auth, URL-encoding). */
function addSecret(value, onAdd) {
    if (!value)
        return;
    const forms = [value, encodeURIComponent(value)];
    for (const form of forms) {
        if (form.length < 3 || known.has(form))
            continue;
        known.add(form);
        onAdd?.(form);
    }
}
/** Registers the Basic credentials header value for a user/password pair. */
function addBasicAuth(user, password, onAdd) {
    addSecret(password, onAdd);
    addSecret(Buffer.from(`${user}:${password}`).toString('base64'), onAdd);
}
/** Replaces every registered secret in `text` with `***`. Longest first, so no fragment survives. */
function redact(text) {
    if (known.size === 0)
        return text;
    let out = text;
    for (const s of [...known].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}
/**
 * The URL with any user-info removed, for messages. Text that does not parse as a URL loses
 * whatever stands where user-info would (up to the authority's last `@`) all the same, since
 * it may be a URL with a password no one has registered yet.
 */
function safeUrl(url) {
    try {
        const u = new URL(String(url));
        u.username = '';
        u.password = '';
        return redact(u.toString());
    }
    catch {
        return redact(String(url).replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#\s]*@/i, '$1***@'));
    }
}
/** Forgets every registered secret (tests only). */
function clearSecrets() {
    known.clear();
}


/***/ })

};
