export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ collectDistributions)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _filenames_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3010);




/**
 * The wheels and sdists in a folder (not its subfolders), sorted: sdists first, then wheels.
 * A file named like one whose name is not a valid distribution filename (`..-1.0-….whl`) is
 * refused, before anything is uploaded or written.
 */
async function collectDistributions(dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .WheelrelayError */ .V6(`dist-dir ${dir} does not exist or cannot be read`, 'Point `dist-dir` at the folder your build step wrote its wheels to.');
    }
    for (const f of entries) {
        const problem = (0,_filenames_js__WEBPACK_IMPORTED_MODULE_3__/* .distFilenameProblem */ .Vl)(f);
        if (problem) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .WheelrelayError */ .V6(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f)} is named like a distribution but is not one: ${problem}`, 'Only files a Python build backend made can be published; remove this one or rebuild.');
        }
    }
    const dists = entries.filter((f) => (0,_filenames_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDistFilename */ .hk)(f) !== undefined);
    const rank = (f) => ((0,_filenames_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDistFilename */ .hk)(f)?.kind === 'sdist' ? 0 : 1);
    return dists.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f));
}


/***/ }),

/***/ 8153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childEnvironment),
/* harmony export */   W: () => (/* binding */ secretsInEnvironment)
/* harmony export */ });
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
/** `parent` without the action's inputs (`INPUT_*`) and the variables listed above. */
function childEnvironment(parent = process.env) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
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


/***/ }),

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

/***/ 7055:
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
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(9687);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(5640);
// EXTERNAL MODULE: ./src/build/filenames.ts
var filenames = __webpack_require__(3010);
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
        throw new errors/* WheelrelayError */.V6(`${source} has no ${name ? 'Version' : 'Name'} header: it is not valid core metadata`, 'The file was not made by a Python build backend, or was damaged since: rebuild it (python -m build) instead of publishing it.');
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
/// <reference path="./hash-wasm-blake2b.d.ts" />









// Digests are worked out once per file: by the upload stream as it sends the bytes (so a large
// upload reads the file once, hashing while the network is busy), or on demand otherwise.
const digestMemo = new WeakMap();
/** The file's digests (sha256 at least), computed on first use and then remembered. */
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
    const known = digestMemo.get(dist);
    // A pass that added BLAKE2b to a memo of sha256 alone replaces it; one that did not keeps it.
    if (!known || digests.blake2b256)
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
        throw new errors/* WheelrelayError */.V6(`${filename} is not a wheel or sdist filename (PEP 427 / PEP 625)${problem ? `: ${problem}` : ''}`, 'Only *.whl and *.tar.gz files built by a Python build backend can be published.');
    }
    const text = parsed.kind === 'wheel' ? await readWheelMetadata(path) : await readSdistPkgInfo(path);
    const metadata = parseCoreMetadata(text, `${filename}'s metadata`);
    if (!(0,names/* isValidName */.uV)(metadata.name)) {
        throw new errors/* WheelrelayError */.V6(`${filename}: its metadata names the project '${metadata.name}', which is not a valid package name (PEP 508)`, 'Fix the name in the project configuration: letters, digits, and . _ - between them.');
    }
    const version = (0,pep440/* valid */.rZ)(metadata.version);
    if (!version) {
        throw new errors/* WheelrelayError */.V6(`${filename}: version '${metadata.version}' is not a valid PEP 440 version`, 'Fix the version in the project configuration; indexes reject non-PEP 440 versions.');
    }
    if ((0,names/* normalizeName */.Pc)(parsed.name) !== (0,names/* normalizeName */.Pc)(metadata.name) ||
        (0,pep440/* valid */.rZ)(parsed.version) !== version) {
        throw new errors/* WheelrelayError */.V6(`${filename} disagrees with its own metadata (${metadata.name} ${metadata.version})`, 'The file was renamed or built wrongly; rebuild it instead of publishing it.');
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
/** sha256 (and BLAKE2b-256 when asked) of a file in one streaming pass. */
async function fileDigests(path, choice = { blake2b: false }) {
    const hasher = await digestHasher(choice);
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hasher.update(chunk);
    }
    return hasher.digest();
}
/** An incremental hasher for the digests chosen, for streams that are read anyway. */
async function digestHasher(choice) {
    const sha = (0,external_node_crypto_.createHash)('sha256');
    if (!choice.blake2b) {
        return {
            update: (chunk) => void sha.update(chunk),
            digest: () => ({ sha256: sha.digest('hex') }),
        };
    }
    // node's crypto offers only 512-bit BLAKE2b, and BLAKE2b-256 is not a truncation of it;
    // hash-wasm's BLAKE2b module alone (16 KB, not its 280 KB bundle of every algorithm) gives
    // the 256-bit variant PyPI uses, at native speed. Loaded only for an index that wants it.
    const { default: wasm } = await __webpack_require__.e(/* import() */ 427).then(__webpack_require__.t.bind(__webpack_require__, 6427, 23));
    const blake = await wasm.createBLAKE2b(256);
    return {
        update(chunk) {
            sha.update(chunk);
            blake.update(chunk);
        },
        digest: () => ({ sha256: sha.digest('hex'), blake2b256: blake.digest('hex') }),
    };
}
async function readWheelMetadata(path) {
    const yauzl = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
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
        zip.on('end', () => finish(() => reject(new errors/* WheelrelayError */.V6(`${(0,external_node_path_.basename)(path)} has no *.dist-info/METADATA: it is not a wheel`))));
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
                collect(stream, MAX_METADATA_BYTES).then((text) => finish(() => resolve(text)), (e) => finish(() => reject(e instanceof errors/* WheelrelayError */.V6 ? e : badArchive(path, e))));
            });
        });
        zip.readEntry();
    });
}
async function readSdistPkgInfo(path) {
    if (path.endsWith('.zip')) {
        throw new errors/* WheelrelayError */.V6(`${(0,external_node_path_.basename)(path)} is a legacy .zip sdist`, 'Build a .tar.gz sdist (PEP 625); indexes such as PyPI no longer accept .zip sdists.');
    }
    const { list } = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 8697));
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
        throw new errors/* WheelrelayError */.V6(`${(0,external_node_path_.basename)(path)} has no PKG-INFO: it is not an sdist`);
    return found;
}
async function collect(stream, limit) {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        total += buf.length;
        if (total > limit)
            throw new errors/* WheelrelayError */.V6(`metadata larger than ${limit} bytes`);
        chunks.push(buf);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function badArchive(path, err) {
    const why = err instanceof Error ? err.message : String(err);
    return new errors/* WheelrelayError */.V6(`${(0,external_node_path_.basename)(path)} could not be read as an archive: ${why}`);
}
function tooManyEntries(path) {
    return new errors/* WheelrelayError */.V6(`${(0,external_node_path_.basename)(path)} has more than ${MAX_ZIP_ENTRIES} entries`, 'This does not look like a real distribution; it was not published.');
}
function tooBig(path, entry) {
    return new errors/* WheelrelayError */.V6(`${(0,external_node_path_.basename)(path)}: ${entry} claims more than ${MAX_METADATA_BYTES} bytes`, 'This does not look like a real distribution; it was not published.');
}


/***/ }),

/***/ 1060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ oneRelease)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _pins_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5640);


/**
 * The one project version `dists` hold (a wheel and an sdist of it, say), as its first file,
 * after checking that every file names the same project (PEP 503) and version: a run publishes
 * one release. `what` names the files in messages ("the files to publish"), `hint` says what
 * to do when they are not one release.
 */
function oneRelease(dists, what, hint) {
    const first = dists[0];
    if (!first) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${what}: there is no wheel or sdist`, 'Check the build log: the build backend wrote no *.whl or *.tar.gz.');
    }
    for (const d of dists) {
        if (!(0,_pins_names_js__WEBPACK_IMPORTED_MODULE_1__/* .sameName */ .q)(d.name, first.name) || d.version !== first.version) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`${what} are not one release: ${first.filename} is ${first.name} ${first.version}, ${d.filename} is ${d.name} ${d.version}`, hint);
        }
    }
    return first;
}


/***/ }),

/***/ 6134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ withPipCache)
/* harmony export */ });
/* unused harmony export pipCacheKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




const CONFIG_FILES = ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt'];
/** pip's cache dir for builds run by wheelrelay, restored before and saved after the build. */
function pipCacheDir() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.RUNNER_TEMP || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache'), 'wheelrelay-pip');
}
/**
 * The cache key: OS, architecture, Python version, and the hash of the build configuration:
 * `files` (relative to `dir`; by default the project's pyproject.toml, setup.py, setup.cfg and
 * requirements.txt, or for sync the requirement files it read).
 */
async function pipCacheKey(dir, pythonVersion, files = CONFIG_FILES) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, f)).catch(() => undefined);
        if (text)
            hash.update(`${f}\0`).update(text);
    }
    return `wheelrelay-pip-${process.platform}-${process.arch}-py${pythonVersion}-${hash.digest('hex').slice(0, 16)}`;
}
/** The interpreter's version (3.12.4), for the cache key. */
async function pythonVersion(python, run) {
    const res = await run(python, ['-c', 'import sys; print(sys.version.split()[0])'], {
        timeoutMs: 60_000,
    });
    return res.exitCode === 0 ? res.output.trim() : 'unknown';
}
/**
 * Restores pip's cache through @actions/cache when the cache service is there (it is on
 * GitHub-hosted and most self-hosted runners), and returns its folder (the build seeds its own
 * cache from it and writes it back) and a function that saves it after the build.
 * @actions/cache is imported only here: it is heavy, and the upload path does not need it.
 */
async function withPipCache(packageDir, python, run, log, keyFiles) {
    const dir = pipCacheDir();
    const cache = await __webpack_require__.e(/* import() */ 592).then(__webpack_require__.bind(__webpack_require__, 6592));
    if (!cache.isFeatureAvailable()) {
        log.debug('the Actions cache service is not available: pip cache not restored');
        return { dir, save: async () => { } };
    }
    const key = await pipCacheKey(packageDir, await pythonVersion(python, run), keyFiles);
    const prefix = key.slice(0, key.lastIndexOf('-') + 1);
    let hit;
    try {
        hit = await cache.restoreCache([dir], key, [prefix]);
        log.info(hit ? `restored pip cache ${hit}` : `no pip cache for ${key} yet`);
    }
    catch (err) {
        log.warning(`could not restore the pip cache: ${err.message}`);
    }
    return {
        dir,
        async save() {
            if (hit === key)
                return;
            try {
                // -1: not saved (the key taken by another job, or the service refused), said by the
                // cache library itself; only a real id is a saved cache.
                const id = await cache.saveCache([dir], key);
                if (id === -1)
                    log.debug(`pip cache ${key} not saved`);
                else
                    log.info(`saved pip cache ${key}`);
            }
            catch (err) {
                // Another job saving the same key at the same time is normal, and never fatal.
                log.debug(`pip cache not saved: ${err.message}`);
            }
        },
    };
}


/***/ }),

/***/ 6748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ execRunner),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   ow: () => (/* binding */ onTermination)
/* harmony export */ });
/* unused harmony export realTimers */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7194);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8153);





/** Real time. */
const realTimers = {
    after(ms, done) {
        const timer = setTimeout(done, ms);
        return () => clearTimeout(timer);
    },
};
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
    let child;
    try {
        child = spawnInGroup(command, args, opts);
    }
    catch (err) {
        resolve({ exitCode: 127, output: `${command}: ${err.message}` });
        return;
    }
    const pid = child.pid;
    const started = Date.now();
    let killedAfterSeconds;
    let exitCode;
    const clock = opts.timers ?? realTimers;
    const timers = [];
    const output = keepOutput(child, opts.onLine);
    let settled = false;
    const finish = (result) => {
        if (settled)
            return;
        settled = true;
        for (const cancel of timers)
            cancel();
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
        armDeadline(clock, pid, opts.timeoutMs, timers, (seconds) => {
            killedAfterSeconds = seconds;
        });
    }
    child.on('exit', (code, signal) => {
        exitCode = code ?? (signal ? 128 + signalNumber(signal) : 1);
        // Whatever the program left running in its group ends with it.
        killGroup(pid, 'SIGKILL');
        timers.push(clock.after(PIPE_GRACE_MS, () => {
            child.stdout?.destroy();
            child.stderr?.destroy();
        }));
    });
    child.on('close', () => {
        const kept = output.end();
        const result = { exitCode: exitCode ?? 1, output: kept.join('\n') };
        if (killedAfterSeconds !== undefined) {
            result.killedAfterSeconds = killedAfterSeconds;
            kept.push(`${command} was killed after ${killedAfterSeconds} s (it ran ${Math.round((Date.now() - started) / 1000)} s in all)`);
            result.output = kept.join('\n');
        }
        finish(result);
    });
});
/**
 * Reads the program's stdout and stderr as lines, passing each (redacted) to `onLine` and
 * keeping the last {@link KEPT_LINES} of both; `end()` flushes partial lines and returns them.
 */
function keepOutput(child, onLine) {
    const kept = [];
    const keep = (line) => {
        kept.push(line);
        if (kept.length > KEPT_LINES)
            kept.shift();
        onLine?.((0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(line));
    };
    const splitters = [lineSplitter(keep), lineSplitter(keep)];
    child.stdout?.on('data', (chunk) => splitters[0]?.write(chunk));
    child.stderr?.on('data', (chunk) => splitters[1]?.write(chunk));
    return {
        end() {
            for (const s of splitters)
                s.end();
            return kept;
        },
    };
}
/**
 * Starts the program in a session of its own (so it leads a process group wheelrelay can kill
 * whole), with the scrubbed environment and its output piped. Throws when spawn refuses at once.
 */
function spawnInGroup(command, args, opts) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
        cwd: opts.cwd,
        env: (0,_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .childEnvironment */ .Q)(opts.env ?? process.env),
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
}
/**
 * At `timeoutMs`, reports the time (in seconds, to a tenth) and sends the group SIGTERM, then
 * SIGKILL after a grace period; their cancels go into `timers` so the caller can clear them.
 */
function armDeadline(clock, pid, timeoutMs, timers, onKill) {
    timers.push(clock.after(timeoutMs, () => {
        onKill(Math.round(timeoutMs / 100) / 10);
        killGroup(pid, 'SIGTERM');
        timers.push(clock.after(TERM_GRACE_MS, () => killGroup(pid, 'SIGKILL')));
    }));
}
/** Splits a byte stream into lines (`\n`, `\r\n` or a lone `\r`), cutting overlong ones. */
function lineSplitter(onLine) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
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
    return node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0;
}
/** The last `n` lines of some output, for error messages. */
function tail(output, n = 25) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(output.trimEnd().split('\n').slice(-n).join('\n'));
}


/***/ }),

/***/ 4251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readBuildSettings)
/* harmony export */ });
/** Reads the build inputs (dist-dir, dists, python, build-isolation, build-timeout, cache, …). */
function readBuildSettings(inputs) {
    return {
        distDir: inputs.read('dist-dir'),
        dists: inputs.read('dists'),
        python: inputs.read('python'),
        buildIsolation: inputs.read('build-isolation'),
        // No action input: the CLI sets it from its flag.
        skipDependencyCheck: false,
        buildTimeoutMs: inputs.read('build-timeout') * 1000,
        buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
        pipCache: inputs.read('cache'),
    };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   V6: () => (/* binding */ WheelrelayError),
/* harmony export */   WO: () => (/* binding */ debugStack),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7194);

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
/**
 * A refused input value: `input` names the input (the action's name for it), `problem` says what
 * is wrong with it (`is 'foo'`). The action shows "input `retries` is '99'"; the command line
 * names its flag instead (`--retries` is '99'), as a usage error (src/cli/flags.ts).
 */
class InputError extends WheelrelayError {
    input;
    problem;
    name = 'InputError';
    constructor(input, problem, hint) {
        super(`input \`${input}\` ${problem}`, hint);
        this.input = input;
        this.problem = problem;
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
/**
 * Sends the stack of an error that is not a WheelrelayError (so a bug, not a problem the user
 * can fix) to `debug`, redacted; a WheelrelayError's message and hint say all there is.
 */
