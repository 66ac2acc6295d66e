/**
 * Runs `fn` over `items` with at most `limit` calls in flight, and returns the results in the
 * order of `items`. Sync entries and consumer bumps both run through it. `fn` should not throw
 * (each reports its own failure in its result); if it does, no further call starts and the
 * first error is thrown after every started call has settled.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, position: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const at = next++;
      try {
        results[at] = await fn(items[at] as T, at);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw failure.error;
  return results;
}

/** Runs calls that share a key one at a time (calls with other keys run freely). */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(fn, fn);
    const settled = result.catch(() => undefined);
    this.tails.set(key, settled);
    try {
      return await result;
    } finally {
      if (this.tails.get(key) === settled) this.tails.delete(key);
    }
  }
}

/** Runs calls at most `limit` at a time, in the order they ask. */
export class Limit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((go) => this.waiting.push(go));
    try {
      return await fn();
    } finally {
      // The place passes straight to the next in line, if any.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
