import { explain } from '@renovatebot/pep440';

// Pin bumps follow releases. A run of a tag is a release; so is a manual run
// (workflow_dispatch) of a final version. Anything else a workflow publishes (every commit on
// a branch, a dev or pre-release version, a pull request's build) stays on the index without
// moving anyone's pin, unless `bump-every-version` asks for it.

/** What started the run, as far as bumping goes. */
interface RunSource {
  /** The ref the run is for (GITHUB_REF): a tag, a branch, or neither (a pull request's merge ref). */
  ref?: { kind: 'tag' | 'branch'; name: string };
  /** GITHUB_EVENT_NAME (`push`, `workflow_dispatch`, `pull_request`, …), when known. */
  event?: string;
}

/** Events about a pull request: their runs build code nobody has merged yet. */
export function isPullRequestEvent(event: string | undefined): boolean {
  return event !== undefined && /^pull_request/.test(event);
}

/** A final release in PEP 440's sense: no pre-release, dev or local part (post-releases are). */
export function isFinalVersion(version: string): boolean {
  const v = explain(version);
  return v !== null && !v.is_prerelease && !v.is_devrelease && v.local === null;
}

/**
 * Why this run's version does not move consumers' pins, or undefined when it does: a tag run
 * does, and a manual run of a final version; other runs only with `bump-every-version`.
 */
export function whyNoBump(
  run: RunSource,
  version: string,
  everyVersion: boolean,
): string | undefined {
  if (everyVersion || run.ref?.kind === 'tag') return undefined;
  if (run.event === 'workflow_dispatch' && isFinalVersion(version)) return undefined;
  const what =
    run.event === 'workflow_dispatch'
      ? `a manual run of ${version}, which is not a final release`
      : `${describeRun(run)} (${version})`;
  return `not a release: ${what}; pins move for tag runs and manual runs of final versions (set \`bump-every-version: true\` to move them for every published version)`;
}

function describeRun(run: RunSource): string {
  const on = run.ref ? ` of ${run.ref.kind} ${run.ref.name}` : '';
  return `a ${run.event ?? 'workflow'} run${on}`;
}
