/**
 * An error the user can act on: `message` says what happened and where, `hint` what to do next.
 * Everything else that escapes is a bug and is reported with its stack in debug logs.
 */
export class WheelrelayError extends Error {
  override name = 'WheelrelayError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }

  /** The message and the hint, as one paragraph for logs and annotations. */
  describe(): string {
    return this.hint ? `${this.message}\n${this.hint}` : this.message;
  }
}

/** Text of any thrown value, with a WheelrelayError's hint appended. */
export function describeError(err: unknown): string {
  if (err instanceof WheelrelayError) return err.describe();
  if (err instanceof Error) return err.message;
  return String(err);
}
