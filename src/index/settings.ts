import { resolve } from 'node:path';
import { InputError, WheelrelayError } from '../errors.js';
import type { Inputs, SecretSink } from '../inputs/read.js';
import { addBasicAuth, addSecret, safeUrl } from '../secrets.js';
import type { Credentials } from './http.js';
import { detectIndexType, type IndexType, indexKind } from './kinds/index.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import type { IndexTarget } from './target.js';

/** How to reach the index and how patiently: every mode that talks to an index reads these. */
export interface IndexSettings {
  index: IndexTarget;
  /** How long uploaded files may take to be listed with the right sha256. */
  verifyTimeoutMs: number;
  /** How long one request may take as a whole (in sync, also one git command). */
  timeoutMs: number;
  retry: RetryPolicy;
}

/** Reads the index inputs (index-url, index-type, simple-url, username, password, timeouts, retries). */
export function readIndexSettings(
  inputs: Inputs,
  cwd: string,
  onSecret: SecretSink,
  warn: (message: string) => void,
): IndexSettings {
  return {
    index: readIndexTarget(inputs, cwd, onSecret, warn),
    verifyTimeoutMs: inputs.read('verify-timeout') * 1000,
    timeoutMs: inputs.read('timeout') * 1000,
    retry: { ...DEFAULT_RETRY, retries: inputs.read('retries') },
  };
}

/** The index to talk to: a directory, or an http(s) index of a kind, with its URLs and credentials. */
function readIndexTarget(
  inputs: Inputs,
  cwd: string,
  onSecret: SecretSink,
  warn: (message: string) => void,
): IndexTarget {
  const raw = inputs.read('index-url');
  if (!raw) {
    throw new InputError(
      'index-url',
      'is required',
      'Set it to the index to publish to (for example https://devpi.example.com/ci/cache/), or to a directory for the embedded static index.',
    );
  }
  const type = inputs.read('index-type');
  if (type === 'directory' || isDirectory(raw)) {
    if (type && type !== 'directory') {
      throw new InputError(
        'index-url',
        `is a directory (${raw}) but \`index-type\` is ${type}`,
        'Use an http(s) URL for that index type, or drop `index-type`.',
      );
    }
    const path = raw.startsWith('file:') ? new URL(raw).pathname : raw;
    return { type: 'directory', path: resolve(cwd, path) };
  }
  const url = readIndexUrl(raw);
  const simple = readSimpleUrl(inputs.read('simple-url'));
  const credentials = readCredentials(inputs, [url, simple], onSecret, warn);

  // index-type wins; then the URL's shape; where neither says, the index's first answer does.
  const shape = detectIndexType(url);
  const kind = indexKind((type ?? shape) as Exclude<IndexType, 'directory'>);
  const derived = kind.urls(url);
  let simpleUrl = derived.simpleUrl;
  if (simple) simpleUrl = simple.toString().endsWith('/') ? simple.toString() : `${simple}/`;
  if (!simpleUrl) {
    throw new WheelrelayError(
      `the simple API of ${safeUrl(url)} cannot be derived for index-type ${kind.type}`,
      "Set `simple-url` to the index's simple API (the URL pip uses as --index-url).",
    );
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
function readIndexUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(
      'index-url',
      `is not a URL or a directory: ${safeUrl(raw)}`,
      'Give an http(s) URL such as https://devpi.example.com/ci/cache/, or a path for the directory index.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      'index-url',
      `has scheme ${url.protocol} which is not supported`,
      'Use https:// (or http:// on a trusted network), or a directory path.',
    );
  }
  return url;
}

/**
 * The index's user and password, from `username` and `password`, or taken out of the index's
 * URLs: credentials in a URL end up in logs, outputs and process lists, so they are removed
 * (the URLs are changed in place), masked, and a warning says where to put them instead.
 */
function readCredentials(
  inputs: Inputs,
  [url, simple]: [URL, URL | undefined],
  onSecret: SecretSink,
  warn: (message: string) => void,
): Credentials | undefined {
  let username = inputs.read('username');
  let password = inputs.read('password');
  for (const [input, u] of [
    ['index-url', url],
    ['simple-url', simple],
  ] as const) {
    const found = u && takeUserInfo(u, onSecret);
    if (!found) continue;
    username ??= found.username;
    password ??= found.password || undefined;
    warn(
      `\`${input}\` had credentials embedded; they were removed from it and masked. Pass them as \`username\` and \`password\` (from secrets) instead.`,
    );
  }
  if (password && !username) {
    throw new InputError(
      'password',
      'is set but `username` is not',
      'Set `username` too (for an API token, the username is `__token__`).',
    );
  }
  if (!password || !username) return undefined;
  addBasicAuth(username, password, onSecret);
  return { username, password };
}

/** The `simple-url` input as a URL, or undefined when not given. */
function readSimpleUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    return new URL(raw);
  } catch {
    throw new InputError(
      'simple-url',
      `is not a URL: ${safeUrl(raw)}`,
      "Give the index's simple API as an http(s) URL (the URL pip uses as --index-url).",
    );
  }
}

/** Removes the user-info from `url` (in place) and registers its password; undefined when it had none. */
function takeUserInfo(
  url: URL,
  onSecret: SecretSink,
): { username: string; password: string } | undefined {
  if (!url.username && !url.password) return undefined;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const found = { username: decode(url.username), password: decode(url.password) };
  addSecret(found.password, onSecret);
  addSecret(url.password, onSecret);
  url.username = '';
  url.password = '';
  return found;
}

/** A local path or file:// URL (anything that is not an http(s) URL and has no other scheme). */
function isDirectory(raw: string): boolean {
  if (raw.startsWith('file:')) return true;
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw);
}
