import { WheelrelayError } from '../errors.js';
import { leavesRoot } from '../inputs/parse.js';
import { normalizeName } from '../pins/index.js';

/** A repository whose requirement files pin the package: where to look and which branch to target. */
export interface Consumer {
  owner: string;
  repo: string;
  /** The branch the pull request targets; the repository's default branch when undefined. */
  base?: string;
  /** Globs of requirement files, relative to the repository root (none for `dispatch`). */
  globs: string[];
  /**
   * `owner/repo: dispatch`: send the consumer a `repository_dispatch` with the release and let
   * its own workflow bump (and recompile) instead of committing to it.
   */
  dispatch?: boolean;
}

/** `owner/repo`, as GitHub spells it. */
export const consumerName = (c: Pick<Consumer, 'owner' | 'repo'>) => `${c.owner}/${c.repo}`;

const LINE = /^([^\s/@:]+)\/([^\s/@:]+)(?:@([^\s:]+))?\s*:\s*(.*)$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const FORM =
  'Write one consumer a line as `owner/repo[@base-branch]: glob, glob`, e.g. `acme/web@main: requirements/*.txt`, or `owner/repo: dispatch` for a consumer that bumps in its own workflow.';

/**
 * Parses the `consumers` input: one repository a line, `owner/repo[@base-branch]: glob, glob`.
 * Blank lines and `#` comments are ignored. Errors name the line to fix.
 */
export function parseConsumers(text: string): Consumer[] {
  const out: Consumer[] = [];
  // Each repository and base branch on one line only: the line that first named it, by key.
  const seen = new Map<string, number>();
  const claim = (key: string, where: string, line: number) => {
    const dup = seen.get(key.toLowerCase());
    if (dup !== undefined) {
      throw new WheelrelayError(
        `${where} repeats the consumer on line ${dup}`,
        'List each repository (and base branch) once, with all its globs on one line.',
      );
    }
    seen.set(key.toLowerCase(), line);
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const where = `input \`consumers\` line ${i + 1} (${raw.trim()})`;
    const m = LINE.exec(line);
    if (!m) throw new WheelrelayError(`${where} is not a consumer`, FORM);
    const [, owner = '', repo = '', base, rest = ''] = m;
    if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') {
      throw new WheelrelayError(
        `${where}: '${owner}/${repo}' is not a GitHub repository name`,
        FORM,
      );
    }
    if (base !== undefined && !validBranch(base)) {
      throw new WheelrelayError(`${where}: '${base}' is not a valid branch name`, FORM);
    }
    if (rest.trim() === 'dispatch') {
      if (base !== undefined) {
        throw new WheelrelayError(
          `${where}: a dispatch consumer takes no base branch`,
          'The dispatch starts the workflow on the default branch of the consumer; its own workflow chooses where the pull request goes. Write `owner/repo: dispatch`.',
        );
      }
      claim(`${owner}/${repo}@`, where, i + 1);
      out.push({ owner, repo, globs: [], dispatch: true });
      return;
    }
    const globs = rest
      .split(',')
      .map((g) => g.trim())
      .filter((g) => g !== '');
    if (globs.length === 0) {
      throw new WheelrelayError(`${where} names no requirement files`, FORM);
    }
    for (const glob of globs) {
      if (leavesRoot(glob)) {
        throw new WheelrelayError(
          `${where}: glob '${glob}' leaves the repository`,
          'Globs are relative to the repository root, e.g. `requirements/*.txt`.',
        );
      }
    }
    claim(`${owner}/${repo}@${base ?? ''}`, where, i + 1);
    out.push(base === undefined ? { owner, repo, globs } : { owner, repo, base, globs });
  });
  return out;
}

/**
 * The rules of `git check-ref-format --branch` that matter for a branch name typed into a
 * workflow; a leading `-` is refused too, so no branch name can ever read as a git option.
 */
function validBranch(name: string): boolean {
  return (
    !/[\s~^:?*[\\\p{Cc}]/u.test(name) &&
    !name.includes('..') &&
    !name.includes('@{') &&
    !name.startsWith('/') &&
    !name.startsWith('-') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.endsWith('.lock') &&
    !name.includes('//') &&
    name.split('/').every((part) => part !== '' && !part.startsWith('.'))
  );
}

/** The branch wheelrelay owns in each consumer for one package: `wheelrelay/<normalised-name>`. */
export function branchFor(packageName: string): string {
  return `wheelrelay/${normalizeName(packageName)}`;
}
