import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, darken, rect, poly, circle, line, pathEl, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, cloud, vignette, windows } from '../motifs';

const floodScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#6d7884'], [1, '#b9c0c6']]);
  for (let i = 0; i < 6; i += 1) out += cloud(s, s.r(0, W), s.r(60, 200), s.r(300, 500), '#8a949e', 0.6);
  const waterY = 585;
  // A row of houses, gable ends to the street.
  const houses: string[] = [];
  const reflections: string[] = [];
  let x = -40;
  while (x < W + 40) {
    const w = s.r(220, 300);
    const h = s.r(260, 340);
    const wall = s.pick(['#e9d8b4', '#d7b49a', '#c9d6df', '#f0e6d6', '#bfcfb8', '#e2c08d']);
    const roof = s.pick(['#7a4a3a', '#5f5f66', '#8a5a44']);
    const base = 760;
    let house = rect(x, base - h, w, h, wall) + poly([[x - 14, base - h + 4], [x + w / 2, base - h - w * 0.38], [x + w + 14, base - h + 4]], roof);
    house += windows(s, x + 24, base - h + 30, w - 48, h * 0.35, { cols: 2, rows: 1, lit: '#ffe6a8', dark: '#4a5866', p: 0.4, pad: 0.45 });
    house += windows(s, x + 24, base - h * 0.5, w - 48, h * 0.35, { cols: 2, rows: 1, lit: '#ffe6a8', dark: '#4a5866', p: 0.2, pad: 0.45 });
    house += rect(x + w / 2 - 24, base - 150, 48, 150, darken(wall, 0.45));
    house += rect(x + w * 0.7, base - h - w * 0.3, 26, 60, darken(roof, 0.2));
    houses.push(house);
    reflections.push(group(house, `transform="translate(0,${2 * waterY}) scale(1,-1)"`));
    x += w + s.r(10, 30);
  }
  out += houses.join('');
  // Lamp posts and a car roof poking out of the water.
  for (const lx of [360, 1040]) out += rect(lx, 420, 10, 340, '#2d3338') + rect(lx - 20, 410, 50, 14, '#2d3338');
  out += pathEl('M600,605 q20,-50 80,-54 l120,0 q60,4 80,54 Z', '#b23a48');
  // Flood water: muddy, opaque, with the street mirrored and broken by ripples.
  out += rect(0, waterY, W, H - waterY, '#6b6450');
  out += group(reflections.join(''), `opacity="0.35" clip-path="${s.clip(rect(0, waterY, W, H - waterY, '#fff'))}"`);
  out += rect(0, waterY, W, H - waterY, s.linear([[0, '#7a7158', 0.55], [1, '#4d4838', 0.8]]));
  for (let i = 0; i < 120; i += 1) {
    const y = waterY + 6 + Math.pow(s.rand(), 1.4) * (H - waterY);
    out += pathEl(`M${f(s.r(0, W))},${f(y)} q20,-5 40,0 t40,0`, 'none', `stroke="#c7c2ad" stroke-width="2" opacity="${f(s.r(0.2, 0.55))}"`);
  }
  out += rect(0, waterY - 3, W, 6, '#d8d3c0', 'opacity="0.5"');
  // Floating debris.
  out += rect(300, 740, 80, 16, '#8a6a44', 'transform="rotate(-8 340 748)"') + circle(1300, 800, 18, '#e76f51') + rect(900, 840, 60, 12, '#a68a5b');
  // Rain.
  for (let i = 0; i < 300; i += 1) {
    const rx = s.r(0, W);
    const ry = s.r(0, H);
    out += line([rx, ry], [rx - 6, ry + 30], '#e6ebef', 1.2, 'opacity="0.35"');
  }
  return out + vignette(s, 0.3);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const floodedStreetIllustration: DemoScene = { name: 'flooded-street', alt: demoImageAlts['flooded-street'], draw: floodScene };
