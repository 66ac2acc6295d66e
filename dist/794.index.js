export const id = 794;
export const ids = [794,349];
export const modules = {

/***/ 6591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



/* unused reexport */ __webpack_require__(5335);
exports.parse = __webpack_require__(2696);


/***/ }),

/***/ 2696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBump: () => (/* binding */ runBump)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/build/runner.ts
var runner = __webpack_require__(6748);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/github/bump.ts + 6 modules
var bump = __webpack_require__(570);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/pins/diff.ts
var pins_diff = __webpack_require__(7009);
// EXTERNAL MODULE: ./src/build/environment.ts
var environment = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/build/isolation.ts
var isolation = __webpack_require__(3468);
;// CONCATENATED MODULE: ./src/bump/run-command.ts




/** Variables sudo may reset even with -E; set again by `env` after the drop (none is secret). */
const CARRIED = /^(PATH|HOME|TMPDIR|LD_[A-Z0-9_]+|PYTHON[A-Z0-9_]*|VIRTUAL_ENV|WHEELRELAY_[A-Z_]+)$/;
/** Finds the best way this machine allows, trying each for real once. */
async function chooseCommandIsolation(run, env = process.env, self = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 }) {
    const tools = {
        unshare: await (0,isolation/* findProgram */.Kp)('unshare', env.PATH),
        setpriv: await (0,isolation/* findProgram */.Kp)('setpriv', env.PATH),
        sudo: await (0,isolation/* findProgram */.Kp)('sudo', env.PATH),
        env: await (0,isolation/* findProgram */.Kp)('env', env.PATH),
        test: await (0,isolation/* findProgram */.Kp)('test', env.PATH),
    };
    const tried = [];
    const probe = async (iso) => {
        const [c, a] = iso.wrap([tools.test ?? 'test', '-d', '/proc/1'], env, '/');
        const res = await run(c, a, { timeoutMs: 30_000 });
        if (res.exitCode === 0)
            return true;
        tried.push(`${iso.kind}: ${(0,runner/* tail */.RT)(res.output, 1) || `exit code ${res.exitCode}`}`);
        return false;
    };
    const { unshare, setpriv } = tools;
    if (unshare && setpriv && tools.env) {
        let viaSudo = false;
        if (self.uid !== 0 && tools.sudo) {
            const res = await run(tools.sudo, ['-n', 'true'], { timeoutMs: 30_000 });
            viaSudo = res.exitCode === 0;
            if (!viaSudo)
                tried.push(`sudo -n: ${(0,runner/* tail */.RT)(res.output, 1) || `exit code ${res.exitCode}`}`);
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
            wrap: (argv, _env, _cwd) => (0,isolation/* namespaceCommand */.fH)(tools, 'current-user', argv[0], argv.slice(1)),
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
                .filter(([name, value]) => value !== undefined && CARRIED.test(name))
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
        ...(0,environment/* childEnvironment */.Q)(opts.env ?? process.env),
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
        throw new errors/* WheelrelayError */.V6(`the command \`${opts.argv.join(' ')}\` ${why}; nothing was committed. Its last lines:\n${(0,runner/* tail */.RT)(res.output)}`, 'Run it in the checkout by hand to see why (the release is in WHEELRELAY_NAME, WHEELRELAY_VERSION, WHEELRELAY_INDEX_URL).');
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/github/edits.ts
var edits = __webpack_require__(7966);
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
            throw new errors/* WheelrelayError */.V6(`git could not ${what} in ${this.root} (exit ${res.exitCode}): ${(0,runner/* tail */.RT)(res.output, 5)}`, 'Run the bump in a git checkout of the consumer (actions/checkout first).');
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
        return (0,edits/* matchFiles */.xo)(listed.split('\n').filter(Boolean), globs);
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
            throw new errors/* WheelrelayError */.V6(`${path} is not UTF-8 text`, 'wheelrelay commits text files only; leave it out of `requirement-files`, or make the command not change it.');
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
            throw new errors/* WheelrelayError */.V6(`${path} is not a plain file inside the checkout`, 'wheelrelay edits and commits files of the checkout only, never through a link.');
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
    const found = (0,edits/* editsFor */.L7)(files, target);
    if (found.errors.length > 0) {
        throw new errors/* WheelrelayError */.V6(found.errors.map((e) => e.message).join('; '), 'Nothing was changed. Fix the entry by hand, or leave the file out of `requirement-files`.');
    }
    for (const edit of found.edits)
        await checkout.write(edit.path, edit.after);
    return { ...found, unmatched };
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
            throw new errors/* WheelrelayError */.V6(`the command deleted ${path}; nothing was committed`, 'wheelrelay commits changed and new files; make the command regenerate files in place.');
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
    const pins = await movePins(checkout, s, log);
    if (pins.edits.length === 0) {
        if (pins.current.length === 0) {
            throw new errors/* WheelrelayError */.V6(`no file of \`requirement-files\` (${s.requirementFiles.join(', ')}) pins ${release.name}`, 'List the files that pin it (e.g. `requirements/*.in`), or drop this consumer from the publisher.');
        }
        log.info(`${pins.current.join(', ')} already pin ${release.name} ${release.version}`);
        return { outcome: 'skipped', edits: [], diff: '', details: '' };
    }
    if (s.run && isolation)
        await runCommand(s.run, isolation, s, deps);
    const edits = await collectChanges(checkout, dirty);
    const diff = edits.map((e) => (0,pins_diff/* unifiedDiff */.W)(e.path, e.before, e.after)).join('');
    const details = changeDetails(pins.edits, edits, s.run);
    if (s.dryRun || !s.github) {
        // The caller shows the diff where its user reads it (the CLI on stdout, the action in a group).
        log.info(`${edits.length} file(s) changed${s.dryRun ? ' (dry run: nothing sent to GitHub)' : ''}: ${edits.map((e) => e.path).join(', ')}`);
        return { outcome: 'changed', edits, diff, details };
    }
    const { cfg, consumer } = s.github;
    const pull = await log.group(`Committing to ${consumer.owner}/${consumer.repo}`, () => (0,bump/* bumpCheckout */.N_)(cfg, outcomeOf(release), { ...consumer, globs: [] }, { rewrite: { ...pins, edits }, head, details }, { log }));
    return { outcome: pull.outcome, edits, diff, details, pull };
}
/** Rewrites the release's pins in the checkout's requirement files, saying what moved. */
async function movePins(checkout, s, log) {
    const { release } = s;
    const target = {
        name: release.name,
        version: release.version,
        hashes: release.files.length > 0 ? release.files.map((f) => `sha256:${f.sha256}`) : undefined,
    };
    return log.group(`Moving ${release.name} to ${release.version}`, async () => {
        const moved = await rewriteCheckout(checkout, s.requirementFiles, target);
        for (const glob of moved.unmatched)
            log.warning(`'${glob}' matches no tracked file`);
        for (const edit of moved.edits) {
            for (const c of edit.changes)
                log.info(`${edit.path}:${c.line}: ${c.after.trim()}`);
        }
        return moved;
    });
}
/** Runs the consumer's command in the checkout, to regenerate what depends on the pins. */
async function runCommand(argv, isolation, s, { log, run }) {
    const { release } = s;
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
async function commandIsolation(s, deps) {
    const isolation = deps.isolation ?? (await chooseCommandIsolation(deps.run));
    deps.log.info(isolation.description);
    if (isolation.kind === 'none' && s.held.length > 0) {
        if (!s.buildsCanReadSecrets) {
            throw new errors/* WheelrelayError */.V6(`not run: this process holds ${s.held.join(', ')}, and ${isolation.description.replace(/^The/, 'the')}`, 'Run the bump where root, passwordless sudo or user namespaces are available (GitHub-hosted runners have sudo), or bump with `dry-run: true` in a job without the token and commit in another. To run it here anyway, knowing the command can read the token, set `builds-can-read-secrets: true`.');
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
    const lines = ['#### Pin change', '', (0,markdown/* markdownBlock */.dI)(pinLines.join('\n'), 'diff'), ''];
    const pinPaths = new Set(pinEdits.map((e) => e.path));
    const others = all.filter((e) => !pinPaths.has(e.path));
    if (run) {
        lines.push(`#### Regenerated by ${(0,markdown/* markdownText */.p7)(run.join(' '))}`, '');
        if (others.length === 0)
            lines.push('It changed no other file.', '');
        else {
            lines.push('| file | lines added | lines removed |', '| --- | --- | --- |');
            for (const e of others) {
                const { added, removed } = lineCounts((0,pins_diff/* unifiedDiff */.W)(e.path, e.before, e.after));
                lines.push(`| ${(0,markdown/* markdownText */.p7)(e.path)} | ${added} | ${removed} |`);
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(9687);
// EXTERNAL MODULE: ./src/build/filenames.ts
var filenames = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/github/release-payload.ts
var release_payload = __webpack_require__(6817);
// EXTERNAL MODULE: ./src/index/directory.ts + 1 modules
var directory = __webpack_require__(5139);
// EXTERNAL MODULE: ./src/index/kinds/index.ts + 6 modules
var kinds = __webpack_require__(6027);
// EXTERNAL MODULE: ./src/index/remote.ts + 2 modules
var remote = __webpack_require__(4349);
// EXTERNAL MODULE: ./src/index/retry.ts
var retry = __webpack_require__(5434);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(5640);
;// CONCATENATED MODULE: ./src/bump/look-up.ts












/**
 * The release of a manual run (`release: name==version`), completed from the index's simple
 * API at `simpleUrl`: the files of that version it lists, each with its sha256 (from the page,
 * or read from the file where the page gives none), so that pins with `--hash` lines can move
 * too. The result passes the same checks as a dispatch's payload.
 */
async function lookUpRelease(release, simpleUrl, opts) {
    const client = openSimple(simpleUrl, opts);
    try {
        const listed = await client.listProject(release.name);
        const page = client.projectUrl(release.name);
        if (!listed) {
            throw new errors/* WheelrelayError */.V6(`${(0,secrets/* safeUrl */.Pl)(page)} does not know ${release.name}`, 'Check `release` and `index-url` (the simple API pip installs from), or wait until the publisher has verified the release.');
        }
        const mine = listed.filter((f) => {
            const parsed = (0,filenames/* parseDistFilename */.hk)(f.filename);
            return (!f.yanked &&
                parsed !== undefined &&
                (0,names/* normalizeName */.Pc)(parsed.name) === (0,names/* normalizeName */.Pc)(release.name) &&
                (0,pep440.eq)(parsed.version, release.version));
        });
        if (mine.length === 0) {
            throw new errors/* WheelrelayError */.V6(`${(0,secrets/* safeUrl */.Pl)(page)} lists no file of ${release.name} ${release.version} (it lists ${listed.length} file(s) of other versions, or yanked)`, 'Check the version in `release`, or wait until the publisher has verified the release.');
        }
        const files = [];
        for (const f of mine) {
            files.push({ filename: f.filename, sha256: f.sha256 ?? (await client.sha256Of(f)) });
        }
        opts.log.info(`${(0,secrets/* safeUrl */.Pl)(page)} lists ${files.map((f) => f.filename).join(', ')} for ${release.version}`);
        return (0,release_payload/* readReleasePayload */.Cy)({ ...release, files, 'project-url': page });
    }
    finally {
        await client.close();
    }
}
function openSimple(simpleUrl, opts) {
    const simpleRoot = simpleUrl.endsWith('/') ? simpleUrl : `${simpleUrl}/`;
    if (simpleRoot.startsWith('file:')) {
        // The directory index's simple API is <root>/simple/: the client wants the root.
        return new directory/* DirectoryIndex */.u((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(simpleRoot).replace(/\/$/, '')));
    }
    return new remote.RemoteIndex({
        kind: (0,kinds.indexKind)('generic'),
        uploadUrl: simpleRoot,
        simpleUrl: simpleRoot,
        retry: retry/* DEFAULT_RETRY */.vI,
        timeoutMs: opts.timeoutMs,
        log: opts.log,
    });
}

// EXTERNAL MODULE: ./src/github/outputs.ts
var outputs = __webpack_require__(734);
;// CONCATENATED MODULE: ./src/bump/report.ts



/**
 * The bump action's outputs: `name`, `version`, `outcome` (created, updated, unchanged,
 * skipped, failed; `changed` on a dry run), `changed-files` (JSON list of the changed paths) and
 * `pull-request` (JSON, one entry as the publisher's `pull-requests` output lists it; `{}` when
 * none was opened).
 */
function bumpOutputs(release, result) {
    const [pull] = result.pull ? (0,outputs/* pullRequestsOf */.T)([result.pull]) : [];
    return {
        name: release.name,
        version: release.version,
        outcome: result.outcome,
        'changed-files': JSON.stringify(result.edits.map((e) => e.path)),
        'pull-request': JSON.stringify(pull ?? {}),
    };
}
/** The job summary: the outcome and pull request, the pin change, the regenerated files; the diff on a dry run. */
function bumpSummary(release, result, dryRun) {
    const lines = [
        `### wheelrelay: bump ${(0,markdown/* markdownText */.p7)(release.name)} to ${(0,markdown/* markdownText */.p7)(release.version)}${dryRun ? ' (dry run, nothing sent to GitHub)' : ''}`,
        '',
    ];
    const pull = result.pull;
    const url = (0,markdown/* markdownUrl */.$x)(pull?.url);
    const link = url && pull?.number ? ` · [#${pull.number}](${url})` : '';
    const reason = pull?.reason ? `: ${(0,markdown/* markdownText */.p7)(pull.reason)}` : '';
    lines.push(`Outcome: **${result.outcome}**${link}${reason}`, '');
    if (result.outcome === 'skipped' && result.edits.length === 0) {
        lines.push('The requirement files already pin this version: nothing changed.', '');
    }
    if (result.details)
        lines.push(result.details, '');
    if (dryRun && result.diff) {
        lines.push('<details><summary>diff</summary>', '', (0,markdown/* markdownBlock */.dI)(result.diff, 'diff'), '</details>', '');
    }
    return (0,secrets/* redact */.E$)(lines.join('\n'));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/github/settings.ts
var github_settings = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/inputs/parse.ts
var parse = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/inputs/read.ts + 1 modules
var read = __webpack_require__(3537);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
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
        throw new errors/* InputError */.dz(input, 'is empty', 'Give the command that regenerates the compiled files, e.g. `make compile-requirements`.');
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
    return new errors/* InputError */.dz(input, `(${text.trim().slice(0, 120)}) has ${what}, which only a shell understands; wheelrelay runs the command without one`, "Write one program and its arguments (e.g. `make compile-requirements`); the release is in WHEELRELAY_NAME, WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL. To use a shell, say so: `bash -ec 'pip-compile … && make docs'`.");
}

;// CONCATENATED MODULE: ./src/bump/settings.ts









/**
 * Reads the bump action's inputs and the event that started the run. The release comes from
 * the `release` input when given (`name==version`), else from the event: a `repository_dispatch`
 * of type `wheelrelay-release` (its `client_payload`), or a `workflow_dispatch` whose inputs
 * have `release`. Everything is validated before the checkout is touched.
 */
function readBumpActionSettings(input, env, workspace, onSecret = () => { }) {
    // Secrets are masked first (by Inputs), so that nothing printed while validating the rest
    // can show them.
    const inputs = new read/* Inputs */.G(input, 'bump', onSecret);
    const token = inputs.read('token');
    const { release, source } = readRelease(inputs.read('release'), env);
    const indexUrl = inputs.read('index-url');
    if (indexUrl !== undefined)
        checkIndexUrl(indexUrl);
    // A dispatch names its own index; `index-url` serves runs whose release names none.
    if (indexUrl && !release['index-url'])
        release['index-url'] = indexUrl;
    const requirementFiles = inputs.read('requirement-files') ?? [];
    if (requirementFiles.length === 0) {
        throw new errors/* WheelrelayError */.V6('input `requirement-files` is required', 'List the files that pin the package, relative to the checkout (e.g. `requirements/edx/github.in`); the `run` command regenerates the rest.');
    }
    for (const glob of requirementFiles) {
        if ((0,parse/* leavesRoot */.hs)(glob)) {
            throw new errors/* WheelrelayError */.V6(`input \`requirement-files\` has '${glob}', which leaves the checkout`, 'Give paths and globs relative to the checkout, without `..`.');
        }
    }
    const runText = inputs.read('run');
    const pull = (0,github_settings/* readPullSettings */.$)(inputs, env);
    const settings = {
        release,
        source,
        requirementFiles,
        run: runText ? parseRunCommand(runText) : undefined,
        workspace,
        dryRun: pull.dryRun,
        commandTimeoutMs: inputs.read('command-timeout') * 1000,
        buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
        held: (0,environment/* secretsInEnvironment */.W)(env),
        ...(source === 'input' && indexUrl ? { lookUp: indexUrl } : {}),
    };
    if (pull.dryRun)
        return settings;
    if (!token) {
        throw new errors/* WheelrelayError */.V6('input `token` is empty', 'Leave it at its default (`github.token`, the token of the job, with `permissions: contents: write, pull-requests: write`), or pass a token that may push branches and open pull requests here; or set `dry-run: true`.');
    }
    return {
        ...settings,
        github: pullTarget(pull, token, release['source-repo'], consumerOf(env)),
    };
}
/**
 * Where a bump in a checkout commits and opens its pull request: `consumer` (this repository
 * and the branch it checked out), with the pull-request settings, through `token`.
 */
function pullTarget(pull, token, sourceRepo, consumer) {
    const cfg = {
        ...pull,
        consumers: [],
        token,
        pinStyle: 'index',
        sourceRepo,
        concurrency: 1,
    };
    return { cfg, consumer };
}
function readRelease(spec, env) {
    if (spec)
        return { release: (0,release_payload/* releaseFromSpec */.vZ)(spec), source: 'input' };
    const name = env.GITHUB_EVENT_NAME ?? '';
    const event = readEvent(env.GITHUB_EVENT_PATH);
    if (name === 'repository_dispatch') {
        if (event.action !== release_payload/* RELEASE_EVENT */.TH) {
            throw new errors/* WheelrelayError */.V6(`this run was started by a repository_dispatch of type '${String(event.action ?? '').slice(0, 80)}', not ${release_payload/* RELEASE_EVENT */.TH}`, `Trigger the job with \`on: repository_dispatch: types: [${release_payload/* RELEASE_EVENT */.TH}]\`.`);
        }
        return { release: (0,release_payload/* readReleasePayload */.Cy)(event.client_payload), source: 'dispatch' };
    }
    const inputs = event.inputs;
    if (name === 'workflow_dispatch' && typeof inputs?.release === 'string' && inputs.release) {
        return { release: (0,release_payload/* releaseFromSpec */.vZ)(inputs.release), source: 'input' };
    }
    throw new errors/* WheelrelayError */.V6(`no release to bump: this run was started by ${name ? `a ${name} event` : 'no event'} and input \`release\` is empty`, `Run it \`on: repository_dispatch: types: [${release_payload/* RELEASE_EVENT */.TH}]\` (a publisher with \`consumers: owner/repo: dispatch\` sends it), or \`on: workflow_dispatch\` with a \`release\` input (name==version).`);
}
function readEvent(path) {
    if (!path)
        return {};
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new errors/* WheelrelayError */.V6(`the event payload (GITHUB_EVENT_PATH) could not be read: ${err.message}`, 'Run the action in a GitHub Actions job; the runner writes the event there.');
    }
    return parsed !== null && typeof parsed === 'object' ? parsed : {};
}
/** Refuses an `index-url` that is no http(s) or file URL, or that carries credentials. */
function checkIndexUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.dz('index-url', `is not a URL: ${(0,secrets/* safeUrl */.Pl)(raw)}`, "Give the index's simple API as pip's `--index-url` takes it (e.g. https://devpi.example.com/ci/cache/+simple/).");
    }
    if (!['https:', 'http:', 'file:'].includes(url.protocol)) {
        throw new errors/* InputError */.dz('index-url', `has scheme ${url.protocol}`, 'Use https:// (or http:// on a trusted network), or file:// for a directory index.');
    }
    if (url.username || url.password) {
        throw new errors/* InputError */.dz('index-url', 'carries credentials', 'The command and the pull request see this URL: give the index without credentials (pip reads them from its own configuration, e.g. PIP_INDEX_URL in a secret or netrc).');
    }
}
/** The repository this workflow runs in, and the branch it checked out, as the consumer. */
function consumerOf(env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* WheelrelayError */.V6(`GITHUB_REPOSITORY is '${env.GITHUB_REPOSITORY ?? ''}', not owner/repo`, 'Run the action in a GitHub Actions job, or set `dry-run: true` to only change the checkout.');
    }
    const ref = env.GITHUB_REF ?? '';
    if (!ref.startsWith('refs/heads/')) {
        throw new errors/* WheelrelayError */.V6(`this run is on ${ref || 'no ref'}, not a branch: there is no base for the pull request`, 'Run it on a branch (a repository_dispatch runs on the default branch; pick a branch for workflow_dispatch).');
    }
    return { owner, repo, base: ref.slice('refs/heads/'.length) };
}

;// CONCATENATED MODULE: ./src/bump/action.ts








/** How long one request to the index may take when a manual run reads the release's files. */
const LOOK_UP_TIMEOUT_MS = 120_000;
/**
 * The bump action (`bump/action.yml`), in the consumer's own workflow: read the release (the
 * dispatch's payload or the `release` input) and the inputs, move the pins in the checkout,
 * run the consumer's command, commit what changed and open or update the pull request; then
 * outputs and the job summary. One clear error, and outcome `failed`, when anything fails.
 */
async function runBump({ log }) {
    try {
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const settings = readBumpActionSettings({ get: (name) => core/* getInput */.V4(name) }, process.env, workspace, (secret) => core/* setSecret */.Pq(secret));
        const { release } = settings;
        log.info(`${release.name} ${release.version}, from ${settings.source === 'dispatch' ? `a ${release['source-repo'] ?? 'publisher'} dispatch` : 'input `release`'}`);
        if (settings.lookUp) {
            const simple = settings.lookUp;
            settings.release = await log.group(`Reading the files of ${release.name} ${release.version}`, () => lookUpRelease(release, simple, { log, timeoutMs: LOOK_UP_TIMEOUT_MS }));
        }
        const result = await bumpInCheckout(settings, { log, run: runner/* execRunner */.M6 });
        if (result.diff && (settings.dryRun || !settings.github)) {
            await log.group('The changes (unified diff)', async () => {
                const out = log.output('info');
                for (const line of result.diff.split('\n'))
                    out.line(line);
                out.end();
            });
        }
        for (const [key, value] of Object.entries(bumpOutputs(settings.release, result))) {
            core/* setOutput */.uH(key, value);
        }
        if (process.env.GITHUB_STEP_SUMMARY) {
            await core/* summary */.z.addRaw(bumpSummary(settings.release, result, settings.dryRun)).write();
        }
        if (result.pull?.outcome === 'failed') {
            core/* setFailed */.C1((0,secrets/* redact */.E$)(`the pull request could not be opened: ${result.pull.reason ?? ''}`));
        }
    }
    catch (err) {
        core/* setOutput */.uH('outcome', 'failed');
        (0,errors/* debugStack */.WO)(err, (text) => core/* debug */.Yz(text));
        core/* setFailed */.C1((0,secrets/* redact */.E$)((0,errors/* describeError */.Uc)(err)));
    }
}


/***/ }),

/***/ 4349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RemoteIndex: () => (/* binding */ RemoteIndex)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/index/http.ts + 1 modules
var index_http = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/index/kinds/detect.ts
/**
 * Recognises the index server from the headers of any answer it gives: devpi sends
 * `X-Devpi-*` headers (`X-Devpi-Server-Version` among them) on every answer, Artifactory
 * `X-Artifactory-Id`, Nexus `Server: Nexus/<version>`. pypiserver sends nothing of its own
 * (`Server: waitress`, the WSGI server under it): it, and any index that says nothing, is left
 * to the kind the URL gave. Header names are lower-case, as undici and node give them.
 */
function kindFromHeaders(headers) {
    const value = (name) => {
        const v = headers[name];
        return Array.isArray(v) ? v[0] : v;
    };
    const devpi = Object.keys(headers)
        .filter((name) => name.startsWith('x-devpi-'))
        .sort((a, b) => Number(b === 'x-devpi-server-version') - Number(a === 'x-devpi-server-version'));
    if (devpi[0])
        return { type: 'devpi', evidence: `${display(devpi[0])}: ${value(devpi[0])}` };
    const artifactory = value('x-artifactory-id');
    if (artifactory !== undefined)
        return { type: 'artifactory', evidence: `X-Artifactory-Id: ${artifactory}` };
    const server = value('server');
    if (server && /^nexus\//i.test(server.trim()))
        return { type: 'nexus', evidence: `Server: ${server}` };
    return undefined;
}
/** `x-devpi-server-version` as servers write it: `X-Devpi-Server-Version`. */
function display(name) {
    return name.replace(/(^|-)([a-z])/g, (_m, dash, c) => dash + c.toUpperCase());
}

// EXTERNAL MODULE: ./src/index/kinds/index.ts + 6 modules
var kinds = __webpack_require__(6027);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(7055);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/index/legacy-upload.ts




/** The form fields of the legacy upload API for one file, but for the digests. */
function uploadFields(dist) {
    const m = dist.metadata;
    const fields = [
        [':action', 'file_upload'],
        ['protocol_version', '1'],
        ['metadata_version', m.metadataVersion],
        ['name', m.name],
        ['version', m.version],
        ['filetype', dist.kind === 'wheel' ? 'bdist_wheel' : 'sdist'],
        ['pyversion', dist.pyversion],
    ];
    if (m.summary)
        fields.push(['summary', m.summary]);
    if (m.requiresPython)
        fields.push(['requires_python', m.requiresPython]);
    // A form value cannot hold a line break without breaking the multipart framing.
    return fields.map(([k, v]) => [k, v.replace(/[\r\n]+/g, ' ')]);
}
/** The digest fields, which the form carries after the file (see multipartUpload). */
function digestFields(d) {
    const fields = [['sha256_digest', d.sha256]];
    if (d.blake2b256)
        fields.push(['blake2_256_digest', d.blake2b256]);
    return fields;
}
/**
 * Bytes read from disk per chunk: 1 MiB, a quarter of the per-chunk work (reads, promises,
 * socket writes) of 256 KiB, while the four reused buffers still hold only 4 MiB.
 */
const CHUNK_BYTES = 1 << 20;
/**
 * Encodes the upload as multipart/form-data with an exact Content-Length, because several
 * index servers (WSGI ones behind pypiserver and devpi among them) do not accept chunked
 * request bodies. undici's FormData hung against node's own http server here; this streams
 * the file part from disk.
 *
 * The digest fields come after the file. Servers parse the whole form before reading fields
 * (warehouse, devpi and pypiserver were checked), and this way the digests are computed from
 * the very bytes being sent, while they are sent: a 200 MB wheel is read from disk once, and
 * hashing overlaps the network instead of preceding it. Their length is known in advance.
 */
function multipartUpload(dist, choice) {
    const boundary = `wheelrelay-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const part = ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
    const prefix = Buffer.from(`${uploadFields(dist).map(part).join('')}--${boundary}\r\n` +
        `Content-Disposition: form-data; name="content"; filename="${dist.filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n');
    const suffix = (d) => Buffer.from(`\r\n${digestFields(d).map(part).join('')}--${boundary}--\r\n`);
    const placeholder = {
        sha256: '0'.repeat(64),
        ...(choice.blake2b && { blake2b256: '0'.repeat(64) }),
    };
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: prefix.length + dist.size + suffix(placeholder).length,
        async *open() {
            yield prefix;
            const known = await (0,inspect/* knownDigests */.lg)(dist)?.catch(() => undefined);
            const complete = known && (!choice.blake2b || known.blake2b256) ? known : undefined;
            const hasher = complete ? undefined : await (0,inspect/* digestHasher */.gO)(choice);
            // A few buffers, reused in turn: a fresh one per chunk would pile up outside V8's heap
            // until a collection (some 64 MB more for a large wheel). The HTTP client asks for the
            // next chunk only once the socket has taken the last one (it waits for 'drain'; see
            // IndexHttp.post), so a buffer comes round again long after its bytes were sent.
            // The next chunk is read while this one is hashed and sent, into the buffer after it:
            // the disk and the socket work at once, as curl's do.
            const pool = Array.from({ length: 4 }, () => Buffer.allocUnsafe(CHUNK_BYTES));
            const file = await (0,promises_.open)(dist.path);
            const readInto = (i, at) => file.read(pool[i % pool.length], 0, CHUNK_BYTES, at);
            let next = readInto(0, 0);
            let sent = 0;
            try {
                for (let i = 0;; i++) {
                    const { bytesRead, buffer } = await next;
                    if (bytesRead === 0)
                        break;
                    sent += bytesRead;
                    if (sent > dist.size)
                        break;
                    next = readInto(i + 1, sent);
                    const chunk = buffer.subarray(0, bytesRead);
                    hasher?.update(chunk);
                    yield chunk;
                }
            }
            finally {
                // A read still under way (the upload ended early) settles before the file closes.
                await next.catch(() => undefined);
                await file.close();
            }
            if (sent !== dist.size)
                throw new errors/* WheelrelayError */.V6(`${dist.filename} changed size while it was uploaded (${dist.size} bytes when inspected, ${sent} sent)`, 'Something wrote to the file during the upload: let the build (or the download of its artifact) finish before publishing, then run again.');
            const digests = complete ?? hasher.digest();
            (0,inspect/* rememberDigests */.Pi)(dist, digests);
            yield suffix({
                sha256: digests.sha256,
                ...(choice.blake2b && { blake2b256: digests.blake2b256 }),
            });
        },
    };
}

// EXTERNAL MODULE: ./src/index/retry.ts
var retry = __webpack_require__(5434);
;// CONCATENATED MODULE: ./src/index/remote.ts










/** An HTTP index speaking the legacy upload API and the simple API. */
class RemoteIndex {
    settings;
    kind;
    http;
    log;
    /** Pending until an answer has said (or not said) what the index is. */
    detect;
    detecting;
    constructor(settings) {
        this.settings = settings;
        this.kind = settings.kind;
        this.log = settings.log ?? log/* silentLog */.aB;
        this.detect = settings.detect;
        this.http = this.open(settings.uploadUrl, settings.simpleUrl);
    }
    /** The index as users name it: its upload URL, without credentials. */
    get label() {
        return (0,secrets/* safeUrl */.Pl)(this.http.uploadUrl);
    }
    /** As the kind says, once it is known (an index still to be detected is read first). */
    get refusesReuploads() {
        return this.kind.refusesReuploads && !this.detect;
    }
    open(uploadUrl, simpleUrl) {
        const s = this.settings;
        const http = new index_http/* IndexHttp */.P(simpleUrl, uploadUrl, s.credentials, s.retry, s.timeoutMs, s.clock);
        http.expectHtmlPages = this.kind.htmlPagesOnly === true;
        return http;
    }
    projectUrl(project) {
        return (0,secrets/* safeUrl */.Pl)(this.http.projectUrl(project));
    }
    async listProject(project) {
        if (this.detect) {
            // The first caller's read is the probe; callers meanwhile wait for its verdict.
            if (!this.detecting) {
                const probe = this.probe(project);
                this.detecting = probe.catch(() => undefined);
                return probe;
            }
            await this.detecting;
        }
        return this.http.listProject(project);
    }
    /**
     * Reads a project page and decides the kind from the answer's headers. When the kind says
     * the simple API (or the upload URL) is elsewhere, the read is made again there.
     */
    async probe(project) {
        const detect = this.detect;
        let seen;
        this.http.onAnswer = (url, _status, headers) => {
            seen ??= { url, headers };
        };
        let listed;
        let failure;
        try {
            listed = await this.http.listProject(project);
        }
        catch (err) {
            failure = err;
        }
        finally {
            this.http.onAnswer = undefined;
        }
        if (!seen) {
            // No answer at all (the index is down): nothing learnt; the next read asks again.
            this.detecting = undefined;
            throw failure;
        }
        this.detect = undefined;
        const found = kindFromHeaders(seen.headers);
        if (!found) {
            this.log.info(`index-type not given: no header of ${(0,secrets/* safeUrl */.Pl)(seen.url)} names devpi, Artifactory or Nexus, so the index is used as ${this.kind.type} (simple API ${(0,secrets/* safeUrl */.Pl)(this.http.simpleUrl)}); pypiserver and other indexes with the simple API at <index-url>simple/ work so`);
        }
        else {
            const kind = (0,kinds.indexKind)(found.type);
            const urls = kind.urls(new URL(detect.indexUrl));
            const simpleUrl = detect.simpleUrlGiven ? this.http.simpleUrl : urls.simpleUrl;
            this.kind = kind;
            this.log.info(`index-type not given: detected ${found.type} from the header ${found.evidence} of ${(0,secrets/* safeUrl */.Pl)(seen.url)}; simple API ${(0,secrets/* safeUrl */.Pl)(simpleUrl ?? this.http.simpleUrl)}`);
            if (simpleUrl &&
                (simpleUrl !== this.http.simpleUrl || urls.uploadUrl !== this.http.uploadUrl)) {
                const old = this.http;
                this.http = this.open(urls.uploadUrl, simpleUrl);
                await old.close();
                // The page read is good where the simple API stays; elsewhere, read it there.
                if (simpleUrl !== old.simpleUrl)
                    return this.http.listProject(project);
            }
        }
        if (failure !== undefined)
            throw failure;
        return listed;
    }
    sha256Of(file) {
        return this.http.sha256Of(file.url);
    }
    async copyOf(file, maxBytes) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wheelrelay-copy-'));
        const done = () => (0,promises_.rm)(dir, { recursive: true, force: true });
        // The filename was matched against a built file's, which is a checked distribution name.
        const path = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file.filename));
        try {
            await this.http.download(file.url, path, maxBytes);
        }
        catch (err) {
            await done();
            throw err;
        }
        return { path, done };
    }
    async store(dist) {
        const body = multipartUpload(dist, { blake2b: this.kind.blake2b });
        let answer;
        try {
            answer = await this.http.post(body.open(), body.contentType, body.length);
        }
        catch (err) {
            const e = err;
            const detail = `${e.code ?? 'error'}: ${e.message ?? String(err)}`;
            if ((0,retry/* isRetryableError */.$d)(err)) {
                // A broken connection may come after the index stored the file; a refused one cannot.
                return { outcome: 'retry', detail, maybeStored: !(0,retry/* isNotConnectedError */.J_)(err) };
            }
            throw err;
        }
        const { status, body: text } = answer;
        const detail = `HTTP ${status}${text.trim() ? `: ${text.replace(/\s+/g, ' ').trim().slice(0, 300)}` : ''}`;
        if (status >= 200 && status < 300)
            return { outcome: 'stored' };
        if (this.kind.isExistingFileAnswer(status, text))
            return { outcome: 'exists', detail };
        if (retry/* RETRYABLE_STATUS */.Uz.includes(status)) {
            // A gateway error may come after the index stored the file; re-check before retrying.
            return {
                outcome: 'retry',
                detail,
                retryAfterMs: answer.retryAfterMs,
                maybeStored: status >= 500,
            };
        }
        return { outcome: 'refused', status, detail, hint: refusalHint(status, this.kind) };
    }
    close() {
        return this.http.close();
    }
}
function refusalHint(status, kind) {
    if (status === 401) {
        return 'The index did not accept the credentials: check `username` and `password` (for an API token the username is `__token__`).';
    }
    if (status === 403) {
        // pypiserver answers a wrong password with 403, not 401, so both causes are named.
        return 'The index refused this upload: check `username` and `password`, that the user may upload to this index, and that `index-url` is the index you meant.';
    }
    if (status === 404 || status === 405) {
        return `Nothing takes uploads at this URL: check \`index-url\` and \`index-type\` (a ${kind.type} index-url looks like ${kind.example}).`;
    }
    if (status === 413) {
        return 'The file is larger than the index (or a proxy in front of it) accepts: raise its upload size limit.';
    }
    return 'The index refused the file; its answer above says why.';
}


/***/ })

};
