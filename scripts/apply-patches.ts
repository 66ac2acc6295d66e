/**
 * The first step of `npm run build`: applies each patches/<package>+<version>.patch (scoped:
 * @scope+name+version) to node_modules with `git apply`, so that the bundles are made from the
 * patched code. patches/README.md says what each is for.
 *
 * A patch made for another version of its package than the one installed stops the build:
 * that dependency update needs the patch looked at again, not a build without it. A patch
 * already applied (by an earlier build) is left as it is.
 *
 * Not an npm `prepare` script: npm 11 lists that as an install script of the packed CLI and
 * warns everyone who installs it, though it never runs there.
 *
 * Not patch-package: its dependencies (chalk's supports-color among them) would sit at the top
 * of node_modules, where the optional require of `debug` in the action's bundle finds them, so
 * adding it changed dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'patches');
const git = (args: string[]) =>
  execFileSync('git', ['apply', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });

for (const file of readdirSync(dir).filter((f) => f.endsWith('.patch')).sort()) {
  const parts = file.slice(0, -'.patch'.length).split('+');
  const version = parts.pop();
  const name = parts.join('/');
  const manifest = join(root, 'node_modules', name, 'package.json');
  if (!name || !version || !existsSync(manifest)) {
    throw new Error(`patches/${file}: no package ${name || '?'} in node_modules to patch`);
  }
  const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
  if (installed !== version) {
    throw new Error(
      `patches/${file} was made for ${name} ${version}, but ${installed} is installed: see ` +
        `whether ${installed} still needs it (patches/README.md), then remake it for ` +
        `${installed} or delete it.`,
    );
  }
  const patch = join(dir, file);
  try {
    git(['--check', '--reverse', patch]);
    process.stdout.write(`patches/${file}: already applied\n`);
    continue;
  } catch {
    // Not applied yet.
  }
  try {
    git([patch]);
  } catch (err) {
    const said = String((err as { stderr?: Buffer }).stderr ?? '').trim();
    throw new Error(`patches/${file} does not apply to ${name} ${installed}: ${said}`);
  }
  process.stdout.write(`patches/${file}: applied to ${name} ${installed}\n`);
}
