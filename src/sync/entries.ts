import { valid as validVersion } from '@renovatebot/pep440';
import { normalizeName } from '../pins/names.js';
import { findVcsRequirements } from '../pins/vcs.js';
import { addBasicAuth, addSecret } from '../secrets.js';

/** Where a requirement is written: a file (or `<input>` for a requirement given directly) and line. */
interface Location {
  readonly file: string;
  readonly line: number;
}

/** Credentials written into a requirement's URL, taken out so they never reach a command line. */
export interface UrlCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * One thing to sync: a repository at a ref (and subdirectory), however many times the
 * requirement files mention it.
 */
export interface SyncEntry {
  /** `url@ref#subdirectory name`: what makes two requirements the same entry. */
  readonly key: string;
  /** From `#egg=` or `name @`; undefined when only a build can tell. */
  readonly name?: string;
  /** The version the requirement names or its tag implies, PEP 440 normalised. */
  readonly version?: string;
  /** Where `version` came from: the `#egg=name==version` fragment, or a tag-like ref. */
  readonly versionFrom?: 'egg' | 'tag';
  /** The clone URL without credentials. */
  readonly url: string;
  readonly ref?: string;
  readonly subdirectory?: string;
  /** Every place the requirement is written. */
  readonly locations: readonly Location[];
  /** The requirement as first written (credentials masked), for reports and the plan matrix. */
  readonly requirement: string;
  /** Credentials from the URL (`https://user:token@host/…`); never printed. */
  readonly credentials?: UrlCredentials;
}

/** A requirement file's path (as the user named it) and its text. */
export interface RequirementSource {
  readonly file: string;
  readonly text: string;
}

/**
 * Every git-pinned requirement in the given files, one entry per repository, ref,
 * subdirectory and package name, in the order first seen. Pure: text in, entries out (credentials found in URLs
 * are registered as secrets so no later message can print them, and handed to `onSecret`,
 * the runner's masking, so the runner hides them too).
 */
export function collectEntries(
  sources: readonly RequirementSource[],
  onSecret?: (secret: string) => void,
): SyncEntry[] {
  const byKey = new Map<string, { entry: SyncEntry; locations: Location[] }>();
  for (const { file, text } of sources) {
    for (const req of findVcsRequirements(text)) {
      const { url, credentials } = splitCredentials(req.url, onSecret);
      // Two names for one commit cannot both be right: keep them apart, so each is checked.
      const key = `${entryKey(url, req.ref, req.subdirectory)}${req.name ? ` ${normalizeName(req.name)}` : ''}`;
      const location = { file, line: req.line };
      const eggVersion = req.version ? (validVersion(req.version) ?? undefined) : undefined;
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
      const entry: SyncEntry = {
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
export function entryKey(url: string, ref?: string, subdirectory?: string): string {
  let id = url.replace(/\/+$/, '').replace(/\.git$/, '');
  try {
    const u = new URL(id);
    id = `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host.toLowerCase()}${u.pathname}`;
  } catch {}
  return `${id}@${ref ?? 'HEAD'}${subdirectory ? `#${subdirectory.replace(/^\/+|\/+$/g, '')}` : ''}`;
}

/** A full or abbreviated commit id (7 to 40 hex digits). */
export function isCommitId(ref: string): boolean {
  return /^[0-9a-f]{7,40}$/i.test(ref);
}

/**
 * The version a tag-like ref names (`v1.2.3`, `1.2.3`, `xblock-0.4.12`, `refs/tags/v1.0`), or
 * undefined for commits, branches and anything that does not end in a dotted PEP 440 version.
 * Refs with a `/` (other than `refs/tags/`) are branches by convention (`release/1.2`).
 */
export function versionFromRef(ref: string): string | undefined {
  const tag = ref.replace(/^refs\/tags\//, '');
  if (isCommitId(tag) || tag.includes('/')) return undefined;
  const m = /^(?:.*[-_])?[vV]?(\d+(?:\.\d+)+\S*)$/.exec(tag);
  const raw = m?.[1];
  return raw ? (validVersion(raw) ?? undefined) : undefined;
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
function splitCredentials(
  url: string,
  onSecret?: (secret: string) => void,
): { url: string; credentials?: UrlCredentials } {
  const m = new RegExp(`^${USER_INFO}`, 'i').exec(url);
  if (!m) return { url };
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
  addSecret(rawPassword || rawUser, onSecret);
  addBasicAuth(credentials.username, credentials.password, onSecret);
  return { url: `${scheme}${url.slice(whole.length)}`, credentials };
}

/** Percent-decodes URL user-info; a malformed escape is kept as written. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The requirement with the user-info of its http(s) URL replaced by `***`. */
function maskRequirement(raw: string): string {
  return raw.replace(new RegExp(USER_INFO, 'i'), '$1***@');
}

/** The entry's URL with its ref and subdirectory, as pip writes it, for messages. */
export function describeEntry(entry: SyncEntry): string {
  const name = entry.name ? `${entry.name}${entry.version ? `==${entry.version}` : ''} ` : '';
  const sub = entry.subdirectory ? `#subdirectory=${entry.subdirectory}` : '';
  return `${name}(${entry.url}${entry.ref ? `@${entry.ref}` : ''}${sub})`;
}
