export const id = 148;
export const ids = [148];
export const modules = {

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

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ indexInputs),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   fK: () => (/* binding */ skipDependencyCheckMisuse),
/* harmony export */   vJ: () => (/* binding */ readStdin),
/* harmony export */   xX: () => (/* binding */ INDEX_FLAGS)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);



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
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
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
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache'), 'wheelrelay', 'index'));
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


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   V6: () => (/* binding */ WheelrelayError),
/* harmony export */   WO: () => (/* binding */ debugStack)
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
/* harmony export */   F4: () => (/* binding */ constraintBlockers),
/* harmony export */   bw: () => (/* binding */ derivedRef),
/* harmony export */   sM: () => (/* binding */ PinError)
/* harmony export */ });
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
        const plan = planEntry(requirement, target, where);
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
    for (const entry of (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRequirements */ .E)(text).entries) {
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
function planEntry(requirement, target, where) {
    const { pin, git } = requirement;
    if (pin)
        return planPin(requirement, pin, target, where);
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
function planPin(requirement, pin, target, where) {
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
function rewriteLines(lines, logical, hashes, plan, given) {
    const newHashes = [...new Set(given ?? [])].sort();
    const block = plan.replaceHashes ? hashBlock(lines, logical, hashes) : undefined;
    const inline = plan.replaceHashes && !block ? inlineHashEdits(logical, hashes, newHashes) : [];
    const texts = (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .applyEdits */ .ct)(lines, logical, [...plan.edits, ...inline]);
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
