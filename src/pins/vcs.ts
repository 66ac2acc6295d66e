import { parseRequirements } from './requirements.js';

/** A git-pinned requirement, as the sync feature needs it. */
export interface VcsRequirement {
  /** First physical line, counted from 1. */
  readonly line: number;
  /** From `#egg=` or `name @`; undefined when the URL names no package. */
  readonly name?: string;
  /** From `#egg=name==version` (or the old `#egg=name-version`). */
  readonly version?: string;
  /** The clone URL: no `git+`, no `@ref`, no fragment. */
  readonly url: string;
  readonly ref?: string;
  readonly subdirectory?: string;
  readonly editable: boolean;
  /** The requirement as written, without comment or surrounding whitespace. */
  readonly raw: string;
}

/** Every git-pinned requirement in a requirement file; commented-out lines are not requirements. */
export function findVcsRequirements(text: string): VcsRequirement[] {
  const found: VcsRequirement[] = [];
  for (const entry of parseRequirements(text).entries) {
    if (entry.kind !== 'requirement') continue;
    const { git, name, editable, raw } = entry.requirement;
    if (!git) continue;
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
