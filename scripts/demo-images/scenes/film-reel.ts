import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, darken, rect, poly, circle, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const filmReelScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#2b1a24'], [1, '#140c12']]));
  out += circle(620, 380, 620, s.radialAbs([[0, '#a0483e', 0.6], [1, '#a0483e', 0]], 620, 380, 620));
  // Film strip: frames laid along a curve coming off the reel.
  const path = (t: number): Pt => {
    const p0: Pt = [700, 620];
    const p1: Pt = [1000, 930];
    const p2: Pt = [1650, 420];
    const u = 1 - t;
    return [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]];
  };
  const frameW = 150;
  const stripH = 170;
  let t = 0.05;
  const framePictures = [
    ['#f4a261', '#e76f51'],
    ['#8ecae6', '#219ebc'],
    ['#e9c46a', '#2a9d8f'],
    ['#cdb4db', '#6d597a'],
    ['#ffd6a5', '#bc6c25'],
    ['#a8dadc', '#457b9d'],
  ] as const;
  let k = 0;
  let strip = '';
  while (t < 1) {
    const a = path(t);
    const b = path(Math.min(1, t + 0.01));
    const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    const [c1, c2] = framePictures[k % framePictures.length] ?? ['#fff', '#000'];
    let fr = rect(-frameW / 2, -stripH / 2, frameW + 2, stripH, '#1b1b1b');
    for (let i = 0; i < 5; i += 1) {
      fr += rect(-frameW / 2 + 10 + i * 28, -stripH / 2 + 8, 14, 16, '#e9dfc8', 'rx="3"');
      fr += rect(-frameW / 2 + 10 + i * 28, stripH / 2 - 24, 14, 16, '#e9dfc8', 'rx="3"');
    }
    fr += rect(-frameW / 2 + 10, -stripH / 2 + 34, frameW - 20, stripH - 68, s.linear([[0, c1], [1, c2]]));
    fr += circle(-frameW / 2 + 40 + (k % 3) * 20, -10, 14, '#fff7e0', 'opacity="0.85"');
    fr += poly([[-frameW / 2 + 10, stripH / 2 - 34], [-frameW / 2 + 60, -2], [-frameW / 2 + 100, stripH / 2 - 34]], darken(c2, 0.3), 'opacity="0.7"');
    strip += group(fr, `transform="translate(${f(a[0])},${f(a[1])}) rotate(${f(angle)})"`);
    // Advance by roughly one frame width along the curve.
    let step = 0.005;
    while (step < 0.5) {
      const q = path(t + step);
      if (Math.hypot(q[0] - a[0], q[1] - a[1]) >= frameW) break;
      step += 0.005;
    }
    t += step;
    k += 1;
  }
  // The reel: a metal disc with six round cut-outs showing the wound film, and a hub.
  const rx = 560;
  const ry = 400;
  const rr = 330;
  out += circle(rx + 20, ry + 30, rr, '#000000', 'opacity="0.35" filter="' + s.blur(20) + '"');
  out += circle(rx, ry, rr, s.linear([[0, '#d9dde0'], [0.5, '#a8afb5'], [1, '#6e767d']], 0, 0, 1, 1));
  out += circle(rx, ry, rr - 16, 'none', 'stroke="#8a9299" stroke-width="4"');
  out += circle(rx, ry, 250, '#2a1d18');
  for (let i = 0; i < 10; i += 1) out += circle(rx, ry, 250 - i * 14, 'none', 'stroke="#3d2a22" stroke-width="2"');
  // Cut-outs are drawn as openings onto the film wound beneath.
  let spokes = '';
  const holeR = 82;
  for (let i = 0; i < 6; i += 1) {
    const a = (i * Math.PI) / 3 + 0.3;
    const hx = rx + Math.cos(a) * 195;
    const hy = ry + Math.sin(a) * 195;
    spokes += circle(hx, hy, holeR, '#000');
  }
  const mask = s.id('mk');
  s.defs.push(`<mask id="${mask}"><rect width="${W}" height="${H}" fill="#fff"/>${spokes}<circle cx="${rx}" cy="${ry}" r="250" fill="#000"/></mask>`);
  out += group(circle(rx, ry, rr - 30, s.linear([[0, '#e6eaed'], [0.5, '#b8bfc5'], [1, '#7d858c']], 0, 0, 1, 1)), `mask="url(#${mask})"`);
  // Inner face between the holes, and the hub.
  const inner = s.id('mi');
  s.defs.push(`<mask id="${inner}"><circle cx="${rx}" cy="${ry}" r="250" fill="#fff"/>${spokes}</mask>`);
  out += group(circle(rx, ry, 250, s.linear([[0, '#d9dde0'], [1, '#8a9299']], 0, 0, 1, 1)), `mask="url(#${inner})"`);
  out += circle(rx, ry, 60, '#6e767d') + circle(rx, ry, 30, '#2a2a2a') + rect(rx - 6, ry - 40, 12, 16, '#2a2a2a');
  return out + strip + vignette(s, 0.35);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const filmReelIllustration: DemoScene = { name: 'film-reel', alt: demoImageAlts['film-reel'], draw: filmReelScene };
