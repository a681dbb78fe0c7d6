/**
 * Main-thread blocking as Chromium measures it, not as Lighthouse simulates it. Lighthouse's default
 * TBT replays an unthrottled trace on a modelled phone (Lantern), so its figure depends on where the
 * simulated first paint falls among the page's tasks. Here DevTools slows the CPU 4x (Lighthouse's
 * mobile factor) and the trace's own top-level tasks are counted: what blocked the main thread after
 * the observed first paint, and all the work before and after it (docs/reader-cost.md).
 */
import { paintedNavigation, traceLoad, type TraceEvent } from './trace-load';

export interface ObservedBlocking {
  firstPaintMs: number;
  /** Every top-level main-thread task from navigation to the end of the trace, ms. */
  taskMs: number;
  /** Total Blocking Time from the first paint to the end of the trace, ms (Lighthouse's rule, below). */
  blockingMs: number;
  /** Tasks of 50 ms or more that ended after the first paint. */
  longTasks: number;
}

/** Chromium's scheduler tasks, the events Lighthouse reads as top-level tasks. */
const TOP_LEVEL_TASKS = ['ThreadControllerImpl::RunTask', 'RunTask'];
const BLOCKING_THRESHOLD_MS = 50;
const CPU_SLOWDOWN = 4;
/** Next's hydration and React's follow-up work run after the load event; this covers them. */
const AFTER_LOAD_MS = 3000;
const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading';

/** Reads one load's trace; null when the page never painted. */
export function readObservedBlocking(events: TraceEvent[]): ObservedBlocking | null {
  const marks = paintedNavigation(events);
  if (!marks) return null;
  const { start, paint } = marks;
  const candidates = events
    .filter((e) => e.pid === paint.pid && e.tid === paint.tid && e.ph === 'X' && TOP_LEVEL_TASKS.includes(e.name) && e.ts >= start.ts)
    .sort((a, b) => a.ts - b.ts);
  // A task nested in another (a RunTask inside a scheduler task) is part of it, not a task of its own.
  const tasks: { startMs: number; endMs: number }[] = [];
  for (const e of candidates) {
    const startMs = e.ts / 1000;
    const endMs = (e.ts + (e.dur ?? 0)) / 1000;
    if (tasks.length && startMs < tasks.at(-1)!.endMs) continue;
    tasks.push({ startMs, endMs });
  }
  const paintMs = paint.ts / 1000;
  let blockingMs = 0;
  let longTasks = 0;
  for (const { startMs, endMs } of tasks) {
    // Lighthouse's rule: only the part after the first paint counts, and only what exceeds 50 ms.
    const after = endMs - Math.max(startMs, paintMs);
    if (endMs - startMs >= BLOCKING_THRESHOLD_MS && endMs > paintMs) longTasks++;
    if (after > BLOCKING_THRESHOLD_MS) blockingMs += after - BLOCKING_THRESHOLD_MS;
  }
  return {
    firstPaintMs: (paint.ts - start.ts) / 1000,
    taskMs: tasks.reduce((sum, { startMs, endMs }) => sum + endMs - startMs, 0),
    blockingMs,
    longTasks,
  };
}

/** One load of `url` in a fresh browser with the CPU slowed 4x, traced; null if it never painted. */
export async function traceObservedBlocking(url: string): Promise<ObservedBlocking | null> {
  return readObservedBlocking(await traceLoad(url, { categories: CATEGORIES, afterLoadMs: AFTER_LOAD_MS, cpuSlowdown: CPU_SLOWDOWN }));
}
