export const id = 121;
export const ids = [121];
export const modules = {

/***/ 7121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RemoteIndex: () => (/* binding */ RemoteIndex)
});

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/pins/names.ts
var names = __webpack_require__(5640);
;// CONCATENATED MODULE: ./src/index/bounded.ts

// Bounds on what an index can make wheelrelay wait for or hold: a server that trickles one byte
// a second, or answers with a page that never ends, costs at most `timeout` and these sizes.
/**
 * The most of a project page wheelrelay reads. The largest public pages (PEP 691 JSON of a
 * project with thousands of releases) are a few MB; a page past this is not a project page.
 */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/** The most of an error page or upload answer kept for a message; the rest is not read. */
const MAX_ANSWER_BYTES = 4096;
/**
 * The deadline of one request, from connecting to the last byte of its answer (retries of a
 * read included): `timeout` bounds the whole request, not the quiet between two bytes.
 */
function requestDeadline(timeoutMs) {
    return AbortSignal.timeout(timeoutMs);
}
/** Whether `err` is a request cut off by its {@link requestDeadline}. */
function isDeadline(err) {
    const e = err;
    return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}
/** A request past its deadline, as an error that says so (and that uploads retry, as any timeout). */
class DeadlineError extends Error {
    name = 'DeadlineError';
    code = 'ETIMEDOUT';
    constructor(what, url, timeoutMs) {
        super(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} did not finish within ${timeoutMs / 1000} s (\`timeout\`): the index answered too slowly, and was cut off; raise \`timeout\` if it is only slow`);
    }
}
/** A body past its size cap, as an error that says whose and how large. */
class TooLargeError extends Error {
    name = 'TooLargeError';
    constructor(what, url, limit) {
        super(`${what} at ${(0,secrets/* safeUrl */.Pl)(url)} is larger than ${limit / (1024 * 1024)} MiB, the most wheelrelay reads, and was cut off: check that \`simple-url\` (or \`index-url\`) points at the index's simple API`);
    }
}
/**
 * A whole body as text, failing with {@link TooLargeError} (and closing the connection) as soon
 * as it passes `limit` bytes, so memory never holds more than the limit.
 */
async function readCapped(body, limit, tooLarge) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            body.destroy();
            throw tooLarge();
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The first `limit` bytes of a body as text; the rest is never read (the connection is closed). */
async function readHead(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit)
            break;
    }
    if (size >= limit)
        body.destroy();
    return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

// EXTERNAL MODULE: ./src/index/retry.ts
var retry = __webpack_require__(5434);
// EXTERNAL MODULE: ./src/index/simple.ts
var simple = __webpack_require__(2672);
;// CONCATENATED MODULE: ./src/index/http.ts








const USER_AGENT = 'wheelrelay (+https://github.com/wheelrelay/wheelrelay)';
/**
 * The HTTP side of an index: simple API reads (retried by undici's own retry interceptor) and
 * single upload attempts (retried by the publisher, which must re-check the index in between).
 */