function debugStack(err, debug) {
    if (!(err instanceof WheelrelayError) && err instanceof Error)
        debug((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(err.stack ?? ''));
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ exists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Whether something exists at `path` (a symlink counts when what it points at does). */
async function exists(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined)) !== undefined;
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

/***/ 734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ pullRequestsOf)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7194);

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
        ...(r.reason ? { reason: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(r.reason) } : {}),
        ...(r.autoMerge
            ? {
                'auto-merge': {
                    state: r.autoMerge.state,
                    method: r.autoMerge.method,
                    ...(r.autoMerge.reason ? { reason: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(r.autoMerge.reason) } : {}),
                },
            }
            : {}),
    }));
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

/***/ 5139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ DirectoryIndex)
});

// UNUSED EXPORTS: directorySimpleUrl

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/build/filenames.ts
var filenames = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(7055);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/pins/names.ts
var pins_names = __webpack_require__(5640);
// EXTERNAL MODULE: ./src/index/simple.ts
var simple = __webpack_require__(2672);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(9687);
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
 * The `file://` URL of the simple API of the directory index at `root`, for `pip install
 * --index-url`. Every character a path may hold and a URL may not (`#`, `%`, `?`, spaces) is
 * percent-encoded, so pip reads the folder that was written.
 */
function directorySimpleUrl(root) {
    return `${(0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(root, 'simple')).toString()}/`;
}
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
    // Its listing is a local read, as cheap as a refused write: it is always read first.
    refusesReuploads = false;
    constructor(root) {
        this.root = root;
        this.label = root;
    }
    /** The `file://` URL of the simple API root, for `pip install --index-url`. */
    get simpleUrl() {
        return directorySimpleUrl(this.root);
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
        const page = (name, file) => (0,files/* exists */.t)((0,external_node_path_.join)(this.root, 'simple', name, file));
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
            .filter((f) => (0,filenames/* filenameMatchesProject */._r)(f, name))
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


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ IndexHttp)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/api-request.js
var api_request = __webpack_require__(4043);
var api_request_default = /*#__PURE__*/__webpack_require__.n(api_request);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/agent.js
var dispatcher_agent = __webpack_require__(7405);
var agent_default = /*#__PURE__*/__webpack_require__.n(dispatcher_agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/interceptor/redirect.js
var redirect = __webpack_require__(1514);
var redirect_default = /*#__PURE__*/__webpack_require__.n(redirect);
// EXTERNAL MODULE: ./node_modules/undici/lib/interceptor/retry.js
var retry = __webpack_require__(2026);
var retry_default = /*#__PURE__*/__webpack_require__.n(retry);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(5640);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
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
var index_retry = __webpack_require__(5434);
// EXTERNAL MODULE: ./src/index/simple.ts
var simple = __webpack_require__(2672);
;// CONCATENATED MODULE: ./src/index/http.ts
/// <reference path="./undici-parts.d.ts" />




// undici's own modules for what this file uses, not its entry module (index.js): that loads
// fetch, WebSocket, caches and mocks too (1.3 MB of source against 0.37 MB), and loading code is
// most of what a small publish costs. The paths are undici's files (it has no exports map); a
// move breaks the build, not a run. patches/undici+*.patch makes the HTTP/2 client (node:http2,
// node:tls) load only for a connection that negotiates h2 (patches/README.md).








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
    /**
     * The next project page will be HTML: the index's kind says so until a page has been read,
     * then the last page does. An upload then loads the HTML parser while the index answers it.
     */
    expectHtmlPages = false;
    constructor(simpleUrl, uploadUrl, credentials, policy, 
    /** The longest one request may take, answer included (see bounded.ts). */
    timeoutMs, 
    /** Time for the backoff between retried reads. */
    clock = index_retry/* systemClock */.ml) {
        this.simpleUrl = simpleUrl;
        this.uploadUrl = uploadUrl;
        this.timeoutMs = timeoutMs;
        this.auth = credentials ? (0,secrets/* addBasicAuth */.qK)(credentials.username, credentials.password) : undefined;
        this.origin = new URL(uploadUrl).origin;
        const agent = new (agent_default())({
            connect: { timeout: Math.min(timeoutMs, 30_000) },
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
        });
        this.writes = agent;
        this.reads = agent.compose(redirect_default()({ maxRedirections: 5 }), retry_default()({
            maxRetries: policy.retries,
            statusCodes: index_retry/* RETRYABLE_STATUS */.Uz,
            errorCodes: index_retry/* RETRYABLE_ERRORS */.DZ,
            methods: ['GET', 'HEAD'],
            // One backoff policy for reads and uploads: ours, with jitter and a Retry-After cap.
            retry(err, { state }, cb) {
                const e = err;
                const retryable = (e.statusCode !== undefined && index_retry/* RETRYABLE_STATUS */.Uz.includes(e.statusCode)) ||
                    (e.statusCode === undefined && (0,index_retry/* isRetryableError */.$d)(e));
                if (!retryable || state.counter > policy.retries)
                    return cb(err);
                const wait = (0,index_retry/* retryDelay */.a2)(policy, state.counter, (0,index_retry/* parseRetryAfter */.mu)(e.headers?.['retry-after']), () => clock.jitter());
                void clock.sleep(wait).then(() => cb(null));
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
            await refuseFailed('read', url, res);
            return readCapped(res.body, MAX_PAGE_BYTES, () => new TooLargeError('the project page', url, MAX_PAGE_BYTES));
        });
        if (body === undefined)
            return undefined;
        const contentType = String(res.headers['content-type'] ?? 'text/html');
        this.expectHtmlPages = !(0,simple/* isSimpleJson */.dw)(contentType);
        return await (0,simple/* parseProjectPage */.om)(body, contentType, url);
    }
    /** sha256 of a listed file, by downloading it (for pages that list no sha256). */
    async sha256Of(url) {
        const res = await this.get(url, {}, requestDeadline(this.timeoutMs));
        return this.bounded('download', url, async () => {
            await refuseFailed('download', url, res);
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
            await refuseFailed('download', url, res);
            let size = 0;
            await (0,promises_.pipeline)(res.body, async function* (chunks) {
                for await (const chunk of chunks) {
                    size += chunk.length;
                    if (size > maxBytes) {
                        throw new IndexHttpError(`download of ${(0,secrets/* safeUrl */.Pl)(url)} stopped: it is larger than ${maxBytes} bytes`);
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
            const res = await send(url, {
                method: 'POST',
                dispatcher: this.writes,
                signal: requestDeadline(this.timeoutMs),
                headers: this.headers(url, {
                    'content-type': contentType,
                    'content-length': String(length),
                }),
                // The iterable itself, not a stream over it: undici then asks for each chunk only after
                // the socket drained the one before, which the upload's reused buffers rely on. undici
                // takes async iterables (lib/core/request.js); its types name only streams.
                body: this.thenPrepareRead(body),
            });
            const text = await readHead(res.body, MAX_ANSWER_BYTES);
            return {
                status: res.statusCode,
                body: (0,secrets/* redact */.E$)(text),
                retryAfterMs: (0,index_retry/* parseRetryAfter */.mu)(res.headers['retry-after']),
            };
        });
    }
    /**
     * The upload's body; then, while the main thread would only wait for the index's answer,
     * the HTML parser that the verifying read of an index answering HTML needs is loaded (some
     * 5 ms: a small publish to pypiserver took 0.935 of the time, 40 paired runs).
     */
    async *thenPrepareRead(body) {
        yield* body;
        if (this.expectHtmlPages)
            setImmediate(() => void (0,simple/* loadHtmlParser */.xh)().catch(() => undefined));
    }
    async get(url, extra, signal) {
        try {
            const res = await send(url, {
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
/** undici's `request(url, options)`: the URL split into the origin and path it dispatches. */
function send(url, options) {
    const { dispatcher, ...rest } = options;
    const u = new URL(url);
    return api_request_default().call(dispatcher, {
        ...rest,
        origin: u.origin,
        path: `${u.pathname}${u.search}`,
    });
}
/** An HTTP failure on a read or a download: its message names the request and what went wrong. */
class IndexHttpError extends Error {
}
/** Throws the index's refusal (4xx/5xx), with the first of its body, as an IndexHttpError. */
async function refuseFailed(what, url, res) {
    if (res.statusCode >= 400) {
        throw httpError(what, url, res.statusCode, await readHead(res.body, MAX_ANSWER_BYTES));
    }
}
function httpError(what, url, status, body) {
    const snippet = (0,secrets/* redact */.E$)(body.replace(/\s+/g, ' ').trim()).slice(0, 300);
    return new IndexHttpError(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} failed: HTTP ${status}${snippet ? ` (${snippet})` : ''}`);
}
function networkError(what, url, err) {
    const e = err;
    return new IndexHttpError(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} failed: ${e.code ?? ''} ${(0,secrets/* redact */.E$)(e.message ?? String(err))}`.trim());
}


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectIndexType: () => (/* binding */ detectIndexType),
  indexKind: () => (/* binding */ indexKind)
});

// EXTERNAL MODULE: ./src/index/kinds/types.ts
var types = __webpack_require__(2961);
;// CONCATENATED MODULE: ./src/index/kinds/artifactory.ts

/**
 * JFrog Artifactory: `https://host/artifactory/api/pypi/<repo>` is both the upload URL twine is
 * given and the parent of the simple API (`.../simple/`).
 */
const artifactory = {
    type: 'artifactory',
    example: 'https://example.jfrog.io/artifactory/api/pypi/<repo>',
    urls(indexUrl) {
        const uploadUrl = String(indexUrl)
            .replace(/\/+$/, '')
            .replace(/\/simple$/, '');
        return { uploadUrl, simpleUrl: `${uploadUrl}/simple/` };
    },
    // A user without the Delete/Overwrite permission gets 403 "Not enough permissions to
    // delete/overwrite artifact" when the file exists.
    isExistingFileAnswer: (status, body) => (0,types/* conflictOrExists */.ub)(status, body) || (status === 403 && /overwrite/i.test(body)),
    blake2b: false,
    // A user with the Overwrite permission replaces the file: the listing must be read first.
    refusesReuploads: false,
};

;// CONCATENATED MODULE: ./src/index/kinds/devpi.ts

/** devpi-server: `https://host/<user>/<index>/` takes uploads; `+simple/` below it is the simple API. */
const devpi = {
    type: 'devpi',
    example: 'https://devpi.example.com/<user>/<index>/',
    urls(indexUrl) {
        // Accept the +simple URL too: it is what users copy from pip.conf.
        const uploadUrl = (0,types/* withSlash */.Ec)(indexUrl).replace(/\+simple\/$/, '');
        return { uploadUrl, simpleUrl: `${uploadUrl}+simple/` };
    },
    // devpi answers 409 "... already exists in non-volatile index" for other content, 200 for same.
    isExistingFileAnswer: types/* conflictOrExists */.ub,
    blake2b: false,
    // A new devpi index is volatile (re-uploads overwrite) unless created otherwise, and an
    // identical re-upload gets 200: the listing must be read first.
    refusesReuploads: false,
};

;// CONCATENATED MODULE: ./src/index/kinds/generic.ts

/** Any index speaking the legacy upload API at `index-url`, with the simple API at `simple/`. */
const generic = {
    type: 'generic',
    example: 'https://index.example.com/ (uploads), with the simple API at https://index.example.com/simple/',
    urls(indexUrl) {
        const uploadUrl = (0,types/* withSlash */.Ec)(indexUrl);
        return { uploadUrl, simpleUrl: `${uploadUrl}simple/` };
    },
    isExistingFileAnswer: types/* conflictOrExists */.ub,
    blake2b: false,
    // Unknown servers may overwrite: the listing is read first.
    refusesReuploads: false,
};

;// CONCATENATED MODULE: ./src/index/kinds/nexus.ts

/** Sonatype Nexus: a hosted PyPI repository `https://host/repository/<repo>/`, simple API below it. */
const nexus = {
    type: 'nexus',
    example: 'https://nexus.example.com/repository/<repo>/',
    urls(indexUrl) {
        const uploadUrl = (0,types/* withSlash */.Ec)(indexUrl).replace(/simple\/$/, '');
        return { uploadUrl, simpleUrl: `${uploadUrl}simple/` };
    },
    // Nexus refuses a redeploy with 400 "Repository does not allow updating assets".
    isExistingFileAnswer: (status, body) => status === 409 || (status === 400 && /(already exists|does not allow updating)/i.test(body)),
    blake2b: false,
    // A repository whose deployment policy allows redeploy replaces the file.
    refusesReuploads: false,
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
    blake2b: true,
    // Warehouse answers an identical re-upload with 200, so a re-run would look like an upload.
    refusesReuploads: false,
};

;// CONCATENATED MODULE: ./src/index/kinds/pypiserver.ts

/** pypiserver: uploads go to the server root; the simple API is `/simple/`. */
const pypiserver = {
    type: 'pypiserver',
    example: 'http://pypi.example.com:8080/',
    urls(indexUrl) {
        const uploadUrl = (0,types/* withSlash */.Ec)(indexUrl).replace(/simple\/$/, '');
        return { uploadUrl, simpleUrl: `${uploadUrl}simple/` };
    },
    // pypiserver refuses any existing filename with a bare 400 unless started with --overwrite.
    isExistingFileAnswer: (status) => status === 400 || status === 409,
    blake2b: false,
    // Refused with 400/409 unless the server runs with --overwrite (then use index-type generic).
    refusesReuploads: true,
    // pypiserver 2 answers PEP 503 HTML to any Accept header.
    htmlPagesOnly: true,
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
 * unambiguous are recognised; devpi's `/<user>/<index>/` looks like anything, so for it (and
 * any URL this returns `generic` for) the index's first answer decides (kinds/detect.ts).
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

/***/ 2961:
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

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jU: () => (/* binding */ conflictError),
  mk: () => (/* binding */ publish),
  wj: () => (/* binding */ unverifiedError)
});

// UNUSED EXPORTS: UPLOAD_FIRST_MAX_BYTES

// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(7055);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
    const yauzl = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
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
    const { Parser } = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 8697));
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/index/retry.ts
var index_retry = __webpack_require__(5434);
;// CONCATENATED MODULE: ./src/index/publish.ts




/**
 * The largest file uploaded before the listing is read, on an index that refuses re-uploads:
 * sending it again to a refusing index costs less than a round trip; a larger one is worth the
 * listing first.
 */
const UPLOAD_FIRST_MAX_BYTES = 1 << 20;
/**
 * Publishes one release idempotently: reads what the index has, keeps a file whose name is
 * taken by the same release (the same bytes, or the same files in other packaging), refuses to
 * touch one taken by other content, uploads what is missing, and reports as published only
 * files it has seen listed with their sha256.
 *
 * One small file on an index that refuses every re-upload is uploaded before anything is read:
 * the index's refusal is what says the name is taken, and only then is the listing read and
 * judged as above. Same outcomes, one round trip fewer. Several files are always checked first,
 * so that a conflict on one still means nothing was uploaded.
 */
async function publish(dists, index, opts) {
    const project = dists[0]?.name;
    if (!project)
        throw new errors/* WheelrelayError */.V6('there is nothing to publish');
    const [only] = dists;
    // A dry run only reads: it takes the listing-first path, which stops before any upload.
    if (only &&
        !opts.dryRun &&
        dists.length === 1 &&
        index.refusesReuploads &&
        only.size <= UPLOAD_FIRST_MAX_BYTES) {
        const stored = await uploadOne(only, index, opts, 'first');
        if ('conflict' in stored)
            return { status: 'conflict', conflicts: [stored.conflict] };
        const files = 'file' in stored ? [stored.file] : await verify(project, [only], index, opts);
        const unverified = files.some((f) => f.outcome === 'unverified');
        return { status: unverified ? 'unverified' : 'published', files };
    }
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
        const stored = await uploadOne(dist, index, opts, 'after-listing');
        // Stored by someone else between the listing and the upload, with other content.
        if ('conflict' in stored)
            throw conflictError(index, [stored.conflict]);
        if ('file' in stored)
            present.push(stored.file);
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
 * Returns `stored` when this run's upload was taken (to be verified), the listed file when the
 * index turned out to hold the same release already, or the conflict when it holds other
 * content under the name. `first`: nothing was read before (see {@link publish}).
 */
async function uploadOne(dist, index, { retry, log, clock = index_retry/* systemClock */.ml }, when) {
    const attempts = retry.retries + 1;
    for (let attempt = 1;; attempt++) {
        log.info(`uploading ${dist.filename} (${dist.size} bytes) to ${index.label}`);
        const answer = await index.store(dist);
        if (answer.outcome === 'stored')
            return { stored: true };
        if (answer.outcome === 'refused') {
            throw new errors/* WheelrelayError */.V6(`upload of ${dist.filename} to ${index.label} refused (${answer.detail})`, answer.hint);
        }
        if (answer.outcome === 'exists' || answer.maybeStored) {
            // The answer does not say whose content is there: the listing does.
            const listed = (await index.listProject(dist.name).catch(() => undefined)) ?? [];
            const theirs = listed.find((f) => f.filename === dist.filename);
            if (theirs) {
                const judged = await judge(dist, theirs, index, log);
                if ('conflict' in judged)
                    return judged;
                if (judged.file.sha256 === (await (0,inspect/* digestsOf */.nw)(dist)).sha256 && answer.outcome !== 'exists') {
                    // Stored by an attempt whose answer was lost: ours, and listed, so verified.
                    log.info(`${dist.filename} is on the index with the same sha256 (after: ${answer.detail})`);
                    return { file: { ...judged.file, outcome: 'uploaded' } };
                }
                if (when === 'after-listing' || attempt > 1) {
                    log.info(`${dist.filename} was stored by someone else first (after: ${answer.detail})`);
                }
                return judged;
            }
            if (answer.outcome === 'exists') {
                throw new errors/* WheelrelayError */.V6(`upload of ${dist.filename} to ${index.label} refused: the index says the file exists (${answer.detail}) but does not list it`, 'Check `simple-url` (or `index-type`) points at the simple API of the index you upload to.');
            }
        }
        if (attempt >= attempts) {
            throw new errors/* WheelrelayError */.V6(`upload of ${dist.filename} to ${index.label} failed after ${attempts} attempts (last: ${answer.detail})`, 'The index is down or overloaded; re-run the job later (a re-run skips files already published).');
        }
        const wait = (0,index_retry/* retryDelay */.a2)(retry, attempt, answer.retryAfterMs, () => clock.jitter());
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
        if (listed)
            await settleListed(uploaded, listed, done, index, log);
        const pending = uploaded.filter((d) => !done.has(d.filename));
        if (pending.length === 0) {
            log.info(`verified ${uploaded.length} file(s) on ${listing}`);
            return uploaded.map((d) => done.get(d.filename));
        }
        const now = clock.now();
        if (now >= deadline) {
            for (const d of pending) {
                log.warning(`${d.filename} was uploaded to ${index.label} but is not listed on ${listing} after ${seconds(verifyTimeoutMs)} s; the index answered: ${answer}`);
            }
            return withUnverified(uploaded, done, { listing, answer });
        }
        if (now - lastProgress >= progressEveryMs) {
            lastProgress = now;
            log.info(`still waiting for ${pending.map((d) => d.filename).join(', ')} to be listed on ${listing} (${seconds(now - started)} s of ${seconds(verifyTimeoutMs)} s; the index answered: ${answer})`);
        }
        log.debug(`waiting ${waitMs} ms for ${pending.length} file(s) to be listed`);
        await clock.sleep(Math.min(waitMs, deadline - now));
        waitMs = Math.min(waitMs * 2, 5000);
    }
}
/**
 * Records in `done` each uploaded file the listing shows: ours when the sha256 matches, else
 * judged as a file another run stored between our upload and this read (a conflict throws).
 */
async function settleListed(uploaded, listed, done, index, log) {
    for (const dist of uploaded) {
        const theirs = listed.find((f) => f.filename === dist.filename);
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
}
/** Every uploaded file, in order: as verified when `done` has it, else `unverified`. */
async function withUnverified(uploaded, done, seen) {
    const files = [];
    for (const d of uploaded) {
        files.push(done.get(d.filename) ?? {
            filename: d.filename,
            // What was uploaded; whether the index serves it is what could not be seen.
            sha256: (await (0,inspect/* digestsOf */.nw)(d)).sha256,
            url: '',
            outcome: 'unverified',
            ...seen,
        });
    }
    return files;
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
function seconds(ms) {
    return Math.round(ms / 1000);
}
/** The error for files whose name is taken by other content on the index. */
function conflictError(index, conflicts) {
    const list = conflicts
        .map((c) => `${c.filename} (index has sha256 ${c.theirs.slice(0, 12)}…, this build ${c.ours.slice(0, 12)}…${c.difference ? `; ${c.difference}` : ''})`)
        .join(', ');
    return new errors/* WheelrelayError */.V6(`${list}: already on ${index.label} with other content; nothing was overwritten`, 'A published file never changes. Bump the version (or tag a new release) to publish this build.');
}
/** The error for a run whose uploads were accepted but not all listed within `verify-timeout`. */
function unverifiedError(files) {
    const pending = files.filter((f) => f.outcome === 'unverified');
    const list = pending
        .map((f) => `${f.filename} (looked for on ${f.listing}; the index answered: ${f.answer})`)
        .join(', ');
    return new errors/* WheelrelayError */.V6(`uploaded but not verified: ${list}`, 'The index accepted the upload but did not list the file in time. Check that `simple-url` (or `index-type`) names the simple API of the index you upload to (a 404 there usually means it does not), or raise `verify-timeout` for an index that is slow to list new files. A re-run uploads nothing it finds listed.');
}


/***/ }),

/***/ 5434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isRetryableError),
/* harmony export */   DZ: () => (/* binding */ RETRYABLE_ERRORS),
/* harmony export */   J_: () => (/* binding */ isNotConnectedError),
/* harmony export */   Uz: () => (/* binding */ RETRYABLE_STATUS),
/* harmony export */   a2: () => (/* binding */ retryDelay),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
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
 * Milliseconds to wait before retry number `attempt` (counted from 1). A Retry-After the server sent
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
/**
 * Network failures before a connection was made: such a request never reached the index, so
 * it cannot have stored anything, and there is nothing to re-check on the listing.
 */
const NOT_CONNECTED_ERRORS = [
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
];
/** True for a network error that came before any byte of the request reached the index. */
function isNotConnectedError(err) {
    const code = err?.code;
    return typeof code === 'string' && NOT_CONNECTED_ERRORS.includes(code);
}
/** True for a network error code worth retrying. */
function isRetryableError(err) {
    const code = err?.code;
    return typeof code === 'string' && RETRYABLE_ERRORS.includes(code);
}
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => sleep(ms),
    jitter: () => Math.random(),
};
/** Resolves after `ms` milliseconds. */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 3183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readIndexSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7194);
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6027);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5434);





