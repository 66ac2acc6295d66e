/**
 * Every secret wheelrelay is handed is registered here, so that whatever it prints (log lines,
 * errors carrying server bodies, summaries, outputs) can be scrubbed in one place. The runner's
 * own masking (core.setSecret) is the second line of defence, not the first: the CLI has none.
 */
const known = new Set<string>();

/** Registers a secret and the encodings it may leak in (Basic auth, URL-encoding). */
export function addSecret(value: string | undefined, onAdd?: (s: string) => void): void {
  if (!value) return;
  const forms = [value, encodeURIComponent(value)];
  for (const form of forms) {
    if (form.length < 3 || known.has(form)) continue;
    known.add(form);
    onAdd?.(form);
  }
}

/**
 * The HTTP Basic `Authorization` header value for a user/password pair (`Basic <base64>`), with
 * the password and the encoded pair registered as secrets first: the one place wheelrelay
 * builds Basic credentials (index uploads and reads, git fetches, the tokens settings name).
 */
export function addBasicAuth(user: string, password: string, onAdd?: (s: string) => void): string {
  addSecret(password, onAdd);
  const encoded = Buffer.from(`${user}:${password}`).toString('base64');
  addSecret(encoded, onAdd);
  return `Basic ${encoded}`;
}

/** Replaces every registered secret in `text` with `***`. Longest first, so no fragment survives. */
export function redact(text: string): string {
  if (known.size === 0) return text;
  let out = text;
  for (const s of [...known].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

/**
 * The URL with any user-info removed, for messages. Text that does not parse as a URL loses
 * whatever stands where user-info would (up to the authority's last `@`) all the same, since
 * it may be a URL with a password no one has registered yet.
 */
export function safeUrl(url: string | URL): string {
  try {
    const u = new URL(String(url));
    u.username = '';
    u.password = '';
    return redact(u.toString());
  } catch {
    return redact(String(url).replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#\s]*@/i, '$1***@'));
  }
}

/** Forgets every registered secret (tests only). */
export function clearSecrets(): void {
  known.clear();
}
