// The one thing the SDK takes from the server: the router's type. `import type` is erased, so no server code
// reaches a bundle; the packed package carries these types bundled, without the server's context (build.mjs).
export type { AppRouter, RouterInputs, RouterOutputs } from '@shabaka/api';
