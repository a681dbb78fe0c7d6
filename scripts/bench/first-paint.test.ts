/** The bench's first-paint reading (scripts/bench/first-paint.ts), on a hand-made trace. */
import { readFirstPaint, type TraceEvent } from '@/scripts/bench/first-paint';

const MAIN = { pid: 7, tid: 1 };
const ms = (n: number) => n * 1000;
const x = (name: string, start: number, dur: number, where = MAIN): TraceEvent => ({ name, ph: 'X', ts: ms(start), dur: ms(dur), ...where });

const trace: TraceEvent[] = [
  // An earlier navigation (the blank page the browser opens) in the same process, then the page's own.
  { name: 'navigationStart', ph: 'R', ts: ms(-500), ...MAIN, args: { frame: 'F' } },
  { name: 'navigationStart', ph: 'R', ts: ms(0), ...MAIN, args: { frame: 'F' } },
  { name: 'ResourceSendRequest', ph: 'I', ts: ms(20), ...MAIN, args: { data: { url: 'http://x/_next/static/chunks/a.css', requestId: 'r1' } } },
  { name: 'ResourceFinish', ph: 'I', ts: ms(150), ...MAIN, args: { data: { requestId: 'r1' } } },
  x('UpdateLayoutTree', 160, 10),
  x('Layout', 170, 60),
  // Two lookups inside the layout that overlap: 2 lookups, 25 ms of waiting.
  x('FontDataManager::onMatchFamilyStyle', 175, 20),
  x('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike', 190, 10),
  // A script whose compile event sits inside its evaluation counts once.
  x('EvaluateScript', 240, 30),
  x('v8.compile', 245, 5),
  // Another thread's layout and another process's script are not the page's main thread.
  x('Layout', 180, 100, { pid: 7, tid: 2 }),
  x('EvaluateScript', 180, 100, { pid: 9, tid: 1 }),
  { name: 'firstContentfulPaint', ph: 'R', ts: ms(300), ...MAIN, args: { frame: 'F' } },
  // After the paint: not counted, and a layout that straddles it counts up to the paint only.
  x('Layout', 290, 40),
  x('FontDataManager::onMatchFamilyStyle', 310, 5),
];

describe('readFirstPaint', () => {
  it('reads the main thread before the first paint of the page that painted', () => {
    expect(readFirstPaint(trace)).toEqual({
      firstPaintMs: 300,
      stylesheetMs: 150,
      styleMs: 10,
      layoutMs: 70,
      scriptMs: 30,
      fontLookups: 2,
      fontLookupMs: 25,
    });
  });

  it('gives nothing for a load that never painted', () => {
    expect(readFirstPaint(trace.filter((e) => e.name !== 'firstContentfulPaint'))).toBeNull();
  });

  it('leaves the stylesheet time empty for a page without one', () => {
    expect(readFirstPaint(trace.filter((e) => !e.name.startsWith('Resource')))?.stylesheetMs).toBeNaN();
  });
});
