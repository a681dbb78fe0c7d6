import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, lerp, darken, rect, poly, circle, line, pathEl } from '../svg';
import { Scene, W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, vignette, windows, person, SKINS, HAIRS } from '../motifs';

/** A market stall: striped awning with scalloped edge, a trestle table and crates of produce. */
function stall(s: Scene, x: number, y: number, w: number, stripes: readonly [string, string]): string {
  const awningTop = y - 300;
  const awningBottom = y - 200;
  let out = rect(x + 6, awningTop, 8, 300, '#5a4632') + rect(x + w - 14, awningTop, 8, 300, '#5a4632');
  const n = 8;
  const sw = (w + 40) / n;
  for (let i = 0; i < n; i += 1) {
    const sx = x - 20 + i * sw;
    const c = i % 2 ? stripes[1] : stripes[0];
    out += poly([[sx + 10, awningTop], [sx + sw + 10, awningTop], [sx + sw, awningBottom], [sx, awningBottom]], c);
    out += pathEl(`M${f(sx)},${awningBottom} Q${f(sx + sw / 2)},${awningBottom + 34} ${f(sx + sw)},${awningBottom} Z`, c);
  }
  out += rect(x - 10, awningTop - 8, w + 40, 10, darken(stripes[0], 0.3));
  // Table and crates.
  out += rect(x - 10, y - 70, w + 20, 14, '#8a6a44') + rect(x, y - 56, 10, 56, '#5a4632') + rect(x + w - 10, y - 56, 10, 56, '#5a4632');
  out += rect(x - 10, y - 56, w + 20, 56, '#c9b08a', 'opacity="0.6"');
  const crates = Math.floor(w / 90);
  for (let i = 0; i < crates; i += 1) {
    const cx = x + 8 + i * ((w - 16) / crates);
    const cw = (w - 16) / crates - 8;
    const fruit = s.pick(['#f28c28', '#d62828', '#7cb518', '#ffd23f', '#6a4c93', '#2a9d3f']);
    for (let k = 0; k < 9; k += 1) out += circle(cx + 12 + (k % 5) * (cw - 20) / 4 + s.r(-3, 3), y - 80 - Math.floor(k / 5) * 14 - s.r(0, 4), 11, fruit) + circle(cx + 8 + (k % 5) * (cw - 20) / 4, y - 84 - Math.floor(k / 5) * 14, 3, '#ffffff', 'opacity="0.5"');
    out += rect(cx, y - 84, cw, 20, '#b5834e') + rect(cx, y - 78, cw, 3, '#8a5a2b');
  }
  return out;
}

const marketScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#8ec5e8'],
    [1, '#e7f2f7'],
  ]);
  // Row of town houses behind the market.
  let x = -20;
  while (x < W) {
    const w = s.r(150, 230);
    const h = s.r(300, 460);
    const c = s.pick(['#e9c46a', '#f4a261', '#e76f51', '#a8dadc', '#f1e3c8', '#cdb4db']);
    out += rect(x, 560 - h, w, h, c) + windows(s, x + 14, 580 - h, w - 28, h - 260, { cols: 3, rows: 3, lit: '#fff5dc', dark: '#4a5a6a', p: 0.2, pad: 0.5 });
    out += rect(x - 6, 560 - h - 12, w + 12, 14, darken(c, 0.25));
    x += w;
  }
  out += rect(0, 540, W, H - 540, s.linear([[0, '#b8aa95'], [1, '#9a8b76']]));
  for (let y = 560; y < H; y += 30) out += line([0, y], [W, y], '#8a7b66', 1.5, 'opacity="0.4"');
  // Back row of stalls, then shoppers, then a front row.
  const palettes: Array<readonly [string, string]> = [
    ['#e63946', '#fdfdfd'],
    ['#2a9d8f', '#fdfdfd'],
    ['#f4a261', '#fdfdfd'],
    ['#3d5a80', '#fdfdfd'],
    ['#6d597a', '#f1e3c8'],
  ];
  for (let i = 0; i < 5; i += 1) out += stall(s, 40 + i * 320, 650, 260, palettes[i % palettes.length] ?? ['#e63946', '#fff']);
  const people: Array<[number, number]> = [];
  for (let i = 0; i < 26; i += 1) people.push([s.r(0, W), s.r(680, 880)]);
  people.sort((a, b) => a[1] - b[1]);
  for (const [px, py] of people) {
    const h = lerp(170, 260, (py - 680) / 200);
    out += person(px, py, h, s.pick(['#264653', '#e76f51', '#2a9d8f', '#6d597a', '#e9c46a', '#3d5a80', '#bc4749']), s.pick(SKINS), s.pick(HAIRS));
    // Some carry shopping bags.
    if (s.chance(0.4)) out += rect(px + h * 0.12, py - h * 0.5, h * 0.12, h * 0.16, s.pick(['#f1e3c8', '#a7c957']));
  }
  // Bunting across the street.
  out += pathEl('M0,110 Q800,220 1600,100', 'none', 'stroke="#555" stroke-width="2"');
  for (let i = 0; i < 30; i += 1) {
    const t = i / 29;
    const bx = t * 1600;
    const by = (1 - t) * (1 - t) * 110 + 2 * (1 - t) * t * 220 + t * t * 100;
    out += poly([[bx - 16, by], [bx + 16, by], [bx, by + 34]], s.pick(['#e63946', '#2a9d8f', '#e9c46a', '#3d5a80']));
  }
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const marketStallsIllustration: DemoScene = { name: 'market-stalls', alt: demoImageAlts['market-stalls'], draw: marketScene };
