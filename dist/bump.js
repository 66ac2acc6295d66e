// Written by `npm run build` (scripts/entries.ts): the bump action, over the one bundle.
globalThis.__wheelrelayAction = "bump";
await import("./index.js");
