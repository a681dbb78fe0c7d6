import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, rect, poly, circle, pathEl } from '../svg';
import { W, type SceneFn, type DemoScene } from '../scene';
import { sky, sun, ridgeFn, ridgeShape, cloud, vignette } from '../motifs';

function turbine(x: number, y: number, h: number, angle: number, colour: string, shade: string): string {
  const hub: Pt = [x, y - h];
  const bw = h * 0.035;
  let out = poly([[x - bw, y], [x + bw, y], [x + bw * 0.45, hub[1]], [x - bw * 0.45, hub[1]]], colour);
  out += poly([[x + bw * 0.1, y], [x + bw, y], [x + bw * 0.45, hub[1]], [x + bw * 0.1, hub[1]]], shade, 'opacity="0.5"');
  out += rect(x - h * 0.03, hub[1] - h * 0.035, h * 0.11, h * 0.06, colour);
  const len = h * 0.62;
  for (let k = 0; k < 3; k += 1) {
    const a = angle + k * 120;
    const blade = `M0,0 C${f(len * 0.1)},${f(-h * 0.03)} ${f(len * 0.6)},${f(-h * 0.025)} ${f(len)},0 C${f(len * 0.6)},${f(h * 0.008)} ${f(len * 0.1)},${f(h * 0.02)} 0,0 Z`;
    out += pathEl(blade, colour, `transform="translate(${f(hub[0])},${f(hub[1])}) rotate(${f(a)})"`);
  }
  out += circle(hub[0], hub[1], h * 0.028, shade);
  return out;
}

const turbineScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#2e3a6b'],
    [0.4, '#8e5a86'],
    [0.7, '#f08a5d'],
    [0.9, '#ffc46b'],
  ]);
  out += sun(s, 1080, 640, 80, '#ffe2a0', '#ffb061', 4);
  out += cloud(s, 380, 220, 420, '#c77a8c', 0.5) + cloud(s, 1300, 150, 300, '#b3728f', 0.45);
  const far = ridgeFn(s, 640, 40);
  out += ridgeShape(far, '#8c4f6d');
  const ridge = ridgeFn(s, 650, 110, 0.7);
  // Far turbines on the distant ridge, hazy.
  for (let x = 120; x < W; x += s.r(170, 240)) out += turbine(x, far(x) + 4, s.r(110, 140), s.r(0, 120), '#c98a93', '#8c4f6d');
  out += ridgeShape(ridge, '#4a2d4e');
  const positions = [210, 560, 900, 1280];
  for (const x of positions) {
    const h = s.r(330, 420);
    out += turbine(x, ridge(x) + 6, h, s.r(0, 120), '#f3e6e4', '#9f7e8d');
  }
  out += ridgeShape(ridgeFn(s, 820, 40), '#2c1c33');
  return out + vignette(s, 0.3);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const windTurbinesIllustration: DemoScene = { name: 'wind-turbines', alt: demoImageAlts['wind-turbines'], draw: turbineScene };
