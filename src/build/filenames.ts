import { valid as validVersion } from '@renovatebot/pep440';
import { normalizeName } from '../pins/names.js';

/** What a distribution's filename says about it. */
export interface DistFilename {
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
 * for a distribution.
 */
export function parseDistFilename(filename: string): DistFilename | undefined {
  // Names and versions only ever use these characters; anything else (quotes, slashes,
  // control bytes) would be unsafe in a form field or a path, and is not a distribution.
  if (!/^[A-Za-z0-9._+!-]+$/.test(filename)) return undefined;
  const wheel = WHEEL.exec(filename);
  if (wheel) {
    const [, name, version, , py, abi, plat] = wheel;
    if (!name || !version || !validVersion(version)) return undefined;
    return { kind: 'wheel', name, version, tags: `${py}-${abi}-${plat}` };
  }
  const sdist = SDIST.exec(filename);
  if (sdist) {
    const [, name, version] = sdist;
    if (!name || !version || !validVersion(version)) return undefined;
    return { kind: 'sdist', name, version };
  }
  return undefined;
}

/** True when the filename belongs to project `name` (compared after PEP 503 normalisation). */
export function filenameMatchesProject(filename: string, name: string): boolean {
  const parsed = parseDistFilename(filename);
  return parsed !== undefined && normalizeName(parsed.name) === normalizeName(name);
}
