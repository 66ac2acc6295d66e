export const id = 349;
export const ids = [349];
export const modules = {

/***/ 4349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RemoteIndex: () => (/* binding */ RemoteIndex)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/index/http.ts + 1 modules
var index_http = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/index/kinds/detect.ts
/**
 * Recognises the index server from the headers of any answer it gives: devpi sends
 * `X-Devpi-*` headers (`X-Devpi-Server-Version` among them) on every answer, Artifactory
 * `X-Artifactory-Id`, Nexus `Server: Nexus/<version>`. pypiserver sends nothing of its own
 * (`Server: waitress`, the WSGI server under it): it, and any index that says nothing, is left
 * to the kind the URL gave. Header names are lower-case, as undici and node give them.
 */
function kindFromHeaders(headers) {
    const value = (name) => {
        const v = headers[name];
        return Array.isArray(v) ? v[0] : v;
    };
    const devpi = Object.keys(headers)
        .filter((name) => name.startsWith('x-devpi-'))
        .sort((a, b) => Number(b === 'x-devpi-server-version') - Number(a === 'x-devpi-server-version'));
    if (devpi[0])
        return { type: 'devpi', evidence: `${display(devpi[0])}: ${value(devpi[0])}` };
    const artifactory = value('x-artifactory-id');
    if (artifactory !== undefined)
        return { type: 'artifactory', evidence: `X-Artifactory-Id: ${artifactory}` };
    const server = value('server');
    if (server && /^nexus\//i.test(server.trim()))
        return { type: 'nexus', evidence: `Server: ${server}` };
    return undefined;
}
/** `x-devpi-server-version` as servers write it: `X-Devpi-Server-Version`. */
function display(name) {
    return name.replace(/(^|-)([a-z])/g, (_m, dash, c) => dash + c.toUpperCase());
}

// EXTERNAL MODULE: ./src/index/kinds/index.ts + 6 modules
var kinds = __webpack_require__(6027);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/build/inspect.ts + 1 modules
var inspect = __webpack_require__(7055);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
    const fields = [['sha256_digest', d.sha256]];
    if (d.blake2b256)
        fields.push(['blake2_256_digest', d.blake2b256]);
    return fields;
}
/**
 * Bytes read from disk per chunk: 1 MiB, a quarter of the per-chunk work (reads, promises,
 * socket writes) of 256 KiB, while the four reused buffers still hold only 4 MiB.
 */
const CHUNK_BYTES = 1 << 20;
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
function multipartUpload(dist, choice) {
    const boundary = `wheelrelay-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const part = ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
    const prefix = Buffer.from(`${uploadFields(dist).map(part).join('')}--${boundary}\r\n` +
        `Content-Disposition: form-data; name="content"; filename="${dist.filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n');
    const suffix = (d) => Buffer.from(`\r\n${digestFields(d).map(part).join('')}--${boundary}--\r\n`);
    const placeholder = {
        sha256: '0'.repeat(64),
        ...(choice.blake2b && { blake2b256: '0'.repeat(64) }),
    };
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: prefix.length + dist.size + suffix(placeholder).length,
        async *open() {
            yield prefix;
            const known = await (0,inspect/* knownDigests */.lg)(dist)?.catch(() => undefined);
            const complete = known && (!choice.blake2b || known.blake2b256) ? known : undefined;
            const hasher = complete ? undefined : await (0,inspect/* digestHasher */.gO)(choice);
            // A few buffers, reused in turn: a fresh one per chunk would pile up outside V8's heap
            // until a collection (some 64 MB more for a large wheel). The HTTP client asks for the
            // next chunk only once the socket has taken the last one (it waits for 'drain'; see
            // IndexHttp.post), so a buffer comes round again long after its bytes were sent.
            // The next chunk is read while this one is hashed and sent, into the buffer after it:
            // the disk and the socket work at once, as curl's do.
            const pool = Array.from({ length: 4 }, () => Buffer.allocUnsafe(CHUNK_BYTES));
            const file = await (0,promises_.open)(dist.path);
            const readInto = (i, at) => file.read(pool[i % pool.length], 0, CHUNK_BYTES, at);
            let next = readInto(0, 0);
            let sent = 0;
            try {
                for (let i = 0;; i++) {
                    const { bytesRead, buffer } = await next;
                    if (bytesRead === 0)
                        break;
                    sent += bytesRead;
                    if (sent > dist.size)
                        break;
                    next = readInto(i + 1, sent);
                    const chunk = buffer.subarray(0, bytesRead);
                    hasher?.update(chunk);
                    yield chunk;
                }
            }
            finally {
                // A read still under way (the upload ended early) settles before the file closes.
                await next.catch(() => undefined);
                await file.close();
            }
            if (sent !== dist.size)
                throw new errors/* WheelrelayError */.V6(`${dist.filename} changed size while it was uploaded (${dist.size} bytes when inspected, ${sent} sent)`, 'Something wrote to the file during the upload: let the build (or the download of its artifact) finish before publishing, then run again.');
            const digests = complete ?? hasher.digest();
            (0,inspect/* rememberDigests */.Pi)(dist, digests);
            yield suffix({
                sha256: digests.sha256,
                ...(choice.blake2b && { blake2b256: digests.blake2b256 }),
            });
        },
    };
}

