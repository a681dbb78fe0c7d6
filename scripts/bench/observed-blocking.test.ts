/** The bench's observed blocking time (scripts/bench/observed-blocking.ts), on a hand-made trace. */
import { readObservedBlocking } from '@/scripts/bench/observed-blocking';
import type { TraceEvent } from '@/scripts/bench/trace-load';

const MAIN = { pid: 7, tid: 1 };
const ms = (n: number) => n * 1000;
const task = (start: number, dur: number, name = 'ThreadControllerImpl::RunTask', where = MAIN): TraceEvent => ({ name, ph: 'X', ts: ms(start), dur: ms(dur), ...where });

const trace: TraceEvent[] = [
  { name: 'navigationStart', ph: 'R', ts: ms(-400), ...MAIN, args: { frame: 'F' } },
  // A task of the blank page before this navigation: not counted.
  task(-300, 80),
  { name: 'navigationStart', ph: 'R', ts: ms(0), ...MAIN, args: { frame: 'F' } },
  // Before the paint: work, but no blocking.
  task(10, 120),
  // Straddles the paint at 300: 130 ms long, 60 of them after the paint, so 10 ms of blocking.
  task(230, 130),
  // A scheduler task nested in the one above: part of it.
  task(240, 60, 'RunTask'),
  { name: 'firstContentfulPaint', ph: 'R', ts: ms(300), ...MAIN, args: { frame: 'F' } },
  // After the paint: 40 ms is not long; 150 ms blocks for 100.
  task(400, 40),
  task(500, 150),
  // Another thread's and another process's long tasks are not the page's main thread.
  task(600, 300, 'ThreadControllerImpl::RunTask', { pid: 7, tid: 2 }),
  task(600, 300, 'ThreadControllerImpl::RunTask', { pid: 9, tid: 1 }),
];

describe('readObservedBlocking', () => {
  it('counts the main thread tasks of the painted navigation, blocking only after the first paint', () => {
    expect(readObservedBlocking(trace)).toEqual({ firstPaintMs: 300, taskMs: 440, blockingMs: 110, longTasks: 2 });
  });

  it('gives nothing for a load that never painted', () => {
    expect(readObservedBlocking(trace.filter((e) => e.name !== 'firstContentfulPaint'))).toBeNull();
  });
});
