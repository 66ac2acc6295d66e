import type { PublishedFile } from './index/publish.js';

// What a release is, once published: made by the publish mode (src/publish/release.ts), read by the
// reports and by the pin bumps in consumers (src/github/), which must not import the mode.

/** What triggered the run: a tag (a release) or a branch push; undefined outside CI. */
export type SourceRef = { kind: 'tag' | 'branch'; name: string; sha?: string };

/** The named outcome of a publish run, which outputs and summaries are made from. */
export interface ReleaseOutcome {
  name: string;
  version: string;
  files: PublishedFile[];
  /** True when every file is verified on the index. */
  published: boolean;
  /**
   * Why the release is not published, when `published` is false: `conflict` (a branch push of
   * a version published from another commit), `unverified` (uploaded, not listed in time),
   * `dry-run` (nothing uploaded: files say `would-upload` or `already-present`).
   */
  reason?: 'conflict' | 'unverified' | 'dry-run';
  index: string;
  /** The simple API page where the files are listed. */
  projectUrl: string;
  ref?: SourceRef;
}
