import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

/**
 * Three projects: pure logic and route handlers run in node, components in jsdom,
 * and the browser suite (tests/e2e) drives Chromium against a production build.
 * Each file may override its environment with a `@jest-environment` docblock.
 */
const shared = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
};

const unit = await createJestConfig({
  ...shared,
  displayName: 'unit',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/integration/**/*.test.ts'],
})();

const components = await createJestConfig({
  ...shared,
  displayName: 'components',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/tests/setup/jest-dom.ts'],
  testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
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
  projects: [unit, components, e2e],
  testTimeout: 30000,
};

export default config;