/** Reads the index inputs (index-url, index-type, simple-url, username, password, timeouts, retries). */
function readIndexSettings(inputs, cwd, onSecret, warn) {
    return {
        index: readIndexTarget(inputs, cwd, onSecret, warn),
        verifyTimeoutMs: inputs.read('verify-timeout') * 1000,
        timeoutMs: inputs.read('timeout') * 1000,
        retry: { ..._retry_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RETRY */ .vI, retries: inputs.read('retries') },
    };
}
/** The index to talk to: a directory, or an http(s) index of a kind, with its URLs and credentials. */
function readIndexTarget(inputs, cwd, onSecret, warn) {
    const raw = inputs.read('index-url');
    if (!raw) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('index-url', 'is required', 'Set it to the index to publish to (for example https://devpi.example.com/ci/cache/), or to a directory for the embedded static index.');
    }
    const type = inputs.read('index-type');
    if (type === 'directory' || isDirectory(raw)) {
        if (type && type !== 'directory') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('index-url', `is a directory (${raw}) but \`index-type\` is ${type}`, 'Use an http(s) URL for that index type, or drop `index-type`.');
        }
        const path = raw.startsWith('file:') ? new URL(raw).pathname : raw;
        return { type: 'directory', path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path) };
    }
    const url = readIndexUrl(raw);
    const simple = readSimpleUrl(inputs.read('simple-url'));
    const credentials = readCredentials(inputs, [url, simple], onSecret, warn);
    // index-type wins; then the URL's shape; where neither says, the index's first answer does.
    const shape = (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_3__.detectIndexType)(url);
    const kind = (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_3__.indexKind)((type ?? shape));
    const derived = kind.urls(url);
    let simpleUrl = derived.simpleUrl;
    if (simple)
        simpleUrl = simple.toString().endsWith('/') ? simple.toString() : `${simple}/`;
    if (!simpleUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WheelrelayError */ .V6(`the simple API of ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(url)} cannot be derived for index-type ${kind.type}`, "Set `simple-url` to the index's simple API (the URL pip uses as --index-url).");
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
/** The `index-url` input as an http(s) URL. */
function readIndexUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('index-url', `is not a URL or a directory: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(raw)}`, 'Give an http(s) URL such as https://devpi.example.com/ci/cache/, or a path for the directory index.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('index-url', `has scheme ${url.protocol} which is not supported`, 'Use https:// (or http:// on a trusted network), or a directory path.');
    }
    return url;
}
/**
 * The index's user and password, from `username` and `password`, or taken out of the index's
 * URLs: credentials in a URL end up in logs, outputs and process lists, so they are removed
 * (the URLs are changed in place), masked, and a warning says where to put them instead.
 */
