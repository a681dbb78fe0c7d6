import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Browser tests need Chromium. On a developer machine without it they are skipped with a loud
 * banner; under CI=true a missing browser is a failure, never a silent skip.
 */
export const describeWithBrowser: jest.Describe = (() => {
  if (chromiumAvailable()) return describe;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH}: install it with apt-get install -y chromium`);
  }
  console.warn(
    `\n${'!'.repeat(78)}\n!! SKIPPING browser tests: no Chromium at ${CHROMIUM_PATH}.\n!! Install it: apt-get update && apt-get install -y chromium\n${'!'.repeat(78)}\n`,
  );
  return describe.skip;
})();
