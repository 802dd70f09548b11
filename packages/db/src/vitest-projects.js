// Plain JavaScript: Vitest config files load this before any TypeScript transform.
import { fileURLToPath } from 'node:url';

const globalSetup = fileURLToPath(new URL('./test-global-setup.ts', import.meta.url));

/**
 * The same suite, once on PGlite and, when TEST_DATABASE_URL is set, again on
 * PostgreSQL — as two Vitest projects so both runs show in one report.
 * @param {{ include: string[], [key: string]: unknown }} test
 */
export function databaseProjects(test) {
  const common = { testTimeout: 30_000, hookTimeout: 60_000, ...test };
  const projects = [{ test: { ...common, name: 'pglite', env: { SHABAKA_TEST_DB: 'pglite' }, globalSetup } }];
  if (process.env.TEST_DATABASE_URL) {
    projects.push({ test: { ...common, name: 'postgres', env: { SHABAKA_TEST_DB: 'postgres' }, globalSetup } });
  }
  return projects;
}
