import { databaseProjects } from '@shabaka/db/vitest-projects';
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { projects: databaseProjects({ include: ['test/**/*.test.ts'] }) } });
