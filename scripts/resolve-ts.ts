/**
 * Loaded with `node --import ./scripts/resolve-ts.ts` before a script of scripts/ that imports
 * src/. src/ imports its siblings as `./x.js` (what the bundler and TypeScript want); Node's
 * type stripping runs .ts but does not map those names, so this resolve hook tries `x.ts`
 * where `x.js` does not exist.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      if (!/^\.\.?\/.*\.js$/.test(specifier)) throw err;
      return nextResolve(specifier.replace(/\.js$/, '.ts'), context);
    }
  },
});
