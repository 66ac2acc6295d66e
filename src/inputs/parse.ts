import { InputError } from '../errors.js';

// Parsers for input values, named in the table of inputs (table.ts). Each takes a value that
// is given (trimmed, not empty) and the input's name, and each refusal (an InputError) names the
// input and says what it accepts.

/** Reads one input's value; `name` is the input's, for the message when the value is refused. */
export type Parser<T> = (value: string, name: string) => T;

/** Any text, as given. */
export const text: Parser<string> = (value) => value;

/** Items of a multi-line or comma-separated input; blank items and `#` comments dropped. */
export function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** Lines of a multi-line input (commas kept: a requirement line may hold them); blank lines and `#` comments dropped. */
export function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, `is '${value}'`, `It must be one of: ${allowed.join(', ')}.`);
}

/** A parser for one of a fixed set of words. */
export function choice<const T extends string>(allowed: readonly T[]): Parser<T> {
  return (value, name) => oneOf(value, name, allowed);
}

/** true/false (also yes/no, 1/0, on/off, any case). */
export const bool: Parser<boolean> = (value, name) => {
  if (/^(true|yes|1|on)$/i.test(value)) return true;
  if (/^(false|no|0|off)$/i.test(value)) return false;
  throw new InputError(name, `is '${value}'`, 'It must be true or false.');
};

/** A parser for a whole number in [min, max]. */
export function integer(min: number, max: number): Parser<number> {
  return (value, name) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InputError(
        name,
        `is '${value}'`,
        `It must be a whole number from ${min} to ${max}.`,
      );
    }
    return n;
  };
}

/** A parser for a number of seconds, above 0 and at most `max` (an hour unless said). */
export function seconds(max = 3600): Parser<number> {
  return (value, name) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || n > max) {
      throw new InputError(
        name,
        `is '${value}'`,
        `It must be a number of seconds, above 0 and at most ${max}.`,
      );
    }
    return n;
  };
}

/** A regular expression with a capturing group (a named group `version`, or a first group). */
export const versionPattern: Parser<RegExp> = (value, name) => {
  let re: RegExp;
  try {
    re = new RegExp(value);
  } catch (err) {
    throw new InputError(
      name,
      `is not a valid regular expression: ${(err as Error).message}`,
      'Give a pattern with a group named `version`, for example ^release-(?<version>.+)$',
    );
  }
  if (!/\((?!\?[:=!<]|\?<[=!])/.test(value) && !value.includes('(?<version>')) {
    throw new InputError(
      name,
      'has no capturing group',
      'Capture the version with a group named `version`, for example ^release-(?<version>.+)$',
    );
  }
  return re;
};

/**
 * Whether a glob or path leaves the folder it is relative to: absolute (`/etc/x`, `C:\\x`),
 * or with a `..` segment anywhere (`../x`, `a/../../x`).
 */
export function leavesRoot(glob: string): boolean {
  return (
    glob.startsWith('/') ||
    glob.startsWith('\\') ||
    /^[A-Za-z]:/.test(glob) ||
    glob.split(/[\\/]/).includes('..')
  );
}
