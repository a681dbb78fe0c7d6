import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { rect, poly } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, sun, ridgeFn, ridgeShape, vignette, peak } from '../motifs';

const mountainScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#3a3f78'],
    [0.35, '#9a6b9e'],
    [0.65, '#f1a384'],
    [0.85, '#ffd7a3'],
  ]);
  out += sun(s, 520, 520, 50, '#fff2d0', '#ffd29a', 5);
  // Far pale range, main snowy range, near forested ridge.
  out += ridgeShape(ridgeFn(s, 470, 50, 1.5), '#c49ab0', W, H, 'opacity="0.8"');
  const mains: Array<[number, number, number]> = [
    [180, 300, 330],
    [520, 230, 360],
    [880, 150, 420],
    [1240, 250, 360],
    [1520, 320, 300],
  ];
  for (const [x, y, half] of mains) out += peak(s, x + s.r(-20, 20), y, 640, half, '#6d6a97', y + 110, '#2a2b55');
  out += rect(0, 560, W, 120, s.linear([[0, '#f1a384', 0], [1, '#f1a384', 0.35]]));
  for (const [x, y, half] of [[340, 480, 260], [1050, 450, 300]] as const) out += peak(s, x, y, 700, half, '#4c4a78', y + 40, '#24234a');
  const near = ridgeFn(s, 690, 40);
  out += ridgeShape(near, '#27304f');
  // Pines along the near ridge.
  for (let x = 0; x < W; x += s.r(12, 26)) {
    const y = near(x) + s.r(0, 30);
    const h = s.r(40, 90);
    out += poly([[x, y - h], [x - h * 0.22, y], [x + h * 0.22, y]], '#1b2340');
  }
  out += rect(0, 780, W, 120, s.linear([[0, '#1b2340'], [1, '#111830']]));
  return out + vignette(s, 0.25);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const mountainRangeIllustration: DemoScene = { name: 'mountain-range', alt: demoImageAlts['mountain-range'], draw: mountainScene };
