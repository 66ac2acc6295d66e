import { artifactory } from './artifactory.js';
import { devpi } from './devpi.js';
import { generic } from './generic.js';
import { nexus } from './nexus.js';
import { pypi } from './pypi.js';
import { pypiserver } from './pypiserver.js';
import type { IndexKind, IndexType } from './types.js';

export type { IndexKind, IndexType } from './types.js';

const KINDS: Record<IndexKind['type'], IndexKind> = {
  devpi,
  artifactory,
  nexus,
  pypiserver,
  pypi,
  generic,
};

/** The module for an HTTP index kind. */
export function indexKind(type: IndexKind['type']): IndexKind {
  return KINDS[type];
}

/**
 * Guesses the kind from the URL's shape when `index-type` is not given. Only shapes that are
 * unambiguous are recognised; devpi's `/<user>/<index>/` looks like anything, so for it (and
 * any URL this returns `generic` for) the index's first answer decides (kinds/detect.ts).
 */
export function detectIndexType(indexUrl: URL): Exclude<IndexType, 'directory'> {
  if (/(^|\.)pypi\.org$/.test(indexUrl.hostname)) return 'pypi';
  if (/\/api\/pypi\/[^/]+/.test(indexUrl.pathname)) return 'artifactory';
  if (/\/repository\/[^/]+/.test(indexUrl.pathname)) return 'nexus';
  if (/\/\+simple\/?$/.test(indexUrl.pathname)) return 'devpi';
  return 'generic';
}
