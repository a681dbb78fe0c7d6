/**
 * Debian's Chromium and the flags every browser we start passes (the browser suite, the Lighthouse
 * bench). Kept apart from browser.ts, which needs jest's globals. We never download a browser.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
