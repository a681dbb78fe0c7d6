import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Components never reach the database: presentation gets data through props.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/lib/db', '@/lib/db/*', '**/lib/db/*'], message: 'Components never query the database: pass data in as props.' }] },
      ],
    },
  },
  globalIgnores(['.next*/**', 'out/**', 'build/**', 'coverage/**', 'next-env.d.ts', '.data/**', 'tests/e2e/artifacts/**']),
]);
