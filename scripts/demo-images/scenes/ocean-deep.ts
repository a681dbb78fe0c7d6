import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, poly, circle, ellipse, pathEl, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, vignette } from '../motifs';

const oceanScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#5fc3e4'],
    [0.18, '#1f7fb8'],
    [0.55, '#0d4a86'],
    [1, '#041a3a'],
  ]);
  // Rippled surface seen from below.
  for (let i = 0; i < 40; i += 1) {
    out += ellipse(s.r(0, W), s.r(0, 60), s.r(40, 120), s.r(4, 10), '#c9f1ff', `opacity="${f(s.r(0.2, 0.5))}"`);
  }
  // Shafts of sunlight fanning down from the surface.
  const rays: string[] = [];
  for (let i = 0; i < 11; i += 1) {
    const x = s.r(200, 1400);
    const spread = s.r(0.15, 0.35);
    const w = s.r(20, 70);
    rays.push(poly([[x - w, -10], [x + w, -10], [x + w + 900 * spread + 150, H], [x - w + 900 * spread - 80, H]], '#d8f4ff', `opacity="${f(s.r(0.06, 0.16))}"`));
  }
  out += group(rays.join(''), `filter="${s.blur(12)}"`);
  // A school of small fish in silhouette.
  const cx = 1050;
  const cy = 520;
  for (let i = 0; i < 60; i += 1) {
    const a = s.r(0, Math.PI * 2);
    const d = Math.pow(s.rand(), 0.6) * 260;
    const x = cx + Math.cos(a) * d * 1.3;
    const y = cy + Math.sin(a) * d * 0.5;
    const size = s.r(10, 18);
    out += group(ellipse(0, 0, size, size * 0.38, '#0a2f5c') + poly([[-size * 0.8, 0], [-size * 1.5, -size * 0.5], [-size * 1.5, size * 0.5]], '#0a2f5c'), `transform="translate(${f(x)},${f(y)}) rotate(${f(s.r(-8, 8))})" opacity="0.8"`);
  }
  // Rising bubbles and floating particles.
  for (let i = 0; i < 70; i += 1) {
    const x = s.r(100, 600);
    const y = s.r(200, 880);
    out += circle(x, y, s.r(2, 9), 'none', `stroke="#bdeaff" stroke-width="1.5" opacity="${f(s.r(0.3, 0.7))}"`);
  }
  for (let i = 0; i < 200; i += 1) out += circle(s.r(0, W), s.r(0, H), s.r(0.6, 1.8), '#cfefff', `opacity="${f(s.r(0.1, 0.45))}"`);
  // Dark sea floor silhouette with a few weeds.
  out += ridgeShape(ridgeFn(s, 850, 40), '#03122a');
  for (let i = 0; i < 14; i += 1) {
    const x = s.r(0, W);
    const hgt = s.r(60, 180);
    out += pathEl(`M${f(x)},900 Q${f(x + s.r(-40, 40))},${f(900 - hgt / 2)} ${f(x + s.r(-20, 20))},${f(900 - hgt)}`, 'none', `stroke="#062447" stroke-width="${f(s.r(4, 9))}" stroke-linecap="round"`);
  }
  return out + vignette(s, 0.35);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const oceanDeepIllustration: DemoScene = { name: 'ocean-deep', alt: demoImageAlts['ocean-deep'], draw: oceanScene };
