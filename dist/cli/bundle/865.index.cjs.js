"use strict";
exports.id = 865;
exports.ids = [865,748];
exports.modules = {

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


/***/ }),

/***/ 5865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pinCommand: () => (/* binding */ pinCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _build_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6748);
/* harmony import */ var _inputs_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5541);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5625);
/* harmony import */ var _pins_diff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7009);
/* harmony import */ var _pins_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6352);
/* harmony import */ var _sync_entries_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7667);
/* harmony import */ var _sync_git_fetch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(898);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);









const PIN_USAGE = {
    head: `usage: wheelrelay pin NAME==VERSION FILE... [options]

Move every pin of NAME in the requirement files to VERSION, in place, and print a unified
diff. Only the pins change; comments, options, hashes of other packages and line endings stay.
`,
    tail: `A requirement of NAME that is no pin and excludes VERSION (a constraint such as NAME==1.11.*)
is reported with its file:line and left as written.

exit codes: 0 done (or nothing to change), 1 --check found changes or a blocking constraint,
or a pin cannot be rewritten, 2 usage.
`,
};
/** How long one `git ls-remote` may take. */
const LS_REMOTE_TIMEOUT_MS = 60_000;
/** `wheelrelay pin`; returns the exit code. */
async function pinCommand(argv, run = _build_runner_js__WEBPACK_IMPORTED_MODULE_1__.execRunner) {
    const line = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommand */ .RM)('pin', argv, PIN_USAGE);
    if (typeof line === 'number')
        return line;
    const [spec, ...files] = line.positionals;
    const m = /^([^=\s]+)==([^=\s]+)$/.exec(spec ?? '');
    if (!m || files.length === 0) {
        return line.end.usage('give NAME==VERSION and at least one FILE', PIN_USAGE.head);
    }
    let style;
    try {
        style = _inputs_table_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc['pin-style'].parse((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .flagValue */ .y6)(line, 'style') ?? _inputs_table_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc['pin-style'].default, 'pin-style');
    }
    catch (err) {
        return line.end.failed(err, (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleLog */ .aO)(false));
    }
    const hashes = line.values.hash;
    const ref = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .flagValue */ .y6)(line, 'ref');
    // An index pin has no ref: silently writing one without it would drop what was asked.
    if (ref && style !== 'git') {
        return line.end.usage('--ref applies to --style git (a git pin moved to that ref); an index pin has no ref', PIN_USAGE.head);
    }
    const target = {
        name: m[1],
        version: m[2],
        ...(hashes ? { hashes } : {}),
        style,
        ...(ref ? { gitRef: ref } : {}),
    };
    let failed = false;
    let changed = false;
    let blocked = false;
    for (const file of files) {
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
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
            const result = await rewriteFile(text, target, file, run);
            for (const b of result.blockers) {
                blocked = true;
                process.stderr.write(`wheelrelay pin: ${blockerMessage(file, b, target)}\n`);
            }
            if (result.status === 'not-found' && result.blockers.length === 0) {
                process.stderr.write(`wheelrelay pin: ${file} does not pin ${target.name}\n`);
            }
            if (result.status !== 'changed')
                continue;
            changed = true;
            process.stdout.write((0,_pins_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .unifiedDiff */ .W)(file, text, result.text));
            if (!(0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .isSet */ .vM)(line, 'check'))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, result.text);
        }
        catch (err) {
            if (!(err instanceof _pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PinError */ .sM))
                throw err;
            process.stderr.write(`wheelrelay pin: ${err.message}\n`);
            failed = true;
        }
    }
    return failed || ((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .isSet */ .vM)(line, 'check') && (changed || blocked)) ? 1 : 0;
}
/** What a constraint that excludes the version says: where, what it allows, what to do. */
function blockerMessage(file, b, target) {
    return `${file}:${b.line}: ${b.requirement} excludes ${target.version} (it allows ${b.specifier} only): a constraint that blocks the release, left as written; change it by hand to allow ${target.version}`;
}
/**
 * Rewrites one file. For `--style git` without `--ref`, each git pin of the name moves to the
 * tag its own repository was checked to have; when one has none, nothing is written.
 */
async function rewriteFile(text, target, file, run) {
    const gitPins = (0,_sync_entries_js__WEBPACK_IMPORTED_MODULE_5__/* .collectEntries */ .XU)([{ file, text }]).filter((e) => e.name !== undefined && (0,_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sameName */ .q)(e.name, target.name));
    if (target.style !== 'git' || target.gitRef || gitPins.length === 0) {
        return (0,_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .rewritePins */ .DW)(text, target, file);
    }
    // Every tag first: a file is written only when each of its git pins has one.
    const byRef = new Map();
    for (const entry of gitPins) {
        const ref = await checkedTag(entry, target.version, file, run);
        byRef.set(ref, [...(byRef.get(ref) ?? []), ...entry.locations.map((l) => l.line)]);
    }
    const gitLines = new Set([...byRef.values()].flat());
    const others = (0,_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRequirements */ .Ez)(text)
        .entries.filter((e) => e.kind === 'requirement' &&
        !gitLines.has(e.line) &&
        e.requirement.name !== undefined &&
        (0,_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sameName */ .q)(e.requirement.name, target.name))
        .map((e) => e.line);
    const parts = [
        ...[...byRef].map(([gitRef, lines]) => ({ gitRef, lines })),
        ...(others.length > 0 ? [{ lines: others }] : []),
    ];
    let current = text;
    const changes = [];
    let found = false;
    for (const part of parts) {
        const res = (0,_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .rewritePins */ .DW)(current, { ...target, ...part }, file);
        current = res.text;
        changes.push(...res.changes);
        found ||= res.status !== 'not-found';
    }
    return {
        text: current,
        changes: changes.sort((a, b) => a.line - b.line),
        status: changes.length > 0 ? 'changed' : found ? 'already-current' : 'not-found',
        blockers: (0,_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .constraintBlockers */ .F4)(text, target.name, target.version),
    };
}
/**
 * The tag of `version` the entry's repository has: the form of the entry's old ref
 * (`xblock-0.4.12` → `xblock-0.4.13`), then VERSION, then vVERSION, as `git ls-remote` lists
 * them. A PinError when it has none, or cannot be asked.
 */
