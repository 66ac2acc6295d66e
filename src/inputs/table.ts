import { InputError } from '../errors.js';
import { INDEX_TYPES } from '../index/kinds/types.js';
import { PYPI_SIMPLE, parseUpstreamIndex } from '../index/upstream.js';
import {
  bool,
  choice,
  integer,
  lines,
  list,
  oneOf,
  type Parser,
  seconds,
  text,
  versionPattern,
} from './parse.js';

// The one table of the actions' inputs and outputs. Each action.yml is generated from it
// (`npm run gen:actions`; test/unit/action-yml.test.ts fails when one is stale), and the code
// reads every input through it (read.ts), so a default is written here and nowhere else.
// Adding an input is one row: its name, what it does, its default, how its value is read,
// and which actions list it.

/** The actions wheelrelay ships, each with an action.yml of its own over the same dist/. */
export type ActionName = 'publish' | 'sync' | 'bump';

/**
 * The commands of the CLI (src/cli/). Each takes the inputs of the action it stands for, but
 * `pin`, which does the pin bumps' rewriting in local files and takes only `pin-style`.
 */
export type CommandName = 'publish' | 'sync' | 'bump' | 'pin';

/**
 * How the command line takes an input: by default a flag of the same name, with a value
 * (`--index-url URL`). src/cli/flags.ts makes each command's parseArgs options, its --help and
 * the inputs it reads from these; README "What the CLI covers" says the same in prose (a test
 * compares them).
 */
export interface CliWay {
  /** The commands that take it; by default every command whose action lists the input. */
  commands?: readonly CommandName[];
  /** Why a command of one of its actions has no flag for it (README says the same). */
  absent?: string;
  /** The flag, when it is not `--<input>` (`no-build-isolation`). */
  flag?: string;
  /** A one-letter alias (`-j`). */
  short?: string;
  /**
   * The value's placeholder in --help (`URL`, `SECS`). Without one the flag is a switch, which
   * sets the input to `sets` ('true' unless said).
   */
  arg?: string;
  sets?: string;
  /** May be given more than once: each value is a line of the input. */
  repeatable?: boolean;
  /** The value may follow `=` or be left out (`--rewrite`, `--rewrite=hash`; bare sets 'true'). */
  optionalArg?: boolean;
  /** An environment variable the value comes from when the flag is not given. */
  env?: string;
  /** A secret: the flag reads it from standard input (never from an argument), else from `env`. */
  stdin?: boolean;
  /** Given as the command's arguments (`FILE...`) instead of a flag (or as well as one). */
  positional?: string;
  /** What the flag does, as --help prints it (lines of at most 70 characters). */
  help?: readonly string[];
  /** The default --help shows, when not the row's `default` ('' for none). */
  shows?: string;
  /** Where a command's flag says something else. */
  per?: Partial<
    Record<CommandName, { help?: readonly string[]; arg?: string; shows?: string; env?: string }>
  >;
}

/** One input of one or more actions. */
export interface InputRow<T = unknown> {
  /** What the input does, as action.yml shows it (lines are joined with spaces). */
  description: string | readonly string[];
  /**
   * The value an empty or missing input has, read by `parse` like a given one. Without it an
   * empty input reads as undefined (and the code says what that means).
   */
  default?: string;
  required?: boolean;
  /** Masked (core.setSecret) before any input is read, so no message can show it. */
  secret?: boolean;
  /** Read as given, spaces around it kept (a password may have them); others are trimmed. */
  keepSpaces?: boolean;
  /** The actions that list this input. */
  actions: readonly ActionName[];
  /**
   * Where one action's input means something more particular than `description` says (or is
   * optional there), what its action.yml shows instead.
   */
  per?: Partial<
    Record<ActionName, { description?: string | readonly string[]; required?: boolean }>
  >;
  /** Reads a given (non-empty) value; its refusal names the input. */
  parse: Parser<T>;
  /** How the command line takes it. */
  cli: CliWay;
}

/** One output of one or more actions. */
export interface OutputRow {
  description: string | readonly string[];
  actions: readonly ActionName[];
}

/** `rewrite`: true (bare pins where the upstream index allows), hash, or false. */
const rewriteMode: Parser<false | 'pin' | 'hash'> = (value, name) => {
  if (/^hash(es)?$/i.test(value)) return 'hash';
  try {
    return bool(value, name) ? 'pin' : false;
  } catch {
    throw new InputError(
      name,
      `is '${value}'`,
      "It must be true (index pins where the upstream index has no other files of that version), hash (index pins with the synced files' --hash) or false.",
    );
  }
};

/**
 * A value whose default is a GitHub expression (`${{ github.token }}`): the runner evaluates
 * it; read where nothing did (a test, a local run), the expression itself is no value.
 */
