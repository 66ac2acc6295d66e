import { WheelrelayError } from '../errors.js';
import { graphqlErrorTypes, messageOf, statusOf } from './client.js';

/**
 * What a token may do, as far as wheelrelay can tell before and after it tries. GitHub answers
 * a GitHub App's `viewerPermission` with null, and a fine-grained token's with its user's role
 * (not the token's), so only a write tells for sure; a refused write is explained here with
 * the permissions the bump needs and the kind of token that was refused.
 */

/** The kinds of token GitHub issues, told apart by the prefix GitHub gives each. */
type TokenKind =
  | 'installation'
  | 'fine-grained'
  | 'classic'
  | 'oauth'
  | 'user-to-server'
  | 'unknown';

const PREFIXES: Array<[string, TokenKind]> = [
  ['ghs_', 'installation'],
  ['github_pat_', 'fine-grained'],
  ['ghp_', 'classic'],
  ['gho_', 'oauth'],
  ['ghu_', 'user-to-server'],
];

/** The kind of a token, from its prefix (GitHub's documented token formats). */
export function tokenKind(token: string): TokenKind {
  return PREFIXES.find(([prefix]) => token.startsWith(prefix))?.[1] ?? 'unknown';
}

const NAMES: Record<TokenKind, string> = {
  installation: 'a GitHub App installation token (ghs_)',
  'fine-grained': 'a fine-grained personal access token (github_pat_)',
  classic: 'a classic personal access token (ghp_)',
  oauth: 'an OAuth app token (gho_)',
  'user-to-server': "a GitHub App user token (ghu_), limited by the app's and the user's access",
  unknown: 'a token of a kind wheelrelay does not recognise',
};

/** What the pin bump needs of `consumer-token` on every consumer. */
const NEEDED = 'contents: write and pull-requests: write';

/** What to do about a refusal, for each kind of token. */
function hint(kind: TokenKind, repo: string): string {
  switch (kind) {
    case 'installation':
      return `Give the GitHub App Contents: Read and write and Pull requests: Read and write, install it on ${repo}, and mint the token for that installation. The workflow's own GITHUB_TOKEN is an installation token too, and cannot write to other repositories.`;
    case 'fine-grained':
      return `Give the token Contents: Read and write and Pull requests: Read and write, with ${repo} in its repository access; its owner needs write access to ${repo} too.`;
    case 'classic':
      return `A classic token needs the \`repo\` scope (\`public_repo\` for public repositories), and its user write access to ${repo}.`;
    default:
      return `The token needs ${NEEDED} on ${repo}.`;
  }
}

/** The permission a refused write lacked. */
type Needs = 'contents: write' | 'pull-requests: write';

/** GitHub refused a write for want of permission (403, a 404 that hides it, or FORBIDDEN). */
export class AccessDenied extends Error {
  override name = 'AccessDenied';
  constructor(
    /** What was refused: "push to wheelrelay/relay", "open the pull request". */
    readonly action: string,
    readonly needs: Needs,
    /** GitHub's answer, e.g. "403 Resource not accessible by integration". */
    readonly answer: string,
  ) {
    super(`GitHub refused to ${action} (${answer})`);
  }
}

/** Whether GitHub's answer to a write means "this token may not do that". */
export function isRefusal(err: unknown): boolean {
  const status = statusOf(err);
  return status === 403 || status === 404 || graphqlErrorTypes(err).includes('FORBIDDEN');
}

/** The AccessDenied for a refused write, keeping GitHub's status and words. */
export function accessDenied(err: unknown, action: string, needs: Needs): AccessDenied {
  const status = statusOf(err);
  return new AccessDenied(action, needs, `${status ?? 'FORBIDDEN'} ${messageOf(err)}`);
}

/** The consumer's error for a refused write: what was refused, what is needed, which token. */
export function explainDenied(denied: AccessDenied, repo: string, token: string): WheelrelayError {
  const kind = tokenKind(token);
  return new WheelrelayError(
    `${repo}: ${denied.message}: \`consumer-token\` needs ${NEEDED} here (this write needs ${denied.needs}); it is ${NAMES[kind]}`,
    hint(kind, repo),
  );
}

/** The consumer's error when GitHub says up front that the token's user may only read. */
export function readOnly(repo: string, permission: string, token: string): WheelrelayError {
  const kind = tokenKind(token);
  return new WheelrelayError(
    `${repo}: \`consumer-token\` cannot write to this repository (permission: ${permission}); it needs ${NEEDED}, and is ${NAMES[kind]}`,
    hint(kind, repo),
  );
}
