import type { Distribution } from '../build/inspect.js';
import type { ListedFile } from './simple.js';

/** How one attempt to store a file ended, as far as the index said. */
export type StoreAnswer =
  | { outcome: 'stored' }
  /** The index says a file of that name is already there (content unknown until re-read). */
  | { outcome: 'exists'; detail: string }
  /** Worth another attempt: 5xx, 429, or the connection broke (the file may have landed). */
  | { outcome: 'retry'; detail: string; retryAfterMs?: number; maybeStored: boolean }
  /** Final: wrong credentials, no permission, or the index refused the file. */
  | { outcome: 'refused'; status: number; detail: string; hint: string };

/** The operations the publisher needs from an index, whatever kind it is. */
export interface IndexClient {
  /** The index as users name it, without credentials. */
  readonly label: string;
  /**
   * Every re-upload of a stored filename is refused (never overwrites, never a silent 200), so
   * a small file may be uploaded before the listing is read (see publish.ts).
   */
  readonly refusesReuploads: boolean;
  /** URL of the project's simple API page (for reports and pip). */
  projectUrl(project: string): string;
  /** Files the index lists for a project; undefined when it does not know the project. */
  listProject(project: string): Promise<ListedFile[] | undefined>;
  /** sha256 of a listed file whose listing gives none. */
  sha256Of(file: ListedFile): Promise<string>;
  /**
   * A local copy of a listed file, at most `maxBytes` long, to compare with a build of the
   * same name; `done` removes it (a directory index hands its own file, and removes nothing).
   */
  copyOf(file: ListedFile, maxBytes: number): Promise<LocalCopy>;
  /** One attempt to store a distribution. */
  store(dist: Distribution): Promise<StoreAnswer>;
  close(): Promise<void>;
}

/** A file on this machine holding an index's copy of a file. */
export interface LocalCopy {
  path: string;
  /** Removes the copy once compared. */
  done(): Promise<void>;
}