const evaluated: Parser<string | undefined> = (value) =>
  /^\$\{\{.*\}\}$/.test(value) ? undefined : value;

/** `false` (or no/off/0) for none, otherwise the merge method. */
const autoMerge: Parser<'merge' | 'squash' | 'rebase' | undefined> = (value, name) =>
  /^(false|no|off|0)$/i.test(value)
    ? undefined
    : oneOf(value, name, ['merge', 'squash', 'rebase'] as const);

/** Why publish's pin-bump inputs have no flags (README "What the CLI covers" says so too). */
const PUBLISH_OPENS_NO_PRS =
  "`publish` opens no pull requests: `wheelrelay pin` does the same rewriting in local files, and `wheelrelay bump --repository` opens a consumer's own pull request";

export const INPUTS = {
  mode: {
    description: [
      'sync (default): put every git-pinned requirement of `requirement-files` on the index',
      '(fetch, build, upload what is missing). plan: only list the missing ones, as a GitHub',
      'Actions matrix (output `matrix`) for a follow-up job that runs this action with',
      '`mode: sync` once per entry.',
    ],
    default: 'sync',
    actions: ['sync'],
    parse: choice(['sync', 'plan']),
    cli: {
      flag: 'plan',
      sets: 'plan',
      help: [
        'only list what is missing, without fetching or building (mode: plan):',
        'the GitHub Actions matrix JSON on stdout (with --json, the whole',
        'plan), one line per entry on stderr, each with its status:',
        '  present      the index has the version the requirement names',
        '               (or, for a pin by commit, what the build record',
        '               says that commit built)',
        '  missing      the requirement names a version the index lacks:',
        '               a sync fetches and builds it',
        '  unknown      the requirement names no version (a commit or a',
        '               branch, no #egg=name==version): only a build can',
        '               tell, so a sync fetches it; it is in the matrix',
        '  unnamed      no package name (#egg=): sync refuses it',
        '  check-failed the index did not answer; the sync job asks again',
      ],
    },
  },
  'requirement-files': {
    description: [
      'sync/plan: the requirement files to read, as globs relative to the workspace, one a line',
      '(or comma-separated), e.g. `requirements/*.txt`. Globs with `..` or an absolute path, and',
      'files that are links out of the workspace, are refused. Every git pin must name its',
      'package (`#egg=name` or `name @ git+…`); one that does not is refused before anything is',
      'fetched.',
    ],
    actions: ['sync', 'bump'],
    per: {
      bump: {
        description: [
          'The requirement files whose pins of the released package move, as globs relative to the',
          'checkout, one a line (or comma-separated), e.g. `requirements/edx/github.in`: the files',
          'people edit, not the ones `run` compiles from them. Globs with `..` or an absolute path',
          'are refused.',
        ],
        required: true,
      },
    },
    parse: list,
    cli: { positional: 'FILE...' },
  },
  requirement: {
    description: [
      "sync/plan: requirement lines to sync directly, one a line (what a plan's matrix job gets",
      'as `matrix.requirement`).',
    ],
    actions: ['sync'],
    parse: lines,
    cli: { arg: 'LINE', repeatable: true, help: ['sync this requirement line too (repeatable)'] },
  },
  jobs: {
    description: [
      'sync — how many entries are fetched and built at once, 1 to 64. Default the number of cores',
      '(at most 64).',
    ],
    actions: ['sync'],
    parse: integer(1, 64),
    cli: {
      arg: 'N',
      short: 'j',
      help: ['fetch and build N entries at once'],
      shows: 'number of cores',
    },
  },
  'git-token': {
    description: [
      'sync — a token that can read the private repositories the requirements point at. Sent to',
      'git as an Authorization header through GIT_CONFIG_* environment variables, only for',
      "`git-token-hosts`, scoped to each entry's own https:// repository URL, never across a",
      'redirect or over plain http://; never on a command line or in a log. Pass it from a',
      'secret.',
    ],
    secret: true,
    actions: ['sync'],
    parse: text,
    cli: {
      flag: 'git-token-stdin',
      stdin: true,
      env: 'WHEELRELAY_GIT_TOKEN',
      help: [
        'read a token for private repositories from standard input (or set',
        '$WHEELRELAY_GIT_TOKEN); sent to --git-token-hosts only, never on a',
        'command line',
      ],
    },
  },
  'git-token-hosts': {
    description: [
      'sync — the hosts `git-token` is sent to, one a line or comma-separated. Default the GitHub',
      'server the workflow runs on.',
    ],
    actions: ['sync'],
    parse: list,
    cli: { arg: 'H,...', help: ['hosts the token is for'], shows: 'github.com' },
  },
  rewrite: {
    description: [
      'sync — turn each synced git pin into an index pin (`name==version`) in the requirement',
      'files, in the workspace (never through a link to a file outside it). plan — the same for',
      'the entries the index already has, without fetching or building anything (for a job that',
      'holds a write token). Before writing a bare pin it asks `upstream-index` whether that',
      'version is there too with other files (dependency confusion); then the git pin stays,',
      'with a warning. `hash` writes each pin with `--hash` of the synced files instead (pip',
      'then checks hashes for the whole file).',
    ],
    default: 'false',
    actions: ['sync'],
    parse: rewriteMode,
    cli: {
      optionalArg: true,
      arg: 'hash',
      help: [
        'turn each synced git pin into an index pin (name==version) in FILE,',
        'with its origin as a comment (with --plan: only those the index has;',
        'nothing is fetched or built). A pin --upstream-index has with other',
        'files stays a git pin: pip reading both could install those.',
        '--rewrite=hash writes each pin with --hash of the synced files',
        'instead (pip then installs no other files, and checks hashes for the',
        'whole file)',
      ],
      shows: '',
    },
  },
  'upstream-index': {
    description: [
      'sync/plan with `rewrite` — the simple API of the index pip may read besides yours',
      '(`--extra-index-url`), asked before a git pin becomes a bare `name==version`; `none`',
      'skips the check.',
    ],
    default: PYPI_SIMPLE,
    actions: ['sync'],
    parse: (value) => parseUpstreamIndex(value),
    cli: {
      arg: 'URL',
      env: 'WHEELRELAY_UPSTREAM_INDEX',
      help: [
        'the simple API pip may read besides the index, asked before a bare',
        'pin is written (none: do not ask)',
      ],
      shows: `$WHEELRELAY_UPSTREAM_INDEX, else ${PYPI_SIMPLE}`,
    },
  },
  'matrix-limit': {
    description: [
      'plan — the most jobs the `matrix` output may have (1 to 256); more entries are shared out',
      'evenly.',
    ],
    default: '256',
    actions: ['sync'],
    parse: integer(1, 256),
    cli: { arg: 'N', help: ["most jobs in the plan's matrix"] },
  },
  'index-url': {
    description: [
      'The index to publish to: an http(s) URL (devpi `https://host/<user>/<index>/`, Artifactory',
      '`https://host/artifactory/api/pypi/<repo>`, Nexus `https://host/repository/<repo>/`,',
      'pypiserver `http://host:8080/`), or a directory path / file:// URL for the embedded static',
      'index (pip reads it with `--index-url file:///<dir>/simple/`). Never put credentials in',
      'it.',
    ],
    required: true,
    actions: ['publish', 'sync', 'bump'],
    per: {
      bump: {
        description: [
          "The index's simple API as pip's `--index-url` takes it, for a run whose release names",
          'none (`release` given by hand): the command gets it in WHEELRELAY_INDEX_URL, and the',
          "files of the release (their sha256, for `--hash` pins) are read from the project's page",
          'there. A dispatch names its own index, which wins. Never put credentials in it.',
        ],
        required: false,
      },
    },
    parse: text,
    cli: {
      arg: 'URL|DIR',
      env: 'WHEELRELAY_INDEX_URL',
      help: ['the index to publish to'],
      shows: '$WHEELRELAY_INDEX_URL, else ~/.cache/wheelrelay/index',
      per: {
        sync: {
          help: [
            'the index to fill; a directory makes an index pip reads offline:',
            'pip install --index-url file:///DIR/simple/ ...',
          ],
        },
        bump: {
          arg: 'URL',
          help: ["the index the release is on (the command's WHEELRELAY_INDEX_URL)"],
          shows: '',
          env: '',
        },
      },
    },
  },
  'index-type': {
    description: [
      'devpi, artifactory, nexus, pypiserver, pypi, generic or directory. When empty: from the',
      "URL where its shape says (a directory; Artifactory's /api/pypi/<repo>; Nexus's",
      "/repository/<repo>/; pypi.org; a devpi URL ending in +simple/), otherwise from the index's",
      "first answer (devpi's X-Devpi-* headers, Artifactory's X-Artifactory-Id, Nexus's Server:",
      'Nexus/...), logged with the header it came from; an index that sends none of them',
      "(pypiserver among them) is used as generic, whose URLs are pypiserver's.",
    ],
    actions: ['publish', 'sync'],
    parse: choice(INDEX_TYPES),
    cli: {
      arg: 'TYPE',
      help: ['devpi, artifactory, nexus, pypiserver, pypi, generic, directory'],
      shows: "from the URL, or from the index's first answer",
    },
  },
  'simple-url': {
    description: [
      "The index's simple API root (what pip uses as --index-url), when it differs from the one",
      'derived from `index-url`. Credentials written into it are taken out, masked, and used when',
      '`username`/`password` are not set.',
    ],
    actions: ['publish', 'sync'],
    parse: text,
    cli: { arg: 'URL', help: ['simple API of the index, when it cannot be derived'] },
  },
  username: {
    description: 'Index user name. Use `__token__` with an API token.',
    actions: ['publish', 'sync'],
    parse: text,
    cli: {
      arg: 'NAME',
      env: 'WHEELRELAY_USERNAME',
      help: ['the index user (__token__ for API tokens)'],
      shows: '$WHEELRELAY_USERNAME',
    },
  },
  password: {
    description: [
      'Index password or API token. Pass it from a secret; it is masked and never printed.',
    ],
    secret: true,
    keepSpaces: true,
    actions: ['publish', 'sync'],
    parse: text,
    cli: {
      flag: 'password-stdin',
      stdin: true,
      env: 'WHEELRELAY_PASSWORD',
      help: ['read the index password from standard input', '(or set $WHEELRELAY_PASSWORD)'],
    },
  },
  'package-dir': {
    description: 'The Python project to build (the folder with pyproject.toml).',
    default: '.',
    actions: ['publish'],
    parse: text,
    cli: {
      arg: 'DIR',
      positional: '[PACKAGE_DIR]',
      help: ['the Python project to build (or as PACKAGE_DIR)'],
    },
  },
  'dist-dir': {
    description: [
      'Publish the wheels and sdists already in this folder instead of building (for a matrix',
      'build, e.g. cibuildwheel, published by one later job; or a build job without secrets). All',
      'files must be one project version.',
    ],
    actions: ['publish', 'sync'],
    per: {
      sync: {
        description: [
          "Take each entry's files from this folder (built by an earlier job into a directory",
          'index) instead of fetching and building.',
        ],
      },
    },
    parse: text,
    cli: {
      arg: 'DIR',
      help: ['publish the wheels/sdists already in DIR instead of building'],
      per: {
        sync: {
          help: [
            "take each entry's files from DIR (built by an earlier job, e.g. with",
            'a directory index) instead of fetching and building',
          ],
        },
      },
    },
  },
  dists: {
    description: 'What to build: wheel, sdist or both.',
    default: 'wheel',
    actions: ['publish', 'sync'],
    parse: choice(['wheel', 'sdist', 'both']),
    cli: { arg: 'KIND', help: ['what to build: wheel, sdist or both'] },
  },
  python: {
    description: [
      'Python interpreter that runs the build (`python -m build`, or `pip wheel` when build is',
      'not installed).',
    ],
    default: 'python3',
    actions: ['publish', 'sync'],
    parse: text,
    cli: { arg: 'PATH', help: ['Python interpreter for the builds'] },
  },
  'build-isolation': {
    description: [
      "Build in an isolated environment with the project's build requirements (PEP 517). Set",
      'false to build with what the interpreter has.',
    ],
    default: 'true',
    actions: ['publish', 'sync'],
    parse: bool,
    cli: {
      flag: 'no-build-isolation',
      sets: 'false',
      help: ["build in the interpreter's environment, not an isolated one"],
    },
  },
  'tag-pattern': {
    description: [
      'Regular expression that reads the version out of a release tag, with a group named',
      '`version` (or a first group). On a tag push the built version must equal it. The default',
      'accepts v1.2.3 and 1.2.3.',
    ],
    default: '^v?(?<version>\\d.*)$',
    actions: ['publish'],
    parse: versionPattern,
    cli: {
      arg: 'REGEX',
      help: ['how to read the version from a tag (group "version")'],
    },
  },
  'verify-timeout': {
    description: [
      'Seconds to wait for uploaded files to appear on the simple API with the right sha256. A',
      'file still not listed then is `unverified` in `files` (published stays false, the step',
      'fails).',
    ],
    default: '60',
    actions: ['publish', 'sync'],
    per: {
      sync: {
        description: [
          'Seconds to wait for uploaded files to appear on the simple API with the right sha256. An',
          'entry whose files are still not listed then is `unverified` in `entries` (the step',
          'fails).',
        ],
      },
    },
    parse: seconds(),
    cli: {
      arg: 'SECS',
      help: [
        'how long to wait for uploads to be listed; a file not listed by',
        'then is unverified (exit code 1)',
      ],
    },
  },
  timeout: {
    description: [
      'Seconds one request to the index may take as a whole, from connecting to the last byte of',
      "the answer (a read's retries included); a slower request is cut off.",
    ],
    default: '300',
    actions: ['publish', 'sync'],
    per: {
      sync: {
        description: [
          'Seconds one request to the index may take as a whole, from connecting to the last byte',
          "of the answer (a read's retries included); a slower request is cut off. Also how long",
          'one git command may run before it is killed.',
        ],
      },
    },
    parse: seconds(),
    cli: {
      arg: 'SECS',
      help: ['per-request timeout'],
      per: { sync: { help: ['per-request timeout, and per git command'] } },
    },
  },
  'build-timeout': {
    description: [
      'Seconds one build may run before it (and everything it started) is killed; up to 21600.',
    ],
    default: '3600',
    actions: ['publish', 'sync'],
    parse: seconds(6 * 3600),
    cli: { arg: 'SECS', help: ['how long one build may run before it is killed'] },
  },
  'builds-can-read-secrets': {
    description: [
      "Build even where builds cannot be isolated from this step's process (no root, no",
      'passwordless sudo, no user namespaces), so a build could read the password and tokens it',
      'holds. Without it such builds go ahead with a warning.',
    ],
    default: 'false',
    actions: ['publish', 'sync', 'bump'],
    per: {
      sync: {
        description: [
          "Build even where builds cannot be isolated from this step's process (no root, no",
          'passwordless sudo, no user namespaces), so a build could read the password and tokens',
          'it holds. Without it such builds are refused.',
        ],
      },
      bump: {
        description: [
          "Run `run` even where it cannot be isolated from this step's process (no root, no",
          'passwordless sudo, no user namespaces), so the command could read `token`. Refused',
          'otherwise (GitHub-hosted runners isolate it).',
        ],
      },
    },
    parse: bool,
    cli: {
      help: [
        'build even where builds cannot be isolated from this process,',
        'which holds the password and tokens (sync refuses otherwise)',
      ],
      per: {
        bump: {
          help: [
            'run the command even where it cannot be kept from the secrets this',
            'process holds',
          ],
        },
      },
    },
  },
  retries: {
    description: [
      'Retries for a failed request, 0 to 20: connection errors, timeouts, and the statuses 408,',
      '429, 500, 502, 503 and 504 (other statuses, 401 and 403 among them, fail at once), waiting',
      'from 0.5 s doubling up to 30 s with jitter, or as Retry-After says up to 2 minutes.',
    ],
    default: '5',
    actions: ['publish', 'sync'],
    parse: integer(0, 20),
    cli: { arg: 'N', help: ['retries for a failed request (0 to 20)'] },
  },
  cache: {
    description: "Restore and save pip's cache for the build with the Actions cache.",
    default: 'true',
    actions: ['publish', 'sync'],
    parse: bool,
    cli: { commands: [], absent: "the CLI leaves pip's own cache to pip" },
  },
  consumers: {
    description: [
      'Repositories whose requirement files pin this package, one a line:',
      '`owner/repo[@base-branch]: glob, glob` (globs of requirement files inside that repository,',
      'e.g. `acme/web@main: requirements/*.txt, constraints.txt`; `#` starts a comment). Once',
      'every file of the release is verified on the index, wheelrelay opens or updates one pull',
      'request per consumer, from the branch `wheelrelay/<package>`, moving the pin to the new',
      'version. Nothing is opened for a release that was not verified. A branch someone else',
      'pushed to is never reset: that consumer is skipped, with one comment on its pull request',
      'per release. `owner/repo: dispatch` sends that consumer one `repository_dispatch` (event',
      'type `wheelrelay-release`, the release in `client_payload`) instead, for a consumer whose',
      'own workflow bumps and recompiles its requirements with `uses: …/bump` (README: "Consumers',
      'that compile their requirements"); the token then needs contents: write there.',
    ],
    actions: ['publish'],
    parse: text,
    cli: { commands: [], absent: PUBLISH_OPENS_NO_PRS },
  },
  'consumer-token': {
    description: [
      'Token that can write to every consumer: a GitHub App installation token, a fine-grained',
      'PAT, or a classic PAT with repo, with contents: write and pull-requests: write. A write',
      'GitHub refuses fails that consumer, naming the permissions and the kind of token. The',
      "workflow's own GITHUB_TOKEN cannot write to other repositories, so it does not work here.",
      'Pass it from a secret; it is masked and never printed.',
    ],
    secret: true,
    actions: ['publish'],
    parse: text,
    cli: { commands: [], absent: PUBLISH_OPENS_NO_PRS },
  },
  'pin-style': {
    description: [
      'index (default): pins become `name==version` from the index (git URLs of the package are',
      'replaced by an index pin). git: git URLs of the package keep pointing at git, at the',
      "release's own tag (its commit on a branch push).",
    ],
    default: 'index',
    actions: ['publish'],
    parse: choice(['index', 'git']),
    cli: {
      commands: ['pin'],
      absent: PUBLISH_OPENS_NO_PRS,
      flag: 'style',
      arg: 'index|git',
      help: [
        'index: git URLs of NAME become NAME==VERSION; git: git URLs keep',
        'pointing at git, at --ref, or at the tag their repository has',
        "(git ls-remote: the old ref's form, VERSION, vVERSION; none found:",
        'nothing is written)',
      ],
    },
  },
  'pr-title': {
    description: [
      'Pull request title (and commit headline). Placeholders: {name} {version} {previous}',
      '{index} {project-url} {tag} {sha} {compare-url} {source-repo} {consumer} {files}.',
    ],
    default: 'Bump {name} to {version}',
    actions: ['publish', 'bump'],
    parse: text,
    cli: {
      commands: ['bump'],
      absent: PUBLISH_OPENS_NO_PRS,
      arg: 'TEXT',
      help: ['the pull request title, with {name}, {version}, ... placeholders'],
    },
  },
  'pr-body': {
    description: [
      'Pull request body, with the placeholders of `pr-title`: {name} the package, {version} the',
      'new version, {previous} the version(s) the consumer pinned, {index} the index,',
      "{project-url} the package's simple API page, {tag} and {sha} the release tag and commit,",
      '{compare-url} the changes on GitHub since {previous}, {source-repo} this repository,',
      '{consumer} the consumer, {files} the rewritten files. Empty for the default text. A hidden',
      'marker naming the release is always appended (re-runs recognise their PR by it).',
    ],
    actions: ['publish', 'bump'],
    parse: text,
    cli: {
      commands: ['bump'],
      absent: PUBLISH_OPENS_NO_PRS,
      arg: 'TEXT',
      help: ['the pull request body, with the placeholders of --pr-title'],
      shows: 'a text naming the release and the files changed',
    },
  },
  labels: {
    description: 'Labels for new pull requests, comma-separated.',
    actions: ['publish', 'bump'],
    parse: list,
    cli: {
      commands: ['bump'],
      absent: PUBLISH_OPENS_NO_PRS,
      arg: 'L,...',
      help: ['labels for a new pull request'],
    },
  },
  reviewers: {
    description: 'Users to request reviews from on new pull requests, comma-separated logins.',
    actions: ['publish', 'bump'],
    parse: list,
    cli: {
      commands: ['bump'],
      absent: PUBLISH_OPENS_NO_PRS,
      arg: 'LOGIN,...',
      help: ['users to request reviews from on a new pull request'],
    },
  },
  'team-reviewers': {
    description: [
      'Teams to request reviews from on new pull requests, comma-separated slugs (or org/slug).',
    ],
    actions: ['publish', 'bump'],
    parse: list,
    cli: {
      commands: ['bump'],
      absent: PUBLISH_OPENS_NO_PRS,
      arg: 'TEAM,...',
      help: ['teams to request reviews from on a new pull request'],
    },
  },
  draft: {
    description: 'Open pull requests as drafts.',
    default: 'false',
    actions: ['publish', 'bump'],
    parse: bool,
    cli: {
      commands: ['bump'],
      absent: PUBLISH_OPENS_NO_PRS,
      help: ['open a new pull request as a draft'],
    },
  },
  'auto-merge': {
    description: [
      'Auto-merge new pull requests with this merge method (merge, squash or rebase); false for',
      'none. The consumer must allow auto-merge and the method. A pull request GitHub calls',
      'mergeable already (no required checks to wait for) is merged at once; otherwise the',
      'pull-requests output says why auto-merge was not enabled.',
    ],
    default: 'false',
    actions: ['publish', 'bump'],
    parse: autoMerge,
    cli: {
      commands: ['bump'],
      absent: PUBLISH_OPENS_NO_PRS,
      arg: 'METHOD',
      help: ['auto-merge a new pull request: merge, squash or rebase'],
      shows: 'none',
    },
  },
  'sign-commits': {
    description: [
      'Commit through GraphQL createCommitOnBranch, so GitHub signs the commits and marks them',
      'verified (and fewer requests are made). false commits through the git data REST API.',
    ],
    default: 'true',
    actions: ['publish', 'bump'],
    parse: bool,
    cli: {
      commands: ['bump'],
      absent: PUBLISH_OPENS_NO_PRS,
      flag: 'no-sign-commits',
      sets: 'false',
      help: ['commit through the git data API instead of GraphQL (unsigned)'],
    },
  },
  'dry-run': {
    description: [
      'Write nothing anywhere: build, inspect, check the tag, read the index and the consumers,',
      'and report what a real run would do (files `would-upload` or `already-present`; consumers',
      '`would-create`, `would-update` or `would-dispatch`, with the diffs they would get). Nothing',
      "is uploaded, no branch, commit, pull request or dispatch is made, pip's cache is not saved,",
      'and `published` is false.',
    ],
    default: 'false',
    actions: ['publish', 'bump'],
    per: {
      bump: {
        description: [
          'Make no GitHub request: the pins move and `run` runs in the checkout, the changes stay',
          'there, and the diff is printed (and shown in the job summary); `outcome` is `changed`.',
        ],
      },
    },
    parse: bool,
    cli: {
      help: [
        'build, inspect and read the index, and print what a real run would',
        'upload (would-upload) and what is there already; upload nothing',
      ],
      per: {
        bump: {
          help: ['with --repository: send nothing to GitHub, only change the checkout'],
        },
      },
    },
  },
  release: {
    description: [
      'bump — the release to move to, as `name==version`, for a manual run. Empty: the release',
      'comes from the event, a `repository_dispatch` of type `wheelrelay-release` (its',
      "`client_payload`, with the files' sha256 and the index) or a `workflow_dispatch` whose",
      'inputs have `release`.',
    ],
    actions: ['bump'],
    parse: text,
    cli: { positional: 'NAME==VERSION' },
  },
  run: {
    description: [
      'bump — the command that regenerates the compiled requirement files once the pins moved,',
      'e.g. `make compile-requirements`: one program and its arguments, run in the checkout',
      'without a shell (quotes work; `&&`, pipes, `$VAR` are refused: write `bash -ec …` to use a',
      'shell). It sees the release only in WHEELRELAY_NAME, WHEELRELAY_VERSION and',
      'WHEELRELAY_INDEX_URL, and cannot read `token` (its own PID namespace). Every file it',
      'changes is committed with the pin change. Empty: only the pins move.',
    ],
    actions: ['bump'],
    parse: text,
    cli: {
      arg: 'CMD',
      help: [
        "the command that regenerates the compiled files, e.g. 'make",
        "compile-requirements'; one program and its arguments, run without",
        'a shell; it sees the release only in WHEELRELAY_NAME,',
        'WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL',
      ],
    },
  },
  'command-timeout': {
    description: 'bump — seconds `run` may take before it is killed (at most 21600).',
    default: '1800',
    actions: ['bump'],
    parse: seconds(6 * 3600),
    cli: { arg: 'SECS', help: ['how long the command may run before it is killed'] },
  },
  token: {
    description: [
      'bump — the token that pushes the branch `wheelrelay/<package>` and opens the pull request',
      "in this repository: the job's own token by default (give the job `permissions: contents:",
      'write, pull-requests: write`), or a PAT / App token where pull requests must start other',
      "workflows (GitHub's token does not). Masked, never printed, kept from `run`.",
    ],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression the runner evaluates
    default: '${{ github.token }}',
    secret: true,
    actions: ['bump'],
    parse: evaluated,
    cli: {
      flag: 'token-stdin',
      stdin: true,
      env: 'WHEELRELAY_GITHUB_TOKEN',
      help: ['read the GitHub token from standard input', '(or set $WHEELRELAY_GITHUB_TOKEN)'],
    },
  },
  'bump-every-version': {
    description: [
      "Move consumers' pins to every version this workflow publishes. By default pins follow",
      'releases only: a tag run, or a manual run (workflow_dispatch) of a final version (no',
      'pre-release, dev or local part); a branch push, and a pre-release or dev version on a',
      'manual run, publish without moving any pin (consumers are `skipped`). A pull request run',
      'publishes nothing unless `on-pull-request: publish`, and then moves pins only with this.',
    ],
    default: 'false',
    actions: ['publish'],
    parse: bool,
    cli: {
      commands: [],
      absent: 'the command line has no tag pushes or branch pushes to tell apart',
    },
  },
  'on-pull-request': {
    description: [
      'What a run for a pull request (pull_request, pull_request_target) does: dry-run (default)',
      'builds, inspects and reads the index and uploads nothing, as `dry-run: true`; publish',
      'publishes as any other run (pins still move only as `bump-every-version` says).',
    ],
    default: 'dry-run',
    actions: ['publish'],
    parse: choice(['dry-run', 'publish']),
    cli: {
      commands: [],
      absent: 'the command line has no pull request runs',
    },
  },
} satisfies Record<string, InputRow>;

