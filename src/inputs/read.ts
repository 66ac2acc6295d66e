import { addSecret } from '../secrets.js';
import { type ActionName, INPUTS, type InputName, type InputRow } from './table.js';

/** Where settings come from: action inputs or CLI flags, by the same names. */
export interface InputSource {
  /** The raw value of a setting, or undefined/'' when not given. */
  get(name: string): string | undefined;
}

/** Called with each secret as it is found, so the runner can mask it (core.setSecret). */
export type SecretSink = (secret: string) => void;

type Row<K extends InputName> = (typeof INPUTS)[K];
type Parsed<K extends InputName> = ReturnType<Row<K>['parse']>;

/** What `Inputs.read` returns: the parsed value, or undefined for an empty input without a default. */
type InputValue<K extends InputName> =
  Row<K> extends { default: string } ? Parsed<K> : Parsed<K> | undefined;

/**
 * The inputs of one action, read through the table: a value is trimmed, an empty one takes
 * the row's default, and the row's parser reads it (naming the input when it refuses it).
 * Secrets are masked when this is made, before anything is read or printed. Reading an input
 * the action does not list is a bug in wheelrelay, and throws.
 */
export class Inputs {
  constructor(
    private readonly source: InputSource,
    readonly action: ActionName,
    onSecret: SecretSink = () => {},
  ) {
    for (const [name, row] of Object.entries(INPUTS) as [InputName, InputRow][]) {
      if (row.secret && row.actions.includes(action)) addSecret(this.given(name), onSecret);
    }
  }

  /** The value as given (trimmed unless the row keeps spaces), or undefined when empty. */
  given(name: InputName): string | undefined {
    const row: InputRow = INPUTS[name];
    if (!row.actions.includes(this.action)) {
      throw new Error(`the ${this.action} action has no input \`${name}\``);
    }
    const raw = this.source.get(name);
    const value = row.keepSpaces ? raw : raw?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  /** The parsed value, the default's when the input is empty. */
  read<K extends InputName>(name: K): InputValue<K> {
    const row: InputRow = INPUTS[name];
    const value = this.given(name) ?? (row.default === '' ? undefined : row.default);
    return (value === undefined ? undefined : row.parse(value, name)) as InputValue<K>;
  }
}
