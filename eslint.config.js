// House rules checked by `pnpm lint`. Syntax-only typescript-eslint (no type information),
// so the whole repository lints in seconds on a small machine; `tsc` does the type checks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Server code that browser packages must not pull in (types are erased, so they are fine). */
const serverCode = {
  paths: [
    {
      name: '@shabaka/api',
      allowTypeImports: true,
      message: 'Browser code takes only types from the API (import type).',
    },
    {
      name: '@shabaka/db',
      allowTypeImports: true,
      message: 'Browser code takes only types from the database package (import type).',
    },
  ],
  patterns: [
    {
      // The isomorphic entries (`@shabaka/db/enums`, `@shabaka/api/schemas`, `@shabaka/api/field-limits`,
      // `@shabaka/api/version`) hold no server code.
      regex: '^@shabaka/(api|db)/(?!enums$|schemas$|field-limits$|version$)',
      allowTypeImports: true,
      message:
        'Browser code takes only types or the isomorphic entries (enums, schemas, field-limits, version) from server packages.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**', 'data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_`-prefixed names are deliberately unused (positional parameters, discarded tuple slots).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // A module declares its permissions by merging `interface CommunePermissionRoles extends Defined {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: [
      'packages/portal/**/*.{ts,tsx}',
      'packages/ui/**/*.{ts,tsx}',
      'packages/client/**/*.{ts,tsx}',
      'apps/*/src/**/*.{ts,tsx}',
    ],
    ignores: ['apps/server/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Migrations are frozen and run on an untyped `Kysely<any>`: they must not depend on today's table types.
    files: ['packages/db/src/migrations/**/*.ts', 'packages/db/src/create-db.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Import boundaries.
  {
    // A domain reaches another only through its public index (`../complaints`), never its files
    // (`../complaints/repository`). Top-level files (root.ts, trpc.ts, context.ts…) compose the domains. A domain's
    // sub-folder (pac/projects) reaches its own domain's files by `../x` and other domains by `../../<domain>`.
    files: ['packages/api/src/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/|^\\.\\./\\.\\./[^/]+/',
              message: 'Import another domain through its index (`../<domain>`), not its files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'packages/client/**/*.{ts,tsx}',
      'packages/portal/**/*.{ts,tsx}',
      'packages/ui/**/*.{ts,tsx}',
      'apps/dashboard/**/*.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': ['error', serverCode] },
  },
  {
    // A commune's app is its configuration around the shared portal.
    files: ['apps/{asilah,chefchaouen,ksar-el-kebir,mdiq,tetouan}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@shabaka/(?!portal(/vite)?$)', message: 'A commune app imports only @shabaka/portal.' },
          ],
        },
      ],
    },
  },
);
