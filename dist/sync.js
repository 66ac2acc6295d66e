// Written by `npm run build` (scripts/entries.ts): the sync action, over the one bundle.
globalThis.__wheelrelayAction = "sync";
await import("./index.js");
