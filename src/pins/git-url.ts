import { isValidName, NAME_PATTERN } from './names.js';

/** A half-open range `[start, end)` of a logical line's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A version written in an `#egg=` fragment, with the separator before it. */
interface EggVersion {
  readonly value: string;
  readonly span: Span;
  /** `==`/`===` as in `egg=name==1.0`, or `-` in the old `egg=name-1.0` style. */
  readonly separator: '==' | '===' | '-';
}

/** The `#egg=` fragment of a VCS URL. */
interface Egg {
  readonly name: string;
  /** Extras as written, brackets included, or `''`. */
  readonly extras: string;
  readonly version?: EggVersion;
}

/** A pip git URL (`git+https://…@ref#egg=…`, `git+ssh://…`, `git://…`), spans in line coordinates. */
export interface GitUrl {
  readonly span: Span;
  /** What `git clone` takes: no `git+` prefix, no `@ref`, no fragment. */
  readonly cloneUrl: string;
  readonly ref?: { readonly value: string; readonly span: Span };
  /** Where an `@ref` goes when the URL has none: the end of the path. */
  readonly refInsertAt: number;
  readonly egg?: Egg;
  readonly subdirectory?: string;
}

const GIT_SCHEME = /^(?:git\+[A-Za-z][A-Za-z0-9+.-]*|git):\/\//i;
const MODERN_EGG = new RegExp(`^(${NAME_PATTERN})(\\[[^\\]]*\\])?(?:(===|==)(.+))?$`);
// Old pip read `egg=name-1.2` and `egg=name-dev` as name plus version. Requiring a dotted
// number keeps names such as `django-2fa` or `xblock-drag-and-drop-v2` whole.
const LEGACY_EGG = /^(.*?)-(dev|\d+(?:\.\d+)+\S*)$/;

/** Whether a requirement token is a git URL pip would clone. */
function isGitUrl(token: string): boolean {
  return GIT_SCHEME.test(token);
}

function parseEgg(value: string, at: number): Egg | undefined {
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
  if (legacyName !== undefined && legacyVersion !== undefined && isValidName(legacyName)) {
    const start = at + legacyName.length + 1;
    const span = { start, end: start + legacyVersion.length };
    return {
      name: legacyName,
      extras: '',
      version: { value: legacyVersion, span, separator: '-' },
    };
  }
  if (name !== undefined && separator === undefined) return { name, extras };
  return undefined;
}

/**
 * Parses a git URL token that starts at `at` in its line. Returns undefined for anything that
 * is not a git URL. An `#egg=` value pip would reject (`egg=lettuce=1.8-support`) gives no egg.
 */
export function parseGitUrl(token: string, at: number): GitUrl | undefined {
  if (!isGitUrl(token)) return undefined;
  const hashAt = token.indexOf('#');
  const withoutFragment = hashAt < 0 ? token : token.slice(0, hashAt);
  // The ref is the last `@` of the path, so `ssh://git@host/…` keeps its user.
  const pathStart = withoutFragment.indexOf('/', withoutFragment.indexOf('://') + 3);
  const refAt = pathStart < 0 ? -1 : withoutFragment.lastIndexOf('@');
  const hasRef = refAt > pathStart && pathStart >= 0;
  const location = hasRef ? withoutFragment.slice(0, refAt) : withoutFragment;
  const url: {
    -readonly [K in keyof GitUrl]: GitUrl[K];
  } = {
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
      if (eq >= 0 && key === 'egg') url.egg = parseEgg(value, at + offset + eq + 1);
      if (eq >= 0 && key === 'subdirectory') url.subdirectory = value;
      offset += param.length + 1;
    }
  }
  return url;
}
