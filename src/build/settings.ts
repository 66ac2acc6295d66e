import type { Inputs } from '../inputs/read.js';

/** How to build (or where to find what is built): every mode that builds reads these. */
export interface BuildSettings {
  /** Take what is already built here instead of building (publish: the files; sync: per entry). */
  distDir?: string;
  dists: 'wheel' | 'sdist' | 'both';
  python: string;
  buildIsolation: boolean;
  /**
   * Pass build's own `--skip-dependency-check` to builds without isolation: a project that
   * declares a build requirement it never uses still builds (CLI `--skip-dependency-check`).
   */
  skipDependencyCheck: boolean;
  /** How long one build may run before it is killed. */
  buildTimeoutMs: number;
  /**
   * Build even where builds cannot be isolated from this process and its secrets (sync
   * refuses to otherwise; publish warns).
   */
  buildsCanReadSecrets: boolean;
  /** Restore and save pip's cache with @actions/cache (action only). */
  pipCache: boolean;
}

/** Reads the build inputs (dist-dir, dists, python, build-isolation, build-timeout, cache, …). */
export function readBuildSettings(inputs: Inputs): BuildSettings {
  return {
    distDir: inputs.read('dist-dir'),
    dists: inputs.read('dists'),
    python: inputs.read('python'),
    buildIsolation: inputs.read('build-isolation'),
    // No action input: the CLI sets it from its flag.
    skipDependencyCheck: false,
    buildTimeoutMs: inputs.read('build-timeout') * 1000,
    buildsCanReadSecrets: inputs.read('builds-can-read-secrets'),
    pipCache: inputs.read('cache'),
  };
}
