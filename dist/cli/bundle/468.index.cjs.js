"use strict";
exports.id = 468;
exports.ids = [468,748];
exports.modules = {

/***/ 3468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ findProgram),
/* harmony export */   PT: () => (/* binding */ assertUsableByBuildUser),
/* harmony export */   RL: () => (/* binding */ unisolatedRefusal),
/* harmony export */   chooseIsolation: () => (/* binding */ chooseIsolation),
/* harmony export */   fH: () => (/* binding */ namespaceCommand),
/* harmony export */   unisolatedWarning: () => (/* binding */ unisolatedWarning)
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
    outer;
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
    constructor(outer, box, id, deps) {
        this.outer = outer;
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
        const outer = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'wheelrelay-build-'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.chmod)(outer, 0o711);
        const box = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(outer, 'b');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(box, { mode: 0o700 });
        for (const d of ['home', 'tmp', 'out', 'cache'])
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(box, d), { mode: 0o700 });
        return new UserSandbox(outer, box, await freshId(), deps);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .WheelrelayError */ .V6(`could not ${what} (${command} exited ${res.exitCode}): ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_8__.tail)(res.output, 5)}`, this.deps.viaSudo
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
            this.outer,
        ]);
        // If this process is stopped mid-build, the build user's processes still die, and its
        // folder goes.
        this.unhook = (0,_runner_js__WEBPACK_IMPORTED_MODULE_8__.onTermination)(() => {
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
            await this.mustRoot(`remove ${this.outer}`, need(this.deps.tools.rm, 'rm'), [
                '-rf',
                '--',
                this.outer,
            ]);
        }
        else {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(this.outer, { recursive: true, force: true });
        }
    }
}
/** A sandbox for builds that run as this user: in PID namespaces, or with no isolation. */
class SharedUserSandbox {
    folder;
    wrap;
    env;
    outDir;
    constructor(folder, wrap) {
        this.folder = folder;
        this.wrap = wrap;
        this.outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, 'out');
        this.env = { TMPDIR: (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, 'tmp') };
    }
    static async open(wrap) {
        const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'wheelrelay-build-'));
        for (const d of ['tmp', 'out'])
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, d));
        return new SharedUserSandbox(folder, wrap);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(this.folder, { recursive: true, force: true });
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
    tried.push(`sudo -n: ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_8__.tail)(res.output, 1) || `exit code ${res.exitCode}`}`);
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
        tried.push(`${kind}: ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_8__.tail)(res.output, 2) || `exit code ${res.exitCode}`}`);
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
        tried.push(`unshare (${variant}): ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_8__.tail)(res.output, 1) || `exit code ${res.exitCode}`}`);
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

/***/ 6748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   execRunner: () => (/* binding */ execRunner),
/* harmony export */   onTermination: () => (/* binding */ onTermination),
/* harmony export */   realTimers: () => (/* binding */ realTimers),
/* harmony export */   tail: () => (/* binding */ tail)
/* harmony export */ });
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


/***/ })

};
;