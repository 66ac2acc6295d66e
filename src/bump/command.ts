import { parse } from 'shell-quote';
import { InputError } from '../errors.js';

/**
 * A `run` command as the program and arguments to start, without a shell. shell-quote's
 * `parse` does the quoting rules (quotes, backslashes) a user expects when writing a command
 * on one line; everything that would need a shell to mean what it says (operators, pipes,
 * redirections, `$VAR`, `$(…)`, backticks, globs, `NAME=value` prefixes) is refused with a hint,
 * rather than passed on as literal text that silently does something else.
 */
export function parseRunCommand(text: string, input = 'run'): string[] {
  // A unique marker stands in for every `$NAME` shell-quote finds, so a variable is refused
  // wherever it sits, alone or inside a word.
  const marker = `\u0000wheelrelay-var\u0000`;
  if (hasBacktick(text)) throw refusal(input, text, 'a backtick command substitution');
  const tokens = parse(text.trim(), () => marker);
  const argv: string[] = [];
  for (const token of tokens) {
    if (typeof token !== 'string') {
      if ('comment' in token) continue;
      const what =
        'op' in token && token.op === 'glob'
          ? `the glob '${token.pattern}'`
          : `the operator '${'op' in token ? token.op : '?'}'`;
      throw refusal(input, text, what);
    }
    if (token.includes(marker)) {
      throw refusal(input, text, 'a `$` expansion or command substitution');
    }
    if (argv.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(token)) {
      throw refusal(input, text, `the variable assignment '${token}'`);
    }
    argv.push(token);
  }
  if (argv.length === 0) {
    throw new InputError(
      input,
      'is empty',
      'Give the command that regenerates the compiled files, e.g. `make compile-requirements`.',
    );
  }
  return argv;
}

/**
 * Whether a backtick stands outside single quotes, where a shell would run what it encloses
 * (shell-quote keeps backticks as plain text, so they are looked for here).
 */
function hasBacktick(text: string): boolean {
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '\\') i++;
    else if (c === '`') return true;
    else if (c === '"') quote = quote === '"' ? undefined : '"';
    else if (c === "'" && quote === undefined) quote = "'";
  }
  return false;
}

function refusal(input: string, text: string, what: string): InputError {
  return new InputError(
    input,
    `(${text.trim().slice(0, 120)}) has ${what}, which only a shell understands; wheelrelay runs the command without one`,
    "Write one program and its arguments (e.g. `make compile-requirements`); the release is in WHEELRELAY_NAME, WHEELRELAY_VERSION and WHEELRELAY_INDEX_URL. To use a shell, say so: `bash -ec 'pip-compile … && make docs'`.",
  );
}
