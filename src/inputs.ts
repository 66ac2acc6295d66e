import { WheelrelayError } from './errors.js';

// Parsers for input values, shared by every mode's config. Each refusal names the input and
// says what it accepts.

/** Items of a multi-line or comma-separated input; blank items and `#` comments dropped. */
export function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new WheelrelayError(
    `input \`${name}\` is '${value}'`,
    `It must be one of: ${allowed.join(', ')}.`,
  );
}

/** true/false (also yes/no, 1/0, on/off, any case). */
export function bool(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (/^(true|yes|1|on)$/i.test(value)) return true;
  if (/^(false|no|0|off)$/i.test(value)) return false;
  throw new WheelrelayError(`input \`${name}\` is '${value}'`, 'It must be true or false.');
}

/** A whole number in [min, max]; the fallback is clamped into the range too. */
export function integer(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return Math.min(Math.max(fallback, min), max);
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new WheelrelayError(
      `input \`${name}\` is '${value}'`,
      `It must be a whole number from ${min} to ${max}.`,
    );
  }
  return n;
}

/** A number of seconds, above 0 and at most `max` (an hour unless said). */
export function seconds(
  value: string | undefined,
  name: string,
  fallback: number,
  max = 3600,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    throw new WheelrelayError(
      `input \`${name}\` is '${value}'`,
      `It must be a number of seconds, above 0 and at most ${max}.`,
    );
  }
  return n;
}

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