async function checkedTag(entry, version, file, run) {
    const line = entry.locations[0]?.line;
    const where = `${file}:${line}`;
    const candidates = [
        ...new Set([(0,_pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .derivedRef */ .bw)(entry.ref, entry.version, version), version, `v${version}`]),
    ];
    let found;
    try {
        found = await (0,_sync_git_fetch_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteTags */ .uv)(entry.url, candidates, run, {
            env: (0,_sync_git_fetch_js__WEBPACK_IMPORTED_MODULE_6__/* .gitEnvironment */ ._K)(entry.url, entry.credentials ? { credentials: entry.credentials } : {}),
            timeoutMs: LS_REMOTE_TIMEOUT_MS,
        });
    }
    catch (err) {
        throw new _pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PinError */ .sM(`${where}: cannot list the tags of ${entry.url}, so no checked ref can be written (${err.message.replace(/\s+/g, ' ').slice(0, 400)}); pass --ref with the tag or commit of ${version}`);
    }
    const tag = candidates.find((c) => found.has(c));
    if (!tag) {
        throw new _pins_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PinError */ .sM(`${where}: ${entry.url} has no tag ${candidates.join(', ')}: nothing was written. Tag the release there, or pass --ref with the tag or commit of ${version}`);
    }
    return tag;
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

/***/ 7009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
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






/***/ }),

/***/ 7667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   XU: () => (/* binding */ collectEntries),
/* harmony export */   jh: () => (/* binding */ isCommitId)
/* harmony export */ });
/* unused harmony exports entryKey, versionFromRef */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9687);
/* harmony import */ var _pins_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5640);
/* harmony import */ var _pins_vcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8076);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7194);




/**
 * Every git-pinned requirement in the given files, one entry per repository, ref,
 * subdirectory and package name, in the order first seen. Pure: text in, entries out (credentials found in URLs
 * are registered as secrets so no later message can print them, and handed to `onSecret`,
 * the runner's masking, so the runner hides them too).
 */
function collectEntries(sources, onSecret) {
    const byKey = new Map();
    for (const { file, text } of sources) {
        for (const req of (0,_pins_vcs_js__WEBPACK_IMPORTED_MODULE_2__/* .findVcsRequirements */ .o)(text)) {
            const { url, credentials } = splitCredentials(req.url, onSecret);
            // Two names for one commit cannot both be right: keep them apart, so each is checked.
            const key = `${entryKey(url, req.ref, req.subdirectory)}${req.name ? ` ${(0,_pins_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(req.name)}` : ''}`;
            const location = { file, line: req.line };
            const eggVersion = req.version ? ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .valid */ .rZ)(req.version) ?? undefined) : undefined;
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
    return raw ? ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .valid */ .rZ)(raw) ?? undefined) : undefined;
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
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(rawPassword || rawUser, onSecret);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addBasicAuth */ .qK)(credentials.username, credentials.password, onSecret);
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


/***/ }),

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   fk: () => (/* binding */ FetchError),
/* harmony export */   iH: () => (/* binding */ fetchCommit),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   uv: () => (/* binding */ remoteTags),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _build_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6748);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9148);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7194);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7667);







/** A fetch that failed; `reason` names the kind. */
class FetchError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .WheelrelayError */ .V6 {
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
    const basic = (user, password) => `Authorization: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .addBasicAuth */ .qK)(user, password)}`;
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(req.dir, { recursive: true });
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
    else if ((0,_entries_js__WEBPACK_IMPORTED_MODULE_6__/* .isCommitId */ .jh)(ref) &&
        !/could not read|authentication|not found|denied/i.test(shallow.output)) {
        await checkoutFromEveryRef(ref, req, where, { git, must }, log);
    }
    else {
        throw classify(shallow.output, where, req.url);
    }
    const commit = await must(['rev-parse', 'HEAD']);
    if (await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .exists */ .t)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(req.dir, '.gitmodules'))) {
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
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git', 'FETCH_HEAD'), 'utf8').catch(() => '');
    const tag = /\ttag '([^']+)' of /.exec(text)?.[1];
    return tag && !tag.startsWith('-') ? tag : undefined;
}
/** Turns git's complaint into an error that says what to fix. */
function classify(output, where, url) {
    const last = (0,_build_runner_js__WEBPACK_IMPORTED_MODULE_2__.tail)(output, 6);
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


/***/ })

};
;