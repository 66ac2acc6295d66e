// hash-wasm ships one module per algorithm without types of its own; this one is its BLAKE2b.
declare module 'hash-wasm/dist/blake2b.umd.min.js' {
  const blake2b: { createBLAKE2b: typeof import('hash-wasm').createBLAKE2b };
  export default blake2b;
}