function readCredentials(inputs, [url, simple], onSecret, warn) {
    let username = inputs.read('username');
    let password = inputs.read('password');
    for (const [input, u] of [
        ['index-url', url],
        ['simple-url', simple],
    ]) {
        const found = u && takeUserInfo(u, onSecret);
        if (!found)
            continue;
        username ??= found.username;
        password ??= found.password || undefined;
        warn(`\`${input}\` had credentials embedded; they were removed from it and masked. Pass them as \`username\` and \`password\` (from secrets) instead.`);
    }
    if (password && !username) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('password', 'is set but `username` is not', 'Set `username` too (for an API token, the username is `__token__`).');
    }
    if (!password || !username)
        return undefined;
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addBasicAuth */ .qK)(username, password, onSecret);
    return { username, password };
}
/** The `simple-url` input as a URL, or undefined when not given. */
function readSimpleUrl(raw) {
    if (!raw)
        return undefined;
    try {
        return new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('simple-url', `is not a URL: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(raw)}`, "Give the index's simple API as an http(s) URL (the URL pip uses as --index-url).");
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
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addSecret */ .Ck)(found.password, onSecret);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .addSecret */ .Ck)(url.password, onSecret);
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


/***/ }),

/***/ 2672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ SIMPLE_ACCEPT),
/* harmony export */   S6: () => (/* binding */ parseSimpleJson),
/* harmony export */   dw: () => (/* binding */ isSimpleJson),
/* harmony export */   om: () => (/* binding */ parseProjectPage),
/* harmony export */   xh: () => (/* binding */ loadHtmlParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`the project page at ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .safeUrl */ .Pl)(pageUrl)} is not valid JSON, though it is served as PEP 691 JSON`, "Check that `simple-url` (or `index-type`) points at the index's simple API. For a directory index, delete its simple/<project>/ folder: the next run writes the page again from packages/.");
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
    if (isSimpleJson(contentType))
        return parseSimpleJson(body, pageUrl);
    const { parseSimpleHtml } = await loadHtmlParser();
    return parseSimpleHtml(body, pageUrl);
}
/** True when a page is served as PEP 691 JSON. */
function isSimpleJson(contentType) {
    return contentType.toLowerCase().startsWith(SIMPLE_JSON);
}
/**
 * The HTML page parser (htmlparser2 and its entity tables), loaded on first use: only indexes
 * that answer HTML need it. Loading it takes some 5 ms, so an upload to such an index loads it
 * while the index works on the file (index/http.ts).
 */
function loadHtmlParser() {
    return Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 9632));
}


/***/ }),

/***/ 6919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ openIndex)
/* harmony export */ });
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5139);

/** The client for an index; the HTTP stack is loaded only for HTTP indexes. */
async function openIndex(target, opts) {
    if (target.type === 'directory')
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .DirectoryIndex */ .u(target.path);
    const [{ RemoteIndex }, { indexKind }] = await Promise.all([
        __webpack_require__.e(/* import() */ 349).then(__webpack_require__.bind(__webpack_require__, 4349)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6027)),
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


/***/ }),

/***/ 7751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ parseUpstreamIndex),
/* harmony export */   UT: () => (/* binding */ openUpstream),
/* harmony export */   wT: () => (/* binding */ PYPI_SIMPLE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);


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
        throw upstreamError(`is '${given}', which is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw upstreamError(`is '${given}', which is not an http(s) URL`);
    }
    if (url.username || url.password) {
        // Only public pages are read, and a URL printed in every warning must not carry a password.
        throw upstreamError('carries credentials');
    }
    url.hash = '';
    if (!url.pathname.endsWith('/'))
        url.pathname += '/';
    return url.toString();
}
function upstreamError(problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('upstream-index', problem, `Give the simple API of the index pip may also read (default ${PYPI_SIMPLE}, without credentials), or \`none\` to skip the check.`);
}
/** A client for the upstream's simple API, with the run's retries and per-request deadline. */
function openUpstream(simpleUrl, opts) {
    const http = new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .IndexHttp */ .P(simpleUrl, simpleUrl, undefined, opts.retry, opts.timeoutMs);
    return {
        label: simpleUrl,
        listProject: (project) => http.listProject(project),
        close: () => http.close(),
    };
}


/***/ }),

/***/ 3718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ versionPattern),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   hs: () => (/* binding */ leavesRoot),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Any text, as given. */
const text = (value) => value;
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is '${value}'`, `It must be one of: ${allowed.join(', ')}.`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is '${value}'`, 'It must be true or false.');
};
/** A parser for a whole number in [min, max]. */
function integer(min, max) {
    return (value, name) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is '${value}'`, `It must be a whole number from ${min} to ${max}.`);
        }
        return n;
    };
}
/** A parser for a number of seconds, above 0 and at most `max` (an hour unless said). */
function seconds(max = 3600) {
    return (value, name) => {
        const n = Number(value);
        if (!Number.isFinite(n) || n <= 0 || n > max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is '${value}'`, `It must be a number of seconds, above 0 and at most ${max}.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is not a valid regular expression: ${err.message}`, 'Give a pattern with a group named `version`, for example ^release-(?<version>.+)$');
    }
    if (!/\((?!\?[:=!<]|\?<[=!])/.test(value) && !value.includes('(?<version>')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'has no capturing group', 'Capture the version with a group named `version`, for example ^release-(?<version>.+)$');
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


/***/ }),

/***/ 3537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ Inputs)
});

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/index/kinds/types.ts
var types = __webpack_require__(2961);
// EXTERNAL MODULE: ./src/index/upstream.ts
var upstream = __webpack_require__(7751);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
;// CONCATENATED MODULE: ./src/inputs/table.ts




/** `rewrite`: true (bare pins where the upstream index allows), hash, or false. */
const rewriteMode = (value, name) => {
    if (/^hash(es)?$/i.test(value))
        return 'hash';
    try {
        return (0,parse/* bool */.lc)(value, name) ? 'pin' : false;
    }
    catch {
        throw new errors/* InputError */.dz(name, `is '${value}'`, "It must be true (index pins where the upstream index has no other files of that version), hash (index pins with the synced files' --hash) or false.");
    }
};
/**
 * A value whose default is a GitHub expression (`${{ github.token }}`): the runner evaluates
 * it; read where nothing did (a test, a local run), the expression itself is no value.
 */
const evaluated = (value) => /^\$\{\{.*\}\}$/.test(value) ? undefined : value;
/** `false` (or no/off/0) for none, otherwise the merge method. */
const autoMerge = (value, name) => /^(false|no|off|0)$/i.test(value)
    ? undefined
    : (0,parse/* oneOf */.yL)(value, name, ['merge', 'squash', 'rebase']);
