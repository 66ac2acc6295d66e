import type { IndexType } from './types.js';

/** A kind of index recognised from an answer, and the header that said so (for the log). */
interface DetectedKind {
  type: Extract<IndexType, 'devpi' | 'artifactory' | 'nexus'>;
  /** The header as `Name: value`, e.g. `X-Devpi-Server-Version: 6.19.1`. */
  evidence: string;
}

/**
 * Recognises the index server from the headers of any answer it gives: devpi sends
 * `X-Devpi-*` headers (`X-Devpi-Server-Version` among them) on every answer, Artifactory
 * `X-Artifactory-Id`, Nexus `Server: Nexus/<version>`. pypiserver sends nothing of its own
 * (`Server: waitress`, the WSGI server under it): it, and any index that says nothing, is left
 * to the kind the URL gave. Header names are lower-case, as undici and node give them.
 */
export function kindFromHeaders(
  headers: Record<string, string | string[] | undefined>,
): DetectedKind | undefined {
  const value = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const devpi = Object.keys(headers)
    .filter((name) => name.startsWith('x-devpi-'))
    .sort(
      (a, b) => Number(b === 'x-devpi-server-version') - Number(a === 'x-devpi-server-version'),
    );
  if (devpi[0]) return { type: 'devpi', evidence: `${display(devpi[0])}: ${value(devpi[0])}` };
  const artifactory = value('x-artifactory-id');
  if (artifactory !== undefined)
    return { type: 'artifactory', evidence: `X-Artifactory-Id: ${artifactory}` };
  const server = value('server');
  if (server && /^nexus\//i.test(server.trim()))
    return { type: 'nexus', evidence: `Server: ${server}` };
  return undefined;
}

/** `x-devpi-server-version` as servers write it: `X-Devpi-Server-Version`. */
function display(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}
