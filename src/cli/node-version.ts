/**
 * The oldest Node.js the CLI runs on: package.json's `engines` says the same (a test checks).
 * Node 22 brought `fs.promises.glob`, which `sync` reads requirement files with.
 */
export const MIN_NODE_MAJOR = 22;

/**
 * The one line an older Node gets instead of a TypeError from an API it lacks, or undefined
 * when `version` (as `process.versions.node` spells it) is new enough.
 */
export function nodeTooOld(version: string): string | undefined {
  const major = Number.parseInt(version.split('.')[0] ?? '', 10);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return `wheelrelay needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js ${version}`;
}
