/** A valid distribution name (PEP 508), as a regular-expression source without anchors. */
export const NAME_PATTERN = '[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?';

const VALID_NAME = new RegExp(`^${NAME_PATTERN}$`);

/** PEP 503 normal form of a distribution name: lowercase, runs of `-`, `_` and `.` become one `-`. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** Whether `name` is a valid distribution name (PEP 508). */
export function isValidName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** Whether two distribution names denote the same project (PEP 503). */
export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}
