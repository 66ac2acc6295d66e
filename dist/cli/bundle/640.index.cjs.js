"use strict";
exports.id = 640;
exports.ids = [640];
exports.modules = {

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

/***/ 5139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ DirectoryIndex),
  B: () => (/* binding */ directorySimpleUrl)
});

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


/***/ })

};
;