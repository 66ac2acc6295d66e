import { describe, expect, test } from 'vitest';
import {
  type PinChangeKind,
  PinError,
  type PinTarget,
  type RewriteStatus,
  rewritePins,
} from '../../src/pins/index.js';

/** Joins lines with LF and a final newline, the common case. */
const lf = (...lines: string[]) => `${lines.join('\n')}\n`;
const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const SHA_OLD = '6b17c33a89bef0ac510926b1d7fea2748b73aadd';
const SHA_NEW = '4127fc4bd5775cc72aee8d7f0a70e31405e22439';
const h = (digit: string) => `sha256:${digit.repeat(64)}`;
const hashLine = (digit: string, more = true) => `    --hash=${h(digit)}${more ? ' \\' : ''}`;

interface Case {
  readonly name: string;
  readonly input: string;
  readonly target: PinTarget;
  /** Expected text; omitted when the text must come back unchanged. */
  readonly output?: string;
  readonly status: RewriteStatus;
  readonly kinds?: readonly PinChangeKind[];
}

const foo2: PinTarget = { name: 'foo', version: '2.0' };

const cases: Case[] = [
  // Index pins.
  // Git pins turned into index pins, with where they came from.
  {
    name: 'writes the comment after a git pin it turns into an index pin, before its own comment',
    input: lf('-e git+https://h/o/foo.git@v1.0#egg=foo==1.0  # via -r github.in', 'foo==0.9'),
    target: {
      name: 'foo',
      version: '1.0',
      lines: [1],
      comment: 'from git+https://h/o/foo.git@v1.0',
    },
    output: lf('foo==1.0  # from git+https://h/o/foo.git@v1.0  # via -r github.in', 'foo==0.9'),
    status: 'changed',
    kinds: ['git-to-index'],
  },
  {
    name: 'writes the comment on the last line of a continued git pin',
    input: crlf('foo @ \\', '    git+https://h/o/foo.git@v1.0 ; python_version > "3"'),
    target: { name: 'foo', version: '1.0', comment: 'from here' },
    output: crlf('foo==1.0\\', ' ; python_version > "3"  # from here'),
    status: 'changed',
  },
  {
    name: 'writes no comment on an index pin it bumps',
    input: lf('foo==0.9'),
    target: { name: 'foo', version: '1.0', comment: 'from here' },
    output: lf('foo==1.0'),
    status: 'changed',
  },
  {
    name: 'writes hashes on a git pin only when asked to (hashGitPins)',
    input: lf('git+https://h/o/foo.git@v1.0#egg=foo', 'git+https://h/o/bar.git@v1.0#egg=bar'),
    target: { name: 'foo', version: '1.0', hashes: [h('b'), h('a')], hashGitPins: true },
    output: lf(
      `foo==1.0 --hash=${h('a')} --hash=${h('b')}`,
      'git+https://h/o/bar.git@v1.0#egg=bar',
    ),
    status: 'changed',
  },
  {
    name: 'writes no hashes on a git pin unasked (they would put the whole file in hash-checking mode)',
    input: lf('git+https://h/o/foo.git@v1.0#egg=foo'),
    target: { name: 'foo', version: '1.0', hashes: [h('a')] },
    output: lf('foo==1.0'),
    status: 'changed',
  },
  {
    name: 'bumps a plain == pin',
    input: lf('foo==1.0'),
    target: foo2,
    output: lf('foo==2.0'),
    status: 'changed',
    kinds: ['index-pin'],
  },
  {
    name: 'keeps the === operator',
    input: lf('foo===1.0'),
    target: foo2,
    output: lf('foo===2.0'),
    status: 'changed',
  },
  {
    name: 'keeps extras, markers and the trailing comment',
    input: lf('name[extra1,extra2]==1.0 ; python_version < "3.12"  # comment'),
    target: { name: 'name', version: '1.1' },
    output: lf('name[extra1,extra2]==1.1 ; python_version < "3.12"  # comment'),
    status: 'changed',
  },
  {
    name: 'matches another case and keeps the spelling (PyYAML)',
    input: lf('PyJWT==1.5.2', 'PyYAML==6.0'),
    target: { name: 'pyyaml', version: '6.0.1' },
    output: lf('PyJWT==1.5.2', 'PyYAML==6.0.1'),
    status: 'changed',
  },
  {
    name: 'matches _ spelled as - (django_debug_toolbar)',
    input: lf('django_debug_toolbar==1.3.2', 'django_nose==1.4.1'),
    target: { name: 'django-debug-toolbar', version: '1.4' },
    output: lf('django_debug_toolbar==1.4', 'django_nose==1.4.1'),
    status: 'changed',
  },
  {
    name: 'matches . spelled as - and leaves the longer dotted name alone',
    input: lf('ruamel.yaml==0.16.13', 'ruamel.yaml.clib==0.2.2'),
    target: { name: 'ruamel-yaml', version: '0.17.0' },
    output: lf('ruamel.yaml==0.17.0', 'ruamel.yaml.clib==0.2.2'),
    status: 'changed',
  },
  {
    name: 'never touches a package whose name merely starts the same (xblock-utils)',
    input: lf('xblock-utils==1.2.2', 'xblock==1.2.3', 'xblocks-contrib==0.4.0'),
    target: { name: 'xblock', version: '1.3.0' },
    output: lf('xblock-utils==1.2.2', 'xblock==1.3.0', 'xblocks-contrib==0.4.0'),
    status: 'changed',
  },
  {
    name: 'is not-found when only look-alikes are pinned',
    input: lf('codejail-includes==1.0.0', 'edx-codejail==4.0.0'),
    target: { name: 'codejail', version: '4.0.0' },
    status: 'not-found',
  },
  {
    name: 'keeps spaces around the operator',
    input: lf('foo == 1.0'),
    target: foo2,
    output: lf('foo == 2.0'),
    status: 'changed',
  },
  {
    name: 'reads a marker written without a space before ;',
    input: lf(
      "SoundFile==0.11.0; sys_platform != 'darwin'",
      "PySoundFile==0.9.0.post1; sys_platform == 'darwin'",
    ),
    target: { name: 'soundfile', version: '0.12.1' },
    output: lf(
      "SoundFile==0.12.1; sys_platform != 'darwin'",
      "PySoundFile==0.9.0.post1; sys_platform == 'darwin'",
    ),
    status: 'changed',
  },
  {
    name: 'rewrites a pin with a local version',
    input: lf('torch==2.7.0+cu128', 'torchvision==0.22.0+cu128'),
    target: { name: 'torch', version: '2.8.0+cu128' },
    output: lf('torch==2.8.0+cu128', 'torchvision==0.22.0+cu128'),
    status: 'changed',
  },
  {
    name: 'rewrites a parenthesised pin',
    input: lf('foo (==1.0) ; python_version >= "3"'),
    target: foo2,
    output: lf('foo (==2.0) ; python_version >= "3"'),
    status: 'changed',
  },
  {
    name: 'leaves a range alone (not a pin)',
    input: lf('foo>=1.0', 'Django<1.12                     # Web application framework'),
    target: foo2,
    status: 'not-found',
  },
  {
    name: 'leaves an unpinned name alone, with or without extras and markers',
    input: lf('foo', 'foo[bar]', 'foo ; python_version == "2.7"'),
    target: foo2,
    status: 'not-found',
  },
  {
    name: 'leaves a wildcard == alone (a range, not a pin)',
    input: lf('wrapt==1.11.*'),
    target: { name: 'wrapt', version: '1.12.0' },
    status: 'not-found',
  },
  {
    name: 'leaves a multi-clause specifier alone',
    input: lf('foo>=1.0,<2', 'foo==1.0,!=1.0.1'),
    target: foo2,
    status: 'not-found',
  },
  {
    name: 'leaves a line pip would reject alone (marker without ;)',
    input: lf('foo==1.0 python_version < "3"'),
    target: foo2,
    status: 'not-found',
  },
  {
    name: 'is already-current when the file pins the new version',
    input: lf('foo==2.0', 'bar==1.0'),
    target: foo2,
    status: 'already-current',
  },
  {
    name: 'compares versions by PEP 440 (2.0 is 2.0.0)',
    input: lf('foo==2.0'),
    target: { name: 'foo', version: '2.0.0' },
    status: 'already-current',
  },
  {
    name: 'compares === pins as text',
    input: lf('foo===2.0'),
    target: { name: 'foo', version: '2.0.0' },
    output: lf('foo===2.0.0'),
    status: 'changed',
  },
  {
    name: 'rewrites every pin of the package, duplicates included',
    input: lf('foo==1.0', 'bar==1.0', 'foo==1.0  # via merge artefact'),
    target: foo2,
    output: lf('foo==2.0', 'bar==1.0', 'foo==2.0  # via merge artefact'),
    status: 'changed',
    kinds: ['index-pin', 'index-pin'],
  },
  // Comments, options and other lines.
  {
    name: 'leaves a commented-out pin alone',
    input: lf('# fs==0.4.0', '#foo==1.0'),
    target: { name: 'fs', version: '2.0' },
    status: 'not-found',
  },
  {
    name: 'leaves a commented-out git requirement alone',
    input: lf(
      '#git+https://github.com/edx/XBlock.git@xblock-0.4.10#egg=XBlock==0.4.10',
      `# -e git+https://github.com/edx/codejail.git@${SHA_OLD}#egg=codejail`,
    ),
    target: { name: 'xblock', version: '1.0' },
    status: 'not-found',
  },
  {
    name: 'leaves a comment that quotes requirement syntax after another pin alone',
    input: lf(
      'bar==1.0  # pinned with foo==1.0',
      '#   git+https://github.com/edx/foo.git@v0.3.2#egg=foo==0.3.2',
    ),
    target: foo2,
    status: 'not-found',
  },
  {
    name: 'leaves -r, -c, index options, -e paths and blank lines alone',
    input: lf(
      '--index-url https://pypi.example/simple',
      '--extra-index-url https://download.pytorch.org/whl/cu128',
      '-c https://raw.githubusercontent.com/edx/edx-lint/master/edx_lint/files/common_constraints.txt',
      '-r ../edx-sandbox/shared.txt  # Dependencies which are also used by code sandboxes',
      '',
      '-e common/lib/capa',
      '-e .',
      'foo==1.0',
      '--allow-unverified meliae',
    ),
    target: foo2,
    output: lf(
      '--index-url https://pypi.example/simple',
      '--extra-index-url https://download.pytorch.org/whl/cu128',
      '-c https://raw.githubusercontent.com/edx/edx-lint/master/edx_lint/files/common_constraints.txt',
      '-r ../edx-sandbox/shared.txt  # Dependencies which are also used by code sandboxes',
      '',
      '-e common/lib/capa',
      '-e .',
      'foo==2.0',
      '--allow-unverified meliae',
    ),
    status: 'changed',
  },
  {
    name: 'leaves committed merge-conflict markers alone',
    input: lf('<<<<<<< HEAD', 'foo==1.0', '=======', 'foo==1.1', '>>>>>>> PLAT-2060 Use pip-tools'),
    target: foo2,
    output: lf(
      '<<<<<<< HEAD',
      'foo==2.0',
      '=======',
      'foo==2.0',
      '>>>>>>> PLAT-2060 Use pip-tools',
    ),
    status: 'changed',
  },
  {
    name: 'keeps CRLF line endings',
    input: crlf('bar==1.0', 'foo==1.0', 'baz==1.0'),
    target: foo2,
    output: crlf('bar==1.0', 'foo==2.0', 'baz==1.0'),
    status: 'changed',
  },
  {
    name: 'keeps a missing final newline',
    input: 'bar==1.0\nfoo==1.0',
    target: foo2,
    output: 'bar==1.0\nfoo==2.0',
    status: 'changed',
  },
  {
    name: 'is not-found in an empty file',
    input: '',
    target: foo2,
    status: 'not-found',
  },
  // Git requirements to index pins.
  {
    name: 'turns a git URL with an egg into an index pin',
    input: lf(`git+https://github.com/org/foo.git@${SHA_OLD}#egg=foo`),
    target: foo2,
    output: lf('foo==2.0'),
    status: 'changed',
    kinds: ['git-to-index'],
  },
  {
    name: 'turns a git URL with an egg version into an index pin',
    input: lf('git+https://github.com/edx/nltk.git@2.0.6#egg=nltk==2.0.6'),
    target: { name: 'nltk', version: '3.0' },
    output: lf('nltk==3.0'),
    status: 'changed',
  },
  {
    name: 'drops -e when an editable git URL becomes an index pin',
    input: lf('-e git+https://github.com/edx/codejail.git@3.1.3#egg=codejail==3.1.3'),
    target: { name: 'codejail', version: '4.0.0' },
    output: lf('codejail==4.0.0'),
    status: 'changed',
    kinds: ['git-to-index'],
  },
  {
    name: 'drops --editable= too',
    input: lf('--editable=git+https://github.com/edx/codejail.git@3.1.3#egg=codejail'),
    target: { name: 'codejail', version: '4.0.0' },
    output: lf('codejail==4.0.0'),
    status: 'changed',
  },
  {
    name: 'keeps the inline # via comment of a git line',
    input: lf(
      `-e git+https://github.com/edx/codejail.git@${SHA_OLD}#egg=codejail  # via -r requirements/edx/github.in`,
    ),
    target: { name: 'codejail', version: '4.0.0' },
    output: lf('codejail==4.0.0  # via -r requirements/edx/github.in'),
    status: 'changed',
  },
  {
    name: 'turns a PEP 508 direct reference into an index pin',
    input: lf(
      `django-require @ git+https://github.com/openedx/django-require.git@${SHA_OLD}`,
      '    # via -r requirements/edx/testing.txt',
    ),
    target: { name: 'django_require', version: '1.1.0' },
    output: lf('django-require==1.1.0', '    # via -r requirements/edx/testing.txt'),
    status: 'changed',
    kinds: ['git-to-index'],
  },
  {
    name: 'keeps extras and markers of a direct reference',
    input: lf(
      `xblock[django] @ git+https://github.com/openedx/XBlock.git@${SHA_OLD} ; python_version >= "3.8"  # fork`,
    ),
    target: { name: 'XBlock', version: '5.2.0' },
    output: lf('xblock[django]==5.2.0 ; python_version >= "3.8"  # fork'),
    status: 'changed',
  },
  {
    name: 'reads git+ssh URLs',
    input: lf('git+ssh://git@github.com/org/foo.git@v1.0#egg=foo==1.0'),
    target: foo2,
    output: lf('foo==2.0'),
    status: 'changed',
  },
  {
    name: 'reads legacy git:// URLs with short shas',
    input: lf('-e git://github.com/edx/django-wiki.git@e2e84558#egg=django-wiki'),
    target: { name: 'django-wiki', version: '1.0.2' },
    output: lf('django-wiki==1.0.2'),
    status: 'changed',
  },
  {
    name: 'reads URLs without .git',
    input: lf(`git+https://github.com/open-craft/xblock-poll@${SHA_OLD}#egg=xblock-poll==1.10.0`),
    target: { name: 'xblock-poll', version: '1.12.0' },
    output: lf('xblock-poll==1.12.0'),
    status: 'changed',
  },
  {
    name: 'reads subdirectory fragments after the egg',
    input: lf(`git+https://github.com/org/mono.git@${SHA_OLD}#egg=foo==1.0&subdirectory=pkgs/foo`),
    target: foo2,
    output: lf('foo==2.0'),
    status: 'changed',
  },
  {
    name: 'reads subdirectory fragments before the egg',
    input: lf(`-e git+https://github.com/org/mono.git@${SHA_OLD}#subdirectory=pkgs/foo&egg=foo`),
    target: foo2,
    output: lf('foo==2.0'),
    status: 'changed',
  },
  {
    name: 'reads old name-version eggs and keeps the egg spelling',
    input: lf(
      `-e git+https://github.com/dementrock/pystache_custom.git@${SHA_OLD}#egg=pystache_custom-dev`,
    ),
    target: { name: 'pystache-custom', version: '0.1' },
    output: lf('pystache_custom==0.1'),
    status: 'changed',
  },
  {
    name: 'matches an egg by PEP 503 name and keeps its spelling (MongoDBProxy)',
    input: lf(
      `git+https://github.com/edx/MongoDBProxy.git@${SHA_OLD}#egg=MongoDBProxy==0.1.0+edx.2`,
    ),
    target: { name: 'mongodbproxy', version: '0.2.0' },
    output: lf('MongoDBProxy==0.2.0'),
    status: 'changed',
  },
  {
    name: 'keeps egg extras',
    input: lf(`git+https://github.com/org/foo.git@${SHA_OLD}#egg=foo[bar]==1.0`),
    target: foo2,
    output: lf('foo[bar]==2.0'),
    status: 'changed',
  },
  {
    name: 'turns a git URL without @ref into an index pin',
    input: lf('-e git+https://github.com/pmitros/FeedbackXBlock.git#egg=rate==0.0'),
    target: { name: 'rate', version: '1.0' },
    output: lf('rate==1.0'),
    status: 'changed',
  },
  {
    name: 'does not guess the package of a git URL without egg',
    input: lf(`git+https://github.com/pmitros/pyfs.git@${SHA_OLD}`),
    target: { name: 'pyfs', version: '1.0' },
    status: 'not-found',
  },
  {
    name: 'leaves a malformed egg (single =) alone',
    input: lf(
      `-e git+https://github.com/gabrielfalcao/lettuce.git@${SHA_OLD}#egg=lettuce=1.8-support`,
    ),
    target: { name: 'lettuce', version: '1.8' },
    status: 'not-found',
  },
  {
    name: 'leaves a fragment without egg= alone',
    input: lf(`-e git+https://github.com/edx/edx-enterprise.git@${SHA_OLD}#edx-enterprise==3.30`),
    target: { name: 'edx-enterprise', version: '3.31' },
    status: 'not-found',
  },
  {
    name: 'never matches a git egg or repository that merely starts the same',
    input: lf(
      'git+https://github.com/edx/xblock-utils.git@v1.0.2#egg=xblock-utils==1.0.2',
      `-e git+https://github.com/edx/RateXBlock.git@${SHA_OLD}#egg=rate-xblock`,
    ),
    target: { name: 'xblock', version: '1.0' },
    status: 'not-found',
  },
  // Style git: move the ref.
  {
    name: 'style git moves a sha ref to gitRef and updates the egg version',
    input: lf(`git+https://github.com/org/foo.git@${SHA_OLD}#egg=foo==1.0`),
    target: { ...foo2, style: 'git', gitRef: SHA_NEW },
    output: lf(`git+https://github.com/org/foo.git@${SHA_NEW}#egg=foo==2.0`),
    status: 'changed',
    kinds: ['git-ref'],
  },
  {
    name: 'style git keeps a leading v on the tag',
    input: lf('git+https://github.com/edx/edx-lint.git@v0.3.2#egg=edx_lint==0.3.2'),
    target: { name: 'edx-lint', version: '0.4.0', style: 'git' },
    output: lf('git+https://github.com/edx/edx-lint.git@v0.4.0#egg=edx_lint==0.4.0'),
    status: 'changed',
  },
  {
    name: 'style git writes a bare version over a bare tag',
    input: lf('-e git+https://github.com/edx/codejail.git@3.1.3#egg=codejail==3.1.3'),
    target: { name: 'codejail', version: '3.2.0', style: 'git' },
    output: lf('-e git+https://github.com/edx/codejail.git@3.2.0#egg=codejail==3.2.0'),
    status: 'changed',
  },
  {
    name: 'style git keeps a prefixed tag shape (xblock-0.4.12)',
    input: lf('git+https://github.com/edx/XBlock.git@xblock-0.4.12#egg=XBlock==0.4.12'),
    target: { name: 'xblock', version: '0.5.0', style: 'git' },
    output: lf('git+https://github.com/edx/XBlock.git@xblock-0.5.0#egg=XBlock==0.5.0'),
    status: 'changed',
  },
  {
    name: 'style git moves the ref and adds no egg version when there was none',
    input: lf(`-e git+https://github.com/edx/codejail.git@${SHA_OLD}#egg=codejail`),
    target: { name: 'codejail', version: '4.0.0', style: 'git', gitRef: SHA_NEW },
    output: lf(`-e git+https://github.com/edx/codejail.git@${SHA_NEW}#egg=codejail`),
    status: 'changed',
  },
  {
    name: 'style git adds an @ref to a URL that had none',
    input: lf('-e git+https://github.com/pmitros/FeedbackXBlock.git#egg=rate==0.0'),
    target: { name: 'rate', version: '1.0', style: 'git', gitRef: 'v1.0' },
    output: lf('-e git+https://github.com/pmitros/FeedbackXBlock.git@v1.0#egg=rate==1.0'),
    status: 'changed',
  },
  {
    name: 'style git moves the ref of a direct reference',
    input: lf('xblock-poll @ git+https://github.com/open-craft/xblock-poll@v1.12.0'),
    target: { name: 'xblock-poll', version: '1.13.0', style: 'git' },
    output: lf('xblock-poll @ git+https://github.com/open-craft/xblock-poll@v1.13.0'),
    status: 'changed',
  },
  {
    name: 'style git keeps the ssh user and the subdirectory',
    input: lf(`git+ssh://git@github.com/org/mono.git@${SHA_OLD}#egg=foo==1.0&subdirectory=foo`),
    target: { ...foo2, style: 'git', gitRef: SHA_NEW },
    output: lf(`git+ssh://git@github.com/org/mono.git@${SHA_NEW}#egg=foo==2.0&subdirectory=foo`),
    status: 'changed',
  },
  {
    name: 'style git is already-current when ref and egg match',
    input: lf(`git+https://github.com/org/foo.git@${SHA_NEW}#egg=foo==2.0`),
    target: { ...foo2, style: 'git', gitRef: SHA_NEW },
    status: 'already-current',
  },
  {
    name: 'style git still moves a plain pin of the package',
    input: lf('foo==1.0'),
    target: { ...foo2, style: 'git', gitRef: SHA_NEW },
    output: lf('foo==2.0'),
    status: 'changed',
    kinds: ['index-pin'],
  },
  // Hash-checked entries.
  {
    name: 'replaces the hashes of a pip-compile entry and keeps its # via block',
    input: lf(
      'alembic==1.18.5 \\',
      hashLine('a'),
      hashLine('b', false),
      '    # via',
      '    #   -r requirements/main.in',
      'alembic-postgresql-enum==1.10.0 \\',
      hashLine('c', false),
      '    # via -r requirements/main.in',
    ),
    target: { name: 'alembic', version: '1.19.0', hashes: [h('e'), h('d')] },
    output: lf(
      'alembic==1.19.0 \\',
      hashLine('d'),
      hashLine('e', false),
      '    # via',
      '    #   -r requirements/main.in',
      'alembic-postgresql-enum==1.10.0 \\',
      hashLine('c', false),
      '    # via -r requirements/main.in',
    ),
    status: 'changed',
    kinds: ['index-pin'],
  },
  {
    name: 'writes as many hash lines as hashes given',
    input: lf('amqp==5.3.1 \\', hashLine('a'), hashLine('b', false), '    # via kombu'),
    target: { name: 'amqp', version: '5.4.0', hashes: [h('c')] },
    output: lf('amqp==5.4.0 \\', hashLine('c', false), '    # via kombu'),
    status: 'changed',
  },
  {
    name: 'replaces the hashes of an entry with extras',
    input: lf('celery[redis]==5.6.3 \\', hashLine('a', false), '    # via -r requirements/main.in'),
    target: { name: 'celery', version: '5.7.0', hashes: [h('b'), h('c')] },
    output: lf(
      'celery[redis]==5.7.0 \\',
      hashLine('b'),
      hashLine('c', false),
      '    # via -r requirements/main.in',
    ),
    status: 'changed',
  },
  {
    name: 'replaces the hashes of a poetry export entry with a marker',
    input: lf(
      'colorama==0.4.6 ; python_version >= "3.11" and platform_system == "Windows" \\',
      hashLine('a'),
      hashLine('b', false),
      'pydantic==1.10.4 ; python_version >= "3.11" \\',
      hashLine('c', false),
    ),
    target: { name: 'colorama', version: '0.4.7', hashes: [h('d')] },
    output: lf(
      'colorama==0.4.7 ; python_version >= "3.11" and platform_system == "Windows" \\',
      hashLine('d', false),
      'pydantic==1.10.4 ; python_version >= "3.11" \\',
      hashLine('c', false),
    ),
    status: 'changed',
  },
  {
    name: 'replaces hashes written on the requirement line',
    input: lf(`foo==1.0 --hash=${h('a')} --hash=${h('b')}  # inline`),
    target: { ...foo2, hashes: [h('c')] },
    output: lf(`foo==2.0 --hash=${h('c')}  # inline`),
    status: 'changed',
  },
  {
    name: 'keeps CRLF on new hash lines',
    input: crlf('foo==1.0 \\', hashLine('a', false), 'bar==1.0'),
    target: { ...foo2, hashes: [h('b'), h('c')] },
    output: crlf('foo==2.0 \\', hashLine('b'), hashLine('c', false), 'bar==1.0'),
    status: 'changed',
  },
  {
    name: 'keeps a missing final newline after the last hash line',
    input: `foo==1.0 \\\n${hashLine('a', false)}`,
    target: { ...foo2, hashes: [h('b'), h('c')] },
    output: `foo==2.0 \\\n${hashLine('b')}\n${hashLine('c', false)}`,
    status: 'changed',
  },
  {
    name: 'replaces only the hashes when the version is current but the files differ',
    input: lf('foo==2.0 \\', hashLine('a', false)),
    target: { ...foo2, hashes: [h('b')] },
    output: lf('foo==2.0 \\', hashLine('b', false)),
    status: 'changed',
    kinds: ['hashes'],
  },
  {
    name: 'is already-current when version and hashes match, in any order',
    input: lf('foo==2.0 \\', hashLine('a'), hashLine('b', false)),
    target: { ...foo2, hashes: [h('b'), h('a')] },
    status: 'already-current',
  },
  {
    name: 'is already-current for a hashed entry at the version when no hashes are given',
    input: lf('foo==2.0 \\', hashLine('a', false)),
    target: foo2,
    status: 'already-current',
  },
  {
    name: 'ignores given hashes for an entry that has none',
    input: lf('foo==1.0'),
    target: { ...foo2, hashes: [h('a')] },
    output: lf('foo==2.0'),
    status: 'changed',
  },
];