/** Why publish's pin-bump inputs have no flags (README "What the CLI covers" says so too). */
const PUBLISH_OPENS_NO_PRS = "`publish` opens no pull requests: `wheelrelay pin` does the same rewriting in local files, and `wheelrelay bump --repository` opens a consumer's own pull request";
const INPUTS = {
    mode: {
        description: [
            'sync (default): put every git-pinned requirement of `requirement-files` on the index',
            '(fetch, build, upload what is missing). plan: only list the missing ones, as a GitHub',
            'Actions matrix (output `matrix`) for a follow-up job that runs this action with',
            '`mode: sync` once per entry.',
        ],
        default: 'sync',
        actions: ['sync'],
        parse: (0,parse/* choice */.Yq)(['sync', 'plan']),
        cli: {
            flag: 'plan',
            sets: 'plan',
            help: [
                'only list what is missing, without fetching or building (mode: plan):',
                'the GitHub Actions matrix JSON on stdout (with --json, the whole',
                'plan), one line per entry on stderr, each with its status:',
                '  present      the index has the version the requirement names',
                '               (or, for a pin by commit, what the build record',
                '               says that commit built)',
                '  missing      the requirement names a version the index lacks:',
                '               a sync fetches and builds it',
                '  unknown      the requirement names no version (a commit or a',
                '               branch, no #egg=name==version): only a build can',
                '               tell, so a sync fetches it; it is in the matrix',
                '  unnamed      no package name (#egg=): sync refuses it',
                '  check-failed the index did not answer; the sync job asks again',
            ],
        },
    },
    'requirement-files': {
        description: [
            'sync/plan: the requirement files to read, as globs relative to the workspace, one a line',
            '(or comma-separated), e.g. `requirements/*.txt`. Globs with `..` or an absolute path, and',
            'files that are links out of the workspace, are refused. Every git pin must name its',
            'package (`#egg=name` or `name @ git+…`); one that does not is refused before anything is',
            'fetched.',
        ],
        actions: ['sync', 'bump'],
        per: {
            bump: {
                description: [
                    'The requirement files whose pins of the released package move, as globs relative to the',
                    'checkout, one a line (or comma-separated), e.g. `requirements/edx/github.in`: the files',
                    'people edit, not the ones `run` compiles from them. Globs with `..` or an absolute path',
                    'are refused.',
                ],
                required: true,
            },
        },
        parse: parse/* list */.p_,
        cli: { positional: 'FILE...' },
    },
    requirement: {
        description: [
            "sync/plan: requirement lines to sync directly, one a line (what a plan's matrix job gets",
            'as `matrix.requirement`).',
        ],
        actions: ['sync'],
        parse: parse/* lines */.Mn,
        cli: { arg: 'LINE', repeatable: true, help: ['sync this requirement line too (repeatable)'] },
    },
    jobs: {
        description: [
            'sync — how many entries are fetched and built at once, 1 to 64. Default the number of cores',
            '(at most 64).',
        ],
        actions: ['sync'],
        parse: (0,parse/* integer */.nd)(1, 64),
        cli: {
            arg: 'N',
            short: 'j',
            help: ['fetch and build N entries at once'],
            shows: 'number of cores',
        },
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
        parse: parse/* text */.Qq,
        cli: {
            flag: 'git-token-stdin',
            stdin: true,
            env: 'WHEELRELAY_GIT_TOKEN',
            help: [
                'read a token for private repositories from standard input (or set',
                '$WHEELRELAY_GIT_TOKEN); sent to --git-token-hosts only, never on a',
                'command line',
            ],
        },
    },
    'git-token-hosts': {
        description: [
            'sync — the hosts `git-token` is sent to, one a line or comma-separated. Default the GitHub',
            'server the workflow runs on.',
        ],
        actions: ['sync'],
        parse: parse/* list */.p_,
        cli: { arg: 'H,...', help: ['hosts the token is for'], shows: 'github.com' },
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
        cli: {
            optionalArg: true,
            arg: 'hash',
            help: [
                'turn each synced git pin into an index pin (name==version) in FILE,',
                'with its origin as a comment (with --plan: only those the index has;',
                'nothing is fetched or built). A pin --upstream-index has with other',
                'files stays a git pin: pip reading both could install those.',
                '--rewrite=hash writes each pin with --hash of the synced files',
                'instead (pip then installs no other files, and checks hashes for the',
                'whole file)',
            ],
            shows: '',
        },
    },
    'upstream-index': {
        description: [
            'sync/plan with `rewrite` — the simple API of the index pip may read besides yours',
            '(`--extra-index-url`), asked before a git pin becomes a bare `name==version`; `none`',
            'skips the check.',
        ],
        default: upstream/* PYPI_SIMPLE */.wT,
        actions: ['sync'],
        parse: (value) => (0,upstream/* parseUpstreamIndex */.F9)(value),
        cli: {
            arg: 'URL',
            env: 'WHEELRELAY_UPSTREAM_INDEX',
            help: [
                'the simple API pip may read besides the index, asked before a bare',
                'pin is written (none: do not ask)',
            ],
            shows: `$WHEELRELAY_UPSTREAM_INDEX, else ${upstream/* PYPI_SIMPLE */.wT}`,
        },
    },
    'matrix-limit': {
        description: [
            'plan — the most jobs the `matrix` output may have (1 to 256); more entries are shared out',
            'evenly.',
        ],
        default: '256',
        actions: ['sync'],
        parse: (0,parse/* integer */.nd)(1, 256),
        cli: { arg: 'N', help: ["most jobs in the plan's matrix"] },
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
        actions: ['publish', 'sync', 'bump'],
        per: {
            bump: {
                description: [
                    "The index's simple API as pip's `--index-url` takes it, for a run whose release names",
                    'none (`release` given by hand): the command gets it in WHEELRELAY_INDEX_URL, and the',
                    "files of the release (their sha256, for `--hash` pins) are read from the project's page",
                    'there. A dispatch names its own index, which wins. Never put credentials in it.',
                ],
                required: false,
            },
        },
        parse: parse/* text */.Qq,
        cli: {
            arg: 'URL|DIR',
            env: 'WHEELRELAY_INDEX_URL',
            help: ['the index to publish to'],
            shows: '$WHEELRELAY_INDEX_URL, else ~/.cache/wheelrelay/index',
            per: {
                sync: {
                    help: [
                        'the index to fill; a directory makes an index pip reads offline:',
                        'pip install --index-url file:///DIR/simple/ ...',
                    ],
                },
                bump: {
                    arg: 'URL',
                    help: ["the index the release is on (the command's WHEELRELAY_INDEX_URL)"],
                    shows: '',
                    env: '',
                },
            },
        },
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
        parse: (0,parse/* choice */.Yq)(types/* INDEX_TYPES */.V),
        cli: {
            arg: 'TYPE',
            help: ['devpi, artifactory, nexus, pypiserver, pypi, generic, directory'],
            shows: "from the URL, or from the index's first answer",
        },
    },
    'simple-url': {
        description: [
            "The index's simple API root (what pip uses as --index-url), when it differs from the one",
            'derived from `index-url`. Credentials written into it are taken out, masked, and used when',
            '`username`/`password` are not set.',
        ],
        actions: ['publish', 'sync'],
        parse: parse/* text */.Qq,
        cli: { arg: 'URL', help: ['simple API of the index, when it cannot be derived'] },
    },
    username: {
        description: 'Index user name. Use `__token__` with an API token.',
        actions: ['publish', 'sync'],
        parse: parse/* text */.Qq,
        cli: {
            arg: 'NAME',
            env: 'WHEELRELAY_USERNAME',
            help: ['the index user (__token__ for API tokens)'],
            shows: '$WHEELRELAY_USERNAME',
        },
    },
    password: {
        description: [
            'Index password or API token. Pass it from a secret; it is masked and never printed.',
        ],
        secret: true,
        keepSpaces: true,
        actions: ['publish', 'sync'],
        parse: parse/* text */.Qq,
        cli: {
            flag: 'password-stdin',
            stdin: true,
            env: 'WHEELRELAY_PASSWORD',
            help: ['read the index password from standard input', '(or set $WHEELRELAY_PASSWORD)'],
        },
    },
    'package-dir': {
        description: 'The Python project to build (the folder with pyproject.toml).',
        default: '.',
        actions: ['publish'],
        parse: parse/* text */.Qq,
        cli: {
            arg: 'DIR',
            positional: '[PACKAGE_DIR]',
            help: ['the Python project to build (or as PACKAGE_DIR)'],
        },
    },
    'dist-dir': {
        description: [
            'Publish the wheels and sdists already in this folder instead of building (for a matrix',
            'build, e.g. cibuildwheel, published by one later job; or a build job without secrets). All',
            'files must be one project version.',
        ],
        actions: ['publish', 'sync'],
        per: {
            sync: {
                description: [
                    "Take each entry's files from this folder (built by an earlier job into a directory",
                    'index) instead of fetching and building.',
                ],
            },
        },
        parse: parse/* text */.Qq,
        cli: {
            arg: 'DIR',
            help: ['publish the wheels/sdists already in DIR instead of building'],
            per: {
                sync: {
                    help: [
                        "take each entry's files from DIR (built by an earlier job, e.g. with",
                        'a directory index) instead of fetching and building',
                    ],
                },
            },
        },
    },
    dists: {
        description: 'What to build: wheel, sdist or both.',
        default: 'wheel',
        actions: ['publish', 'sync'],
        parse: (0,parse/* choice */.Yq)(['wheel', 'sdist', 'both']),
        cli: { arg: 'KIND', help: ['what to build: wheel, sdist or both'] },
    },
    python: {
        description: [
            'Python interpreter that runs the build (`python -m build`, or `pip wheel` when build is',
            'not installed).',
        ],
        default: 'python3',
        actions: ['publish', 'sync'],
        parse: parse/* text */.Qq,
        cli: { arg: 'PATH', help: ['Python interpreter for the builds'] },
    },
    'build-isolation': {
        description: [
            "Build in an isolated environment with the project's build requirements (PEP 517). Set",
            'false to build with what the interpreter has.',
        ],
        default: 'true',
        actions: ['publish', 'sync'],
        parse: parse/* bool */.lc,
        cli: {
            flag: 'no-build-isolation',
            sets: 'false',
            help: ["build in the interpreter's environment, not an isolated one"],
        },
    },
    'tag-pattern': {
        description: [
            'Regular expression that reads the version out of a release tag, with a group named',
            '`version` (or a first group). On a tag push the built version must equal it. The default',
            'accepts v1.2.3 and 1.2.3.',
        ],
        default: '^v?(?<version>\\d.*)$',
        actions: ['publish'],
        parse: parse/* versionPattern */.D8,
        cli: {
            arg: 'REGEX',
            help: ['how to read the version from a tag (group "version")'],
        },
    },
    'verify-timeout': {
        description: [
            'Seconds to wait for uploaded files to appear on the simple API with the right sha256. A',
            'file still not listed then is `unverified` in `files` (published stays false, the step',
            'fails).',
        ],
        default: '60',
        actions: ['publish', 'sync'],
        per: {
            sync: {
                description: [
                    'Seconds to wait for uploaded files to appear on the simple API with the right sha256. An',
                    'entry whose files are still not listed then is `unverified` in `entries` (the step',
                    'fails).',
                ],
            },
        },
        parse: (0,parse/* seconds */.YA)(),
        cli: {
            arg: 'SECS',
            help: [
                'how long to wait for uploads to be listed; a file not listed by',
                'then is unverified (exit code 1)',
            ],
        },
    },
    timeout: {
        description: [
            'Seconds one request to the index may take as a whole, from connecting to the last byte of',
            "the answer (a read's retries included); a slower request is cut off.",
        ],
        default: '300',
        actions: ['publish', 'sync'],
        per: {
            sync: {
                description: [
                    'Seconds one request to the index may take as a whole, from connecting to the last byte',
                    "of the answer (a read's retries included); a slower request is cut off. Also how long",
                    'one git command may run before it is killed.',
                ],
            },
        },
        parse: (0,parse/* seconds */.YA)(),
        cli: {
            arg: 'SECS',
            help: ['per-request timeout'],
            per: { sync: { help: ['per-request timeout, and per git command'] } },
        },
    },
    'build-timeout': {
        description: [
            'Seconds one build may run before it (and everything it started) is killed; up to 21600.',
        ],
        default: '3600',
        actions: ['publish', 'sync'],
        parse: (0,parse/* seconds */.YA)(6 * 3600),
        cli: { arg: 'SECS', help: ['how long one build may run before it is killed'] },
    },
    'builds-can-read-secrets': {
        description: [
            "Build even where builds cannot be isolated from this step's process (no root, no",
            'passwordless sudo, no user namespaces), so a build could read the password and tokens it',
            'holds. Without it such builds go ahead with a warning.',
        ],
        default: 'false',
        actions: ['publish', 'sync', 'bump'],
        per: {
            sync: {
                description: [
                    "Build even where builds cannot be isolated from this step's process (no root, no",
                    'passwordless sudo, no user namespaces), so a build could read the password and tokens',
                    'it holds. Without it such builds are refused.',
                ],
            },
            bump: {
                description: [
                    "Run `run` even where it cannot be isolated from this step's process (no root, no",
                    'passwordless sudo, no user namespaces), so the command could read `token`. Refused',
                    'otherwise (GitHub-hosted runners isolate it).',
                ],
            },
        },
        parse: parse/* bool */.lc,
        cli: {
            help: [
                'build even where builds cannot be isolated from this process,',
                'which holds the password and tokens (sync refuses otherwise)',
            ],
            per: {
                bump: {
                    help: [
                        'run the command even where it cannot be kept from the secrets this',
                        'process holds',
                    ],
                },
            },
        },
    },
    retries: {
        description: [
            'Retries for a failed request, 0 to 20: connection errors, timeouts, and the statuses 408,',
            '429, 500, 502, 503 and 504 (other statuses, 401 and 403 among them, fail at once), waiting',
            'from 0.5 s doubling up to 30 s with jitter, or as Retry-After says up to 2 minutes.',
        ],
        default: '5',
        actions: ['publish', 'sync'],
        parse: (0,parse/* integer */.nd)(0, 20),
        cli: { arg: 'N', help: ['retries for a failed request (0 to 20)'] },
    },
    cache: {
        description: "Restore and save pip's cache for the build with the Actions cache.",
        default: 'true',
        actions: ['publish', 'sync'],
        parse: parse/* bool */.lc,
        cli: { commands: [], absent: "the CLI leaves pip's own cache to pip" },
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
        parse: parse/* text */.Qq,
        cli: { commands: [], absent: PUBLISH_OPENS_NO_PRS },
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
        parse: parse/* text */.Qq,
        cli: { commands: [], absent: PUBLISH_OPENS_NO_PRS },
    },
    'pin-style': {
        description: [
            'index (default): pins become `name==version` from the index (git URLs of the package are',
            'replaced by an index pin). git: git URLs of the package keep pointing at git, at the',
            "release's own tag (its commit on a branch push).",
        ],
        default: 'index',
        actions: ['publish'],
        parse: (0,parse/* choice */.Yq)(['index', 'git']),
        cli: {
            commands: ['pin'],
            absent: PUBLISH_OPENS_NO_PRS,
            flag: 'style',
            arg: 'index|git',
            help: [
                'index: git URLs of NAME become NAME==VERSION; git: git URLs keep',
                'pointing at git, at --ref, or at the tag their repository has',
                "(git ls-remote: the old ref's form, VERSION, vVERSION; none found:",
                'nothing is written)',
            ],
        },
    },
    'pr-title': {
        description: [
            'Pull request title (and commit headline). Placeholders: {name} {version} {previous}',
            '{index} {project-url} {tag} {sha} {compare-url} {source-repo} {consumer} {files}.',
        ],
        default: 'Bump {name} to {version}',
        actions: ['publish', 'bump'],
        parse: parse/* text */.Qq,
        cli: {
            commands: ['bump'],
            absent: PUBLISH_OPENS_NO_PRS,
            arg: 'TEXT',
            help: ['the pull request title, with {name}, {version}, ... placeholders'],
        },
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
        actions: ['publish', 'bump'],
        parse: parse/* text */.Qq,
        cli: {
            commands: ['bump'],
            absent: PUBLISH_OPENS_NO_PRS,
            arg: 'TEXT',
            help: ['the pull request body, with the placeholders of --pr-title'],
            shows: 'a text naming the release and the files changed',
        },
    },
    labels: {
        description: 'Labels for new pull requests, comma-separated.',
        actions: ['publish', 'bump'],
        parse: parse/* list */.p_,
        cli: {
            commands: ['bump'],
            absent: PUBLISH_OPENS_NO_PRS,
            arg: 'L,...',
            help: ['labels for a new pull request'],
        },
    },
    reviewers: {
        description: 'Users to request reviews from on new pull requests, comma-separated logins.',
        actions: ['publish', 'bump'],
        parse: parse/* list */.p_,
        cli: {
            commands: ['bump'],
            absent: PUBLISH_OPENS_NO_PRS,
            arg: 'LOGIN,...',
            help: ['users to request reviews from on a new pull request'],
        },
    },
    'team-reviewers': {
        description: [
            'Teams to request reviews from on new pull requests, comma-separated slugs (or org/slug).',
        ],
        actions: ['publish', 'bump'],
        parse: parse/* list */.p_,
        cli: {
            commands: ['bump'],
            absent: PUBLISH_OPENS_NO_PRS,
            arg: 'TEAM,...',
            help: ['teams to request reviews from on a new pull request'],
        },
    },
    draft: {
        description: 'Open pull requests as drafts.',
        default: 'false',
        actions: ['publish', 'bump'],
        parse: parse/* bool */.lc,
        cli: {
            commands: ['bump'],
            absent: PUBLISH_OPENS_NO_PRS,
            help: ['open a new pull request as a draft'],
        },
    },
    'auto-merge': {
        description: [
            'Auto-merge new pull requests with this merge method (merge, squash or rebase); false for',
            'none. The consumer must allow auto-merge and the method. A pull request GitHub calls',
            'mergeable already (no required checks to wait for) is merged at once; otherwise the',
            'pull-requests output says why auto-merge was not enabled.',
        ],
        default: 'false',
        actions: ['publish', 'bump'],
        parse: autoMerge,
        cli: {
            commands: ['bump'],
            absent: PUBLISH_OPENS_NO_PRS,
            arg: 'METHOD',
            help: ['auto-merge a new pull request: merge, squash or rebase'],
            shows: 'none',
        },
    },
    'sign-commits': {
        description: [
            'Commit through GraphQL createCommitOnBranch, so GitHub signs the commits and marks them',
            'verified (and fewer requests are made). false commits through the git data REST API.',
        ],
        default: 'true',
        actions: ['publish', 'bump'],
        parse: parse/* bool */.lc,
        cli: {
            commands: ['bump'],
            absent: PUBLISH_OPENS_NO_PRS,
            flag: 'no-sign-commits',
            sets: 'false',
            help: ['commit through the git data API instead of GraphQL (unsigned)'],
        },
    },
    'dry-run': {
        description: [
            'Write nothing anywhere: build, inspect, check the tag, read the index and the consumers,',
            'and report what a real run would do (files `would-upload` or `already-present`; consumers',
            '`would-create`, `would-update` or `would-dispatch`, with the diffs they would get). Nothing',
            "is uploaded, no branch, commit, pull request or dispatch is made, pip's cache is not saved,",
            'and `published` is false.',
        ],
        default: 'false',
        actions: ['publish', 'bump'],
        per: {
            bump: {
                description: [
                    'Make no GitHub request: the pins move and `run` runs in the checkout, the changes stay',
                    'there, and the diff is printed (and shown in the job summary); `outcome` is `changed`.',
                ],
            },
        },
        parse: parse/* bool */.lc,
        cli: {
            help: [
                'build, inspect and read the index, and print what a real run would',
                'upload (would-upload) and what is there already; upload nothing',
            ],
            per: {
                bump: {
                    help: ['with --repository: send nothing to GitHub, only change the checkout'],
                },
            },
        },
    },
    release: {
        description: [
            'bump — the release to move to, as `name==version`, for a manual run. Empty: the release',
            'comes from the event, a `repository_dispatch` of type `wheelrelay-release` (its',
            "`client_payload`, with the files' sha256 and the index) or a `workflow_dispatch` whose",
            'inputs have `release`.',
        ],
        actions: ['bump'],
        parse: parse/* text */.Qq,
        cli: { positional: 'NAME==VERSION' },
    },
    run: {
        description: [
            'bump — the command that regenerates the compiled requirement files once the pins moved,',
            'e.g. `make compile-requirements`: one program and its arguments, run in the checkout',
            'without a shell (quotes work; `&&`, pipes, `$VAR` are refused: write `bash -ec …` to use a',
            'shell). It sees the release only in WHEELRELAY_NAME, WHEELRELAY_VERSION and',
            'WHEELRELAY_INDEX_URL, and cannot read `token` (its own PID namespace). Every file it',
            'changes is committed with the pin change. Empty: only the pins move.',
        ],
        actions: ['bump'],
        parse: parse/* text */.Qq,
        cli: {
            arg: 'CMD',
            help: [
                "the command that regenerates the compiled files, e.g. 'make",
                "compile-requirements'; one program and its arguments, run without",
                'a shell; it sees the release only in WHEELRELAY_NAME,',
                'WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL',
            ],
        },
    },
    'command-timeout': {
        description: 'bump — seconds `run` may take before it is killed (at most 21600).',
        default: '1800',
        actions: ['bump'],
        parse: (0,parse/* seconds */.YA)(6 * 3600),
        cli: { arg: 'SECS', help: ['how long the command may run before it is killed'] },
    },
    token: {
        description: [
            'bump — the token that pushes the branch `wheelrelay/<package>` and opens the pull request',
            "in this repository: the job's own token by default (give the job `permissions: contents:",
            'write, pull-requests: write`), or a PAT / App token where pull requests must start other',
            "workflows (GitHub's token does not). Masked, never printed, kept from `run`.",
        ],
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression the runner evaluates
        default: '${{ github.token }}',
        secret: true,
        actions: ['bump'],
        parse: evaluated,
        cli: {
            flag: 'token-stdin',
            stdin: true,
            env: 'WHEELRELAY_GITHUB_TOKEN',
            help: ['read the GitHub token from standard input', '(or set $WHEELRELAY_GITHUB_TOKEN)'],
        },
    },
    'bump-every-version': {
        description: [
            "Move consumers' pins to every version this workflow publishes. By default pins follow",
            'releases only: a tag run, or a manual run (workflow_dispatch) of a final version (no',
            'pre-release, dev or local part); a branch push, and a pre-release or dev version on a',
            'manual run, publish without moving any pin (consumers are `skipped`). A pull request run',
            'publishes nothing unless `on-pull-request: publish`, and then moves pins only with this.',
        ],
        default: 'false',
        actions: ['publish'],
        parse: parse/* bool */.lc,
        cli: {
            commands: [],
            absent: 'the command line has no tag pushes or branch pushes to tell apart',
        },
    },
    'on-pull-request': {
        description: [
            'What a run for a pull request (pull_request, pull_request_target) does: dry-run (default)',
            'builds, inspects and reads the index and uploads nothing, as `dry-run: true`; publish',
            'publishes as any other run (pins still move only as `bump-every-version` says).',
        ],
        default: 'dry-run',
        actions: ['publish'],
        parse: (0,parse/* choice */.Yq)(['dry-run', 'publish']),
        cli: {
            commands: [],
            absent: 'the command line has no pull request runs',
        },
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
        description: 'The project name, as its metadata writes it (bump: as the release names it).',
        actions: ['publish', 'bump'],
    },
    version: {
        description: 'The published version (PEP 440 normalised); bump: the version pinned.',
        actions: ['publish', 'bump'],
    },
    outcome: {
        description: [
            'bump — created, updated or unchanged (the pull request), skipped (already on the',
            'version, or a pull request for it was closed), changed (dry run: the checkout changed,',
            'nothing was sent), failed.',
        ],
        actions: ['bump'],
    },
    'pull-request': {
        description: [
            'bump — JSON object: repo, number, url, outcome, reason when skipped or failed, auto-merge',
            "as in the publisher's `pull-requests`; `{}` when none was opened (dry run, skipped).",
        ],
        actions: ['bump'],
    },
    'changed-files': {
        description: [
            'bump — JSON array of the files the pin edit and `run` changed (paths in the checkout).',
        ],
        actions: ['bump'],
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
        lists: ['publish'],
        entry: 'index.js',
    },
    {
        path: 'sync/action.yml',
        name: 'wheelrelay sync',
        description: 'Put every git-pinned requirement of your requirement files on a private package index (fetch, build, upload, verify what is missing), or plan it as a build matrix.',
        lists: ['sync'],
        entry: 'sync.js',
    },
    {
        path: 'bump/action.yml',
        name: 'wheelrelay bump',
        description: "Move a released package's pins in this repository's requirement files, regenerate the compiled files with your own command (pip-compile), and open the pull request.",
        lists: ['bump'],
        entry: 'bump.js',
    },
];

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


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aB: () => (/* binding */ silentLog),
/* harmony export */   t9: () => (/* binding */ commandGuard)
/* harmony export */ });
/* unused harmony exports consoleLog, silentOutput */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);


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
    const write = (line) => stream.write(`${redact(line)}\n`);
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

