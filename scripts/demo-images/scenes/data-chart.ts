import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lerp, clamp, rect, circle, line, pathEl, smooth } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const chartScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#13233d'], [1, '#0c1829']]));
  const x0 = 160;
  const x1 = 1480;
  const y0 = 120;
  const y1 = 760;
  // Grid and axes.
  for (let k = 0; k <= 8; k += 1) {
    const y = lerp(y1, y0, k / 8);
    out += line([x0, y], [x1, y], '#2a3d5c', 2) + rect(x0 - 60, y - 4, 36, 8, '#3d5478', 'rx="4"');
  }
  for (let k = 0; k <= 12; k += 1) {
    const x = lerp(x0, x1, k / 12);
    out += line([x, y0], [x, y1], '#1f3150', 2) + rect(x - 14, y1 + 24, 28, 8, '#3d5478', 'rx="4"');
  }
  out += line([x0, y1], [x1, y1], '#8aa2c8', 4) + line([x0, y0], [x0, y1], '#8aa2c8', 4);
  // Background bars (volume) and the rising series with an area fill.
  const n = 25;
  const values: number[] = [];
  let v = 0.12;
  for (let i = 0; i < n; i += 1) {
    v = clamp(v + s.r(-0.035, 0.07) + (i > 16 ? 0.02 : 0), 0.05, 0.95);
    values.push(v);
  }
  const ptsArr: Pt[] = values.map((val, i) => [lerp(x0, x1, i / (n - 1)), lerp(y1, y0, val)]);
  for (const [x] of ptsArr) {
    const h = s.r(30, 120);
    out += rect(x - 16, y1 - h, 32, h, '#2a4a6e', 'opacity="0.5"');
  }
  const last = ptsArr[ptsArr.length - 1] as Pt;
  out += pathEl(`${smooth(ptsArr)} L${f(last[0])},${y1} L${x0},${y1} Z`, s.linear([[0, '#31d0aa', 0.45], [1, '#31d0aa', 0]]));
  // A dashed comparison series below.
  const comp: Pt[] = ptsArr.map(([x, y], i) => [x, lerp(y, y1 - 80, 0.55) + 10 * Math.sin(i)]);
  out += pathEl(smooth(comp), 'none', 'stroke="#f2b134" stroke-width="4" stroke-dasharray="14 10" opacity="0.85"');
  out += pathEl(smooth(ptsArr), 'none', 'stroke="#31d0aa" stroke-width="7" stroke-linejoin="round"');
  ptsArr.forEach(([x, y], i) => {
    if (i % 4 === 0 || i === n - 1) out += circle(x, y, 10, '#0c1829', 'stroke="#31d0aa" stroke-width="5"');
  });
  // The latest value highlighted, with a label pill and an upward arrow.
  out += circle(last[0], last[1], 34, s.radialAbs([[0, '#31d0aa', 0.6], [1, '#31d0aa', 0]], last[0], last[1], 34)) + circle(last[0], last[1], 12, '#ffffff');
  out += rect(last[0] - 150, last[1] - 34, 110, 44, '#31d0aa', 'rx="10"') + pathEl(`M${last[0] - 125},${last[1] - 2} l16,-20 l16,20 Z`, '#0c1829') + rect(last[0] - 100, last[1] - 18, 48, 10, '#0c1829', 'rx="5"');
  out += line([last[0], last[1]], [last[0], y1], '#31d0aa', 2, 'stroke-dasharray="6 8" opacity="0.7"');
  return out + vignette(s, 0.3);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const dataChartIllustration: DemoScene = { name: 'data-chart', alt: demoImageAlts['data-chart'], draw: chartScene };
