import type { Distribution } from '../build/inspect.js';
import { safeUrl } from '../secrets.js';
import type { IndexClient, StoreAnswer } from './client.js';
import { type Credentials, IndexHttp } from './http.js';
import type { IndexKind } from './kinds/index.js';
import { multipartUpload } from './legacy-upload.js';
import { isRetryableError, RETRYABLE_STATUS, type RetryPolicy } from './retry.js';
import type { ListedFile } from './simple.js';

/** An HTTP index speaking the legacy upload API and the simple API. */
export class RemoteIndex implements IndexClient {
  readonly label: string;
  private readonly http: IndexHttp;

  constructor(
    private readonly kind: IndexKind,
    uploadUrl: string,
    simpleUrl: string,
    credentials: Credentials | undefined,
    policy: RetryPolicy,
    timeoutMs: number,
  ) {
    this.label = safeUrl(uploadUrl);
    this.http = new IndexHttp(simpleUrl, uploadUrl, credentials, policy, timeoutMs);
  }

  projectUrl(project: string): string {
    return safeUrl(this.http.projectUrl(project));
  }

  listProject(project: string): Promise<ListedFile[] | undefined> {
    return this.http.listProject(project);
  }

  sha256Of(file: ListedFile): Promise<string> {
    return this.http.sha256Of(file.url);
  }

  async store(dist: Distribution): Promise<StoreAnswer> {
    const body = multipartUpload(dist);
    let answer: Awaited<ReturnType<IndexHttp['post']>>;
    try {
      answer = await this.http.post(body.open(), body.contentType, body.length);
    } catch (err) {
      const e = err as { code?: string; message?: string };
      const detail = `${e.code ?? 'error'}: ${e.message ?? String(err)}`;
      if (isRetryableError(err)) return { outcome: 'retry', detail, maybeStored: true };
      throw err;
    }
    const { status, body: text } = answer;
    const detail = `HTTP ${status}${text.trim() ? `: ${text.replace(/\s+/g, ' ').trim().slice(0, 300)}` : ''}`;
    if (status >= 200 && status < 300) return { outcome: 'stored' };
    if (this.kind.isExistingFileAnswer(status, text)) return { outcome: 'exists', detail };
    if (RETRYABLE_STATUS.includes(status)) {
      // A gateway error may come after the index stored the file; re-check before retrying.
      return {
        outcome: 'retry',
        detail,
        retryAfterMs: answer.retryAfterMs,
        maybeStored: status >= 500,
      };
    }
    return { outcome: 'refused', status, detail, hint: refusalHint(status, this.kind) };
  }

  close(): Promise<void> {
    return this.http.close();
  }
}

function refusalHint(status: number, kind: IndexKind): string {
  if (status === 401) {
    return 'The index did not accept the credentials: check `username` and `password` (for an API token the username is `__token__`).';
  }
  if (status === 403) {
    // pypiserver answers a wrong password with 403, not 401, so both causes are named.
    return 'The index refused this upload: check `username` and `password`, that the user may upload to this index, and that `index-url` is the index you meant.';
  }
  if (status === 404 || status === 405) {
    return `Nothing takes uploads at this URL: check \`index-url\` and \`index-type\` (a ${kind.type} index-url looks like ${kind.example}).`;
  }
  if (status === 413) {
    return 'The file is larger than the index (or a proxy in front of it) accepts: raise its upload size limit.';
  }
  return 'The index refused the file; its answer above says why.';
}
