import { join } from 'node:path';
import { valid as validVersion } from '@renovatebot/pep440';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { filenameMatchesProject, parseDistFilename } from '../../src/build/filenames.js';
import { inspectDistribution } from '../../src/build/inspect.js';
import { WheelrelayError } from '../../src/errors.js';
import { normalizeName } from '../../src/pins/names.js';

/**
 * Properties of distribution filename parsing: what a build backend writes comes back as it was
 * written, nothing else is mistaken for a distribution, and no input makes the parser throw.
 */

const name = fc.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,20}[A-Za-z0-9])?$/);
const num = fc.integer({ min: 0, max: 999 });
const version = fc
  .tuple(
    fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    fc.array(num, { minLength: 1, maxLength: 4 }),
    fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), num), { nil: undefined }),
    fc.option(num, { nil: undefined }),
    fc.option(num, { nil: undefined }),
    fc.option(fc.stringMatching(/^[a-z0-9]{1,6}(?:\.[a-z0-9]{1,6}){0,2}$/), { nil: undefined }),
  )
  .map(
    ([epoch, release, pre, post, dev, local]) =>
      `${epoch ? `${epoch}!` : ''}${release.join('.')}${pre ? `${pre[0]}${pre[1]}` : ''}` +
      `${post !== undefined ? `.post${post}` : ''}${dev !== undefined ? `.dev${dev}` : ''}` +
      `${local ? `+${local}` : ''}`,
  );
const build = fc.option(fc.stringMatching(/^\d[A-Za-z0-9_.]{0,6}$/), { nil: undefined });
const tag = fc.stringMatching(/^[a-z0-9][a-z0-9_.]{0,30}$/);

/** The name as PEP 427 / PEP 625 write it in a filename: runs of `-_.` become one `_`. */
const escapeName = (n: string) => n.replace(/[-_.]+/g, '_');

const wheelName = (n: string, v: string, b: string | undefined, t: readonly string[]) =>
  `${escapeName(n)}-${v}${b ? `-${b}` : ''}-${t.join('-')}.whl`;

describe('wheel and sdist filenames', () => {
  test('a wheel filename round-trips: name, version and tags come back as written', () => {
    fc.assert(
      fc.property(name, version, build, fc.tuple(tag, tag, tag), (n, v, b, t) => {
        expect(parseDistFilename(wheelName(n, v, b, t))).toEqual({
          kind: 'wheel',
          name: escapeName(n),
          version: v,
          tags: t.join('-'),
        });
      }),
      { numRuns: 500 },
    );
  });

  test('an sdist filename round-trips, legacy dashes in the name included', () => {
    fc.assert(
      fc.property(name, version, fc.boolean(), (n, v, escaped) => {
        const written = escaped ? escapeName(n) : n;
        expect(parseDistFilename(`${written}-${v}.tar.gz`)).toEqual({
          kind: 'sdist',
          name: written,
          version: v,
        });
      }),
      { numRuns: 500 },
    );
  });

  test('a filename of another project never matches the given name', () => {
    fc.assert(
      fc.property(name, name, version, build, fc.tuple(tag, tag, tag), (a, b, v, bt, t) => {
        fc.pre(normalizeName(a) !== normalizeName(b));
        expect(filenameMatchesProject(wheelName(a, v, bt, t), b)).toBe(false);
        expect(filenameMatchesProject(`${escapeName(a)}-${v}.tar.gz`, b)).toBe(false);
        // A project whose name extends the other's (`foo` / `foo-bar`) is no exception.
        expect(filenameMatchesProject(`${escapeName(`${b}-${a}`)}-${v}.tar.gz`, b)).toBe(false);
        expect(filenameMatchesProject(wheelName(a, v, bt, t), a)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('any string: the parser returns undefined or a valid distribution, and never throws', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...'ab1.-_+!/\\ $`;|&\n\0\u00ff'), maxLength: 40 }),
      fc
        .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('.whl', '.tar.gz', '.zip'))
        .map(([s, ext]) => s + ext),
    );
    fc.assert(
      fc.property(anyString, (s) => {
        const parsed = parseDistFilename(s);
        if (parsed === undefined) return;
        expect(s).toMatch(/^[A-Za-z0-9._+!-]+$/);
        expect(validVersion(parsed.version)).not.toBeNull();
        expect(parsed.name).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  test('inspecting any path fails only with a WheelrelayError', async () => {
    const anyName = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .tuple(name, version, fc.constantFrom('-py3-none-any.whl', '.tar.gz', '.zip'))
        .map(([n, v, ext]) => `${escapeName(n)}-${v}${ext}`),
    );
    await fc.assert(
      fc.asyncProperty(anyName, async (s) => {
        const err = await inspectDistribution(join('/nonexistent-wheelrelay', s)).catch(
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(WheelrelayError);
      }),
      { numRuns: 300 },
    );
  });

  test('PEP 503 normalisation is idempotent and ignores separators and case', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
        expect(normalizeName(escapeName(s).toUpperCase())).toBe(normalizeName(s.toUpperCase()));
      }),
      { numRuns: 1000 },
    );
  });
});
