import { describe, expect, it } from 'vitest';
import { detectIndexType, indexKind } from '../../src/index/kinds/index.js';

describe('index kinds derive upload and simple URLs from index-url', () => {
  it.each([
    [
      'devpi',
      'https://devpi.example.com/ci/cache',
      'https://devpi.example.com/ci/cache/',
      'https://devpi.example.com/ci/cache/+simple/',
    ],
    [
      'devpi',
      'https://devpi.example.com/ci/cache/+simple/',
      'https://devpi.example.com/ci/cache/',
      'https://devpi.example.com/ci/cache/+simple/',
    ],
    [
      'pypiserver',
      'http://127.0.0.1:8080',
      'http://127.0.0.1:8080/',
      'http://127.0.0.1:8080/simple/',
    ],
    [
      'pypiserver',
      'http://127.0.0.1:8080/simple/',
      'http://127.0.0.1:8080/',
      'http://127.0.0.1:8080/simple/',
    ],
    [
      'artifactory',
      'https://acme.jfrog.io/artifactory/api/pypi/pypi-local/',
      'https://acme.jfrog.io/artifactory/api/pypi/pypi-local',
      'https://acme.jfrog.io/artifactory/api/pypi/pypi-local/simple/',
    ],
    [
      'artifactory',
      'https://acme.jfrog.io/artifactory/api/pypi/pypi-local/simple',
      'https://acme.jfrog.io/artifactory/api/pypi/pypi-local',
      'https://acme.jfrog.io/artifactory/api/pypi/pypi-local/simple/',
    ],
    [
      'nexus',
      'https://nexus.acme.com/repository/pypi-internal',
      'https://nexus.acme.com/repository/pypi-internal/',
      'https://nexus.acme.com/repository/pypi-internal/simple/',
    ],
    [
      'pypi',
      'https://upload.pypi.org/legacy/',
      'https://upload.pypi.org/legacy/',
      'https://pypi.org/simple/',
    ],
    [
      'pypi',
      'https://test.pypi.org/legacy/',
      'https://test.pypi.org/legacy/',
      'https://test.pypi.org/simple/',
    ],
    ['pypi', 'https://warehouse.acme.com/legacy/', 'https://warehouse.acme.com/legacy/', undefined],
    [
      'generic',
      'https://index.acme.com/pypi',
      'https://index.acme.com/pypi/',
      'https://index.acme.com/pypi/simple/',
    ],
  ] as const)('%s: %s', (type, url, upload, simple) => {
    expect(indexKind(type).urls(new URL(url))).toEqual({ uploadUrl: upload, simpleUrl: simple });
  });
});

describe('detectIndexType', () => {
  it.each([
    ['https://upload.pypi.org/legacy/', 'pypi'],
    ['https://test.pypi.org/legacy/', 'pypi'],
    ['https://acme.jfrog.io/artifactory/api/pypi/pypi-local', 'artifactory'],
    ['https://nexus.acme.com/repository/pypi-internal/', 'nexus'],
    ['https://devpi.acme.com/ci/cache/+simple/', 'devpi'],
    ['https://devpi.acme.com/ci/cache/', 'generic'],
    ['http://127.0.0.1:8080/', 'generic'],
    ['https://notpypi.org.evil.com/', 'generic'],
  ])('%s is %s', (url, type) => {
    expect(detectIndexType(new URL(url))).toBe(type);
  });
});

describe('reading "already exists" answers', () => {
  it.each([
    [
      'pypi',
      400,
      "File already exists ('x-1.0-py3-none-any.whl', with blake2_256 hash 'ab')",
      true,
    ],
    ['pypi', 400, 'Invalid value for blake2_256_digest', false],
    ['devpi', 409, 'x-1.0.whl already exists in non-volatile index', true],
    ['pypiserver', 400, "Package 'x' already exists!", true],
    ['artifactory', 403, 'Not enough permissions to delete/overwrite artifact', true],
    ['artifactory', 403, 'Forbidden', false],
    ['nexus', 400, 'Repository does not allow updating assets: pypi-internal', true],
    ['generic', 401, 'already exists', false],
  ] as const)('%s %d %j → %s', (type, status, body, expected) => {
    expect(indexKind(type).isExistingFileAnswer(status, body)).toBe(expected);
  });
});
