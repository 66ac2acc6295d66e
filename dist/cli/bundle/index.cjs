/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 3721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ cacheBundleCode)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/cli/code-cache.ts






/**
 * V8's compiled code for the CLI's bundle files, kept between runs, and taken when a run ends
 * rather than when each file is compiled.
 *
 * Node's own compile cache (module.enableCompileCache) stores what V8 compiled right after it
 * compiled a file: the top level of each module. The functions a command then calls are
 * compiled again, from source, in every run. A cache made at exit (vm.Script's
 * createCachedData) holds them too: a 10 KB publish to pypiserver took 0.897 of the time with
 * it, 40 paired runs (2026-12-03). ncc's `--v8-cache` does the same for one file and writes the
 * cache beside it, inside the installed package; the bundle is a dozen files, each loaded when
 * its command runs, so this does it for each file, in a directory of the user's own.
 *
 * A file's cache is named for its bundle's directory and its content (CRC-32, as Node's
 * compile cache does: V8 itself checks only the source's length), so a cache never serves
 * another build, and a run replaces only its own bundle's earlier caches. It is written once,
 * at the end of the first run that compiled the file without one (or with one V8 refused:
 * another Node, other V8 flags), by rename, so runs at once never read half a file. It lives
 * in `<tmpdir>/wheelrelay-code-cache-<uid>/<node version>-<arch>/`, made 0700; a directory
 * another user could write to is not used.
 *
 * A run that only prints help reads caches but writes none (`write: false`): the cache of a
 * shared file (undici's, say) is kept as the first run that wrote it left it, and one written
 * by `publish --help` would hold none of the functions a publish then calls.
 */
function cacheBundleCode(bundleDir, { root = defaultRoot(), write = true } = {}) {
    // Node 22.0 and 22.1 have no zlib.crc32: no cache there.
    const dir = typeof external_node_zlib_.crc32 === 'function' ? usableDir(root) : undefined;
    if (!dir)
        return;
    // Files of one bundle directory share a prefix: a run drops only its own bundle's old caches.
    const prefix = (0,external_node_zlib_.crc32)(bundleDir).toString(16);
    const proto = (external_node_module_default()).prototype;
    const compile = proto._compile;
    const fresh = [];
    proto._compile = function (content, filename) {
        if (!filename.startsWith(bundleDir + external_node_path_.sep))
            return compile.call(this, content, filename);
        const file = (0,external_node_path_.join)(dir, `${prefix}-${(0,external_node_path_.basename)(filename)}.${(0,external_node_zlib_.crc32)(content).toString(16)}`);
        const cachedData = readOrUndefined(file);
        const script = new external_node_vm_namespaceObject.Script(external_node_module_default().wrap(content), { filename, cachedData });
        if (write && (!cachedData || script.cachedDataRejected))
            fresh.push({ file, script });
        const wrapper = script.runInThisContext({ displayErrors: true });
        const require = (0,external_node_module_.createRequire)(filename);
        return wrapper.call(this.exports, this.exports, require, this, filename, (0,external_node_path_.dirname)(filename));
    };
    process.once('exit', () => {
        for (const { file, script } of fresh)
            save(file, script.createCachedData());
    });
}
function defaultRoot() {
    return (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `wheelrelay-code-cache-${process.getuid?.() ?? 'user'}`);
}
/** The directory for this Node, made if need be; undefined when it is not safely ours. */
function usableDir(root) {
    const dir = (0,external_node_path_.join)(root, `${process.version}-${process.arch}`);
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        for (const d of [root, dir]) {
            const st = (0,external_node_fs_.statSync)(d);
            const mine = process.getuid === undefined || st.uid === process.getuid();
            if (!st.isDirectory() || !mine || (st.mode & 0o022) !== 0)
                return undefined;
        }
        return dir;
    }
    catch {
        return undefined;
    }
}
function readOrUndefined(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
}
/** Writes a file's cache by rename, and drops the caches of its earlier builds. */
function save(file, data) {
    try {
        const temp = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, data, { mode: 0o600 });
        (0,external_node_fs_.renameSync)(temp, file);
        const stem = (0,external_node_path_.basename)(file).replace(/\.[0-9a-f]+$/, '.');
        for (const other of (0,external_node_fs_.readdirSync)((0,external_node_path_.dirname)(file))) {
            if (other.startsWith(stem) && other !== (0,external_node_path_.basename)(file) && !other.endsWith('.tmp')) {
                (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(file), other));
            }
        }
    }
    catch {
        // A cache that cannot be written costs the next run its speed, nothing else.
    }
}


/***/ }),

/***/ 5507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ tuneStartup)
});

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = require("node:v8");
;// CONCATENATED MODULE: ./src/startup.ts


/**
 * What both entry points (the action's and the CLI's) do before loading the rest: how V8 runs
 * this process's code.
 *
 * - Node's compile cache: start-up is most of a small publish, and the cache keeps V8's
 *   compiled code between runs (a second run in a job, a self-hosted runner, the CLI).
 * - undici parses HTTP answers with llhttp, compiled to WebAssembly: one function of 33 KB of
 *   code that V8 optimises with TurboFan once it has used up its tiering budget, which a few
 *   answers' headers do (a listing read before a large upload, the upload's answer and the
 *   verifying read are enough). That compilation takes 0.15 to 0.6 s of CPU on a background
 *   thread, on a 2-core runner beside the upload it slows, and the process waits for it to end
 *   before it exits: for a parser that reads a few KB per run. A budget 150 times the default
 *   keeps it on V8's baseline compiler for the first few hundred KB of headers. Set before any
 *   WebAssembly is instantiated, which is when V8 reads it; should this V8 ignore a flag set at
 *   run time, nothing changes but the time.
 */
function tuneStartup() {
    (0,external_node_module_.enableCompileCache)?.();
    try {
        (0,external_node_v8_namespaceObject.setFlagsFromString)('--wasm-tiering-budget=2000000000');
    }
    catch {
        // A V8 that refuses flags at run time runs as it would have.
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = require("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = require("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = require("node:stream/web");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			id: moduleId,
/******/ 			loaded: false,
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Flag the module as loaded
/******/ 		module.loaded = true;
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/node module decorator */
/******/ 	(() => {
/******/ 		__nccwpck_require__.nmd = (module) => {
/******/ 			module.paths = [];
/******/ 			if (!module.children) module.children = [];
/******/ 			return module;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// The CLI's bundle entry, which dist/cli/index.js (src/cli/bin.ts) requires once it has
// refused an older Node and answered `--version`. CommonJS, so that ncc makes the bundle
// CommonJS: Node then loads it and each command's chunks with require(), and never starts its
// ESM loader (a 10 KB publish: 0.95 to 0.97 of the time of the same code as an ESM bundle, 40
// paired runs, 2026-12-03). Each command's code is still loaded only when it runs.


(__nccwpck_require__(5507)/* .tuneStartup */ ._)();
// Before any chunk loads: each is compiled with the code V8 kept from an earlier run. A run
// that only prints help keeps nothing for the runs that do the work.
const helpOnly = process.argv.slice(2).some((a) => a === '--help' || a === '-h');
(__nccwpck_require__(3721)/* .cacheBundleCode */ .u)(__dirname, { write: !helpOnly });
__nccwpck_require__.e(/* import() */ 957).then(__nccwpck_require__.bind(__nccwpck_require__, 2957)).then(async ({ main }) => {
  process.exitCode = await main(process.argv.slice(2));
});

module.exports = __webpack_exports__;
/******/ })()
;