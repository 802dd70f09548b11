import { defineConfig } from 'vitest/config';
import { databaseProjects } from './src/vitest-projects';

export default defineConfig({ test: { projects: databaseProjects({ include: ['test/**/*.test.ts'] }) } });
