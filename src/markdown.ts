import { redact } from './secrets.js';

/**
 * Foreign text (from a git server, an index, a package's build or metadata, a consumer's files)
 * as markdown that shows it exactly and does nothing else: no link, image, HTML, mention,
 * issue reference or emphasis, in a paragraph or in a table cell alike. Job summaries and pull
 * request bodies put every such value through this one function.
 *
 * The text becomes code spans, which GitHub renders literally: markdown, HTML and entities are
 * not read inside them, and GitHub's autolinks, @mentions and #references skip them. What a
 * code span cannot hold is dealt with outside it: line breaks become spaces (a table row is
 * one line), a `|` stands escaped between two spans (a table would split a cell at it, even
 * inside a span), and the fence is one backtick longer than any run of backticks inside.
 * Secrets are redacted first, so no escaping can split one past recognition.
 */
export function markdownText(text: string): string {
  const flat = redact(text).replace(/[\r\n\u2028\u2029\u0085]+|[\p{Cc}]/gu, ' ');
  return flat
    .split('|')
    .map((part) => (part === '' ? '' : codeSpan(part)))
    .join('\\|');
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span's content loses one space at each end when it has one at both (and is not all
  // spaces), and a backtick at either end would join the fence: pad with a space, which goes.
  const pad =
    text.startsWith('`') ||
    text.endsWith('`') ||
    (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A URL as the destination of a markdown link wheelrelay writes (`[project page](…)`): only
 * http(s), with every character that could end the destination or the table cell
 * percent-encoded; undefined for anything else, so no link is made at all.
 */
export function markdownUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(redact(url));
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  u.username = '';
  u.password = '';
  return u
    .toString()
    .replace(
      /[\s()<>"'`\\|]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}

/**
 * A fenced code block holding `text` (a diff) exactly: the fence is longer than any run of
 * backticks in it, so no line of the text can close the block and start markdown of its own.
 */
export function markdownBlock(text: string, info = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${redact(text).replace(/\n$/, '')}\n${fence}`;
}
