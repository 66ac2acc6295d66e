/**
 * Faults the GitHub API test server answers instead of the real response: GitHub's own answers
 * for rate limits, outages and races, matched by request.
 */

/** A fault to answer instead of the real response. */
export interface Fault {
  /**
   * Matches `METHOD /path` (REST) or `POST /graphql <OperationName> <fields…>`, followed by
   * ` @owner/name` when the variables name a repository.
   */
  match: RegExp;
  /** The status to answer; without one, only `before` runs and the request is served as usual. */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Runs when the fault fires, e.g. to move a base branch under the client. */
  before?: () => void;
}

/** Answers taken straight from GitHub. */
export const FAULTS = {
  secondaryRateLimit: (match: RegExp, retryAfter = 1): Fault => ({
    match,
    status: 403,
    headers: { 'retry-after': String(retryAfter), 'x-ratelimit-remaining': '4000' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  }),
  serverError: (match: RegExp, status = 502): Fault => ({
    match,
    status,
    body: { message: 'Server Error' },
  }),
  referenceExists: (match: RegExp): Fault => ({
    match,
    status: 422,
    body: {
      message: 'Reference already exists',
      documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
      status: '422',
    },
  }),
  /** GitHub's 422 for a second PR from the same branch: the detail is in `errors[].message`. */
  pullRequestExists: (match: RegExp, head: string, before?: () => void): Fault => ({
    match,
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${head}.`,
        },
      ],
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      status: '422',
    },
    before,
  }),
  staleBase: (match: RegExp, before?: () => void): Fault => ({
    match,
    status: 409,
    body: {
      message: 'Reference cannot be updated',
      documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
      status: '409',
    },
    before,
  }),
};

/** The faults in place, each used up after its `times`. */
export class Faults {
  private list: Array<Fault & { left: number }> = [];

  inject(fault: Fault): void {
    this.list.push({ ...fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.list = [];
  }

  /**
   * The fault to answer a request with, if one matches. A fault without a status only runs its
   * `before` here, and the request is then served as usual.
   */
  take(key: string): Fault | undefined {
    const f = this.list.find((x) => x.left > 0 && x.match.test(key));
    if (!f) return undefined;
    f.left -= 1;
    if (f.status === undefined) {
      f.before?.();
      return undefined;
    }
    return f;
  }
}
