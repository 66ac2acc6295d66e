/**
 * Requirement files shaped like edx-platform's, from the real ones in the requirement corpus,
 * with their github.com repositories replaced by local stand-ins.
 */
import { readFile } from 'node:fs/promises';
import type { TestRepo } from './git-repos.js';

export const FIXTURES = new URL('../fixtures/requirements/', import.meta.url);
/** edx-platform's requirements/edx/github.txt at 80c361f10b (47 git pins, 15+ repositories). */
export const GITHUB_TXT = 'openedx__edx-platform__80c361f10b__requirements_edx_github.txt';

/** A local repository standing in for one github.com repository of the file, at a ref of its own. */
export interface StandIn {
  repo: TestRepo;
  /** The ref the line gets (a tag, or a commit id of the local repository). */
  ref: string;
}

/**
 * The real file with only the lines of the given repositories kept (comments and blank lines
 * too), each pointing at its local stand-in: URL and ref replaced, `-e`, `#egg=` and version
 * kept as the edx maintainers wrote them.
 */
export async function edxShaped(
  fixture: string,
  standIns: Record<string, StandIn>,
): Promise<string> {
  const text = await readFile(new URL(fixture, FIXTURES), 'utf8');
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const m = /git\+(https:\/\/github\.com\/[^@\s]+?)(?:\.git)?@([^#\s]+)/.exec(line);
    if (!m) {
      if (line.trim() === '' || line.trimStart().startsWith('#')) kept.push(line);
      continue;
    }
    const standIn = standIns[m[1] as string];
    if (!standIn) continue;
    kept.push(line.replace(m[0], `git+${standIn.repo.url}@${standIn.ref}`));
  }
  return `${kept.join('\n')}\n`;
}
