import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, rect, poly, ellipse } from '../svg';
import { W, H, type Scene, type SceneFn, type DemoScene } from '../scene';
import { sky, sun, stars, vignette, windows } from '../motifs';

/** A tower with an optional crown (antenna, setback or slanted roof) and windows. */
function tower(
  s: Scene,
  x: number,
  w: number,
  top: number,
  base: number,
  fill: string,
  win?: { lit: string; dark: string; p: number },
): string {
  let out = rect(x, top, w, base - top, fill);
  const crown = s.int(0, 4);
  if (crown === 1) out += rect(x + w * 0.47, top - s.r(30, 80), Math.max(2, w * 0.05), s.r(30, 80), fill);
  if (crown === 2) out += rect(x + w * 0.15, top - 24, w * 0.7, 26, fill) + rect(x + w * 0.3, top - 44, w * 0.4, 22, fill);
  if (crown === 3) out += poly([[x, top + 1], [x + w, top + 1], [x + w, top - w * 0.35]], fill);
  if (crown === 4) out += poly([[x, top + 1], [x + w, top + 1], [x + w / 2, top - w * 0.6]], fill);
  if (win) {
    const cols = Math.max(2, Math.round(w / 16));
    const rows = Math.max(3, Math.round((base - top) / 22));
    out += windows(s, x + w * 0.08, top + 12, w * 0.84, base - top - 12, { cols, rows, ...win, pad: 0.45 });
  }
  return out;
}

const cityScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#1d1a4a'],
    [0.32, '#55306e'],
    [0.58, '#b84a62'],
    [0.78, '#f0894a'],
    [1, '#ffc877'],
  ]);
  out += stars(s, 60, 200, '#fff4e0');
  out += sun(s, s.r(650, 950), 560, 85, '#ffe1a1', '#ffb25c', 4.5);
  const haze = s.blur(6);
  out += ellipse(300, 330, 260, 9, '#f7a26b', `opacity="0.4" filter="${haze}"`) + ellipse(1250, 290, 300, 7, '#f7a26b', `opacity="0.35" filter="${haze}"`);
  const base = 770;
  const layers = [
    { fill: '#8f4a72', min: 160, max: 380, wmin: 50, wmax: 120, win: undefined },
    { fill: '#5a2a5c', min: 120, max: 520, wmin: 60, wmax: 140, win: { lit: '#ffcf7a', dark: '#4b2250', p: 0.15 } },
    { fill: '#2a1436', min: 80, max: 360, wmin: 70, wmax: 160, win: { lit: '#ffd27a', dark: '#341a42', p: 0.35 } },
  ];
  for (const layer of layers) {
    let x = -s.r(0, 60);
    while (x < W) {
      const w = s.r(layer.wmin, layer.wmax);
      const h = s.r(layer.min, layer.max);
      out += tower(s, x, w, base - h, base + 2, layer.fill, layer.win);
      x += w + s.r(-10, 18);
    }
  }
  // Water in front: the sky's colours broken into ripples.
  out += rect(0, base, W, H - base, s.linear([
    [0, '#3b1d45'],
    [1, '#140a20'],
  ]));
  for (let i = 0; i < 160; i += 1) {
    const y = base + 6 + Math.pow(s.rand(), 1.5) * (H - base - 10);
    const x = s.r(0, W);
    const near = Math.abs(x - 800) < 260;
    out += rect(x, y, s.r(20, 90), s.r(1.5, 3.5), near ? '#ffb25c' : s.pick(['#ffcf7a', '#b84a62', '#8f4a72']), `opacity="${f(s.r(0.25, 0.7))}"`);
  }
  return out + vignette(s, 0.3);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const citySkylineDuskIllustration: DemoScene = { name: 'city-skyline-dusk', alt: demoImageAlts['city-skyline-dusk'], draw: cityScene };
