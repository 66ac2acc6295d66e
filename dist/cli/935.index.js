export const id = 935;
export const ids = [935];
export const modules = {

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

/***/ 3468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ chooseIsolation),
/* harmony export */   Kp: () => (/* binding */ findProgram),
/* harmony export */   PT: () => (/* binding */ assertUsableByBuildUser),
/* harmony export */   RL: () => (/* binding */ unisolatedRefusal),
/* harmony export */   fH: () => (/* binding */ namespaceCommand),
/* harmony export */   nQ: () => (/* binding */ unisolatedWarning)
/* harmony export */ });
/* unused harmony exports buildUserCommand, sudoBuildUserCommand, privilegedCommand, parseIdMap, pickId, noIsolation */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _filenames_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3010);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6748);









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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .WheelrelayError */ .V6(`cannot run ${command} through env: its path has '=' in it`, 'Install Python at a path without "=".');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .WheelrelayError */ .V6(`${name} is not installed (not found on PATH)`);
    return path;
}
/** The absolute path of `name` on `path` (PATH), if it is there and executable. */
async function findProgram(name, path) {
    for (const dir of (path ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_5__.delimiter)) {
        if (!dir || !(0,node_path__WEBPACK_IMPORTED_MODULE_5__.isAbsolute)(dir))
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, name);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK);
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(candidate)).isFile())
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
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(p).catch(() => undefined);
        if (st && (st.mode & bits) !== bits)
            problems.push(`${p} (${what})`);
    };
    const folders = async (file) => {
        for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(file);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(dir)) {
            await others(dir, 0o001, 'a folder other users cannot enter');
            if (dir === (0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(dir))
                break;
        }
    };
    await folders(given);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(given).catch(() => given);
    if (real !== given)
        await folders(real);
    await others(real, 0o001, 'not executable by other users');
    await others((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(given)), 'pyvenv.cfg'), 0o004, 'not readable by other users');
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .WheelrelayError */ .V6(`builds run as a separate unprivileged user here, which cannot use ${python}: ${[...new Set(problems)].join(', ')}`, 'Use an interpreter every user may run (those of actions/setup-python and the system are), or open up those folders (chmod o+x, and o+r for pyvenv.cfg).');
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
    const pids = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)('/proc').catch(() => [])).filter((p) => /^\d+$/.test(p));
    for (const pid of pids) {
        const status = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(`/proc/${pid}/status`, 'utf8').catch(() => '');
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
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(file, 'utf8').catch(() => '');
        for (const line of text.split('\n')) {
            const id = Number(line.split(':')[2]);
            if (Number.isInteger(id))
                used.add(id);
        }
    }
    return used;
}
async function freshId() {
    const uidMap = parseIdMap(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)('/proc/self/uid_map', 'utf8').catch(() => '0 0 4294967295'));
    const gidMap = parseIdMap(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)('/proc/self/gid_map', 'utf8').catch(() => '0 0 4294967295'));
    const id = pickId(uidMap, gidMap, await usedIds(), (n) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomInt)(n));
    if (id === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .WheelrelayError */ .V6('no free uid/gid for a build user in this user namespace', 'Map more ids into the container (at least 10000-65533), or run builds elsewhere.');
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
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, e.name);
            if (e.isFile() && e.name === 'config')
                files.push(p);
            else if (e.isDirectory() && (depth === 0 ? e.name === 'modules' : true))
                await walk(p, depth + 1);
        }
    };
    const gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(tree, '.git');
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(gitDir).catch(() => undefined))?.isDirectory())
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
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(tree, '.git')).catch(() => undefined)))
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
        .map((line) => (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(tree, line.slice(0, -1))));
}
/**
 * Copies a tree for a build: regular files, folders and symbolic links (as links), without
 * special files (sockets, fifos, devices) and without the folders in `skip`.
 */
