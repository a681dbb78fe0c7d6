/**
 * What comes before a page's first paint, read from a Chromium trace of one unthrottled load at
 * Lighthouse's phone size: the main thread's style, layout and script time before
 * `firstContentfulPaint`, when the stylesheet finished, and the font lookups the first layouts made.
 * Lighthouse multiplies that main-thread time by 4 when it simulates a phone's first paint and LCP,
 * so this says what a page's estimate is made of (docs/reader-cost.md, "Font lookups before the first paint").
 */
import { paintedNavigation, traceLoad, type TraceEvent } from './trace-load';

export type { TraceEvent } from './trace-load';

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
  const marks = paintedNavigation(events);
  if (!marks) return null;
  const { start, paint } = marks;
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

/** One unthrottled load of `url` in a fresh browser, traced; null if it never painted. */
export async function traceFirstPaint(url: string): Promise<FirstPaint | null> {
  // The first paint can land just after the load event.
  return readFirstPaint(await traceLoad(url, { categories: FIRST_PAINT_CATEGORIES, afterLoadMs: 300 }));
}
