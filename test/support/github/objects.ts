import { createHash } from 'node:crypto';

/**
 * The git object store of the GitHub API test server: blobs, trees and commits encoded exactly
 * as git encodes them, so every sha is the one git (and GitHub) would compute.
 */

export type ObjectType = 'blob' | 'tree' | 'commit';
interface GitObject {
  type: ObjectType;
  body: Buffer;
}
export interface TreeEntry {
  mode: string;
  name: string;
  sha: string;
}
export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  /** Made through createCommitOnBranch, which GitHub signs. */
  verified: boolean;
}

/** A content-addressed store of git objects, encoded exactly as git encodes them. */
export class ObjectStore {
  private objects = new Map<string, GitObject>();
  readonly verified = new Set<string>();

  put(type: ObjectType, body: Buffer): string {
    const sha = createHash('sha1')
      .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
      .digest('hex');
    this.objects.set(sha, { type, body });
    return sha;
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  blob(content: string | Buffer): string {
    return this.put('blob', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
  }

  tree(entries: TreeEntry[]): string {
    // git sorts tree entries by name, comparing a subtree's name as if it ended in '/'.
    const key = (e: TreeEntry) => (e.mode === '40000' ? `${e.name}/` : e.name);
    const sorted = [...entries].sort((a, b) =>
      Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))),
    );
    const body = Buffer.concat(
      sorted.map((e) =>
        Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
      ),
    );
    return this.put('tree', body);
  }

  readTree(sha: string): TreeEntry[] {
    const obj = this.get(sha);
    if (obj?.type !== 'tree') throw new Error(`not a tree: ${sha}`);
    const out: TreeEntry[] = [];
    let i = 0;
    while (i < obj.body.length) {
      const sp = obj.body.indexOf(0x20, i);
      const nul = obj.body.indexOf(0, sp);
      out.push({
        mode: obj.body.subarray(i, sp).toString(),
        name: obj.body.subarray(sp + 1, nul).toString(),
        sha: obj.body.subarray(nul + 1, nul + 21).toString('hex'),
      });
      i = nul + 21;
    }
    return out;
  }

  commit(tree: string, parents: string[], message: string, when = Date.now()): string {
    const ident = `wheelrelay-test <test@example.com> ${Math.floor(when / 1000)} +0000`;
    const lines = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${ident}`,
      `committer ${ident}`,
    ];
    return this.put('commit', Buffer.from(`${lines.join('\n')}\n\n${message}`));
  }

  readCommit(sha: string): CommitInfo | undefined {
    const obj = this.get(sha);
    if (obj?.type !== 'commit') return undefined;
    const text = obj.body.toString();
    const split = text.indexOf('\n\n');
    const head = text.slice(0, split).split('\n');
    return {
      sha,
      tree: head.find((l) => l.startsWith('tree '))?.slice(5) ?? '',
      parents: head.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7)),
      message: text.slice(split + 2),
      verified: this.verified.has(sha),
    };
  }

  /** Every blob under a tree, by path. */
  flatten(treeSha: string, prefix = ''): Map<string, { mode: string; sha: string }> {
    const out = new Map<string, { mode: string; sha: string }>();
    for (const e of this.readTree(treeSha)) {
      const path = prefix + e.name;
      if (e.mode === '40000') for (const [p, v] of this.flatten(e.sha, `${path}/`)) out.set(p, v);
      else out.set(path, { mode: e.mode, sha: e.sha });
    }
    return out;
  }

  /** Writes nested trees for a flat path map; returns the root tree's sha. */
  writeFlat(files: Map<string, { mode: string; sha: string }>): string {
    const dirs = new Map<string, Map<string, { mode: string; sha: string }>>();
    const entries: TreeEntry[] = [];
    for (const [path, v] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) entries.push({ name: path, ...v });
      else {
        const dir = path.slice(0, slash);
        if (!dirs.has(dir)) dirs.set(dir, new Map());
        dirs.get(dir)?.set(path.slice(slash + 1), v);
      }
    }
    for (const [dir, sub] of dirs)
      entries.push({ name: dir, mode: '40000', sha: this.writeFlat(sub) });
    return this.tree(entries);
  }

  /** The blob at `path` under a tree. */
  lookup(
    treeSha: string,
    path: string,
  ): { mode: string; sha: string; type: ObjectType } | undefined {
    let sha = treeSha;
    let found: TreeEntry | undefined;
    for (const part of path.split('/').filter(Boolean)) {
      const obj = this.get(sha);
      if (obj?.type !== 'tree') return undefined;
      found = this.readTree(sha).find((e) => e.name === part);
      if (!found) return undefined;
      sha = found.sha;
    }
    if (!found) return { mode: '40000', sha: treeSha, type: 'tree' };
    return { mode: found.mode, sha: found.sha, type: this.get(found.sha)?.type ?? 'blob' };
  }

  /** Whether `ancestor` is `of` or one of its ancestors. */
  isAncestor(ancestor: string, of: string): boolean {
    const seen = new Set<string>();
    const stack = [of];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      stack.push(...(this.readCommit(sha)?.parents ?? []));
    }
    return false;
  }

  /** The tree a commit points at. */
  commitTree(sha: string): string {
    const c = this.readCommit(sha);
    if (!c) throw new Error(`not a commit: ${sha}`);
    return c.tree;
  }
}