async function copyTree(from, to, skip = new Set()) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.cp)(from, to, {
        recursive: true,
        verbatimSymlinks: true,
        preserveTimestamps: true,
        filter: async (src) => {
            if (skip.has(src))
                return false;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(src).catch(() => undefined);
            return !!st && (st.isFile() || st.isDirectory() || st.isSymbolicLink());
        },
    });
}
/** The pip configuration files of this user, to give a build user the same settings. */
function pipConfigFiles(env) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_4__.homedir)();
    const config = env.XDG_CONFIG_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(home, '.config');
    return [
        { from: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(config, 'pip', 'pip.conf'), to: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)('.config', 'pip', 'pip.conf') },
        { from: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(home, '.pip', 'pip.conf'), to: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)('.pip', 'pip.conf') },
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
        this.home = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(box, 'home');
        this.cache = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(box, 'cache');
        this.outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(box, 'out');
        this.env = {
            HOME: this.home,
            TMPDIR: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(box, 'tmp'),
            XDG_CACHE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.home, '.cache'),
            XDG_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.home, '.config'),
            PIP_CACHE_DIR: this.cache,
        };
    }
    static async open(deps) {
        // The outer folder lets build users through (0711) but not list it; the inner one is the
        // build user's own (0700 once handed over), so no other build can enter it.
        const base = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'wheelrelay-build-'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.chmod)(base, 0o711);
        const box = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(base, 'b');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(box, { mode: 0o700 });
        for (const d of ['home', 'tmp', 'out', 'cache'])
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(box, d), { mode: 0o700 });
        return new UserSandbox(base, box, await freshId(), deps);
    }
    /** Gives the build user the pip settings this user has (a private mirror, say). */
    async copyPipConfig(env) {
        for (const { from, to } of pipConfigFiles(env)) {
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(from).catch(() => undefined))?.isFile())
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.home, to, '..'), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.copyFile)(from, (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.home, to));
        }
        const explicit = env.PIP_CONFIG_FILE;
        if (explicit && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(explicit).catch(() => undefined))?.isFile()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.copyFile)(explicit, (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.home, 'pip.conf'));
            this.env.PIP_CONFIG_FILE = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.home, 'pip.conf');
        }
    }
    async receive(tree, opts = {}) {
        const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.box, 'src');
        let moved = false;
        if (opts.move) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(tree, dest);
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
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.stat)(dir).catch(() => undefined))
            await copyTree(dir, this.cache);
    }
    root(command, args) {
        const [c, a] = privilegedCommand(this.deps.tools, this.deps.viaSudo, command, args);
        return this.deps.run(c, a, { timeoutMs: 120_000 });
    }
    async mustRoot(what, command, args) {
        const res = await this.root(command, args);
        if (res.exitCode !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .WheelrelayError */ .V6(`could not ${what} (${command} exited ${res.exitCode}): ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .tail */ .RT)(res.output, 5)}`, this.deps.viaSudo
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
        this.unhook = (0,_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .onTermination */ .ow)(() => {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(killCommand, killArgs, { stdio: 'ignore', timeout: 10_000 });
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(rmCommand, rmArgs, { stdio: 'ignore', timeout: 10_000 });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .WheelrelayError */ .V6(`processes of the build user (uid ${this.id}) are still running after 20 rounds of SIGKILL`);
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
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(this.outDir).catch(() => [])) {
            if (!(0,_filenames_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDistFilename */ .hk)(name))
                continue;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.outDir, name));
            if (!st.isFile() || !this.ours(st))
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.outDir, name), (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, name));
            names.push(name);
        }
        return names;
    }
    async saveCache(dir) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.cp)(this.cache, dir, {
            recursive: true,
            verbatimSymlinks: true,
            filter: async (src) => {
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(src).catch(() => undefined);
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(this.base, { recursive: true, force: true });
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
        this.outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(base, 'out');
        this.env = { TMPDIR: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(base, 'tmp') };
    }
    static async open(wrap) {
        const base = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'wheelrelay-build-'));
        for (const d of ['tmp', 'out'])
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(base, d));
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
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(this.outDir).catch(() => [])) {
            if (!(0,_filenames_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDistFilename */ .hk)(name))
                continue;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.outDir, name));
            if (!st.isFile() || st.nlink !== 1)
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.outDir, name), (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, name));
            names.push(name);
        }
        return names;
    }
    async saveCache() { }
    async remove() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(this.base, { recursive: true, force: true });
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
    const trial = { run, env, self, tools, tried: [] };
    return ((await buildUserIfItWorks(trial)) ??
        (await namespaceIfItWorks(trial)) ??
        noIsolation(trial.tried.join('; ')));
}
/** A fresh build user: as root directly, else through passwordless sudo. */
async function buildUserIfItWorks(trial) {
    const { run, self, tools, tried } = trial;
    if (self.uid === 0)
        return tryBuildUser(trial, 'build-user');
    tried.push('not root');
    if (!tools.sudo) {
        tried.push('no sudo');
        return undefined;
    }
    // Ask once, quietly: without passwordless sudo this fails at once instead of prompting.
    const res = await run(tools.sudo, ['-n', 'true'], { timeoutMs: 30_000 });
    if (res.exitCode === 0)
        return tryBuildUser(trial, 'sudo-build-user');
    tried.push(`sudo -n: ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .tail */ .RT)(res.output, 1) || `exit code ${res.exitCode}`}`);
    return undefined;
}
/** Opens a throw-away build-user sandbox and checks the build user can write its output. */
async function tryBuildUser({ run, env, self, tools, tried }, kind) {
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
        tried.push(`${kind}: ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .tail */ .RT)(res.output, 2) || `exit code ${res.exitCode}`}`);
    }
    catch (err) {
        tried.push(`${kind}: ${err.message.split('\n')[0]}`);
    }
    finally {
        await box?.remove().catch(() => undefined);
    }
    return undefined;
}
/** User and PID namespaces through unshare: as this user, else as root without capabilities. */
async function namespaceIfItWorks({ run, tools, tried }) {
    if (!tools.unshare) {
        tried.push('no unshare');
        return undefined;
    }
    for (const variant of ['current-user', 'root-without-capabilities']) {
        if (variant === 'root-without-capabilities' && !tools.setpriv)
            continue;
        const [c, a] = namespaceCommand(tools, variant, need(tools.test, 'test'), ['-d', '/proc/1']);
        const res = await run(c, a, { timeoutMs: 30_000 });
        if (res.exitCode === 0)
            return namespaceIsolation(tools, variant);
        tried.push(`unshare (${variant}): ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .tail */ .RT)(res.output, 1) || `exit code ${res.exitCode}`}`);
    }
    return undefined;
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .WheelrelayError */ .V6(`not built: sync builds code that requirement files name, and ${isolation.description.replace(/^Builds/, 'builds')} This process holds ${held.join(', ')}.`, `To keep secrets out of such builds, ${TWO_JOBS}. To build here anyway, knowing a build can read them, set \`builds-can-read-secrets: true\` (CLI: --builds-can-read-secrets).`);
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




// undici's own modules for what this file uses, not its index: that loads fetch, WebSocket,
// caches and mocks too (1.3 MB of source against 0.37 MB), and loading code is most of what a
// small publish costs. The paths are undici's files (it has no exports map); a move breaks the
// build, not a run.








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
                body: body,
            });
            const text = await readHead(res.body, MAX_ANSWER_BYTES);
            return {
                status: res.statusCode,
                body: (0,secrets/* redact */.E$)(text),
                retryAfterMs: (0,index_retry/* parseRetryAfter */.mu)(res.headers['retry-after']),
            };
        });
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
function httpError(what, url, status, body) {
    const snippet = (0,secrets/* redact */.E$)(body.replace(/\s+/g, ' ').trim()).slice(0, 300);
    return new IndexHttpError(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} failed: HTTP ${status}${snippet ? ` (${snippet})` : ''}`);
}
function networkError(what, url, err) {
    const e = err;
    return new IndexHttpError(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} failed: ${e.code ?? ''} ${(0,secrets/* redact */.E$)(e.message ?? String(err))}`.trim());
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

