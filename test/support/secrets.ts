import { expect } from 'vitest';

/** A secret a test used, with the user it belongs to (for the Basic-auth form). */
export interface TestSecret {
  user?: string;
  secret: string;
}

const forms = ({ user, secret }: TestSecret) => {
  const out = [secret, encodeURIComponent(secret)];
  if (user) out.push(Buffer.from(`${user}:${secret}`).toString('base64'));
  return out;
};

/**
 * Asserts that none of the secrets a test used (nor their Basic-auth or URL-encoded forms)
 * appears in anything the run printed or wrote. `::add-mask::` lines are the runner's masking
 * commands, consumed by the runner and never shown, so they are the one place a secret may be.
 */
export function expectNoSecrets(texts: string | string[], secrets: TestSecret[]): void {
  const all = (Array.isArray(texts) ? texts.join('\n') : texts)
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const s of secrets) {
    for (const form of forms(s)) {
      expect(all.includes(form), `a secret (${form.length} chars) was printed`).toBe(false);
    }
  }
}

/** Asserts the run asked the runner to mask each secret. */
export function expectMasked(stdout: string, secrets: TestSecret[]): void {
  const masks = stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
  for (const s of secrets) {
    expect(
      masks.some((l) => l === `::add-mask::${s.secret}`),
      'secret was not masked',
    ).toBe(true);
  }
}
