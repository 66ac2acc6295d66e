import { eq, valid as validVersion } from '@renovatebot/pep440';
import { filenameMatchesProject, parseDistFilename } from '../build/filenames.js';
import { describeError } from '../errors.js';
import type { UpstreamIndex } from '../index/upstream.js';

/**
 * What the upstream index (PyPI by default) has of a synced `name==version`: whether a bare
 * `name==version` pin could make pip take the upstream's files instead of the synced ones.
 */
export type UpstreamVerdict =
  /** The upstream lists no file of that version: a bare pin finds only the synced files. */
  | { readonly kind: 'absent'; readonly otherVersions: boolean }
  /** Every file the upstream lists for that version is one of the synced files (same sha256). */
  | { readonly kind: 'same-files' }
  /** The upstream lists that version with other files: a bare pin may install those. */
  | { readonly kind: 'other-files'; readonly files: readonly string[] }
  /** The upstream could not be asked; nothing is known. */
  | { readonly kind: 'unreachable'; readonly error: string };

/**
 * Asks the upstream for `name`'s files and compares those of `version` with the synced files'
 * sha256. A file the upstream lists without a sha256 counts as another file: it cannot be shown
 * to be the same.
 */
export async function checkUpstream(
  upstream: UpstreamIndex,
  name: string,
  version: string,
  syncedSha256: readonly string[],
): Promise<UpstreamVerdict> {
  let listed: Awaited<ReturnType<UpstreamIndex['listProject']>>;
  try {
    listed = await upstream.listProject(name);
  } catch (err) {
    return { kind: 'unreachable', error: describeError(err) };
  }
  const ours = new Set(syncedSha256.map((h) => h.toLowerCase()));
  const want = validVersion(version);
  let otherVersions = false;
  const others: string[] = [];
  let same = 0;
  for (const file of listed ?? []) {
    const parsed = parseDistFilename(file.filename);
    if (!parsed || !filenameMatchesProject(file.filename, name)) continue;
    const have = validVersion(parsed.version);
    const match = have && want ? eq(have, want) : parsed.version === version;
    if (!match) {
      otherVersions = true;
      continue;
    }
    if (file.sha256 && ours.has(file.sha256.toLowerCase())) same += 1;
    else others.push(file.filename);
  }
  if (others.length > 0) return { kind: 'other-files', files: others };
  if (same > 0) return { kind: 'same-files' };
  return { kind: 'absent', otherVersions };
}

/**
 * Why a bare pin is refused for this verdict, as a warning naming the upstream and what to do;
 * undefined when a bare pin is safe.
 */
export function bareRefusal(
  verdict: UpstreamVerdict,
  pin: string,
  where: string,
  upstream: string,
): string | undefined {
  if (verdict.kind === 'other-files') {
    const files = verdict.files.slice(0, 3).join(', ') + (verdict.files.length > 3 ? ', …' : '');
    return `${where}: not rewritten to ${pin}: ${upstream} has ${pin} too, with other files (${files}), so pip reading both indexes may install those instead of the synced fork (dependency confusion). The git pin stays. Write the pin with the synced files' hashes instead (rewrite: hash, CLI --rewrite=hash), or install from one index that shadows ${upstream} (see the README, "Turn git pins into index pins").`;
  }
  if (verdict.kind === 'unreachable') {
    return `${where}: not rewritten to ${pin}: ${upstream} could not be asked whether it has ${pin} too (${verdict.error}). The git pin stays; run again when it answers, set upstream-index to the index pip reads besides yours, or rewrite with hashes (rewrite: hash, CLI --rewrite=hash).`;
  }
  return undefined;
}

/**
 * The warning for a bare pin whose name the upstream knows (at other versions): a later upload
 * of the same version there would be one pip may choose.
 */
export function knownNameNote(pin: string, where: string, upstream: string): string {
  return `${where}: rewritten to ${pin}; ${upstream} has other versions of it, so were it to publish this version too, pip reading both indexes could take that one. Install from one index that shadows ${upstream}, or rewrite with hashes (rewrite: hash).`;
}

/**
 * Why `--extra-index-url` is no safe way to reach the cache: the sentence a closing install
 * command carries when it needs a second index.
 */
export function extraIndexUrlWarning(index: string, upstream = 'PyPI'): string {
  return `--extra-index-url makes pip choose between ${index} and ${upstream} for every name, by version alone: a package of the same name and version on ${upstream} can be installed instead of yours (dependency confusion). Prefer one index that serves your packages and mirrors ${upstream} for the rest (devpi, Artifactory, Nexus), or --hash pins.`;
}
