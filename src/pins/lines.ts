/** One physical line: its text and the ending that followed it (`''` for a last line without one). */
export interface PhysicalLine {
  readonly text: string;
  readonly eol: string;
}

/**
 * Physical lines joined by trailing-backslash continuations, the unit pip parses.
 * `text` is the joined text without the continuation backslashes; `offsets[i]` is where
 * physical line `start + i` begins in it.
 */
export interface LogicalLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly offsets: readonly number[];
}

/** A replacement of `text[start, end)` of a logical line by `insert`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** Splits text into physical lines, keeping each ending so that `joinLines` gives the text back. */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  const ending = /\r\n|\r|\n/g;
  let from = 0;
  for (let m = ending.exec(text); m !== null; m = ending.exec(text)) {
    lines.push({ text: text.slice(from, m.index), eol: m[0] });
    from = m.index + m[0].length;
  }
  if (from < text.length) lines.push({ text: text.slice(from), eol: '' });
  return lines;
}

/** Joins physical lines back into text. */
export function joinLines(lines: readonly PhysicalLine[]): string {
  return lines.map((line) => line.text + line.eol).join('');
}

/** Whether a physical line holds nothing but a comment. */
export function isCommentOnly(text: string): boolean {
  return /^\s*#/.test(text);
}

function continues(text: string): boolean {
  return text.endsWith('\\') && !isCommentOnly(text);
}

/**
 * Groups physical lines into logical lines the way pip does: a line ending in `\` continues
 * onto the next one. A comment-only line ends a continuation; it is kept as its own logical
 * line (pip drops it as a comment either way), so `# via` blocks are never part of an entry.
 */
export function logicalLines(lines: readonly PhysicalLine[]): LogicalLine[] {
  const result: LogicalLine[] = [];
  let at = 0;
  while (at < lines.length) {
    const start = at;
    const offsets: number[] = [];
    let text = '';
    for (;;) {
      const line = lines[at]?.text ?? '';
      offsets.push(text.length);
      text += continues(line) ? line.slice(0, -1) : line;
      at += 1;
      const next = lines[at];
      if (!continues(line) || next === undefined || isCommentOnly(next.text)) break;
    }
    result.push({ start, end: at, text, offsets });
  }
  return result;
}

/** The physical line (its position in the file) and column of an offset in a logical line. */
export function locate(logical: LogicalLine, offset: number): { line: number; column: number } {
  let segment = 0;
  for (let i = 1; i < logical.offsets.length; i += 1) {
    if ((logical.offsets[i] ?? Number.POSITIVE_INFINITY) <= offset) segment = i;
  }
  return { line: logical.start + segment, column: offset - (logical.offsets[segment] ?? 0) };
}

/**
 * Applies non-overlapping edits to a logical line and returns the new text of each of its
 * physical lines; continuation backslashes and every unedited character stay where they were.
 * An edit's replacement goes on the physical line where the edit starts.
 */
export function applyEdits(
  lines: readonly PhysicalLine[],
  logical: LogicalLine,
  edits: readonly TextEdit[],
): string[] {
  const count = logical.end - logical.start;
  const bounds = Array.from({ length: count }, (_, i) => ({
    from: logical.offsets[i] ?? 0,
    to: logical.offsets[i + 1] ?? logical.text.length,
  }));
  const ops: TextEdit[][] = bounds.map(() => []);
  for (const edit of edits) {
    const owner = locate(logical, edit.start).line - logical.start;
    bounds.forEach(({ from, to }, i) => {
      const start = Math.max(edit.start, from);
      const end = Math.max(start, Math.min(edit.end, to));
      if (i === owner) ops[i]?.push({ start: start - from, end: end - from, insert: edit.insert });
      else if (end > start) ops[i]?.push({ start: start - from, end: end - from, insert: '' });
    });
  }
  return bounds.map(({ from, to }, i) => {
    const body = logical.text.slice(from, to);
    const suffix = (lines[logical.start + i]?.text ?? '').slice(body.length);
    let out = '';
    let cursor = 0;
    for (const op of (ops[i] ?? []).sort((a, b) => a.start - b.start)) {
      out += body.slice(cursor, op.start) + op.insert;
      cursor = op.end;
    }
    return out + body.slice(cursor) + suffix;
  });
}
