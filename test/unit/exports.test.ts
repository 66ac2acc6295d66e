import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/action-run.js';

// An export no other file imports is dead surface (issue 12): a reader must assume something
// outside depends on it. Every name src/ exports must be imported by another file: src/,
// scripts/, bench/, or a test file (*.test.ts, which tests what it imports). test/support/
// does not count: a fixture builder reaching into a module's internals is not a test of them.
// Read from the syntax trees (no type checker, so it stays quick): `import { a } from`,
// `export { a } from` (a use of the re-export is a use of what it names), `import type`,
// `import('…').A` in types, and dynamic `const { a } = await import('…')` and
// `(await import('…')).a`; in the CLI bundle's CommonJS entry (src/cli/index.cjs),
// `require('…').a`.

const DIRS = ['src', 'test', 'scripts', 'bench'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : sources(p);
    return (p.endsWith('.ts') && !p.endsWith('.d.ts')) || p.endsWith('.cjs') ? [p] : [];
  });
}

/** `file name` of an export, `file` relative to the repository root. */
type Key = string;

interface Scan {
  /** Each file's exports, by name, with the line they are declared on. */
  exports: Map<string, Map<string, number>>;
  /** Re-exports (`export { a } from './x.js'`): the key they export to the key they name. */
  reexports: Map<Key, Key>;
  /** The files that import each key. */
  uses: Map<Key, Set<string>>;
}

const hasExport = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Reads the exports and imports of the given files (paths relative to `root`). */
function scan(root: string, files: readonly string[], read: (file: string) => string): Scan {
  const result: Scan = { exports: new Map(), reexports: new Map(), uses: new Map() };
  for (const file of files) {
    const sf = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
    const target = (spec: string) =>
      spec.startsWith('.')
        ? relative(root, resolve(root, dirname(file), spec)).replace(/\.js$/, '.ts')
        : undefined;
    const use = (to: string | undefined, name: string) => {
      if (!to) return;
      const key = `${to} ${name}`;
      result.uses.set(key, (result.uses.get(key) ?? new Set()).add(file));
    };
    const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const exported = new Map<string, number>();
    for (const st of sf.statements) {
      if (hasExport(st)) {
        if (ts.isVariableStatement(st)) {
          for (const d of st.declarationList.declarations)
            exported.set(d.name.getText(sf), line(d));
        } else if ('name' in st && st.name) {
          exported.set((st.name as ts.Identifier).text, line(st));
        }
      }
      if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
        const from =
          st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)
            ? target(st.moduleSpecifier.text)
            : undefined;
        for (const e of st.exportClause.elements) {
          exported.set(e.name.text, line(e));
          if (from)
            result.reexports.set(
              `${file} ${e.name.text}`,
              `${from} ${(e.propertyName ?? e.name).text}`,
            );
        }
      }
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
        const bindings = st.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const e of bindings.elements) {
            use(target(st.moduleSpecifier.text), (e.propertyName ?? e.name).text);
          }
        }
      }
    }
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isAwaitExpression(node.parent)
      ) {
        const to = target(node.arguments[0].text);
        let holder = node.parent.parent;
        while (ts.isParenthesizedExpression(holder)) holder = holder.parent;
        if (ts.isVariableDeclaration(holder) && ts.isObjectBindingPattern(holder.name)) {
          for (const e of holder.name.elements) use(to, (e.propertyName ?? e.name).getText(sf));
        } else if (ts.isPropertyAccessExpression(holder)) {
          use(to, holder.name.text);
        }
      }
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'require' &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isPropertyAccessExpression(node.parent)
      ) {
        use(target(node.arguments[0].text), node.parent.name.text);
      }
      if (
        ts.isImportTypeNode(node) &&
        ts.isLiteralTypeNode(node.argument) &&
        ts.isStringLiteral(node.argument.literal) &&
        node.qualifier
      ) {
        use(target(node.argument.literal.text), node.qualifier.getText(sf));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    result.exports.set(file, exported);
  }
  // A use of a re-export is a use of what it names (pins/index.ts, index/kinds/index.ts).
  for (const [key, named] of result.reexports) {
    for (const file of result.uses.get(key) ?? []) {
      result.uses.set(named, (result.uses.get(named) ?? new Set()).add(file));
    }
  }
  return result;
}

/** The exports of `src/` files that no counted file imports, as `file:line name`. */
function unimported({ exports, uses }: Scan): string[] {
  const counts = (file: string) => !file.startsWith('test/support/');
  const out: string[] = [];
  for (const [file, names] of exports) {
    if (!file.startsWith('src/')) continue;
    for (const [name, line] of names) {
      const users = [...(uses.get(`${file} ${name}`) ?? [])].filter((f) => f !== file);
      if (!users.some(counts)) out.push(`${file}:${line} ${name}`);
    }
  }
  return out;
}

const files = DIRS.flatMap((d) => sources(join(ROOT, d))).map((f) => relative(ROOT, f));
const repo = scan(ROOT, files, (f) => readFileSync(join(ROOT, f), 'utf8'));

describe('exports of src/', () => {
  it('are read: static, type, re-exported and dynamic imports count as uses', () => {
    const fake: Record<string, string> = {
      'src/a.ts': [
        'export function used() {}',
        'export type Typed = 1;',
        'export const viaImport = 1;',
        'export const viaDestructure = 1;',
        'export const viaProperty = 1;',
        'export const viaBarrel = 1;',
        'export function ownOnly() {}',
        'ownOnly();',
        'export const bySupport = 1;',
        'export function viaRequire() {}',
      ].join('\n'),
      'src/barrel.ts': "export { viaBarrel, unusedAgain } from './a.js';",
      'src/b.ts': [
        "import { used, type Typed } from './a.js';",
        "import { viaBarrel } from './barrel.js';",
        "let t: import('./a.js').viaImport;",
        "const { viaDestructure } = await import('./a.js');",
        "const p = (await import('./a.js')).viaProperty;",
      ].join('\n'),
      'test/support/fixture.ts': "import { bySupport } from '../../src/a.js';",
      'src/entry.cjs': "require('./a.ts').viaRequire();",
    };
    const found = unimported(scan('/r', Object.keys(fake), (f) => fake[f] as string));
    expect(found).toEqual([
      'src/a.ts:7 ownOnly',
      'src/a.ts:9 bySupport',
      'src/barrel.ts:1 unusedAgain',
    ]);
    expect(repo.exports.get('src/sync/sync.ts')?.has('syncRequirements')).toBe(true);
    expect(repo.uses.get('src/main.ts run')).toContain('src/index.ts');
  });

  it('are each imported by another file (src/, scripts/, bench/ or a test)', () => {
    expect(unimported(repo), 'drop the `export`, or delete what nothing uses').toEqual([]);
  });
});
