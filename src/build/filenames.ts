import { valid as validVersion } from '@renovatebot/pep440';
import { isValidName, normalizeName } from '../pins/names.js';

/** What a distribution's filename says about it. */
interface DistFilename {
  kind: 'wheel' | 'sdist';
  /** The name as written in the filename (escaped: `-` became `_` in wheels). */
  name: string;
  version: string;
  /** Tags of a wheel (`py3-none-any`), or undefined for an sdist. */
  tags?: string;
}

const WHEEL = /^([^-]+)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/;
const SDIST = /^(.+)-([^-]+)\.(tar\.gz|zip)$/;

/**
 * Parses a wheel (PEP 427) or sdist (PEP 625, with the legacy `.zip` form) filename.
 * Returns undefined for anything else, so a stray file in a dist directory is not mistaken
 * for a distribution: that includes a name that is not a valid package name (`..`, `!`,
 * `a+b`), which no index path or page may ever be made from.
 */
export function parseDistFilename(filename: string): DistFilename | undefined {
  const parsed = readDistFilename(filename);
  return 'problem' in parsed ? undefined : parsed;
}

/**
 * Why a file named like a distribution of a valid version (`..-1.0-py3-none-any.whl`) is not
 * one: its name is not a valid package name. Undefined for a distribution, and for anything
 * not named like one (a stray `notes.zip` stays a stray file).
 */
export function distFilenameProblem(filename: string): string | undefined {
  const parsed = readDistFilename(filename);
  return 'problem' in parsed && parsed.badName ? parsed.problem : undefined;
}

function readDistFilename(filename: string): DistFilename | { problem: string; badName?: boolean } {
  // Names and versions only ever use these characters; anything else (quotes, slashes,
  // control bytes) would be unsafe in a form field or a path, and is not a distribution.
  if (!/^[A-Za-z0-9._+!-]+$/.test(filename)) {
    return { problem: 'it has characters no wheel or sdist filename has' };
  }
  const wheel = WHEEL.exec(filename);
  const sdist = wheel ? undefined : SDIST.exec(filename);
  const [, name, version] = wheel ?? sdist ?? [];
  if (!name || !version)
    return { problem: 'it is not named name-version[-tags] (PEP 427 / PEP 625)' };
  if (!validVersion(version)) return { problem: `'${version}' is not a valid version (PEP 440)` };
  if (!isValidName(name)) {
    return { problem: `'${name}' is not a valid package name (PEP 508)`, badName: true };
  }
  if (wheel) {
    const [, , , , py, abi, plat] = wheel;
    return { kind: 'wheel', name, version, tags: `${py}-${abi}-${plat}` };
  }
  return { kind: 'sdist', name, version };
}

/** True when the filename belongs to project `name` (compared after PEP 503 normalisation). */
export function filenameMatchesProject(filename: string, name: string): boolean {
  const parsed = parseDistFilename(filename);
  return parsed !== undefined && normalizeName(parsed.name) === normalizeName(name);
}
