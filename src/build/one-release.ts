import { WheelrelayError } from '../errors.js';
import { sameName } from '../pins/names.js';
import type { Distribution } from './inspect.js';

/**
 * The one project version `dists` hold (a wheel and an sdist of it, say), as its first file,
 * after checking that every file names the same project (PEP 503) and version: a run publishes
 * one release. `what` names the files in messages ("the files to publish"), `hint` says what
 * to do when they are not one release.
 */
export function oneRelease(
  dists: readonly Distribution[],
  what: string,
  hint: string,
): Distribution {
  const first = dists[0];
  if (!first) {
    throw new WheelrelayError(
      `${what}: there is no wheel or sdist`,
      'Check the build log: the build backend wrote no *.whl or *.tar.gz.',
    );
  }
  for (const d of dists) {
    if (!sameName(d.name, first.name) || d.version !== first.version) {
      throw new WheelrelayError(
        `${what} are not one release: ${first.filename} is ${first.name} ${first.version}, ${d.filename} is ${d.name} ${d.version}`,
        hint,
      );
    }
  }
  return first;
}
