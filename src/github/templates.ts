import { InputError } from '../errors.js';
import { markdownText, markdownUrl } from '../markdown.js';

/** The placeholders PR titles and bodies may use, and what each becomes. */
const PLACEHOLDERS = {
  name: 'the package name',
  version: 'the new version',
  previous: 'the version(s) the consumer pinned before',
  index: 'the index the release was published to',
  'project-url': "the package's page on the index's simple API",
  tag: 'the release tag',
  sha: 'the commit the release was built from',
  'compare-url': 'the changes since the previous version, on GitHub',
  'source-repo': 'the repository of the package (owner/repo)',
  consumer: 'the consumer repository (owner/repo)',
  files: 'the rewritten requirement files',
} as const;

type Placeholder = keyof typeof PLACEHOLDERS;
export type TemplateValues = Record<Placeholder, string>;

export const DEFAULT_BODY = `Moves the pin of **{name}** from {previous} to **{version}** in {files}.

- Index: {index} ([project page]({project-url}))
- Source: {source-repo} {tag} ({sha}) · [changes]({compare-url})

Opened by wheelrelay after every file of {name} {version} was verified on the index. A newer release updates this pull request instead of opening another.`;

const TOKEN = /\{([a-z-]+)\}/g;

/**
 * The PR body's list of constraints that exclude the new version (`wrapt==1.11.*` against
 * 1.14.1), each with its file and line; empty when there are none. The consumer's own text is
 * shown as text only.
 */
export function blockersMarkdown(
  blockers: ReadonlyArray<{ path: string; line: number; requirement: string; specifier: string }>,
  version: string,
): string {
  if (blockers.length === 0) return '';
  const rows = blockers.map(
    (b) =>
      `- ${markdownText(`${b.path}:${b.line}`)}: ${markdownText(b.requirement)} allows ${markdownText(b.specifier)} only`,
  );
  return [
    `**Constraints that block ${markdownText(version)}**: left as written; change them by hand to allow it, or this bump will not install.`,
    '',
    ...rows,
  ].join('\n');
}

/** Fails on a placeholder that does not exist, naming the input, so typos surface before any PR. */
export function checkTemplate(template: string, input: string): void {
  for (const m of template.matchAll(TOKEN)) {
    if (!((m[1] as string) in PLACEHOLDERS)) {
      throw new InputError(
        input,
        `uses the unknown placeholder {${m[1]}}`,
        `Placeholders: ${Object.keys(PLACEHOLDERS)
          .map((p) => `{${p}}`)
          .join(' ')}.`,
      );
    }
  }
}

/** Fills a template's placeholders. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(TOKEN, (whole, key: string) =>
    key in values ? values[key as Placeholder] : whole,
  );
}

/** The placeholders that name a link's destination (`[changes]({compare-url})`), not text. */
const URL_PLACEHOLDERS: readonly Placeholder[] = ['project-url', 'compare-url'];

/**
 * The values as a PR body (markdown) takes them: every text as text only (names, versions and
 * above all what comes from the consumer's files: the previous pins, the file paths), and the
 * URLs as safe link destinations. A title is plain text and takes the values as they are.
 */
export function markdownValues(values: TemplateValues, files: readonly string[]): TemplateValues {
  const out = { ...values };
  for (const key of Object.keys(values) as Placeholder[]) {
    out[key] = URL_PLACEHOLDERS.includes(key)
      ? (markdownUrl(values[key]) ?? '')
      : markdownText(values[key]);
  }
  out.files = files.map((f) => markdownText(f)).join(', ');
  return out;
}

/** The hidden line that records which release a PR carries, so re-runs can recognise it. */
export function marker(normalizedName: string, version: string): string {
  return `<!-- wheelrelay: ${normalizedName}==${version} -->`;
}

/** The release a PR body's marker names, if any. */
export function readMarker(
  body: string | null | undefined,
): { name: string; version: string } | undefined {
  const m = /<!-- wheelrelay: ([^\s=]+)==(\S+) -->/.exec(body ?? '');
  return m ? { name: m[1] as string, version: m[2] as string } : undefined;
}

/**
 * The trailer every commit wheelrelay makes carries. A branch whose head lacks it has been
 * changed by someone else since, and wheelrelay does not reset someone's work.
 */
export function releaseTrailer(normalizedName: string, version: string): string {
  return `Wheelrelay-Release: ${normalizedName}==${version}`;
}

const TRAILER = /^Wheelrelay-Release: \S+==\S+$/m;

/**
 * Whether wheelrelay made this branch head: its own commit, or GitHub's "Update branch" merge
 * of the base into its own commit (which holds nothing a reset would lose).
 */
export function madeByWheelrelay(commit: {
  message: string;
  parents: ReadonlyArray<{ message: string }>;
}): boolean {
  if (TRAILER.test(commit.message)) return true;
  const [first] = commit.parents;
  return (
    commit.parents.length === 2 &&
    /^Merge branch '[^']+' into /.test(commit.message) &&
    first !== undefined &&
    TRAILER.test(first.message)
  );
}

/** The hidden line of the comment left on a PR whose branch someone changed, once per release. */
export function handChangedMarker(normalizedName: string, version: string): string {
  return `<!-- wheelrelay: hand-changed ${normalizedName}==${version} -->`;
}
