import { stat } from 'node:fs/promises';

/** Whether something exists at `path` (a symlink counts when what it points at does). */
export async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
