import { enableCompileCache } from 'node:module';

// Start-up is most of a small publish: cache V8's compiled code for the bundle (a second run
// in the same job, or on a self-hosted runner, starts faster). Then load the action itself.
enableCompileCache?.();
const { run } = await import('./main.js');
await run();
