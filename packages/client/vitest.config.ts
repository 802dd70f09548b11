import { defineConfig } from 'vitest/config';

// One file: the packed SDK installed with npm in a fresh project, against the built server.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Building the declarations, npm install and the first boot of the server take a while on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
