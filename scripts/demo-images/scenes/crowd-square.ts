import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, lerp, darken, rect, poly, circle, line, pathEl } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, vignette, windows, person, SKINS, HAIRS } from '../motifs';

const crowdScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#7fb0d8'], [1, '#dbe8f0']]);
  // Buildings closing the square, with a clock tower in the middle.
  const horizon = 430;
  let x = -10;
  while (x < W) {
    const w = s.r(140, 220);
    const h = s.r(180, 280);
    const c = s.pick(['#e6d3b3', '#d9b99b', '#c9c2b4', '#e8c9a0', '#bfb6a8']);
    out += rect(x, horizon - h, w, h, c) + rect(x - 4, horizon - h - 10, w + 8, 12, darken(c, 0.2));
    out += windows(s, x + 12, horizon - h + 20, w - 24, h - 70, { cols: 4, rows: 4, lit: '#f6e7c8', dark: '#5d6670', p: 0.1, pad: 0.5 });
    out += rect(x, horizon - 50, w, 50, darken(c, 0.15));
    for (let k = 0; k < 3; k += 1) out += pathEl(`M${f(x + 14 + k * (w - 28) / 3)},${horizon} l0,-30 a${f((w - 28) / 8)},${f((w - 28) / 8)} 0 0 1 ${f((w - 28) / 4)},0 l0,30 Z`, darken(c, 0.4));
    x += w;
  }
  out += rect(740, 90, 120, 340, '#cdb58f') + poly([[728, 92], [800, 20], [872, 92]], '#6d7b86') + circle(800, 150, 38, '#fbf7ee', 'stroke="#5d5347" stroke-width="5"') + line([800, 150], [800, 124], '#333', 4) + line([800, 150], [820, 158], '#333', 4);
  // Paving in perspective.
  out += rect(0, horizon, W, H - horizon, s.linear([[0, '#c9bda8'], [1, '#a99d88']]));
  for (let k = -20; k <= 20; k += 1) out += line([800 + k * 40, horizon], [800 + k * 220, H], '#b3a793', 2, 'opacity="0.6"');
  // The crowd: figures scaled by distance, drawn back to front, a few holding placards and flags.
  const people: Array<[number, number]> = [];
  for (let i = 0; i < 200; i += 1) {
    const t = Math.pow(s.rand(), 0.8);
    people.push([s.r(-40, W + 40), lerp(horizon + 10, H + 120, t)]);
  }
  people.sort((a, b) => a[1] - b[1]);
  for (const [px, py] of people) {
    const h = lerp(50, 330, (py - horizon) / (H + 120 - horizon));
    out += person(px, py, h, s.pick(['#264653', '#e76f51', '#2a9d8f', '#6d597a', '#e9c46a', '#3d5a80', '#bc4749', '#457b9d', '#f4a261']), s.pick(SKINS), s.pick(HAIRS));
    if (s.chance(0.05)) {
      out += line([px + h * 0.12, py - h * 0.7], [px + h * 0.12, py - h * 1.25], '#5a4632', Math.max(1.5, h * 0.015));
      out += rect(px + h * 0.12 - h * 0.18, py - h * 1.45, h * 0.36, h * 0.22, s.pick(['#fdfdfd', '#ffd23f', '#e63946']));
    }
  }
  return out + vignette(s, 0.25);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const crowdSquareIllustration: DemoScene = { name: 'crowd-square', alt: demoImageAlts['crowd-square'], draw: crowdScene };
