import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lerp, mix, rect, ellipse, pathEl, smooth } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, cloud, vignette } from '../motifs';

const coastScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#7fb8e0'],
    [0.45, '#cfe6f2'],
    [0.5, '#f3ead8'],
  ]);
  out += cloud(s, 1150, 140, 380, '#ffffff', 0.85) + cloud(s, 350, 100, 220, '#ffffff', 0.7);
  const horizon = 360;
  out += rect(0, horizon, W, H - horizon, s.linear([
    [0, '#2f7fa6'],
    [0.5, '#3fa6b8'],
    [1, '#6fcfc4'],
  ]));
  // A green headland on the right closing the bay.
  out += pathEl(`M1600,${horizon - 70} C1450,${horizon - 80} 1350,${horizon - 20} 1220,${horizon + 6} L1600,${horizon + 6} Z`, '#6f8f5a');
  out += pathEl(`M1600,${horizon - 40} C1480,${horizon - 30} 1400,${horizon} 1300,${horizon + 6} L1600,${horizon + 6} Z`, '#56744a');
  out += rect(1230, horizon + 2, 370, 6, '#d9c79a', 'opacity="0.7"');
  // Rows of waves: each a darker swell with a foam crest, growing as they approach.
  const shore = (x: number) => 640 + 70 * Math.sin(x * 0.0024 + 0.6) + 25 * Math.sin(x * 0.007 + 2);
  for (let k = 0; k < 9; k += 1) {
    const t = k / 8;
    const y0 = lerp(horizon + 20, 600, Math.pow(t, 1.4));
    const amp = lerp(2, 14, t);
    const crest: Pt[] = [];
    for (let x = -40; x <= W + 40; x += 40) crest.push([x, Math.min(y0 + amp * Math.sin(x * 0.01 + k * 1.7) + s.r(-2, 2), shore(x) - 8)]);
    out += pathEl(`${smooth(crest)} L${W + 40},${y0 + 40 + amp * 3} L-40,${y0 + 40 + amp * 3} Z`, mix('#2f7fa6', '#57c1bd', t), 'opacity="0.55"');
    out += pathEl(smooth(crest), 'none', `stroke="#ffffff" stroke-width="${f(lerp(1.5, 7, t))}" stroke-linecap="round" opacity="${f(lerp(0.45, 0.9, t))}"`);
  }
  // Sand, wet sand and the lacy edge of the last wave.
  const sand: Pt[] = [];
  for (let x = -40; x <= W + 40; x += 40) sand.push([x, shore(x)]);
  out += pathEl(`${smooth(sand)} L${W + 40},${H + 10} L-40,${H + 10} Z`, s.linear([
    [0, '#c9b28a'],
    [0.2, '#e5cf9f'],
    [1, '#f1dfb6'],
  ]));
  out += pathEl(smooth(sand), 'none', 'stroke="#b49a6e" stroke-width="26" opacity="0.55"');
  const foam: Pt[] = sand.map(([x, y]) => [x, y - 4 + s.r(-5, 5)]);
  out += pathEl(smooth(foam), 'none', 'stroke="#ffffff" stroke-width="9" stroke-linecap="round" opacity="0.95"');
  for (let i = 0; i < 60; i += 1) {
    const x = s.r(0, W);
    out += ellipse(x, shore(x) + s.r(6, 20), s.r(10, 40), s.r(2, 4), '#ffffff', 'opacity="0.6"');
  }
  // Footprint-like pebbles and ripples in the sand.
  for (let i = 0; i < 40; i += 1) {
    const x = s.r(0, W);
    const y = s.r(shore(x) + 60, H);
    out += pathEl(`M${f(x)},${f(y)} q30,-8 60,0`, 'none', 'stroke="#cdb487" stroke-width="3" opacity="0.6"');
  }
  return out + vignette(s, 0.2);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const coastlineWavesIllustration: DemoScene = { name: 'coastline-waves', alt: demoImageAlts['coastline-waves'], draw: coastScene };
