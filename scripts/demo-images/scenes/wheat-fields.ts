import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lighten, darken, rect, poly, circle, ellipse, line, pathEl, group, smooth } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, cloud, vignette } from '../motifs';

/** One wheat stalk with a bearded ear. */
function wheatStalk(x: number, y: number, h: number, lean: number, colour: string): string {
  const top: Pt = [x + lean, y - h];
  let out = pathEl(`M${f(x)},${f(y)} Q${f(x + lean * 0.3)},${f(y - h * 0.5)} ${f(top[0])},${f(top[1])}`, 'none', `stroke="${darken(colour, 0.15)}" stroke-width="${f(h * 0.012 + 1)}"`);
  const grains = 7;
  const g = h * 0.035;
  const angle = (Math.atan2(lean, h) * 180) / Math.PI;
  let ear = '';
  for (let i = 0; i < grains; i += 1) {
    const gy = -i * g * 1.3;
    ear += ellipse(-g * 0.55, gy, g * 0.55, g, colour, `transform="rotate(-20 ${f(-g * 0.55)} ${f(gy)})"`);
    ear += ellipse(g * 0.55, gy - g * 0.5, g * 0.55, g, lighten(colour, 0.12), `transform="rotate(20 ${f(g * 0.55)} ${f(gy - g * 0.5)})"`);
    ear += line([0, gy - g], [(i % 2 ? 1 : -1) * g * 1.4, gy - g * 3.2], lighten(colour, 0.25), 0.9);
  }
  out += group(ear, `transform="translate(${f(top[0])},${f(top[1])}) rotate(${f(angle)})"`);
  return out;
}

const wheatScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#3f86c9'],
    [0.55, '#9cc9ea'],
    [0.75, '#e6f1f5'],
  ]);
  out += cloud(s, 420, 170, 360, '#ffffff', 0.95) + cloud(s, 1180, 230, 280, '#ffffff', 0.9) + cloud(s, 860, 90, 200, '#ffffff', 0.7);
  out += ridgeShape(ridgeFn(s, 440, 30), '#8fa7a0');
  // A line of trees and a farmhouse on the far hill.
  const far = ridgeFn(s, 480, 40);
  for (let x = 60; x < 700; x += s.r(18, 40)) out += circle(x, far(x) - 10, s.r(12, 22), '#4f6f46');
  out += ridgeShape(far, '#d8b45a');
  const houseX = 1100;
  const hy = far(houseX);
  out += rect(houseX, hy - 50, 80, 50, '#f1e6d2') + poly([[houseX - 8, hy - 48], [houseX + 40, hy - 82], [houseX + 88, hy - 48]], '#9c3d2e') + rect(houseX + 30, hy - 28, 16, 28, '#6e4b33');
  out += rect(houseX + 110, hy - 70, 26, 70, '#b8b0a0') + ellipse(houseX + 123, hy - 70, 13, 6, '#8f877a');
  // Rolling fields, each a warmer gold, with drill lines following the contour.
  const fields = [
    { base: 560, amp: 50, colour: '#e3bb5c' },
    { base: 660, amp: 60, colour: '#d9a945' },
    { base: 770, amp: 50, colour: '#c99233' },
  ];
  for (const field of fields) {
    const fn = ridgeFn(s, field.base, field.amp);
    out += ridgeShape(fn, field.colour);
    for (let k = 1; k < 9; k += 1) {
      const off = k * k * 3.5;
      const row: Pt[] = [];
      for (let x = -40; x <= W + 40; x += 40) row.push([x, fn(x) + off]);
      out += pathEl(smooth(row), 'none', `stroke="${darken(field.colour, 0.12)}" stroke-width="${f(1 + k * 0.3)}" opacity="0.5"`);
    }
  }
  // Foreground stalks.
  let stalks = '';
  for (let i = 0; i < 110; i += 1) {
    const x = s.r(-20, W + 20);
    stalks += wheatStalk(x, H + 20, s.r(140, 260), s.r(-30, 30), s.pick(['#e8c25e', '#f0cf72', '#d9ac48']));
  }
  out += stalks;
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const wheatFieldsIllustration: DemoScene = { name: 'wheat-fields', alt: demoImageAlts['wheat-fields'], draw: wheatScene };
