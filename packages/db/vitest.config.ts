import { defineConfig } from 'vitest/config';
import { databaseProjects } from './src/vitest-projects.js';

export default defineConfig({ test: { projects: databaseProjects({ include: ['test/**/*.test.ts'] }) } });
