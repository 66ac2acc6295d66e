import { redact } from './secrets.js';

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

/**
 * Sends the stack of an error that is not a WheelrelayError (so a bug, not a problem the user
 * can fix) to `debug`, redacted; a WheelrelayError's message and hint say all there is.
 */
export function debugStack(err: unknown, debug: (text: string) => void): void {
  if (!(err instanceof WheelrelayError) && err instanceof Error) debug(redact(err.stack ?? ''));
}
