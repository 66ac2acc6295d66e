import { describe, expect, test } from 'vitest';
import { findVcsRequirements, type VcsRequirement } from '../../src/pins/index.js';

const SHA = '4179ff06128098bc11ca70e666ccd6adde3652b2';

const cases: { line: string; found: Omit<VcsRequirement, 'line' | 'raw'> }[] = [
  {
    line: '-e git+https://github.com/edx/codejail.git@3.1.3#egg=codejail==3.1.3',
    found: {
      name: 'codejail',
      version: '3.1.3',
      url: 'https://github.com/edx/codejail.git',
      ref: '3.1.3',
      editable: true,
    },
  },
  {
    line: `openedx-django-pyfs @ git+https://github.com/openedx/django-pyfs.git@${SHA}`,
    found: {
      name: 'openedx-django-pyfs',
      url: 'https://github.com/openedx/django-pyfs.git',
      ref: SHA,
      editable: false,
    },
  },
  {
    line: `git+ssh://git@github.com/org/mono.git@${SHA}#egg=foo==1.0&subdirectory=pkgs/foo`,
    found: {
      name: 'foo',
      version: '1.0',
      url: 'ssh://git@github.com/org/mono.git',
      ref: SHA,
      subdirectory: 'pkgs/foo',
      editable: false,
    },
  },
  {
    line: '-e git://github.com/edx/django-pipeline.git#egg=django-pipeline',
    found: {
      name: 'django-pipeline',
      url: 'git://github.com/edx/django-pipeline.git',
      editable: true,
    },
  },
  {
    line: `git+https://github.com/open-craft/xblock-poll@${SHA}#egg=xblock-poll==1.10.0`,
    found: {
      name: 'xblock-poll',
      version: '1.10.0',
      url: 'https://github.com/open-craft/xblock-poll',
      ref: SHA,
      editable: false,
    },
  },
  {
    line: '-e git+https://github.com/dementrock/pystache_custom.git@7769737#egg=pystache_custom-dev',
    found: {
      name: 'pystache_custom',
      version: 'dev',
      url: 'https://github.com/dementrock/pystache_custom.git',
      ref: '7769737',
      editable: true,
    },
  },
  {
    line: 'git+https://github.com/pmitros/pyfs.git@96e1922348bfe6d99201b9512a9ed946c87b7e0b',
    found: {
      url: 'https://github.com/pmitros/pyfs.git',
      ref: '96e1922348bfe6d99201b9512a9ed946c87b7e0b',
      editable: false,
    },
  },
  {
    line: '-e git+https://github.com/edx/edx-enterprise.git@f5d6588#edx-enterprise==3.30',
    found: { url: 'https://github.com/edx/edx-enterprise.git', ref: 'f5d6588', editable: true },
  },
  {
    line: 'git+https://github.com/edx/i18n-tools.git@v0.1.3#egg=i18n-tools==v0.1.3  # via x',
    found: {
      name: 'i18n-tools',
      version: 'v0.1.3',
      url: 'https://github.com/edx/i18n-tools.git',
      ref: 'v0.1.3',
      editable: false,
    },
  },
];

describe('findVcsRequirements', () => {
  test.each(cases)('reads $line', ({ line, found }) => {
    const [only, ...more] = findVcsRequirements(`# header\n${line}\n`);
    expect(more).toEqual([]);
    expect(only).toEqual({ line: 2, raw: line.replace(/\s+#.*$/, ''), ...found });
  });

  test('skips commented-out requirements, index pins and options', () => {
    const text = [
      '#git+https://github.com/edx/XBlock.git@xblock-0.4.10#egg=XBlock==0.4.10',
      '# -e git+https://github.com/edx/codejail.git@abc#egg=codejail',
      'xblock==1.2.3',
      '-e .',
      '-r github.in',
      'https://example.com/foo-1.0-py3-none-any.whl',
    ].join('\n');
    expect(findVcsRequirements(text)).toEqual([]);
  });

  test('numbers lines by their first physical line and reads CRLF files', () => {
    const text =
      'a==1 \\\r\n    --hash=sha256:00\r\n\r\ngit+https://github.com/o/b.git@v1#egg=b\r\n';
    expect(findVcsRequirements(text).map((found) => [found.line, found.ref])).toEqual([[4, 'v1']]);
  });
});