/***/ 8702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: actionsLog

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/build/pip-cache.ts
var pip_cache = __webpack_require__(6134);
// EXTERNAL MODULE: ./src/build/runner.ts
var runner = __webpack_require__(6748);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/consumers.ts
var consumers = __webpack_require__(2194);
// EXTERNAL MODULE: ./src/github/outputs.ts
var outputs = __webpack_require__(734);
// EXTERNAL MODULE: ./src/index/publish.ts + 1 modules
var publish = __webpack_require__(9391);
;// CONCATENATED MODULE: ./src/inputs/entry.ts
// Every action runs the one bundle, dist/index.js. Which action the runner started is told by
// the file it ran: `bump/action.yml` runs dist/bump.js, two lines that `npm run build` writes
// (scripts/entries.ts) from entryText, naming the action before importing the bundle.
// A global, not an environment variable, so the name never reaches a program wheelrelay runs.
const KEY = '__wheelrelayAction';
/** The text of dist/<entry> for an action other than the root one. */
function entryText(action) {
    return `// Written by \`npm run build\` (scripts/entries.ts): the ${action} action, over the one bundle.\nglobalThis.${KEY} = ${JSON.stringify(action)};\nawait import("./index.js");\n`;
}
/** The action the runner started: what its entry named, or undefined for the root action (publish). */
function calledAction() {
    const named = globalThis[KEY];
    return named === 'bump' || named === 'sync' || named === 'publish' ? named : undefined;
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(9687);
;// CONCATENATED MODULE: ./src/publish/bump-rule.ts

/** Events about a pull request: their runs build code nobody has merged yet. */
function isPullRequestEvent(event) {
    return event !== undefined && /^pull_request/.test(event);
}
/** A final release in PEP 440's sense: no pre-release, dev or local part (post-releases are). */
function isFinalVersion(version) {
    const v = (0,pep440/* explain */.WE)(version);
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

// EXTERNAL MODULE: ./src/build/settings.ts
var settings = __webpack_require__(4251);
// EXTERNAL MODULE: ./src/github/settings.ts
var github_settings = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/index/settings.ts
var index_settings = __webpack_require__(3183);
// EXTERNAL MODULE: ./src/inputs/read.ts + 1 modules
var read = __webpack_require__(3537);
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
    const release = (0,markdown/* markdownText */.p7)(`${outcome.name} ${outcome.version}`);
    const head = outcome.published
        ? `### wheelrelay: published ${release}`
        : outcome.reason === 'dry-run'
            ? `### wheelrelay: dry run of ${release} (nothing uploaded)`
            : `### wheelrelay: ${release} not published`;
    const lines = [head, ''];
    if (!outcome.published) {
        lines.push(outcome.reason === 'conflict'
            ? `${(0,markdown/* markdownText */.p7)(outcome.version)} is already on the index from another commit, with other content: nothing was uploaded. Bump the version or tag a release to publish this build.`
            : outcome.reason === 'unverified'
                ? 'Uploaded, but not every file was listed on the simple API within `verify-timeout`: check `simple-url` (or `index-type`), or raise `verify-timeout`. No pins were moved.'
                : outcome.reason === 'dry-run'
                    ? 'A dry run: the index was read and nothing was written. A real run uploads the `would-upload` files and keeps the `already-present` ones.'
                    : 'Nothing was published.', '');
    }
    const page = (0,markdown/* markdownUrl */.$x)(outcome.projectUrl);
    lines.push(`Index: ${(0,markdown/* markdownText */.p7)(outcome.index)}${page ? ` · [project page](${page})` : ` · project page ${(0,markdown/* markdownText */.p7)(outcome.projectUrl)}`}`, '');
    if (outcome.files.length > 0) {
        lines.push('| file | outcome | sha256 |', '| --- | --- | --- |');
        for (const f of outcome.files) {
            const why = f.outcome === 'unverified'
                ? ` (not listed on ${(0,markdown/* markdownText */.p7)(f.listing ?? '')}; the index answered: ${(0,markdown/* markdownText */.p7)(f.answer ?? '')})`
                : '';
            lines.push(`| ${(0,markdown/* markdownText */.p7)(f.filename)} | ${f.outcome}${why} | ${(0,markdown/* markdownText */.p7)(f.sha256)} |`);
        }
        lines.push('');
    }
    return (0,secrets/* redact */.E$)(lines.join('\n'));
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
        return `merged (${m.method}): ${(0,markdown/* markdownText */.p7)(m.reason ?? '')}`;
    return `**auto-merge not enabled**: ${(0,markdown/* markdownText */.p7)(m.reason ?? '')}`;
}
/** The job summary's pull-request section: one row per consumer, diffs on a dry run. */
function pullRequestsSummary(results, dryRun) {
    const lines = [`### wheelrelay: pin bumps${dryRun ? ' (dry run, nothing written)' : ''}`, ''];
    if (results.length === 0)
        return (0,secrets/* redact */.E$)([...lines, 'No consumers.', ''].join('\n'));
    lines.push('| consumer | outcome | pull request | detail |', '| --- | --- | --- | --- |');
    for (const r of results) {
        const url = (0,markdown/* markdownUrl */.$x)(r.url);
        const pr = url ? `[#${r.number}](${url})` : '';
        const detail = [
            r.reason ? (0,markdown/* markdownText */.p7)(r.reason) : (r.files ?? []).map((f) => (0,markdown/* markdownText */.p7)(f)).join(', '),
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
            lines.push(`<details><summary>${r.repo}</summary>`, '', (0,markdown/* markdownBlock */.dI)(r.diff, 'diff'), '</details>', '');
    }
    return (0,secrets/* redact */.E$)(lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/main.ts














/** Fences program output off from the runner's command processing (see commandGuard). */
const guard = (0,log/* commandGuard */.t9)((line) => core/* info */.pq(line));
/**
 * A Log that speaks the runner's language: groups, annotations, masked secrets. Program
 * output goes inside `::stop-commands::`, and every message of wheelrelay's own first ends
 * that, so its annotations, groups and masks always take effect.
 */
const actionsLog = {
    info: (m) => {
        guard.resume();
        core/* info */.pq((0,secrets/* redact */.E$)(m));
    },
    warning: (m) => {
        guard.resume();
        core/* warning */.$e((0,secrets/* redact */.E$)(m));
    },
    error: (m) => {
        guard.resume();
        core/* error */.z3((0,secrets/* redact */.E$)(m));
    },
    debug: (m) => {
        guard.resume();
        core/* debug */.Yz((0,secrets/* redact */.E$)(m));
    },
    group: (title, fn) => {
        guard.resume();
        return core/* group */.Os((0,secrets/* redact */.E$)(title), async () => {
            try {
                return await fn();
            }
            finally {
                guard.resume();
            }
        });
    },
    output: (level) => ({
        line(text) {
            if (level === 'debug') {
                // A debug message is data of a ::debug:: command, escaped by @actions/core: it cannot
                // start a command of its own.
                guard.resume();
                core/* debug */.Yz((0,secrets/* redact */.E$)(text));
                return;
            }
            guard.suspend();
            core/* info */.pq((0,secrets/* redact */.E$)(text));
        },
        end: () => guard.resume(),
    }),
};
/** The action: read inputs, publish, report, bump consumers' pins. One clear error on failure. */
async function run() {
    // Each action lives in its own chunk: the publish path loads neither of the others.
    const action = calledAction();
    if (action === 'bump') {
        const { runBump } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(468), __webpack_require__.e(570), __webpack_require__.e(794)]).then(__webpack_require__.bind(__webpack_require__, 1794));
        return runBump({ log: actionsLog });
    }
    // The root action ran sync and plan through `mode` before sync/action.yml existed; a workflow
    // written then keeps working, told once what to write instead.
    const mode = core/* getInput */.V4('mode');
    if (action === 'sync' || (action === undefined && mode !== '' && mode !== 'publish')) {
        if (action === undefined)
            actionsLog.warning(rootModeWarning(mode, process.env));
        const { runSync } = await Promise.all(/* import() */[__webpack_require__.e(468), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 3207));
        return runSync({ log: actionsLog });
    }
    try {
        const cfg = readInputs();
        if (cfg.dryRunBecause === 'pull-request') {
            actionsLog.info(`A ${cfg.event} run is a dry run: nothing is uploaded and no pin moves (set \`on-pull-request: publish\` to publish from pull requests).`);
        }
        const outcome = await publishRelease(cfg, {
            log: actionsLog,
            run: runner/* execRunner */.M6,
            ...(cfg.pipCache
                ? { pipCache: (dir) => (0,pip_cache/* withPipCache */.q)(dir, cfg.python, runner/* execRunner */.M6, actionsLog) }
                : {}),
        });
        await reportRelease(outcome);
        if (outcome.reason === 'unverified') {
            // Uploaded but not seen listed: nobody's pin moves, and the step says what to check.
            core/* setOutput */.uH('pull-requests', '[]');
            core/* setFailed */.C1((0,secrets/* redact */.E$)((0,publish/* unverifiedError */.wj)(outcome.files).describe()));
            return;
        }
        const pulls = await bumpPins(cfg, outcome);
        await reportPulls(cfg, outcome, pulls);
    }
    catch (err) {
        core/* setOutput */.uH('published', 'false');
        core/* setOutput */.uH('pull-requests', '[]');
        (0,errors/* debugStack */.WO)(err, core/* debug */.Yz);
        core/* setFailed */.C1((0,secrets/* redact */.E$)((0,errors/* describeError */.Uc)(err)));
    }
}
/**
 * The warning for `mode: sync`/`mode: plan` on the root action: the `uses:` line to write,
 * naming this action's repository and ref as the runner gives them.
 */
function rootModeWarning(mode, env) {
    const repo = env.GITHUB_ACTION_REPOSITORY || 'OWNER/wheelrelay';
    const ref = env.GITHUB_ACTION_REF || '<commit-sha>';
    const keep = mode === 'plan'
        ? '`mode: plan` stays'
        : mode === 'sync'
            ? '`mode` can go'
            : '`mode` is sync (the default) or plan';
    return `\`mode: ${mode}\` on the wheelrelay action is deprecated: sync and plan are their own action. Write \`uses: ${repo}/sync@${ref}\` instead, with the same inputs (${keep}).`;
}
function readInputs() {
    return readConfig({ get: (name) => core/* getInput */.V4(name) }, process.env, process.env.GITHUB_WORKSPACE || process.cwd(), (secret) => core/* setSecret */.Pq(secret), (m) => actionsLog.warning(m));
}
async function reportRelease(outcome) {
    for (const [key, value] of Object.entries(outputsOf(outcome))) {
        core/* setOutput */.uH(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
        await core/* summary */.z.addRaw(summaryMarkdown(outcome)).write();
    }
}
/** Only a verified release moves anyone's pin; Octokit loads only when there is work for it. */
async function bumpPins(cfg, outcome) {
    const bump = cfg.bump;
    if (!bump)
        return [];
    // A dry run works out every consumer's change from what a real run would publish.
    if (!outcome.published && outcome.reason !== 'dry-run') {
        actionsLog.info('The release is not verified: no pull requests opened.');
        return [];
    }
    const why = whyNoBump(cfg, outcome.version, cfg.bumpEveryVersion);
    if (why) {
        actionsLog.info(`${outcome.name} ${outcome.version}: no pins moved, ${why}`);
        return bump.consumers.map((c) => ({
            repo: (0,consumers/* consumerName */._Z)(c),
            outcome: 'skipped',
            reason: why,
        }));
    }
    return actionsLog.group(`Bumping ${outcome.name} in ${bump.consumers.length} consumer(s)`, async () => {
        const { bumpConsumers } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(570)]).then(__webpack_require__.bind(__webpack_require__, 570));
        return bumpConsumers(bump, outcome, { log: actionsLog });
    });
}
/** Outputs and summary for the pull requests; the step fails, after all of them, if any failed. */
async function reportPulls(cfg, outcome, pulls) {
    core/* setOutput */.uH('pull-requests', JSON.stringify((0,outputs/* pullRequestsOf */.T)(pulls)));
    const bumped = outcome.published || outcome.reason === 'dry-run';
    if (cfg.bump && bumped && process.env.GITHUB_STEP_SUMMARY) {
        await core/* summary */.z.addRaw(pullRequestsSummary(pulls, cfg.bump.dryRun)).write();
    }
    const failed = pulls.filter((p) => p.outcome === 'failed');
    if (failed.length > 0) {
        core/* setFailed */.C1((0,secrets/* redact */.E$)(`pin bump failed in ${failed.length} of ${pulls.length} consumer(s):\n${failed.map((f) => `- ${f.repo}: ${f.reason}`).join('\n')}`));
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

/***/ 6352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* reexport safe */ _rewrite_js__WEBPACK_IMPORTED_MODULE_2__.DW),
/* harmony export */   Pc: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_0__.Pc),
/* harmony export */   sM: () => (/* reexport safe */ _rewrite_js__WEBPACK_IMPORTED_MODULE_2__.sM)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5640);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7954);
/* harmony import */ var _rewrite_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(596);
/* harmony import */ var _vcs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8076);
/** Requirement-file pins: pure functions from text to text and changes. */






