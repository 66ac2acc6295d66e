"use strict";
exports.id = 87;
exports.ids = [87];
exports.modules = {

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

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   fK: () => (/* binding */ skipDependencyCheckMisuse),
/* harmony export */   vJ: () => (/* binding */ readStdin),
/* harmony export */   vM: () => (/* binding */ isSet),
/* harmony export */   y6: () => (/* binding */ flagValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5377);



/**
 * How a command ends when it cannot do its work: the message on stderr, exit 2 for a usage
 * error (an InputError names the flag) or 1 for a failed run; with --json also the outputs'
 * shape, with `error`, as one JSON object on stdout.
 */
class Ending {
    command;
    json;
    shape;
    constructor(command, json, shape) {
        this.command = command;
        this.json = json;
        this.shape = shape;
    }
    /** A usage error: the message (and the usage text, when given) on stderr; exit code 2. */
    usage(message, usage) {
        process.stderr.write(`wheelrelay ${this.command}: ${message}\n${usage ? `\n${usage}` : ''}`);
        this.printJson(message);
        return 2;
    }
    /** An error from reading the settings or from the run: 2 for a refused flag, 1 otherwise. */
    failed(err, log) {
        const usage = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .usageMessage */ .XI)(this.command, err);
        if (usage !== undefined)
            return this.usage(usage);
        log.error((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err));
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .debugStack */ .WO)(err, (text) => log.debug(text));
        this.printJson((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err));
        return 1;
    }
    printJson(error) {
        if (this.json) {
            process.stdout.write(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(JSON.stringify({ ...this.shape(), error: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(error) }))}\n`);
        }
    }
}
/**
 * Parses a command's arguments with its flags (src/cli/flags.ts). Returns them, or the exit
 * code when there is nothing more to do: 0 after printing --help, 2 after a usage error.
 * `failedShape` is what --json prints, with `error`, when the command cannot do its work.
 */
function parseCommand(command, argv, usage, failedShape = () => ({})) {
    // Made only when printed: a run that parses has no use for it.
    const text = () => `${usage.head}\noptions:\n${(0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .optionsHelp */ .EW)(command)}${usage.tail ? `\n${usage.tail}` : ''}`;
    const end = new Ending(command, jsonAsked(argv), failedShape);
    const parsed = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(command, argv);
    if ('usage' in parsed)
        return end.usage(parsed.usage, text());
    if (parsed.values.help) {
        process.stdout.write(text());
        return 0;
    }
    return { ...parsed, end };
}
/** Whether `--json` is among the flags (before any `--`), even where they do not parse. */
function jsonAsked(argv) {
    const end = argv.indexOf('--');
    return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
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
/** All of standard input, without a final newline (for --password-stdin and its kind). */
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
}
/** A flag's value as given (a string), or undefined. */
function flagValue(line, flag) {
    const value = line.values[flag];
    return typeof value === 'string' ? value : undefined;
}
/** Whether a switch was given. */
function isSet(line, flag) {
    return line.values[flag] === true;
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ flagInputs),
/* harmony export */   EW: () => (/* binding */ optionsHelp),
/* harmony export */   Jo: () => (/* binding */ userIndexDir),
/* harmony export */   XI: () => (/* binding */ usageMessage),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   iU: () => (/* binding */ stdinFlags)
/* harmony export */ });
/* unused harmony exports commandInputs, absentInputs, commandFlags, flagFor */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _inputs_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5541);





/** The command line's own flags: what the action learns elsewhere, or has no use for. */
const OWN_FLAGS = [
    {
        name: 'skip-dependency-check',
        commands: ['publish', 'sync'],
        after: 'build-isolation',
        help: [
            'with --no-build-isolation: build even when the environment lacks a',
            "build requirement the project declares (build's own flag; for",
            'projects that declare one they never use)',
        ],
    },
    {
        name: 'tag',
        arg: 'TAG',
        commands: ['publish'],
        after: 'tag-pattern',
        help: [
            "the release tag; the build's version must match it (the CLI's",
            'own: the action reads the tag from the tag push)',
        ],
    },
    {
        name: 'keep-dist',
        commands: ['publish'],
        after: 'dry-run',
        help: [
            'keep the folder the build wrote its files to (its path is logged);',
            'it is removed when the run ends otherwise',
        ],
    },
    {
        name: 'repository',
        arg: 'OWNER/REPO',
        commands: ['bump'],
        after: 'command-timeout',
        help: [
            'commit the changes to wheelrelay/<name> there and open or update',
            'the pull request, as the action does (the checkout must be a clone',
            'of it); the token comes from $WHEELRELAY_GITHUB_TOKEN or',
            '--token-stdin, never from an argument',
        ],
    },
    {
        name: 'base',
        arg: 'BRANCH',
        commands: ['bump'],
        after: 'command-timeout',
        help: ["the pull request's base"],
        shows: 'the branch checked out',
    },
    {
        name: 'hash',
        arg: 'sha256:HEX',
        repeatable: true,
        commands: ['pin'],
        help: [
            'hash of a published file (repeat for each wheel/sdist); required',
            'where an entry has --hash lines, which are replaced by these',
        ],
    },
    { name: 'ref', arg: 'REF', commands: ['pin'], help: ['the tag or sha for --style git'] },
    {
        name: 'check',
        commands: ['pin'],
        help: [
            'write nothing; exit 1 when a file needs a change, or a constraint',
            'blocks VERSION (for CI)',
        ],
    },
    {
        name: 'json',
        commands: ['publish', 'sync'],
        help: ['print the outputs as one JSON object on stdout (also on failure,', 'with error)'],
        per: {
            sync: [
                'print the result (every entry and its outcome) as JSON on stdout',
                '(also on failure, with error)',
            ],
        },
    },
    { name: 'verbose', short: 'v', commands: ['publish', 'sync', 'bump'], help: ['debug logging'] },
    { name: 'help', short: 'h', commands: ['publish', 'sync', 'bump', 'pin'], help: ['this help'] },
];
/** The commands an input's row reaches: its `cli.commands`, or those of its actions. */
function commandsOf(row) {
    return row.cli.commands ?? row.actions.map((a) => a);
}
/** The inputs a command takes (as flags, arguments or from the environment), in table order. */
function commandInputs(command) {
    return Object.entries(_inputs_table_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc)
        .filter(([, row]) => commandsOf(row).includes(command))
        .map(([name, row]) => [name, row.cli]);
}
/** The inputs of the command's action that it has no flag for, each with the reason. */
function absentInputs(command) {
    return Object.entries(INPUTS)
        .filter(([, row]) => row.actions.includes(command))
        .filter(([, row]) => !commandsOf(row).includes(command))
        .map(([name, row]) => [name, row.cli.absent ?? '']);
}
/** A command's flags, in the order --help lists them. */
function commandFlags(command) {
    const flags = [];
    for (const [input, way] of commandInputs(command)) {
        if (way.positional && !way.arg)
            continue;
        const own = way.per?.[command];
        const row = _inputs_table_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc[input];
        flags.push({
            name: way.flag ?? input,
            ...(way.short ? { short: way.short } : {}),
            ...(way.stdin ? {} : { arg: own?.arg ?? way.arg }),
            repeatable: way.repeatable,
            optionalArg: way.optionalArg,
            help: own?.help ?? way.help ?? [],
            shows: own?.shows ?? way.shows ?? (way.arg ? row.default : undefined),
            input,
        });
        for (const o of OWN_FLAGS.filter((f) => f.after === input && f.commands.includes(command))) {
            flags.push(ownFlag(o, command));
        }
    }
    const placed = new Set(flags.map((f) => f.name));
    for (const o of OWN_FLAGS.filter((f) => f.commands.includes(command) && !placed.has(f.name))) {
        flags.push(ownFlag(o, command));
    }
    return flags;
}
function ownFlag(o, command) {
    const { commands: _c, after: _a, per, ...flag } = o;
    return { ...flag, help: per?.[command] ?? o.help };
}
/** The parseArgs options of a command's flags (a flag with an optional value is taken out before). */
function parseOptions(flags) {
    const options = {};
    for (const f of flags) {
        if (f.optionalArg)
            continue;
        options[f.name] = {
            type: f.arg ? 'string' : 'boolean',
            ...(f.short ? { short: f.short } : {}),
            ...(f.repeatable ? { multiple: true } : {}),
        };
    }
    return options;
}
/** The options part of a command's --help: each flag, what it does, and its default. */
function optionsHelp(command) {
    const out = [];
    for (const f of commandFlags(command)) {
        const value = f.arg ? (f.optionalArg ? `[=${f.arg}]` : ` ${f.arg}`) : '';
        const head = `  ${f.short ? `-${f.short}, ` : ''}--${f.name}${value}`;
        const help = [...f.help];
        if (f.shows) {
            const last = help.pop();
            const note = `(default: ${f.shows})`;
            if (last === undefined)
                help.push(note);
            else if (last.length + note.length < 72)
                help.push(`${last} ${note}`);
            else
                help.push(last, note);
        }
        const [first = '', ...rest] = help;
        if (head.length <= 24)
            out.push(`${head.padEnd(26)}${first}`);
        else
            out.push(head, `${' '.repeat(26)}${first}`);
        for (const line of rest)
            out.push(`${' '.repeat(26)}${line}`);
    }
    return `${out.join('\n')}\n`;
}
/**
 * Parses a command's arguments (node's util.parseArgs, strict, with the flags the table and
 * OWN_FLAGS give it). Returns the values, or a usage error's message.
 */
function parseFlags(command, argv) {
    const flags = commandFlags(command);
    const optional = flags.filter((f) => f.optionalArg);
    const rest = [];
    const taken = {};
    for (const [i, arg] of argv.entries()) {
        if (arg === '--') {
            rest.push(...argv.slice(i));
            break;
        }
        const flag = optional.find((f) => arg === `--${f.name}` || arg.startsWith(`--${f.name}=`));
        if (flag)
            taken[flag.name] = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : 'true';
        else
            rest.push(arg);
    }
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: rest,
            options: parseOptions(flags),
            allowPositionals: true,
            strict: true,
        });
        const values = parsed.values;
        return { values: { ...values, ...taken }, positionals: parsed.positionals };
    }
    catch (err) {
        return { usage: err.message };
    }
}
/**
 * The inputs a command's flags stand for, by the action's names: a value as given, a switch as
 * the value it sets, a repeated flag as lines, a secret from standard input (`stdin`, read once
 * by the caller) or its environment variable, and a missing value from the row's variable.
 */
function flagInputs(command, values, env, stdin) {
    const inputs = {};
    for (const [input, way] of commandInputs(command)) {
        const given = values[way.flag ?? input];
        let value;
        if (way.stdin)
            value = given ? stdin : undefined;
        else if (Array.isArray(given))
            value = given.join('\n');
        else if (typeof given === 'boolean')
            value = given ? (way.sets ?? 'true') : undefined;
        else
            value = given;
        const variable = way.per?.[command]?.env ?? way.env;
        inputs[input] = value ?? (variable ? env[variable] || undefined : undefined);
    }
    return inputs;
}
/** The flags of a command that read standard input, and which of them were given. */
function stdinFlags(command, values) {
    return commandInputs(command)
        .filter(([input, way]) => way.stdin && values[way.flag ?? input])
        .map(([input, way]) => `--${way.flag ?? input}`);
}
/** How a command names an input in a message: its flag, its argument, or its variable. */
function flagFor(command, input) {
    const way = commandInputs(command).find(([name]) => name === input)?.[1];
    if (!way)
        return undefined;
    if (way.positional && !way.arg)
        return way.positional;
    return `--${way.flag ?? input}`;
}
/**
 * An InputError as the command line says it, naming flags for inputs (`--retries` is '99';
 * "Set `--username` too"), or undefined for any other error.
 */
function usageMessage(command, err) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
        return undefined;
    const name = (input) => flagFor(command, input) ?? input;
    const text = `\`${name(err.input)}\` ${err.problem}${err.hint ? `\n${err.hint}` : ''}`;
    return text.replace(/`([a-z][a-z-]*)`/g, (whole, input) => input in _inputs_table_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc && flagFor(command, input) ? `\`${name(input)}\`` : whole);
}
/** The CLI's default index: $WHEELRELAY_INDEX_URL, else the directory index in the user's cache. */
function userIndexDir(env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache'), 'wheelrelay', 'index');
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

/***/ 5541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mc: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony exports OUTPUTS, ACTION_FILES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _index_kinds_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2961);
/* harmony import */ var _index_upstream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7751);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3718);




