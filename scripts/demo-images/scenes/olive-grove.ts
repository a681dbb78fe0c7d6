import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lerp, rect, ellipse, line, pathEl, smooth } from '../svg';
import { Scene, W, type SceneFn, type DemoScene } from '../scene';
import { sky, sun, ridgeFn, ridgeShape, vignette } from '../motifs';

/** An olive tree: twisted trunk, silvery-green crown of small clusters. */
function oliveTree(s: Scene, x: number, y: number, scale: number): string {
  const trunk = `M${f(x - 14 * scale)},${f(y)} C${f(x - 30 * scale)},${f(y - 40 * scale)} ${f(x + 10 * scale)},${f(y - 60 * scale)} ${f(x - 6 * scale)},${f(y - 100 * scale)} L${f(x + 12 * scale)},${f(y - 100 * scale)} C${f(x + 26 * scale)},${f(y - 60 * scale)} ${f(x - 2 * scale)},${f(y - 40 * scale)} ${f(x + 18 * scale)},${f(y)} Z`;
  let out = ellipse(x + 30 * scale, y + 4 * scale, 110 * scale, 16 * scale, '#6b5a2a', 'opacity="0.35"');
  out += pathEl(trunk, '#6d6256');
  out += line([x, y - 90 * scale], [x - 50 * scale, y - 140 * scale], '#6d6256', 8 * scale) + line([x + 4 * scale, y - 90 * scale], [x + 50 * scale, y - 150 * scale], '#6d6256', 8 * scale);
  const greens = ['#7d8f4e', '#8fa05c', '#a4b07a', '#6b7b47', '#b5c08e'];
  for (let i = 0; i < 26; i += 1) {
    const a = s.r(0, Math.PI * 2);
    const d = Math.sqrt(s.rand());
    out += ellipse(x + Math.cos(a) * d * 110 * scale, y - 160 * scale + Math.sin(a) * d * 55 * scale, s.r(22, 36) * scale, s.r(14, 22) * scale, s.pick(greens));
  }
  for (let i = 0; i < 12; i += 1) out += ellipse(x + s.r(-80, 60) * scale, y - s.r(170, 210) * scale, 10 * scale, 5 * scale, '#d2dab4', 'opacity="0.7"');
  return out;
}

const oliveScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#4f9fd8'], [0.6, '#bfe0f0'], [0.8, '#f6ecd2']]);
  out += sun(s, 1320, 130, 60, '#fffbe6', '#fff0b8', 4);
  out += ridgeShape(ridgeFn(s, 360, 40), '#a9b8a0');
  // The hillside rising to the right, with terraced contour walls.
  const hill = (x: number) => 640 - x * 0.2 + 20 * Math.sin(x * 0.004);
  out += ridgeShape(hill, s.linear([[0, '#d9b866'], [1, '#b8913e']]));
  for (let k = 1; k < 7; k += 1) {
    const row: Pt[] = [];
    for (let x = -40; x <= W + 40; x += 40) row.push([x, hill(x) + k * k * 10]);
    out += pathEl(smooth(row), 'none', `stroke="#a88544" stroke-width="${f(2 + k)}" opacity="0.6"`);
  }
  // Trees in staggered rows, far to near.
  for (let k = 1; k < 7; k += 1) {
    const scale = lerp(0.35, 1.4, (k - 1) / 5);
    const step = 260 * scale + 60;
    for (let x = (k % 2) * step * 0.5 - 40; x < W + 100; x += step) {
      const y = hill(x) + k * k * 10 + 6;
      out += oliveTree(s, x + s.r(-20, 20), y, scale * s.r(0.9, 1.1));
    }
  }
  // Dry-stone wall along the front.
  let wall = '';
  for (let x = -20; x < W; x += s.r(40, 70)) wall += ellipse(x, 860 + s.r(-6, 6), s.r(26, 40), s.r(16, 22), s.pick(['#c9bfa8', '#b3a88f', '#d8cfb8']), 'stroke="#8f846d" stroke-width="2"');
  out += rect(0, 860, W, 40, '#8f846d') + wall;
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const oliveGroveIllustration: DemoScene = { name: 'olive-grove', alt: demoImageAlts['olive-grove'], draw: oliveScene };
