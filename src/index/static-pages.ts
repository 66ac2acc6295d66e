import { clean, compare } from '@renovatebot/pep440';
import { parseDistFilename } from '../build/filenames.js';
import { normalizeName } from '../pins/names.js';

/** A file as the static index records it. */
export interface StaticFile {
  filename: string;
  sha256: string;
  size: number;
  requiresPython?: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A project's page in both simple API formats. File URLs are relative
 * (`../../packages/<file>`) so the tree can be moved, copied into an image, or served by any
 * static web server, and `pip install --index-url file:///…/simple/` works from anywhere.
 */
export function renderProjectPage(
  project: string,
  files: StaticFile[],
): { html: string; json: string } {
  const name = normalizeName(project);
  const sorted = [...files].sort((a, b) => a.filename.localeCompare(b.filename));
  const href = (f: StaticFile) => `../../packages/${encodeURIComponent(f.filename)}`;
  const anchors = sorted.map((f) => {
    const rp = f.requiresPython ? ` data-requires-python="${escapeHtml(f.requiresPython)}"` : '';
    return `    <a href="${href(f)}#sha256=${f.sha256}"${rp}>${escapeHtml(f.filename)}</a><br/>`;
  });
  const html = [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    '    <meta name="pypi:repository-version" content="1.1">',
    `    <title>Links for ${escapeHtml(name)}</title>`,
    '  </head>',
    '  <body>',
    `    <h1>Links for ${escapeHtml(name)}</h1>`,
    ...anchors,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
  const json = `${JSON.stringify(
    {
      meta: { 'api-version': '1.1' },
      name,
      versions: versionsOf(sorted),
      files: sorted.map((f) => ({
        filename: f.filename,
        url: href(f),
        hashes: { sha256: f.sha256 },
        'requires-python': f.requiresPython ?? null,
        size: f.size,
        yanked: false,
      })),
    },
    null,
    2,
  )}\n`;
  return { html, json };
}

/**
 * The project's versions, as API version 1.1 (PEP 700) requires: every version a file is of,
 * once, normalised, in PEP 440 order.
 */
function versionsOf(files: StaticFile[]): string[] {
  const versions = new Set<string>();
  for (const f of files) {
    const raw = parseDistFilename(f.filename)?.version;
    if (raw) versions.add(clean(raw) ?? raw);
  }
  return [...versions].sort(compare);
}

/** The simple API's root: the list of projects, in both formats. */
export function renderRootPage(projects: string[]): { html: string; json: string } {
  const names = [...new Set(projects.map(normalizeName))].sort();
  const html = [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    '    <meta name="pypi:repository-version" content="1.1">',
    '    <title>Simple index</title>',
    '  </head>',
    '  <body>',
    ...names.map((n) => `    <a href="${encodeURIComponent(n)}/">${escapeHtml(n)}</a><br/>`),
    '  </body>',
    '</html>',
    '',
  ].join('\n');
  const json = `${JSON.stringify({ meta: { 'api-version': '1.1' }, projects: names.map((name) => ({ name })) }, null, 2)}\n`;
  return { html, json };
}
