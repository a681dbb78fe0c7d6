import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

/**
 * Four projects, named by what they need (docs/testing.md):
 * - unit: pure logic beside its module (`lib/http/csp.test.ts`), node environment; needs nothing running.
 * - components: React components beside their file (`components/article/Byline.test.tsx`), jsdom; nothing running.
 * - integration: tests/integration, real SQLite, PostgreSQL, Redis and SMTP (skipped with a banner
 *   when a service is away, failing under CI=true).
 * - e2e: tests/e2e, Chromium against a production build.
 * Tests never live in app/ (Next would read some files there as routes). A file may override its
 * environment with a `@jest-environment` docblock.
 */
const shared = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
};

/** Where tests beside the code live. */
const SOURCE_FOLDERS = '{components,lib,scripts}';

const unit = await createJestConfig({
  ...shared,
  displayName: 'unit',
  testEnvironment: 'node',
  testMatch: [`<rootDir>/${SOURCE_FOLDERS}/**/*.test.ts`],
})();

const components = await createJestConfig({
  ...shared,
  displayName: 'components',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/tests/setup/jest-dom.ts'],
  testMatch: [`<rootDir>/${SOURCE_FOLDERS}/**/*.test.tsx`],
})();

const integration = await createJestConfig({
  ...shared,
  displayName: 'integration',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
})();

const e2e = await createJestConfig({
  ...shared,
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
})();

const config = {
  projects: [unit, components, integration, e2e],
  testTimeout: 30000,
};

export default config;
