"use strict";
exports.id = 748;
exports.ids = [748];
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


/***/ })

};
;