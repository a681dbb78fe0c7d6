/**
 * One traced page load in a fresh headless Chromium at Lighthouse's phone size, for the bench's
 * readings of what a page does on the main thread (first-paint.ts, observed-blocking.ts).
 */
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';
import { HEADLESS_SCROLLBAR_FLAGS } from './lighthouse';

/** The fields of a Chromium trace event the readings use; other fields and odd `args` are let go. */
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

export interface TraceOptions {
  /** Comma-separated trace categories. */
  categories: string;
  /** How long to keep tracing after the load event, ms. */
  afterLoadMs: number;
  /** Chromium's CPU slowdown factor (DevTools throttling); 1 runs at full speed. */
  cpuSlowdown?: number;
}

/**
 * The page's `navigationStart` and `firstContentfulPaint` marks: the navigation of the frame that
 * painted, on the renderer's main thread, which emits both. Null when the page never painted.
 */
export function paintedNavigation(events: TraceEvent[]): { start: TraceEvent; paint: TraceEvent } | null {
  const paint = events.find((e) => e.name === 'firstContentfulPaint');
  if (!paint) return null;
  const start = events
    .filter((e) => e.name === 'navigationStart' && e.pid === paint.pid && e.ts <= paint.ts && (!paint.args?.frame || e.args?.frame === paint.args.frame))
    .at(-1);
  return start ? { start, paint } : null;
}

/** One load of `url` in a fresh browser (cold caches, as Lighthouse's), traced. */
export async function traceLoad(url: string, options: TraceOptions): Promise<TraceEvent[]> {
  // Without scrollbars, as Lighthouse's runs (lighthouse.ts says why).
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...HEADLESS_SCROLLBAR_FLAGS], headless: true });
  try {
    // Lighthouse's mobile viewport (412x823 at 1.75x).
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (options.cpuSlowdown && options.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const raw of value) {
        const parsed = TraceEventSchema.safeParse(raw);
        if (parsed.success) events.push(parsed.data);
      }
    });
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: options.categories, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(options.afterLoadMs);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await browser.close();
  }
}
