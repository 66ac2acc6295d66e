import { enableCompileCache } from 'node:module';
import { setFlagsFromString } from 'node:v8';

/**
 * What both entry points (the action's and the CLI's) do before loading the rest: how V8 runs
 * this process's code.
 *
 * - Node's compile cache: start-up is most of a small publish, and the cache keeps V8's
 *   compiled code between runs (a second run in a job, a self-hosted runner, the CLI).
 * - undici parses HTTP answers with llhttp, compiled to WebAssembly: one function of 33 KB of
 *   code that V8 optimises with TurboFan once it has used up its tiering budget, which a few
 *   answers' headers do (a listing read before a large upload, the upload's answer and the
 *   verifying read are enough). That compilation takes 0.15 to 0.6 s of CPU on a background
 *   thread, on a 2-core runner beside the upload it slows, and the process waits for it to end
 *   before it exits: for a parser that reads a few KB per run. A budget 150 times the default
 *   keeps it on V8's baseline compiler for the first few hundred KB of headers. Set before any
 *   WebAssembly is instantiated, which is when V8 reads it; should this V8 ignore a flag set at
 *   run time, nothing changes but the time.
 */
export function tuneStartup(): void {
  enableCompileCache?.();
  try {
    setFlagsFromString('--wasm-tiering-budget=2000000000');
  } catch {
    // A V8 that refuses flags at run time runs as it would have.
  }
}
