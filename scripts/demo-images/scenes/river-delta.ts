import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, clamp, rect, poly, ellipse, pathEl, group, smooth } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const deltaScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([
    [0, '#b9ad74'],
    [1, '#cfc08a'],
  ]));
  // Patches of vegetation and farmland, softened.
  // Farmland seen from the air: a slightly skewed patchwork of fields.
  let patches = '';
  for (let gx = -1; gx < 14; gx += 1) {
    for (let gy = 0; gy < 8; gy += 1) {
      const x = gx * 120 + gy * 14 + s.r(-6, 6);
      const y = gy * 95 + s.r(-6, 6);
      patches += poly([[x + 4, y + 4], [x + 116, y + 4 + s.r(-5, 5)], [x + 118, y + 90], [x + 6, y + 92]], s.pick(['#8fa35c', '#a3ad68', '#7b9450', '#c2b779', '#b5a866', '#6f8a4a']), `opacity="${f(s.r(0.35, 0.7))}"`);
    }
  }
  out += group(patches, `filter="${s.blur(1.5)}"`);
  // The sea along the bottom, with a scalloped coastline.
  const coast = (x: number) => 690 + 28 * Math.sin(x * 0.006) + 14 * Math.sin(x * 0.017 + 1);
  const channels: string[] = [];
  const banks: string[] = [];
  const fans: string[] = [];
  // The river meanders south, then splits again and again as it slows, fanning out towards the sea.
  const splitAt = [300, 420, 520, 610];
  const branch = (x: number, y: number, angle: number, width: number, depth: number): void => {
    const points: Pt[] = [[x, y]];
    let cx = x;
    let cy = y;
    let a = angle;
    const stopY = splitAt[depth] ?? Infinity;
    while (cy < stopY && cy < coast(cx) + 6) {
      a += s.r(-0.25, 0.25) + (angle - a) * 0.3;
      a = clamp(a, Math.PI * 0.15, Math.PI * 0.85);
      cx += Math.cos(a) * 30;
      cy += Math.sin(a) * 30;
      points.push([cx, cy]);
    }
    const d = smooth(points);
    banks.push(pathEl(d, 'none', `stroke="#4d7040" stroke-width="${f(width + 26)}" stroke-linecap="round" opacity="0.75"`));
    channels.push(pathEl(d, 'none', `stroke="#3c7fa6" stroke-width="${f(width)}" stroke-linecap="round"`));
    channels.push(pathEl(d, 'none', `stroke="#7cc0d8" stroke-width="${f(width * 0.3)}" stroke-linecap="round" opacity="0.55"`));
    if (cy >= coast(cx) + 6) {
      fans.push(ellipse(cx, coast(cx) + 16, 30 + width * 3, 18, '#cfe3c6', 'opacity="0.5"'));
      return;
    }
    const n = depth === 0 ? 3 : 2;
    const spread = depth === 0 ? 0.55 : 0.32;
    for (let k = 0; k < n; k += 1) branch(cx, cy, angle + (k - (n - 1) / 2) * spread * s.r(0.8, 1.2), width * 0.7, depth + 1);
  };
  branch(700, -20, Math.PI / 2, 40, 0);
  out += group(banks.join(''), `filter="${s.blur(6)}"`);
  const coastPts: Pt[] = [];
  for (let x = -40; x <= W + 40; x += 40) coastPts.push([x, coast(x)]);
  out += pathEl(`${smooth(coastPts)} L${W + 40},${H + 10} L-40,${H + 10} Z`, s.linear([
    [0, '#5fb0b8'],
    [0.3, '#2f8aa8'],
    [1, '#17557f'],
  ]));
  out += group(fans.join(''), `filter="${s.blur(10)}"`);
  out += channels.join('');
  out += pathEl(smooth(coastPts), 'none', 'stroke="#e8dcae" stroke-width="6" opacity="0.6"');
  // Sediment plumes spreading into the sea.
  let plumes = '';
  for (let i = 0; i < 8; i += 1) {
    const x = s.r(250, 1250);
    plumes += ellipse(x, coast(x) + s.r(30, 70), s.r(80, 160), s.r(15, 30), '#a9d1c0', 'opacity="0.3"');
  }
  out += group(plumes, `filter="${s.blur(20)}"`);
  return out + vignette(s, 0.25);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const riverDeltaIllustration: DemoScene = { name: 'river-delta', alt: demoImageAlts['river-delta'], draw: deltaScene };