// EXTERNAL MODULE: ./src/index/retry.ts
var retry = __webpack_require__(5434);
;// CONCATENATED MODULE: ./src/index/remote.ts










/** An HTTP index speaking the legacy upload API and the simple API. */
class RemoteIndex {
    settings;
    kind;
    http;
    log;
    /** Pending until an answer has said (or not said) what the index is. */
    detect;
    detecting;
    constructor(settings) {
        this.settings = settings;
        this.kind = settings.kind;
        this.log = settings.log ?? log/* silentLog */.aB;
        this.detect = settings.detect;
        this.http = this.open(settings.uploadUrl, settings.simpleUrl);
    }
    /** The index as users name it: its upload URL, without credentials. */
    get label() {
        return (0,secrets/* safeUrl */.Pl)(this.http.uploadUrl);
    }
    /** As the kind says, once it is known (an index still to be detected is read first). */
    get refusesReuploads() {
        return this.kind.refusesReuploads && !this.detect;
    }
    open(uploadUrl, simpleUrl) {
        const s = this.settings;
        const http = new index_http/* IndexHttp */.P(simpleUrl, uploadUrl, s.credentials, s.retry, s.timeoutMs, s.clock);
        http.expectHtmlPages = this.kind.htmlPagesOnly === true;
        return http;
    }
    projectUrl(project) {
        return (0,secrets/* safeUrl */.Pl)(this.http.projectUrl(project));
    }
    async listProject(project) {
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
    async probe(project) {
        const detect = this.detect;
        let seen;
        this.http.onAnswer = (url, _status, headers) => {
            seen ??= { url, headers };
        };
        let listed;
        let failure;
        try {
            listed = await this.http.listProject(project);
        }
        catch (err) {
            failure = err;
        }
        finally {
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
            this.log.info(`index-type not given: no header of ${(0,secrets/* safeUrl */.Pl)(seen.url)} names devpi, Artifactory or Nexus, so the index is used as ${this.kind.type} (simple API ${(0,secrets/* safeUrl */.Pl)(this.http.simpleUrl)}); pypiserver and other indexes with the simple API at <index-url>simple/ work so`);
        }
        else {
            const kind = (0,kinds.indexKind)(found.type);
            const urls = kind.urls(new URL(detect.indexUrl));
            const simpleUrl = detect.simpleUrlGiven ? this.http.simpleUrl : urls.simpleUrl;
            this.kind = kind;
            this.log.info(`index-type not given: detected ${found.type} from the header ${found.evidence} of ${(0,secrets/* safeUrl */.Pl)(seen.url)}; simple API ${(0,secrets/* safeUrl */.Pl)(simpleUrl ?? this.http.simpleUrl)}`);
            if (simpleUrl &&
                (simpleUrl !== this.http.simpleUrl || urls.uploadUrl !== this.http.uploadUrl)) {
                const old = this.http;
                this.http = this.open(urls.uploadUrl, simpleUrl);
                await old.close();
                // The page read is good where the simple API stays; elsewhere, read it there.
                if (simpleUrl !== old.simpleUrl)
                    return this.http.listProject(project);
            }
        }
        if (failure !== undefined)
            throw failure;
        return listed;
    }
    sha256Of(file) {
        return this.http.sha256Of(file.url);
    }
    async copyOf(file, maxBytes) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wheelrelay-copy-'));
        const done = () => (0,promises_.rm)(dir, { recursive: true, force: true });
        // The filename was matched against a built file's, which is a checked distribution name.
        const path = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file.filename));
        try {
            await this.http.download(file.url, path, maxBytes);
        }
        catch (err) {
            await done();
            throw err;
        }
        return { path, done };
    }
    async store(dist) {
        const body = multipartUpload(dist, { blake2b: this.kind.blake2b });
        let answer;
        try {
            answer = await this.http.post(body.open(), body.contentType, body.length);
        }
        catch (err) {
            const e = err;
            const detail = `${e.code ?? 'error'}: ${e.message ?? String(err)}`;
            if ((0,retry/* isRetryableError */.$d)(err)) {
                // A broken connection may come after the index stored the file; a refused one cannot.
                return { outcome: 'retry', detail, maybeStored: !(0,retry/* isNotConnectedError */.J_)(err) };
            }
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
