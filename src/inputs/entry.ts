import type { ActionName } from './table.js';

// Every action runs the one bundle, dist/index.js. Which action the runner started is told by
// the file it ran: `bump/action.yml` runs dist/bump.js, two lines that `npm run build` writes
// (scripts/entries.ts) from entryText, naming the action before importing the bundle.
// A global, not an environment variable, so the name never reaches a program wheelrelay runs.

const KEY = '__wheelrelayAction';

/** The text of dist/<entry> for an action other than the root one. */
export function entryText(action: ActionName): string {
  return `// Written by \`npm run build\` (scripts/entries.ts): the ${action} action, over the one bundle.\nglobalThis.${KEY} = ${JSON.stringify(action)};\nawait import("./index.js");\n`;
}

/** The action the runner started: what its entry named, or undefined for the root action (publish). */
export function calledAction(): ActionName | undefined {
  const named = (globalThis as Record<string, unknown>)[KEY];
  return named === 'bump' || named === 'sync' || named === 'publish' ? named : undefined;
}