export const OUTPUTS = {
  entries: {
    description: [
      'sync/plan — JSON array, one object per git-pinned requirement: name, version, url, ref,',
      'subdirectory, locations (file:line), requirement, outcome (sync: already-present,',
      'uploaded, unverified, failed; plan: present, missing, unknown, unnamed, check-failed),',
      'reason and error when failed (unnamed, bad-ref, no-access, fetch-failed, build-refused,',
      'build-failed, not-built, name-mismatch, index-check-failed, upload-failed; error also when',
      'unverified), commit, files.',
    ],
    actions: ['sync'],
  },
  counts: {
    description: [
      'sync — JSON object: entries, already-present, uploaded, unverified, failed, clones,',
      'builds.',
    ],
    actions: ['sync'],
  },
  'rewritten-files': {
    description: 'sync/plan — JSON array of the requirement files `rewrite` changed.',
    actions: ['sync'],
  },
  matrix: {
    description: [
      'plan — JSON {"include":[{"requirement": "...", "name": "..."}]} of the entries the index',
      'lacks, for strategy.matrix.',
    ],
    actions: ['sync'],
  },
  missing: {
    description: [
      'plan — how many entries the index lacks (the matrix is empty when 0; skip the sync job',
      'then).',
    ],
    actions: ['sync'],
  },
  name: {
    description: 'The project name, as its metadata writes it (bump: as the release names it).',
    actions: ['publish', 'bump'],
  },
  version: {
    description: 'The published version (PEP 440 normalised); bump: the version pinned.',
    actions: ['publish', 'bump'],
  },
  outcome: {
    description: [
      'bump — created, updated or unchanged (the pull request), skipped (already on the',
      'version, or a pull request for it was closed), changed (dry run: the checkout changed,',
      'nothing was sent), failed.',
    ],
    actions: ['bump'],
  },
  'pull-request': {
    description: [
      'bump — JSON object: repo, number, url, outcome, reason when skipped or failed, auto-merge',
      "as in the publisher's `pull-requests`; `{}` when none was opened (dry run, skipped).",
    ],
    actions: ['bump'],
  },
  'changed-files': {
    description: [
      'bump — JSON array of the files the pin edit and `run` changed (paths in the checkout).',
    ],
    actions: ['bump'],
  },
  files: {
    description: [
      'JSON array: one object per file with filename, sha256, url and outcome: uploaded,',
      'already-present (the same bytes, or the same files and contents in other packaging, kept',
      "as they are; sha256 is the index's), unverified (uploaded but not listed within",
      'verify-timeout; then also listing, the page looked at, and answer, what the index said),',
      'or on a dry run would-upload (not on the index; url is empty).',
    ],
    actions: ['publish'],
  },
  published: {
    description: [
      "'true' when every file is verified on the index; 'false' otherwise (a branch push of a",
      'version already published from another commit, an unverified file, or a dry run).',
    ],
    actions: ['publish'],
  },
  'project-url': {
    description: "The project's page on the index's simple API.",
    actions: ['publish'],
  },
  'pull-requests': {
    description: [
      'JSON array: one object per consumer with repo, number, url and outcome (created, updated,',
      'unchanged, skipped, failed, dispatched; would-create, would-update or would-dispatch on a',
      'dry run), reason when skipped or failed, and auto-merge ({state: enabled, merged or',
      "not-enabled, method, reason}) for a new pull request when auto-merge is set. '[]' when no",
      'consumers are set or the release was not verified.',
    ],
    actions: ['publish'],
  },
} satisfies Record<string, OutputRow>;

