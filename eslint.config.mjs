import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Components never reach the database: presentation gets data through props. */
const NO_DB_IN_COMPONENTS = { group: ['@/lib/db', '@/lib/db/*', '**/lib/db/*'], message: 'Components never query the database: pass data in as props.' };

/** A PreviewAccess opens drafts: only lib/auth mints one, after checking a session or share token. */
const MINT_ONLY_IN_AUTH = {
  group: ['**/preview-access'],
  importNames: ['mintPreviewAccess'],
  message: 'Only lib/auth/preview-grant.ts mints a PreviewAccess: ask it (grantPreviewAccess).',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [MINT_ONLY_IN_AUTH] }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_DB_IN_COMPONENTS, MINT_ONLY_IN_AUTH] }],
    },
  },
  {
    // The minting function itself, and the data-layer contract test of the repository's check.
    files: ['lib/auth/preview-grant.ts', 'tests/integration/db-contract.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  globalIgnores(['.next*/**', 'out/**', 'build/**', 'coverage/**', 'next-env.d.ts', '.data/**', 'tests/e2e/artifacts/**']),
]);
