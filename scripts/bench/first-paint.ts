/**
 * What comes before a page's first paint, read from a Chromium trace of one unthrottled load at
 * Lighthouse's phone size: the main thread's style, layout and script time before
 * `firstContentfulPaint`, when the stylesheet finished, and the font lookups the first layouts made.
 * Lighthouse multiplies that main-thread time by 4 when it simulates a phone's first paint and LCP,
 * so this says what a page's estimate is made of (docs/reader-cost.md, "Font lookups before the first paint").
 */
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';
import { HEADLESS_SCROLLBAR_FLAGS } from './lighthouse';

/** The fields of a Chromium trace event this reading uses; other fields and odd `args` are let go. */
const TraceEventSchema = z.object({
  name: z.string(),
  ph: z.string(),
  ts: z.number(),
  dur: z.number().optional(),
  pid: z.number(),
  tid: z.number(),
  args: z
    .object({
      data: z.object({ url: z.string().optional(), requestId: z.string().optional() }).optional().catch(undefined),
      frame: z.string().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});

export type TraceEvent = z.infer<typeof TraceEventSchema>;

export interface FirstPaint {
  firstPaintMs: number;
  /** When the first stylesheet finished loading, ms after navigation start (NaN without one). */
  stylesheetMs: number;
  styleMs: number;
  layoutMs: number;
  scriptMs: number;
  /**
   * Font lookups before the first paint. On Linux each one is a synchronous call from the renderer to
   * the browser's font service (fontconfig): a family name matched, or a face's render settings for a
   * size and weight. Other platforms have no such calls, and read 0.
   */
  fontLookups: number;
  /** Main-thread time spent waiting on those lookups, ms. */
  fontLookupMs: number;
}

/** Trace categories that hold every event readFirstPaint reads. */
const FIRST_PAINT_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading,fonts';

const STYLE = ['UpdateLayoutTree'];
const LAYOUT = ['Layout'];
const SCRIPT = ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.evaluateModule'];
const FONT_LOOKUPS = ['WebSandboxSupportLinux::GetWebFontRenderStyleForStrike', 'FontDataManager::onMatchFamilyStyle'];

/** Total length of the union of [start, end) intervals, so nested or overlapping events count once. */
function unionLength(intervals: [number, number][]): number {
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** Reads one load's trace; null when the page never painted (nothing to attribute). */
export function readFirstPaint(events: TraceEvent[]): FirstPaint | null {
  const paint = events.find((e) => e.name === 'firstContentfulPaint');
  if (!paint) return null;
  // The navigation of the painted frame, on the renderer's main thread, which emits both marks.
  const start = events
    .filter((e) => e.name === 'navigationStart' && e.pid === paint.pid && e.ts <= paint.ts && (!paint.args?.frame || e.args?.frame === paint.args.frame))
    .at(-1);
  if (!start) return null;
  const beforePaint = (e: TraceEvent) => e.pid === paint.pid && e.tid === paint.tid && e.ph === 'X' && e.ts < paint.ts;
  const time = (names: string[]) =>
    unionLength(events.filter((e) => beforePaint(e) && names.includes(e.name)).map((e): [number, number] => [e.ts, Math.min(e.ts + (e.dur ?? 0), paint.ts)])) / 1000;
  const lookups = events.filter((e) => beforePaint(e) && FONT_LOOKUPS.includes(e.name));
  const cssRequest = events.find((e) => e.name === 'ResourceSendRequest' && /\.css(\?|$)/.test(e.args?.data?.url ?? ''))?.args?.data?.requestId;
  const cssFinish = cssRequest ? events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === cssRequest) : undefined;
  return {
    firstPaintMs: (paint.ts - start.ts) / 1000,
    stylesheetMs: cssFinish ? (cssFinish.ts - start.ts) / 1000 : NaN,
    styleMs: time(STYLE),
    layoutMs: time(LAYOUT),
    scriptMs: time(SCRIPT),
    fontLookups: lookups.length,
    fontLookupMs: unionLength(lookups.map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)])) / 1000,
  };
}

/** One load of `url` in a fresh browser (cold caches, as Lighthouse's), traced; null if it never painted. */
export async function traceFirstPaint(url: string): Promise<FirstPaint | null> {
  // Without scrollbars, as Lighthouse's runs (lighthouse.ts says why).
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...HEADLESS_SCROLLBAR_FLAGS], headless: true });
  try {
    // Lighthouse's mobile viewport (412x823 at 1.75x).
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const raw of value) {
        const parsed = TraceEventSchema.safeParse(raw);
        if (parsed.success) events.push(parsed.data);
      }
    });
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: FIRST_PAINT_CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // The first paint can land just after the load event.
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await complete;
    return readFirstPaint(events);
  } finally {
    await browser.close();
  }
}
