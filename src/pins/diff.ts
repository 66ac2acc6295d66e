/**
 * A unified diff (as `diff -u` and `git diff` print it) of two texts, for dry runs and the
 * `pin` command. Requirement files are small, so a plain LCS table is fast enough and exact.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  // Group operations into hunks with `context` unchanged lines around each change.
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]?.op === ' ') i++;
    if (i >= ops.length) break;
    let start = i;
    let ctx = 0;
    while (start > 0 && ctx < context && ops[start - 1]?.op === ' ') {
      start--;
      ctx++;
    }
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end]?.op !== ' ') end++;
      let run = 0;
      while (end + run < ops.length && ops[end + run]?.op === ' ') run++;
      if (end + run < ops.length && run <= context * 2) {
        end += run;
        continue;
      }
      end += Math.min(run, context);
      break;
    }
    const hunk = ops.slice(start, end);
    const first = ops[start];
    const aLen = hunk.filter((o) => o.op !== '+').length;
    const bLen = hunk.filter((o) => o.op !== '-').length;
    const aStart = (first?.a ?? 0) + (aLen === 0 ? 0 : 1);
    const bStart = (first?.b ?? 0) + (bLen === 0 ? 0 : 1);
    out.push(`@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@`);
    for (const o of hunk) {
      out.push(`${o.op}${o.text.line}`);
      if (!o.text.newline) out.push('\\ No newline at end of file');
    }
    i = end;
  }
  return `${out.join('\n')}\n`;
}

interface Line {
  line: string;
  newline: boolean;
}
interface Op {
  op: ' ' | '-' | '+';
  text: Line;
  /** Lines of `a` and `b` before this one. */
  a: number;
  b: number;
}

const range = (start: number, len: number) => (len === 1 ? `${start}` : `${start},${len}`);

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const last = parts.pop() ?? '';
  const lines = parts.map((line) => ({ line, newline: true }));
  if (last !== '') lines.push({ line: last, newline: false });
  return lines;
}

function diffLines(a: Line[], b: Line[]): Op[] {
  const same = (x: Line | undefined, y: Line | undefined) =>
    x !== undefined && y !== undefined && x.line === y.line && x.newline === y.newline;
  // Common prefix and suffix first: a pin bump changes a line or two of a long file.
  let pre = 0;
  while (pre < a.length && pre < b.length && same(a[pre], b[pre])) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    same(a[a.length - 1 - suf], b[b.length - 1 - suf])
  )
    suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const n = am.length;
  const m = bm.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const next = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = same(am[i], bm[j])
        ? (next[j + 1] as number) + 1
        : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let ai = 0;
  let bi = 0;
  const push = (op: Op['op'], text: Line) => {
    ops.push({ op, text, a: ai, b: bi });
    if (op !== '+') ai++;
    if (op !== '-') bi++;
  };
  for (let k = 0; k < pre; k++) push(' ', a[k] as Line);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(am[i], bm[j])) {
      push(' ', am[i++] as Line);
      j++;
    } else if (i < n && (j >= m || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      push('-', am[i++] as Line);
    } else {
      push('+', bm[j++] as Line);
    }
  }
  for (let k = a.length - suf; k < a.length; k++) push(' ', a[k] as Line);
  return ops;
}