class IndexHttp {
    simpleUrl;
    uploadUrl;
    timeoutMs;
    reads;
    writes;
    auth;
    origin;
    constructor(simpleUrl, uploadUrl, credentials, policy, 
    /** The longest one request may take, answer included (see bounded.ts). */
    timeoutMs) {
        this.simpleUrl = simpleUrl;
        this.uploadUrl = uploadUrl;
        this.timeoutMs = timeoutMs;
        this.auth = credentials
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        this.origin = new URL(uploadUrl).origin;
        const agent = new undici/* Agent */.g6({
            connect: { timeout: Math.min(timeoutMs, 30_000) },
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
        });
        this.writes = agent;
        this.reads = agent.compose(undici/* interceptors */.dY.redirect({ maxRedirections: 5 }), undici/* interceptors */.dY.retry({
            maxRetries: policy.retries,
            statusCodes: retry/* RETRYABLE_STATUS */.Uz,
            errorCodes: retry/* RETRYABLE_ERRORS */.DZ,
            methods: ['GET', 'HEAD'],
            // One backoff policy for reads and uploads: ours, with jitter and a Retry-After cap.
            retry(err, { state }, cb) {
                const e = err;
                const retryable = (e.statusCode !== undefined && retry/* RETRYABLE_STATUS */.Uz.includes(e.statusCode)) ||
                    (e.statusCode === undefined && (0,retry/* isRetryableError */.$d)(e));
                if (!retryable || state.counter > policy.retries)
                    return cb(err);
                const wait = (0,retry/* retryDelay */.a2)(policy, state.counter, (0,retry/* parseRetryAfter */.mu)(e.headers?.['retry-after']));
                setTimeout(() => cb(null), wait);
            },
        }));
    }
    /** Authorization only for the index's own origin, never for a file host elsewhere. */
    headers(url, extra = {}) {
        const h = { 'user-agent': USER_AGENT, ...extra };
        if (this.auth && new URL(url).origin === this.origin)
            h.authorization = this.auth;
        return h;
    }
    /** URL of a project's page on the simple API. */
    projectUrl(project) {
        return new URL(`${(0,names/* normalizeName */.Pc)(project)}/`, this.simpleUrl).toString();
    }
    /**
     * The files a project's page lists, or undefined when the index does not know the project.
     * Asks for PEP 691 JSON and reads whatever format comes back, within `timeout` and
     * MAX_PAGE_BYTES.
     */
    async listProject(project) {
        const url = this.projectUrl(project);
        const signal = requestDeadline(this.timeoutMs);
        const res = await this.get(url, { accept: simple/* SIMPLE_ACCEPT */.IH, 'cache-control': 'no-cache' }, signal);
        const body = await this.bounded('read', url, async () => {
            if (res.statusCode === 404) {
                await readHead(res.body, MAX_ANSWER_BYTES);
                return undefined;
            }
            if (res.statusCode >= 400) {
                throw httpError('read', url, res.statusCode, await readHead(res.body, MAX_ANSWER_BYTES));
            }
            return readCapped(res.body, MAX_PAGE_BYTES, () => new TooLargeError('the project page', url, MAX_PAGE_BYTES));
        });
        if (body === undefined)
            return undefined;
        const contentType = String(res.headers['content-type'] ?? 'text/html');
        return await (0,simple/* parseProjectPage */.om)(body, contentType, url);
    }
    /** sha256 of a listed file, by downloading it (for pages that list no sha256). */
    async sha256Of(url) {
        const res = await this.get(url, {}, requestDeadline(this.timeoutMs));
        return this.bounded('download', url, async () => {
            if (res.statusCode >= 400) {
                throw httpError('download', url, res.statusCode, await readHead(res.body, MAX_ANSWER_BYTES));
            }
            const hash = (0,external_node_crypto_.createHash)('sha256');
            for await (const chunk of res.body)
                hash.update(chunk);
            return hash.digest('hex');
        });
    }
    /** Runs the reading of an answer, turning a deadline that cut it off into a clear error. */
    async bounded(what, url, read) {
        try {
            return await read();
        }
        catch (err) {
            if (isDeadline(err))
                throw new DeadlineError(what, url, this.timeoutMs);
            throw err;
        }
    }
    /**
     * One upload attempt: POSTs a ready multipart body, returns the answer, never retries. The
     * whole attempt, sending and answer, has `timeout`; a deadline error is retryable, as any.
     */
    async post(body, contentType, length) {
        const url = this.uploadUrl;
        return this.bounded('upload', url, async () => {
            const res = await (0,undici/* request */.Em)(url, {
                method: 'POST',
                dispatcher: this.writes,
                signal: requestDeadline(this.timeoutMs),
                headers: this.headers(url, {
                    'content-type': contentType,
                    'content-length': String(length),
                }),
                body: external_node_stream_.Readable.from(body, { objectMode: false }),
            });
            const text = await readHead(res.body, MAX_ANSWER_BYTES);
            return {
                status: res.statusCode,
                body: (0,secrets/* redact */.E$)(text),
                retryAfterMs: (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after']),
            };
        });
    }
    async get(url, extra, signal) {
        try {
            return await (0,undici/* request */.Em)(url, {
                method: 'GET',
                dispatcher: this.reads,
                signal,
                headers: this.headers(url, extra),
            });
        }
        catch (err) {
            if (isDeadline(err))
                throw new DeadlineError('read', url, this.timeoutMs);
            const status = err.statusCode;
            if (status !== undefined)
                throw httpError('read', url, status, '');
            throw networkError('read', url, err);
        }
    }
    /** Closes pooled connections so the process can exit promptly. */
    async close() {
        await this.writes.close();
    }
}
/** An HTTP failure on a read, as an Error with the status attached. */
class IndexHttpError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function httpError(what, url, status, body) {
    const snippet = (0,secrets/* redact */.E$)(body.replace(/\s+/g, ' ').trim()).slice(0, 300);
    return new IndexHttpError(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} failed: HTTP ${status}${snippet ? ` (${snippet})` : ''}`, status);
}
function networkError(what, url, err) {
    const e = err;
    return new IndexHttpError(`${what} of ${(0,secrets/* safeUrl */.Pl)(url)} failed: ${e.code ?? ''} ${(0,secrets/* redact */.E$)(e.message ?? String(err))}`.trim(), undefined);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(7055);
;// CONCATENATED MODULE: ./src/index/legacy-upload.ts



/** The form fields of the legacy upload API for one file, but for the digests. */
function uploadFields(dist) {
    const m = dist.metadata;
    const fields = [
        [':action', 'file_upload'],
        ['protocol_version', '1'],
        ['metadata_version', m.metadataVersion],
        ['name', m.name],
        ['version', m.version],
        ['filetype', dist.kind === 'wheel' ? 'bdist_wheel' : 'sdist'],
        ['pyversion', dist.pyversion],
    ];
    if (m.summary)
        fields.push(['summary', m.summary]);
    if (m.requiresPython)
        fields.push(['requires_python', m.requiresPython]);
    // A form value cannot hold a line break without breaking the multipart framing.
    return fields.map(([k, v]) => [k, v.replace(/[\r\n]+/g, ' ')]);
}
/** The digest fields, which the form carries after the file (see multipartUpload). */
function digestFields(d) {
    return [
        ['sha256_digest', d.sha256],
        ['blake2_256_digest', d.blake2b256],
    ];
}
/**
 * Encodes the upload as multipart/form-data with an exact Content-Length, because several
 * index servers (WSGI ones behind pypiserver and devpi among them) do not accept chunked
 * request bodies. undici's FormData hung against node's own http server here; this streams
 * the file part from disk.
 *
 * The digest fields come after the file. Servers parse the whole form before reading fields
 * (warehouse, devpi and pypiserver were checked), and this way the digests are computed from
 * the very bytes being sent, while they are sent: a 200 MB wheel is read from disk once, and
 * hashing overlaps the network instead of preceding it. Their length is known in advance.
 */
function multipartUpload(dist) {
    const boundary = `wheelrelay-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const part = ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
    const prefix = Buffer.from(`${uploadFields(dist).map(part).join('')}--${boundary}\r\n` +
        `Content-Disposition: form-data; name="content"; filename="${dist.filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n');
    const suffix = (d) => Buffer.from(`\r\n${digestFields(d).map(part).join('')}--${boundary}--\r\n`);
    const placeholder = { sha256: '0'.repeat(64), blake2b256: '0'.repeat(64) };
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: prefix.length + dist.size + suffix(placeholder).length,
        async *open() {
            yield prefix;
            const known = (0,inspect/* knownDigests */.lg)(dist);
            const hasher = known ? undefined : await (0,inspect/* digestHasher */.gO)();
            let sent = 0;
            for await (const chunk of (0,external_node_fs_.createReadStream)(dist.path, { highWaterMark: 256 << 10 })) {
                hasher?.update(chunk);
                sent += chunk.length;
                yield chunk;
            }
            if (sent !== dist.size)
                throw new Error(`${dist.filename} changed size while it was uploaded`);
            const digests = known ? await known : hasher.digest();
            (0,inspect/* rememberDigests */.Pi)(dist, digests);
            yield suffix(digests);
        },
    };
}

;// CONCATENATED MODULE: ./src/index/remote.ts




/** An HTTP index speaking the legacy upload API and the simple API. */
class RemoteIndex {
    kind;
    label;
    http;
    constructor(kind, uploadUrl, simpleUrl, credentials, policy, timeoutMs) {
        this.kind = kind;
        this.label = (0,secrets/* safeUrl */.Pl)(uploadUrl);
        this.http = new IndexHttp(simpleUrl, uploadUrl, credentials, policy, timeoutMs);
    }
    projectUrl(project) {
        return (0,secrets/* safeUrl */.Pl)(this.http.projectUrl(project));
    }
    listProject(project) {
        return this.http.listProject(project);
    }
    sha256Of(file) {
        return this.http.sha256Of(file.url);
    }
    async store(dist) {
        const body = multipartUpload(dist);
        let answer;
        try {
            answer = await this.http.post(body.open(), body.contentType, body.length);
        }
        catch (err) {
            const e = err;
            const detail = `${e.code ?? 'error'}: ${e.message ?? String(err)}`;
            if ((0,retry/* isRetryableError */.$d)(err))
                return { outcome: 'retry', detail, maybeStored: true };
            throw err;
        }
        const { status, body: text } = answer;
        const detail = `HTTP ${status}${text.trim() ? `: ${text.replace(/\s+/g, ' ').trim().slice(0, 300)}` : ''}`;
        if (status >= 200 && status < 300)
            return { outcome: 'stored' };
        if (this.kind.isExistingFileAnswer(status, text))
            return { outcome: 'exists', detail };
        if (retry/* RETRYABLE_STATUS */.Uz.includes(status)) {
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
    close() {
        return this.http.close();
    }
}
function refusalHint(status, kind) {
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


/***/ })

};
