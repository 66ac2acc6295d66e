import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Distribution } from '../build/inspect.js';
import { type Log, silentLog } from '../log.js';
import { safeUrl } from '../secrets.js';
import type { IndexClient, LocalCopy, StoreAnswer } from './client.js';
import { type AnswerHeaders, type Credentials, IndexHttp } from './http.js';
import { kindFromHeaders } from './kinds/detect.js';
import { type IndexKind, indexKind } from './kinds/index.js';
import { multipartUpload } from './legacy-upload.js';
import {
  type Clock,
  isNotConnectedError,
  isRetryableError,
  RETRYABLE_STATUS,
  type RetryPolicy,
} from './retry.js';
import type { ListedFile } from './simple.js';

/** Everything a {@link RemoteIndex} needs. */
interface RemoteIndexSettings {
  kind: IndexKind;
  uploadUrl: string;
  simpleUrl: string;
  credentials?: Credentials;
  retry: RetryPolicy;
  timeoutMs: number;
  /** Time for the backoff between retried reads; the system clock unless given (tests). */
  clock?: Clock;
  /** Where the detected kind is reported. */
  log?: Log;
  /**
   * Neither `index-type` nor the URL's shape said what the index is: read it from the headers
   * of its first answer, and derive the URLs from `indexUrl` as that kind does (keeping a
   * `simple-url` that was given).
   */
  detect?: { indexUrl: string; simpleUrlGiven: boolean };
}

/** An HTTP index speaking the legacy upload API and the simple API. */
export class RemoteIndex implements IndexClient {
  private kind: IndexKind;
  private http: IndexHttp;
  private readonly log: Log;
  /** Pending until an answer has said (or not said) what the index is. */
  private detect: RemoteIndexSettings['detect'];
  private detecting: Promise<unknown> | undefined;

  constructor(private readonly settings: RemoteIndexSettings) {
    this.kind = settings.kind;
    this.log = settings.log ?? silentLog;
    this.detect = settings.detect;
    this.http = this.open(settings.uploadUrl, settings.simpleUrl);
  }

  /** The index as users name it: its upload URL, without credentials. */
  get label(): string {
    return safeUrl(this.http.uploadUrl);
  }

  /** As the kind says, once it is known (an index still to be detected is read first). */
  get refusesReuploads(): boolean {
    return this.kind.refusesReuploads && !this.detect;
  }

  private open(uploadUrl: string, simpleUrl: string): IndexHttp {
    const s = this.settings;
    const http = new IndexHttp(simpleUrl, uploadUrl, s.credentials, s.retry, s.timeoutMs, s.clock);
    http.expectHtmlPages = this.kind.htmlPagesOnly === true;
    return http;
  }

  projectUrl(project: string): string {
    return safeUrl(this.http.projectUrl(project));
  }

  async listProject(project: string): Promise<ListedFile[] | undefined> {
    if (this.detect) {
      // The first caller's read is the probe; callers meanwhile wait for its verdict.
      if (!this.detecting) {
        const probe = this.probe(project);
        this.detecting = probe.catch(() => undefined);
        return probe;
      }
      await this.detecting;
    }
    return this.http.listProject(project);
  }

  /**
   * Reads a project page and decides the kind from the answer's headers. When the kind says
   * the simple API (or the upload URL) is elsewhere, the read is made again there.
   */
  private async probe(project: string): Promise<ListedFile[] | undefined> {
    const detect = this.detect as NonNullable<RemoteIndexSettings['detect']>;
    let seen: { url: string; headers: AnswerHeaders } | undefined;
    this.http.onAnswer = (url, _status, headers) => {
      seen ??= { url, headers };
    };
    let listed: ListedFile[] | undefined;
    let failure: unknown;
    try {
      listed = await this.http.listProject(project);
    } catch (err) {
      failure = err;
    } finally {
      this.http.onAnswer = undefined;
    }
    if (!seen) {
      // No answer at all (the index is down): nothing learnt; the next read asks again.
      this.detecting = undefined;
      throw failure;
    }
    this.detect = undefined;
    const found = kindFromHeaders(seen.headers);
    if (!found) {
      this.log.info(
        `index-type not given: no header of ${safeUrl(seen.url)} names devpi, Artifactory or Nexus, so the index is used as ${this.kind.type} (simple API ${safeUrl(this.http.simpleUrl)}); pypiserver and other indexes with the simple API at <index-url>simple/ work so`,
      );
    } else {
      const kind = indexKind(found.type);
      const urls = kind.urls(new URL(detect.indexUrl));
      const simpleUrl = detect.simpleUrlGiven ? this.http.simpleUrl : urls.simpleUrl;
      this.kind = kind;
      this.log.info(
        `index-type not given: detected ${found.type} from the header ${found.evidence} of ${safeUrl(seen.url)}; simple API ${safeUrl(simpleUrl ?? this.http.simpleUrl)}`,
      );
      if (
        simpleUrl &&
        (simpleUrl !== this.http.simpleUrl || urls.uploadUrl !== this.http.uploadUrl)
      ) {
        const old = this.http;
        this.http = this.open(urls.uploadUrl, simpleUrl);
        await old.close();
        // The page read is good where the simple API stays; elsewhere, read it there.
        if (simpleUrl !== old.simpleUrl) return this.http.listProject(project);
      }
    }
    if (failure !== undefined) throw failure;
    return listed;
  }

  sha256Of(file: ListedFile): Promise<string> {
    return this.http.sha256Of(file.url);
  }

  async copyOf(file: ListedFile, maxBytes: number): Promise<LocalCopy> {
    const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'wheelrelay-copy-'));
    const done = () => rm(dir, { recursive: true, force: true });
    // The filename was matched against a built file's, which is a checked distribution name.
    const path = join(dir, basename(file.filename));
    try {
      await this.http.download(file.url, path, maxBytes);
    } catch (err) {
      await done();
      throw err;
    }
    return { path, done };
  }

  async store(dist: Distribution): Promise<StoreAnswer> {
    const body = multipartUpload(dist, { blake2b: this.kind.blake2b });
    let answer: Awaited<ReturnType<IndexHttp['post']>>;
    try {
      answer = await this.http.post(body.open(), body.contentType, body.length);
    } catch (err) {
      const e = err as { code?: string; message?: string };
      const detail = `${e.code ?? 'error'}: ${e.message ?? String(err)}`;
      if (isRetryableError(err)) {
        // A broken connection may come after the index stored the file; a refused one cannot.
        return { outcome: 'retry', detail, maybeStored: !isNotConnectedError(err) };
      }
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
