import { tuneStartup } from './startup.js';

// Compile cache and V8 settings first (see startup.ts), then the action itself.
tuneStartup();
const { run } = await import('./main.js');
await run();
