/**
 * One Lighthouse 12 run (mobile defaults) through its CLI on Debian's Chromium, with Chromium's own
 * background work switched off, read back as the scores and timings issue 10's bars use.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';
import { ROOT } from '../../tests/e2e/support/server';

/*
 * Chromium's own background work, switched off so that TBT measures the page. Headless Chromium 156
 * pre-renders its omnibox popup (a WebUI page, chrome://omnibox-popup.top-chrome) in a renderer of
 * its own at start-up: about a second of CPU (traced: 963 ms on its main thread, 600 ms more on its
 * workers) while Lighthouse loads the page, on a 2-CPU machine. Lighthouse measures task wall time
 * and multiplies it by 4, so that second showed up as several hundred milliseconds of TBT that no
 * reader's phone pays. A browser reads only the last --disable-features, so the list repeats the
 * features chrome-launcher (Lighthouse's launcher) disables by default.
 */
const CHROME_LAUNCHER_DISABLED_FEATURES = [
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'DialMediaRouteProvider',
  'CalculateNativeWinOcclusion',
  'InterestFeedContentSuggestions',
  'CertificateTransparencyComponentUpdater',
  'AutofillServerCommunication',
  'PrivacySandboxSettings4',
  'RenderDocument',
];
const BROWSER_BACKGROUND_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PrewarmWebUIContents'];
/*
 * Headless Chromium under Lighthouse's phone emulation animates the overlay scrollbars of the page
 * being left while the next one loads. Those frames go to a surface the browser no longer shows, so
 * viz counts them as undrawn and throttles the tab to one frame a second (ThrottleUndrawnFrames in
 * a viz trace): a page that has not painted within about four frames of that animation paints one
 * or two whole seconds late, and Lighthouse charges its LCP for everything loaded by then
 * (docs/reader-cost.md, "Why the simulated LCP stayed high"). Puppeteer and Playwright start every
 * headless Chromium with --hide-scrollbars, which removes the animation; under phone emulation
 * scrollbars are overlays, so the layout Lighthouse sees is unchanged.
 */
export const HEADLESS_SCROLLBAR_FLAGS = ['--hide-scrollbars'];
// The browser suite's Chromium and flags, plus the features and flags above.
const LIGHTHOUSE_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  ...HEADLESS_SCROLLBAR_FLAGS,
  `--disable-features=${[...CHROME_LAUNCHER_DISABLED_FEATURES, ...BROWSER_BACKGROUND_FEATURES].join(',')}`,
];

export interface RunResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Chromium's own first contentful paint, LCP and load event in the traced (unthrottled) load, ms. */
  observedFcpMs: number;
  observedLcpMs: number;
  observedLoadMs: number;
  /** Main-thread time by kind of work (Lighthouse's mainthread-work-breakdown, read from its trace), ms. */
  mainThread: Record<string, number>;
}

const LIGHTHOUSE_CLI = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');

/**
 * One Lighthouse run through its CLI in a separate process: Lighthouse serialises functions into the
 * page, which breaks when a TypeScript loader (tsx) has rewritten them in this process.
 */
async function lighthouseRun(target: string): Promise<RunResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [LIGHTHOUSE_CLI, target, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${LIGHTHOUSE_CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as {
    runtimeError?: { code: string; message?: string };
    categories: Record<string, { score: number | null } | undefined>;
    audits: Record<string, { numericValue?: number; details?: { items?: { groupLabel?: string; duration?: number }[] } } | undefined>;
  };
  const observed = (lhr.audits.metrics?.details?.items?.[0] ?? {}) as Record<string, number | undefined>;
  if (lhr.runtimeError || lhr.categories.performance?.score == null) {
    throw new Error(lhr.runtimeError?.code ?? 'no performance score');
  }
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    observedFcpMs: observed.observedFirstContentfulPaint ?? NaN,
    observedLcpMs: observed.observedLargestContentfulPaint ?? NaN,
    observedLoadMs: observed.observedLoad ?? NaN,
    mainThread: Object.fromEntries(
      (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((item) => [item.groupLabel ?? '?', item.duration ?? 0]),
    ),
  };
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is repeated, not counted. */
export async function lighthouseRunWithRetry(target: string): Promise<RunResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseRun(target);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`  Lighthouse run failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); retrying`);
    }
  }
}