export type InputName = keyof typeof INPUTS;

/** An action.yml: its file, its name and description, and which rows of the table it lists. */
export interface ActionFile {
  /** Relative to the repository root. */
  path: string;
  name: string;
  description: string;
  /** Rows whose `actions` include any of these are listed. */
  lists: readonly ActionName[];
  /**
   * The file in dist/ the action runs: `index.js`, the bundle; another action's entry is a
   * two-line file `npm run build` writes (scripts/entries.ts) that names the action and
   * imports the same bundle (src/inputs/entry.ts).
   */
  entry: string;
}

export const ACTION_FILES: readonly ActionFile[] = [
  {
    path: 'action.yml',
    name: 'wheelrelay',
    description:
      'Build a Python package, publish its wheels to a private package index, verify they landed, and report what was published.',
    lists: ['publish'],
    entry: 'index.js',
  },
  {
    path: 'sync/action.yml',
    name: 'wheelrelay sync',
    description:
      'Put every git-pinned requirement of your requirement files on a private package index (fetch, build, upload, verify what is missing), or plan it as a build matrix.',
    lists: ['sync'],
    entry: 'sync.js',
  },
  {
    path: 'bump/action.yml',
    name: 'wheelrelay bump',
    description:
      "Move a released package's pins in this repository's requirement files, regenerate the compiled files with your own command (pip-compile), and open the pull request.",
    lists: ['bump'],
    entry: 'bump.js',
  },
];
