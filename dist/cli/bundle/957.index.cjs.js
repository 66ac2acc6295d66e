"use strict";
exports.id = 957;
exports.ids = [957];
exports.modules = {

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
const USAGE = `usage: wheelrelay <command> [options]

commands:
  publish [PACKAGE_DIR]   build a Python project, upload it to an index, verify it landed
  pin NAME==VERSION FILE... move a package's pins in requirement files (--check: CI mode)
  sync FILE...            put every git-pinned requirement of FILE on an index (--plan: list
                          what is missing, as a GitHub Actions matrix)
  bump NAME==VERSION FILE... move the pins in a checkout and regenerate what is compiled
                          from them (--run 'make compile-requirements')

Run 'wheelrelay <command> --help' for a command's options.
`;
// Each command is loaded when it runs: a publish never loads the sync, pin or bump code.
const COMMANDS = {
    publish: async (argv, env) => (await Promise.all(/* import() */[__webpack_require__.e(329), __webpack_require__.e(87), __webpack_require__.e(640), __webpack_require__.e(117)]).then(__webpack_require__.bind(__webpack_require__, 117))).publishCommand(argv, env),
    pin: async (argv) => (await Promise.all(/* import() */[__webpack_require__.e(329), __webpack_require__.e(87), __webpack_require__.e(865)]).then(__webpack_require__.bind(__webpack_require__, 5865))).pinCommand(argv),
    sync: async (argv, env) => (await Promise.all(/* import() */[__webpack_require__.e(329), __webpack_require__.e(87), __webpack_require__.e(468), __webpack_require__.e(640), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 9119))).syncCommand(argv, env),
    bump: async (argv, env) => (await Promise.all(/* import() */[__webpack_require__.e(329), __webpack_require__.e(202), __webpack_require__.e(87), __webpack_require__.e(468), __webpack_require__.e(333)]).then(__webpack_require__.bind(__webpack_require__, 6546))).bumpCommand(argv, env),
};
/** Runs the CLI; returns the exit code (0 done, 1 failed, 2 usage). */
async function main(argv, env = process.env) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        (command ? process.stdout : process.stderr).write(USAGE);
        return command ? 0 : 2;
    }
    const run = COMMANDS[command];
    if (!run) {
        process.stderr.write(`wheelrelay: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
    return run(rest, env);
}


/***/ })

};
;