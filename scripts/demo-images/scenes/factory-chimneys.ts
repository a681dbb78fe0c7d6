import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, lerp, mix, darken, rect, poly, circle, ellipse, line, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, vignette, windows } from '../motifs';

const factoryScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#7d8389'], [0.7, '#b4b8bb'], [1, '#c9cbcc']]);
  const ground = 720;
  // Chimneys with red and white bands, each trailing a plume that drifts right.
  const chimneys = [
    { x: 380, top: 120, w: 56 },
    { x: 560, top: 180, w: 48 },
    { x: 1180, top: 90, w: 64 },
  ];
  let plumes = '';
  for (const c of chimneys) {
    for (let k = 0; k < 14; k += 1) {
      const t = k / 13;
      const grey = mix(s.pick(['#5f6468', '#6d7276', '#7a7f83']), '#c9cbcc', t * 0.7);
      plumes += circle(c.x + 10 + t * 720 + s.r(-12, 12), c.top - 30 - Math.sqrt(t) * 80 + s.r(-12, 12), lerp(32, 120, t), grey, `opacity="${f(lerp(0.95, 0.45, t))}"`);
    }
  }
  out += group(plumes, `filter="${s.blur(7)}"`);
  out += ridgeShape(ridgeFn(s, 600, 20), '#9a9ea1');
  for (const c of chimneys) {
    out += poly([[c.x - c.w / 2, c.top], [c.x + c.w / 2, c.top], [c.x + c.w * 0.7, ground], [c.x - c.w * 0.7, ground]], s.linear([[0, '#7e7b78'], [0.5, '#a6a19b'], [1, '#6b6865']], 0, 0, 1, 0));
    for (const b of [0, 1]) {
      const y = c.top + 20 + b * 60;
      out += poly([[c.x - c.w / 2 - b * 2, y], [c.x + c.w / 2 + b * 2, y], [c.x + c.w / 2 + b * 2 + 2, y + 30], [c.x - c.w / 2 - b * 2 - 2, y + 30]], b ? '#f1f1ef' : '#b5403a');
    }
    out += rect(c.x - c.w / 2 - 4, c.top - 8, c.w + 8, 10, '#4f4c49');
    for (let y = c.top + 120; y < ground - 20; y += 18) out += line([c.x + c.w * 0.15, y], [c.x + c.w * 0.3, y], '#4f4c49', 2);
  }
  // Sawtooth-roofed sheds, tanks and a fence.
  const sawtooth = (x0: number, w: number, h: number, colour: string): string => {
    let sh = rect(x0, ground - h, w, h, colour);
    for (let x = x0; x < x0 + w; x += 60) sh += poly([[x, ground - h], [x, ground - h - 40], [x + 60, ground - h]], darken(colour, 0.15)) + poly([[x + 2, ground - h - 4], [x + 2, ground - h - 36], [x + 10, ground - h - 30], [x + 10, ground - h - 8]], '#c9d8e0');
    sh += windows(s, x0 + 20, ground - h + 30, w - 40, h - 60, { cols: Math.floor(w / 50), rows: 2, lit: '#ffd27a', dark: '#3e4348', p: 0.25, pad: 0.35 });
    return sh;
  };
  out += sawtooth(80, 600, 180, '#8a4a3a') + sawtooth(820, 720, 160, '#7a5042');
  out += rect(660, ground - 260, 180, 260, '#6a6f74') + windows(s, 680, ground - 240, 140, 200, { cols: 3, rows: 5, lit: '#ffd27a', dark: '#3e4348', p: 0.3, pad: 0.4 });
  for (const tx of [1380, 1500]) out += rect(tx - 50, ground - 170, 100, 170, s.linear([[0, '#c9cbcc'], [1, '#8c9196']], 0, 0, 1, 0)) + ellipse(tx, ground - 170, 50, 14, '#dcdedf');
  out += rect(0, ground, W, H - ground, s.linear([[0, '#5f605e'], [1, '#3f403e']]));
  for (let x = 0; x < W; x += 24) out += line([x, ground + 40], [x, ground + 90], '#2f302f', 2);
  out += line([0, ground + 46], [W, ground + 46], '#2f302f', 2) + line([0, ground + 70], [W, ground + 70], '#2f302f', 2);
  return out + vignette(s, 0.3);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const factoryChimneysIllustration: DemoScene = { name: 'factory-chimneys', alt: demoImageAlts['factory-chimneys'], draw: factoryScene };