describe('rewritePins', () => {
  test('the table has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  test.each(cases)('$name', ({ input, target, output, status, kinds }) => {
    const result = rewritePins(input, target);
    expect(result.text).toBe(output ?? input);
    expect(result.status).toBe(status);
    expect(result.changes.length > 0).toBe(status === 'changed');
    if (kinds) expect(result.changes.map((change) => change.kind)).toEqual(kinds);
  });

  test('reports each change with its first line and the lines before and after', () => {
    const input = lf('# header', 'foo==1.0 \\', hashLine('a', false), '    # via bar');
    const { changes } = rewritePins(input, { ...foo2, hashes: [h('b')] });
    expect(changes).toEqual([
      {
        line: 2,
        before: `foo==1.0 \\\n${hashLine('a', false)}`,
        after: `foo==2.0 \\\n${hashLine('b', false)}`,
        kind: 'index-pin',
      },
    ]);
  });

  test('refuses a hashed entry without hashes, naming file, line and what to pass', () => {
    const input = lf('bar==1.0', 'foo==1.0 \\', hashLine('a', false));
    const run = () => rewritePins(input, foo2, 'requirements/main.txt');
    expect(run).toThrow(PinError);
    expect(run).toThrow(
      "requirements/main.txt:2 pins foo with --hash lines; pass the published files' hashes (--hash sha256:…) so they can be replaced",
    );
  });

  test('treats an empty hash list like no hashes, so hash checking is never stripped', () => {
    const input = lf('foo==1.0 \\', hashLine('a', false));
    expect(() => rewritePins(input, { ...foo2, hashes: [] })).toThrow(
      /line 1 pins foo with --hash/,
    );
  });

  test('rejects a target it could not write', () => {
    expect(() => rewritePins('', { name: 'foo bar', version: '1' })).toThrow(
      /not a valid package name/,
    );
    expect(() => rewritePins('', { name: 'foo', version: '1 ; x' })).toThrow(/not a version/);
    expect(() => rewritePins('', { ...foo2, hashes: ['abc'] })).toThrow(/sha256:<hex>/);
    expect(() => rewritePins('', { ...foo2, style: 'git', gitRef: 'a b' })).toThrow(/git ref/);
    expect(() => rewritePins('', { ...foo2, comment: 'a\nfoo==9' })).toThrow(/one line/);
    expect(() => rewritePins('', { ...foo2, hashGitPins: true })).toThrow(/no hashes/);
  });
});
