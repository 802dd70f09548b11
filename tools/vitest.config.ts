import { defineConfig } from 'vitest/config';

// One test file that copies the repository, typechecks it and runs a test inside it: minutes, not seconds, on a loaded machine.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 120_000 } });