/** `rewrite`: true (bare pins where the upstream index allows), hash, or false. */
const rewriteMode = (value, name) => {
    if (/^hash(es)?$/i.test(value))
        return 'hash';
    try {
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(value, name) ? 'pin' : false;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `is '${value}'`, "It must be true (index pins where the upstream index has no other files of that version), hash (index pins with the synced files' --hash) or false.");
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
    : (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(value, name, ['merge', 'squash', 'rebase']);
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(['sync', 'plan']),
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_,
        cli: { positional: 'FILE...' },
    },
    requirement: {
        description: [
            "sync/plan: requirement lines to sync directly, one a line (what a plan's matrix job gets",
            'as `matrix.requirement`).',
        ],
        actions: ['sync'],
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .lines */ .Mn,
        cli: { arg: 'LINE', repeatable: true, help: ['sync this requirement line too (repeatable)'] },
    },
    jobs: {
        description: [
            'sync — how many entries are fetched and built at once, 1 to 64. Default the number of cores',
            '(at most 64).',
        ],
        actions: ['sync'],
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(1, 64),
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_,
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
        default: _index_upstream_js__WEBPACK_IMPORTED_MODULE_1__/* .PYPI_SIMPLE */ .wT,
        actions: ['sync'],
        parse: (value) => (0,_index_upstream_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUpstreamIndex */ .F9)(value),
        cli: {
            arg: 'URL',
            env: 'WHEELRELAY_UPSTREAM_INDEX',
            help: [
                'the simple API pip may read besides the index, asked before a bare',
                'pin is written (none: do not ask)',
            ],
            shows: `$WHEELRELAY_UPSTREAM_INDEX, else ${_index_upstream_js__WEBPACK_IMPORTED_MODULE_1__/* .PYPI_SIMPLE */ .wT}`,
        },
    },
    'matrix-limit': {
        description: [
            'plan — the most jobs the `matrix` output may have (1 to 256); more entries are shared out',
            'evenly.',
        ],
        default: '256',
        actions: ['sync'],
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(1, 256),
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(_index_kinds_types_js__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_TYPES */ .V),
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
        cli: { arg: 'URL', help: ['simple API of the index, when it cannot be derived'] },
    },
    username: {
        description: 'Index user name. Use `__token__` with an API token.',
        actions: ['publish', 'sync'],
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(['wheel', 'sdist', 'both']),
        cli: { arg: 'KIND', help: ['what to build: wheel, sdist or both'] },
    },
    python: {
        description: [
            'Python interpreter that runs the build (`python -m build`, or `pip wheel` when build is',
            'not installed).',
        ],
        default: 'python3',
        actions: ['publish', 'sync'],
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
        cli: { arg: 'PATH', help: ['Python interpreter for the builds'] },
    },
    'build-isolation': {
        description: [
            "Build in an isolated environment with the project's build requirements (PEP 517). Set",
            'false to build with what the interpreter has.',
        ],
        default: 'true',
        actions: ['publish', 'sync'],
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .versionPattern */ .D8,
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .YA)(),
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .YA)(),
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .YA)(6 * 3600),
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(0, 20),
        cli: { arg: 'N', help: ['retries for a failed request (0 to 20)'] },
    },
    cache: {
        description: "Restore and save pip's cache for the build with the Actions cache.",
        default: 'true',
        actions: ['publish', 'sync'],
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(['index', 'git']),
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq,
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .YA)(6 * 3600),
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
        parse: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
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
        parse: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(['dry-run', 'publish']),
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
;