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

/**
 * A refused input value: `input` names the input (the action's name for it), `problem` says what
 * is wrong with it (`is 'foo'`). The action shows "input `retries` is '99'"; the command line
 * names its flag instead (`--retries` is '99'), as a usage error (src/cli/flags.ts).
 */
export class InputError extends WheelrelayError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly problem: string,
    hint?: string,
  ) {
    super(`input \`${input}\` ${problem}`, hint);
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