/***/ }),

/***/ 5927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nj: () => (/* binding */ logicalLines),
/* harmony export */   cT: () => (/* binding */ joinLines),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   k1: () => (/* binding */ isCommentOnly),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/** Splits text into physical lines, keeping each ending so that `joinLines` gives the text back. */
function splitLines(text) {
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
    let at = 0;
    while (at < lines.length) {
        const start = at;
        const offsets = [];
        let text = '';
        for (;;) {
            const line = lines[at]?.text ?? '';
            offsets.push(text.length);
            text += continues(line) ? line.slice(0, -1) : line;
            at += 1;
            const next = lines[at];
            if (!continues(line) || next === undefined || isCommentOnly(next.text))
                break;
        }
        result.push({ start, end: at, text, offsets });
    }
    return result;
}
/** The physical line (its position in the file) and column of an offset in a logical line. */
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


/***/ }),

/***/ 5640:
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

/***/ 7954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ parseRequirements)
});

// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(5640);
;// CONCATENATED MODULE: ./src/pins/git-url.ts

const GIT_SCHEME = /^(?:git\+[A-Za-z][A-Za-z0-9+.-]*|git):\/\//i;
const MODERN_EGG = new RegExp(`^(${names/* NAME_PATTERN */.Vh})(\\[[^\\]]*\\])?(?:(===|==)(.+))?$`);
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
    if (legacyName !== undefined && legacyVersion !== undefined && (0,names/* isValidName */.uV)(legacyName)) {
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
    const withoutFragment = hashAt < 0 ? token : token.slice(0, hashAt);
    // The ref is the last `@` of the path, so `ssh://git@host/…` keeps its user.
    const pathStart = withoutFragment.indexOf('/', withoutFragment.indexOf('://') + 3);
    const refAt = pathStart < 0 ? -1 : withoutFragment.lastIndexOf('@');
    const hasRef = refAt > pathStart && pathStart >= 0;
    const location = hasRef ? withoutFragment.slice(0, refAt) : withoutFragment;
    const url = {
        span: { start: at, end: at + token.length },
        cloneUrl: location.replace(/^git\+/i, ''),
        refInsertAt: at + location.length,
    };
    if (hasRef) {
        url.ref = {
            value: withoutFragment.slice(refAt + 1),
            span: { start: at + refAt + 1, end: at + withoutFragment.length },
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

// EXTERNAL MODULE: ./src/pins/lines.ts
var pins_lines = __webpack_require__(5927);
;// CONCATENATED MODULE: ./src/pins/requirements.ts



const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;
const EDITABLE = /^(?:-e|--editable)(?:\s+|=)/;
const NAME_HEAD = new RegExp(`(${names/* NAME_PATTERN */.Vh})\\s*(\\[[^\\]]*\\])?\\s*`, 'y');
const CLAUSE = /\s*(===|==|~=|!=|<=|>=|<|>)\s*([^\s,;)]+)\s*/y;
/** Parses requirement-file text into physical lines and logical entries. */
function parseRequirements(text) {
    const lines = (0,pins_lines/* splitLines */.uz)(text);
    const entries = (0,pins_lines/* logicalLines */.Nj)(lines).map((logical) => parseEntry(logical));
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
        ...(clauses.length > 0
            ? { specifier: clauses.map((c) => `${c.operator}${c.version}`).join(',') }
            : {}),
        hashes: hashesAfter(code, end),
        raw: code.trim(),
    };
}


/***/ }),

