export const id = 632;
export const ids = [632];
export const modules = {

/***/ 9632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSimpleHtml: () => (/* binding */ parseSimpleHtml)
/* harmony export */ });
/* harmony import */ var htmlparser2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1600);

/** Parses a PEP 503 HTML project page: one anchor per file, hashes in the URL fragment. */
function parseSimpleHtml(body, pageUrl) {
    const files = [];
    // What the anchors' hrefs are relative to: the page, unless a `<base href>` says otherwise.
    let relativeTo = pageUrl;
    let anchor;
    const parser = new htmlparser2__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .i({
        onopentag(tag, attrs) {
            if (tag === 'base' && attrs.href)
                relativeTo = new URL(attrs.href, pageUrl).toString();
            if (tag === 'a' && attrs.href !== undefined)
                anchor = { href: attrs.href, attrs, text: '' };
        },
        ontext(text) {
            if (anchor)
                anchor.text += text;
        },
        onclosetag(tag) {
            if (tag !== 'a' || !anchor)
                return;
            const url = new URL(anchor.href, relativeTo);
            const hash = /^#sha256=([0-9a-fA-F]{64})$/.exec(url.hash)?.[1];
            url.hash = '';
            // PEP 503: the anchor text must be the filename; fall back to the URL's last segment.
            const filename = anchor.text.trim() || decodeURIComponent(url.pathname.split('/').pop() ?? '');
            files.push({
                filename,
                url: url.toString(),
                sha256: hash?.toLowerCase(),
                requiresPython: anchor.attrs['data-requires-python'] || undefined,
                yanked: anchor.attrs['data-yanked'] !== undefined,
            });
            anchor = undefined;
        },
    }, { decodeEntities: true, lowerCaseTags: true });
    parser.write(body);
    parser.end();
    return files;
}


/***/ })

};
