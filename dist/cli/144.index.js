export const id = 144;
export const ids = [144];
export const modules = {

/***/ 5882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pinCommand: () => (/* binding */ pinCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pins_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9518);
/* harmony import */ var _pins_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6029);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8000);




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
const FLAGS = {
    hash: { type: 'string', multiple: true },
    style: { type: 'string' },
    ref: { type: 'string' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** `wheelrelay pin`; returns the exit code. */
async function pinCommand(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommand */ .RM)('pin', argv, FLAGS, PIN_USAGE);
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
            const result = (0,_pins_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rewritePins */ .DW)(text, target, file);
            if (result.status === 'not-found') {
                process.stderr.write(`wheelrelay pin: ${file} does not pin ${target.name}\n`);
            }
            if (result.status !== 'changed')
                continue;
            changed = true;
            process.stdout.write((0,_pins_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .unifiedDiff */ .W)(file, text, result.text));
            if (!values.check)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, result.text);
        }
        catch (err) {
            if (!(err instanceof _pins_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PinError */ .sM))
                throw err;
            process.stderr.write(`wheelrelay pin: ${err.message}\n`);
            failed = true;
        }
    }
    return failed || (values.check && changed) ? 1 : 0;
}


/***/ }),

/***/ 9518:
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

/***/ 6029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* reexport safe */ _rewrite_js__WEBPACK_IMPORTED_MODULE_2__.DW),
/* harmony export */   Pc: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_0__.Pc),
/* harmony export */   sM: () => (/* reexport safe */ _rewrite_js__WEBPACK_IMPORTED_MODULE_2__.sM)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4657);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8109);
/* harmony import */ var _rewrite_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6353);
/* harmony import */ var _vcs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1825);
/** Requirement-file pins: pure functions from text to text and changes. */






/***/ }),

/***/ 5209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uH: () => (/* reexport */ clean),
  UD: () => (/* reexport */ compare),
  eq: () => (/* reexport */ eq),
  rZ: () => (/* reexport */ valid)
});

// UNUSED EXPORTS: RANGE_PATTERN, explain, filter, ge, gt, gte, inc, le, lt, lte, major, maxSatisfying, minSatisfying, minor, ne, neq, parse, patch, rcompare, satisfies, validRange

;// CONCATENATED MODULE: ../../main/node_modules/@renovatebot/pep440/lib/version.js
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function version_stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function version_explain(version) {
  const parsed = version_parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ../../main/node_modules/@renovatebot/pep440/lib/operator.js




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = version_parse(version);
  const parsedOther = version_parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}

;// CONCATENATED MODULE: ../../main/node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = specifier_parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ../../main/node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ../../main/node_modules/@renovatebot/pep440/index.js











/***/ })

};