/***/ 596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ rewritePins),
/* harmony export */   sM: () => (/* binding */ PinError)
/* harmony export */ });
/* unused harmony exports constraintBlockers, derivedRef */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9687);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5927);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5640);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7954);





/** A pin that cannot be rewritten as asked; the message says where and what to do. */
class PinError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WheelrelayError */ .V6 {
    name = 'PinError';
}
const HASH = /^sha(?:256|384|512):[0-9a-f]+$/i;
/**
 * Rewrites every pin of `target.name` in a requirement file and leaves every other byte as it
 * was. `file` only names the file in error messages.
 */
function rewritePins(text, target, file) {
    checkTarget(target);
    const { lines, entries } = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRequirements */ .E)(text);
    const replaced = new Map();
    const changes = [];
    const blockers = [];
    let found = 0;
    for (const entry of entries) {
        if (entry.kind !== 'requirement')
            continue;
        const { requirement, logical } = entry;
        const blocker = target.lines ? undefined : blockerOf(requirement, target, entry.line);
        if (blocker)
            blockers.push(blocker);
        if (!isPin(requirement) || !(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .sameName */ .q)(requirement.name, target.name))
            continue;
        if (target.lines && !target.lines.includes(entry.line))
            continue;
        found += 1;
        const where = file === undefined ? `line ${entry.line}` : `${file}:${entry.line}`;
        const needed = editsForEntry(requirement, target, where);
        if (!needed)
            continue;
        const rewritten = rewriteLines(lines, logical, requirement.hashes, needed, target.hashes);
        const after = needed.kind === 'git-to-index' && target.comment !== undefined
            ? withComment(rewritten, target.comment)
            : rewritten;
        replaced.set(logical.start, { end: logical.end, lines: after });
        const before = lines.slice(logical.start, logical.end);
        changes.push({
            line: entry.line,
            before: before.map((line) => line.text).join('\n'),
            after: after.map((line) => line.text).join('\n'),
            kind: needed.kind,
        });
    }
    const status = changes.length > 0 ? 'changed' : found > 0 ? 'already-current' : 'not-found';
    return {
        text: changes.length > 0 ? (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .joinLines */ .cT)(assemble(lines, replaced)) : text,
        changes,
        status,
        blockers,
    };
}
/**
 * The requirements of `name` in a requirement file whose specifier excludes `version` (a
 * constraint such as `wrapt==1.11.*` against 1.14.1): what blocks a release there.
 */
function constraintBlockers(text, name, version) {
    const target = { name, version };
    const blockers = [];
    for (const entry of parseRequirements(text).entries) {
        if (entry.kind !== 'requirement')
            continue;
        const blocker = blockerOf(entry.requirement, target, entry.line);
        if (blocker)
            blockers.push(blocker);
    }
    return blockers;
}
/** The requirement as a blocker when it names the package and its specifier excludes the version. */
function blockerOf(requirement, target, line) {
    const { name, pin, specifier, raw } = requirement;
    if (pin || !specifier || name === undefined || !(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .sameName */ .q)(name, target.name))
        return undefined;
    // A version PEP 440 cannot read cannot be checked against a range: say nothing rather than guess.
    if (!(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .valid */ .rZ)(target.version))
        return undefined;
    let admits;
    try {
        admits = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(target.version, specifier);
    }
    catch {
        return undefined;
    }
    return admits ? undefined : { line, requirement: raw, specifier };
}
/** The file's physical lines with each rewritten entry's lines put in place of the old ones. */
function assemble(lines, replaced) {
    const out = [];
    for (let at = 0; at < lines.length;) {
        const replacement = replaced.get(at);
        const line = lines[at];
        if (replacement)
            out.push(...replacement.lines);
        else if (line)
            out.push(line);
        at = replacement ? replacement.end : at + 1;
    }
    return out;
}
function checkTarget(target) {
    if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidName */ .uV)(target.name)) {
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
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .valid */ .rZ)(a) && (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .valid */ .rZ)(b) ? (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.eq)(a, b) : a === b;
}
/** The edits an entry needs, or undefined when it already pins the target. */
function editsForEntry(requirement, target, where) {
    const { pin, git } = requirement;
    if (pin)
        return editsForPin(requirement, pin, target, where);
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
function editsForPin(requirement, pin, target, where) {
    // `===` compares text, not versions.
    const current = pin.operator === '==='
        ? pin.version === target.version
        : sameVersion(pin.version, target.version);
    const hashed = requirement.hashes.length > 0;
    // An empty list would strip hash checking from the entry, so it counts as no hashes.
    const given = target.hashes?.length ? target.hashes : undefined;
    if (hashed && !current && given === undefined) {
        throw new PinError(`${where} pins ${requirement.name} with --hash lines; pass the published files' hashes ` +
            '(--hash sha256:…) so they can be replaced');
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
function rewriteLines(lines, logical, hashes, needed, given) {
    const newHashes = [...new Set(given ?? [])].sort();
    const block = needed.replaceHashes ? hashBlock(lines, logical, hashes) : undefined;
    const inline = needed.replaceHashes && !block ? inlineHashEdits(logical, hashes, newHashes) : [];
    const texts = (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .applyEdits */ .ct)(lines, logical, [...needed.edits, ...inline]);
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
    const rows = hashes.map((hash) => ({ hash, at: (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .locate */ .x5)(logical, hash.span.start) }));
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


/***/ }),

/***/ 8076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ findVcsRequirements)
/* harmony export */ });
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7954);

/** Every git-pinned requirement in a requirement file; commented-out lines are not requirements. */
function findVcsRequirements(text) {
    const found = [];
    for (const entry of (0,_requirements_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRequirements */ .E)(text).entries) {
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


/***/ }),

/***/ 7194:
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
/**
 * The HTTP Basic `Authorization` header value for a user/password pair (`Basic <base64>`), with
 * the password and the encoded pair registered as secrets first: the one place wheelrelay
 * builds Basic credentials (index uploads and reads, git fetches, the tokens settings name).
 */
function addBasicAuth(user, password, onAdd) {
    addSecret(password, onAdd);
    const encoded = Buffer.from(`${user}:${password}`).toString('base64');
    addSecret(encoded, onAdd);
    return `Basic ${encoded}`;
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
