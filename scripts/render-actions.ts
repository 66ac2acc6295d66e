import { Document, isPair, isScalar, Scalar, visit } from 'yaml';
import {
  ACTION_FILES,
  type ActionFile,
  INPUTS,
  type InputRow,
  OUTPUTS,
  type OutputRow,
} from '../src/inputs/table.js';

const HEADER = [
  '# Generated from src/inputs/table.ts by `npm run gen:actions`: edit the table, not this file.',
  '# test/unit/action-yml.test.ts (and .ci/run) fail when it is not what the table makes.',
];

/** A description's lines joined into one paragraph, as YAML's folded style reads it back. */
export function paragraph(description: string | readonly string[]): string {
  const text = typeof description === 'string' ? description : description.join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

function lists(row: { actions: readonly string[] }, file: ActionFile): boolean {
  return row.actions.some((a) => (file.lists as readonly string[]).includes(a));
}

/** The text of one action.yml, from the table. */
export function renderAction(file: ActionFile): string {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, row] of Object.entries(INPUTS) as [string, InputRow][]) {
    if (!lists(row, file)) continue;
    // What this file's action says of the input where it differs from the row's text.
    const own = file.lists.map((a) => row.per?.[a]).find((p) => p !== undefined);
    inputs[name] = {
      description: paragraph(own?.description ?? row.description),
      required: own?.required ?? row.required ?? false,
      ...(row.default !== undefined ? { default: row.default } : {}),
    };
  }
  const outputs: Record<string, Record<string, unknown>> = {};
  for (const [name, row] of Object.entries(OUTPUTS) as [string, OutputRow][]) {
    if (lists(row, file)) outputs[name] = { description: paragraph(row.description) };
  }
  const action = {
    name: file.name,
    description: file.description,
    author: 'wheelrelay',
    branding: { icon: 'package', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: `${file.path.includes('/') ? '../' : ''}dist/${file.entry}` },
  };
  const doc = new Document(action);
  // Long descriptions as folded blocks (`>`), the way people write action.yml by hand.
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'description') {
        const value = pair.value;
        if (isScalar(value) && String(value.value).length > 80) value.type = Scalar.BLOCK_FOLDED;
      }
    },
  });
  return `${HEADER.join('\n')}\n${doc.toString({ lineWidth: 100 })}`;
}

/** Every action.yml the table makes: path (from the repository root) → text. */
export function renderActions(): Map<string, string> {
  return new Map(ACTION_FILES.map((f) => [f.path, renderAction(f)]));
}