/***/ 2672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ SIMPLE_ACCEPT),
/* harmony export */   S6: () => (/* binding */ parseSimpleJson),
/* harmony export */   om: () => (/* binding */ parseProjectPage)
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
    if (contentType.toLowerCase().startsWith(SIMPLE_JSON))
        return parseSimpleJson(body, pageUrl);
    const { parseSimpleHtml } = await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 9632));
    return parseSimpleHtml(body, pageUrl);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`input \`upstream-index\`: ${what}`, `Give the simple API of the index pip may also read (default ${PYPI_SIMPLE}, without credentials), or \`none\` to skip the check.`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`input \`${name}\` is '${value}'`, `It must be one of: ${allowed.join(', ')}.`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`input \`${name}\` is '${value}'`, 'It must be true or false.');
};
/** A parser for a whole number in [min, max]. */
function integer(min, max) {
    return (value, name) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`input \`${name}\` is '${value}'`, `It must be a whole number from ${min} to ${max}.`);
        }
        return n;
    };
}
/** A parser for a number of seconds, above 0 and at most `max` (an hour unless said). */
function seconds(max = 3600) {
    return (value, name) => {
        const n = Number(value);
        if (!Number.isFinite(n) || n <= 0 || n > max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`input \`${name}\` is '${value}'`, `It must be a number of seconds, above 0 and at most ${max}.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`input \`${name}\` is not a valid regular expression: ${err.message}`, 'Give a pattern with a group named `version`, for example ^release-(?<version>.+)$');
    }
    if (!/\((?!\?[:=!<]|\?<[=!])/.test(value) && !value.includes('(?<version>')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WheelrelayError */ .V6(`input \`${name}\` has no capturing group`, 'Capture the version with a group named `version`, for example ^release-(?<version>.+)$');
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
        throw new errors/* WheelrelayError */.V6(`input \`${name}\` is '${value}'`, "It must be true (index pins where the upstream index has no other files of that version), hash (index pins with the synced files' --hash) or false.");
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
    },
    requirement: {
        description: [
            "sync/plan: requirement lines to sync directly, one a line (what a plan's matrix job gets",
            'as `matrix.requirement`).',
        ],
        actions: ['sync'],
        parse: parse/* lines */.Mn,
    },
    jobs: {
        description: [
            'sync — how many entries are fetched and built at once, 1 to 64. Default the number of cores',
            '(at most 64).',
        ],
        actions: ['sync'],
        parse: (0,parse/* integer */.nd)(1, 64),
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
    },
    'git-token-hosts': {
        description: [
            'sync — the hosts `git-token` is sent to, one a line or comma-separated. Default the GitHub',
            'server the workflow runs on.',
        ],
        actions: ['sync'],
        parse: parse/* list */.p_,
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
        default: upstream/* PYPI_SIMPLE */.wT,
        actions: ['sync'],
        parse: (value) => (0,upstream/* parseUpstreamIndex */.F9)(value),
    },
    'matrix-limit': {
        description: [
            'plan — the most jobs the `matrix` output may have (1 to 256); more entries are shared out',
            'evenly.',
        ],
        default: '256',
        actions: ['sync'],
        parse: (0,parse/* integer */.nd)(1, 256),
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
    },
    'simple-url': {
        description: [
            "The index's simple API root (what pip uses as --index-url), when it differs from the one",
            'derived from `index-url`. Credentials written into it are taken out, masked, and used when',
            '`username`/`password` are not set.',
        ],
        actions: ['publish', 'sync'],
        parse: parse/* text */.Qq,
    },
    username: {
        description: 'Index user name. Use `__token__` with an API token.',
        actions: ['publish', 'sync'],
        parse: parse/* text */.Qq,
    },
    password: {
        description: [
            'Index password or API token. Pass it from a secret; it is masked and never printed.',
        ],
        secret: true,
        keepSpaces: true,
        actions: ['publish', 'sync'],
        parse: parse/* text */.Qq,
    },
    'package-dir': {
        description: 'The Python project to build (the folder with pyproject.toml).',
        default: '.',
        actions: ['publish'],
        parse: parse/* text */.Qq,
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
    },
    dists: {
        description: 'What to build: wheel, sdist or both.',
        default: 'wheel',
        actions: ['publish', 'sync'],
        parse: (0,parse/* choice */.Yq)(['wheel', 'sdist', 'both']),
    },
    python: {
        description: [
            'Python interpreter that runs the build (`python -m build`, or `pip wheel` when build is',
            'not installed).',
        ],
        default: 'python3',
        actions: ['publish', 'sync'],
        parse: parse/* text */.Qq,
    },
    'build-isolation': {
        description: [
            "Build in an isolated environment with the project's build requirements (PEP 517). Set",
            'false to build with what the interpreter has.',
        ],
        default: 'true',
        actions: ['publish', 'sync'],
        parse: parse/* bool */.lc,
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
    },
    'build-timeout': {
        description: [
            'Seconds one build may run before it (and everything it started) is killed; up to 21600.',
        ],
        default: '3600',
        actions: ['publish', 'sync'],
        parse: (0,parse/* seconds */.YA)(6 * 3600),
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
    },
    cache: {
        description: "Restore and save pip's cache for the build with the Actions cache.",
        default: 'true',
        actions: ['publish', 'sync'],
        parse: parse/* bool */.lc,
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
    },
    'pr-title': {
        description: [
            'Pull request title (and commit headline). Placeholders: {name} {version} {previous}',
            '{index} {project-url} {tag} {sha} {compare-url} {source-repo} {consumer} {files}.',
        ],
        default: 'Bump {name} to {version}',
        actions: ['publish', 'bump'],
        parse: parse/* text */.Qq,
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
    },
    labels: {
        description: 'Labels for new pull requests, comma-separated.',
        actions: ['publish', 'bump'],
        parse: parse/* list */.p_,
    },
    reviewers: {
        description: 'Users to request reviews from on new pull requests, comma-separated logins.',
        actions: ['publish', 'bump'],
        parse: parse/* list */.p_,
    },
    'team-reviewers': {
        description: [
            'Teams to request reviews from on new pull requests, comma-separated slugs (or org/slug).',
        ],
        actions: ['publish', 'bump'],
        parse: parse/* list */.p_,
    },
    draft: {
        description: 'Open pull requests as drafts.',
        default: 'false',
        actions: ['publish', 'bump'],
        parse: parse/* bool */.lc,
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
    },
    'sign-commits': {
        description: [
            'Commit through GraphQL createCommitOnBranch, so GitHub signs the commits and marks them',
            'verified (and fewer requests are made). false commits through the git data REST API.',
        ],
        default: 'true',
        actions: ['publish', 'bump'],
        parse: parse/* bool */.lc,
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
    },
    'command-timeout': {
        description: 'bump — seconds `run` may take before it is killed (at most 21600).',
        default: '1800',
        actions: ['bump'],
        parse: (0,parse/* seconds */.YA)(6 * 3600),
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
/* harmony export */   aO: () => (/* binding */ consoleLog)
/* harmony export */ });
/* unused harmony exports commandGuard, silentOutput */
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
