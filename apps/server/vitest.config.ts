import { databaseProjects } from '@shabaka/db/vitest-projects';
import { defineConfig } from 'vitest/config';

// Integration tests run on both databases; the browser journeys (e2e/) drive the built
// server in Chromium once, on its default embedded database.
export default defineConfig({
  test: {
    projects: [
      ...databaseProjects({ include: ['test/**/*.test.ts'] }),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          // Installs Chromium first where it can (root on Debian), else says what to do.
          globalSetup: ['e2e/chromium-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
