/** Requirement-file pins: pure functions from text to text and changes. */
export { normalizeName, sameName } from './names.js';
export { parseRequirements } from './requirements.js';
export type {
  Blocker,
  PinChange,
  PinChangeKind,
  PinTarget,
  RewriteResult,
  RewriteStatus,
} from './rewrite.js';
export { constraintBlockers, derivedRef, PinError, rewritePins } from './rewrite.js';
export type { VcsRequirement } from './vcs.js';
export { findVcsRequirements } from './vcs.js';
