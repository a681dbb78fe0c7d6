import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, lerp, rect, poly, circle, ellipse, group } from '../svg';
import { W, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, stars } from '../motifs';

const nightScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#050818'],
    [0.55, '#13214a'],
    [0.82, '#27406e'],
    [0.9, '#3b5a7f'],
  ]);
  // The Milky Way: a diagonal glow with denser stars along it.
  let band = '';
  for (let i = 0; i < 30; i += 1) {
    const t = i / 29;
    band += ellipse(lerp(200, 1450, t) + s.r(-40, 40), lerp(720, 40, t) + s.r(-40, 40), s.r(80, 160), s.r(40, 80), s.pick(['#8f9fd6', '#c7b8e8', '#a7c4e8']), `opacity="${f(s.r(0.12, 0.25))}"`);
  }
  out += group(band, `filter="${s.blur(30)}"`);
  for (let i = 0; i < 500; i += 1) {
    const t = s.rand();
    const x = lerp(200, 1450, t) + (s.rand() - 0.5) * 260;
    const y = lerp(720, 40, t) + (s.rand() - 0.5) * 200;
    out += circle(x, y, s.r(0.4, 1.3), '#ffffff', `opacity="${f(s.r(0.3, 0.9))}"`);
  }
  out += stars(s, 380, 760);
  // Bright stars with a soft glow.
  for (let i = 0; i < 12; i += 1) {
    const x = s.r(40, W - 40);
    const y = s.r(20, 560);
    out += circle(x, y, 16, s.radialAbs([[0, '#ffffff', 0.7], [1, '#ffffff', 0]], x, y, 16)) + circle(x, y, 2.6, '#ffffff');
  }
  out += circle(1320, 170, 46, '#f6f1da') + circle(1342, 160, 44, '#0b1430');
  // Dark hills with pines and one lit cabin window.
  const hills = ridgeFn(s, 730, 60);
  out += ridgeShape(ridgeFn(s, 700, 50, 1.3), '#101a33');
  out += ridgeShape(hills, '#070c1c');
  for (let x = 0; x < W; x += s.r(10, 30)) {
    if (x > 980 && x < 1120) continue;
    const y = hills(x) + 6;
    const h = s.r(40, 120);
    out += poly([[x, y - h], [x - h * 0.2, y], [x + h * 0.2, y]], '#050914');
  }
  const cy = hills(1050);
  out += rect(1010, cy - 50, 90, 56, '#050914') + poly([[1000, cy - 48], [1055, cy - 86], [1110, cy - 48]], '#050914');
  out += rect(1040, cy - 34, 20, 16, '#ffcf6b') + circle(1050, cy - 26, 40, s.radialAbs([[0, '#ffcf6b', 0.35], [1, '#ffcf6b', 0]], 1050, cy - 26, 40));
  return out;
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const nightSkyIllustration: DemoScene = { name: 'night-sky', alt: demoImageAlts['night-sky'], draw: nightScene };
