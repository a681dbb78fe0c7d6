import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { lighten, darken, rect, circle, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const forestScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, '#1f3a24');
  const greens = ['#2f6b3a', '#3f7f45', '#4f8f4f', '#5d9b4a', '#356f47', '#6aa85a', '#2a5e3a'];
  // Crowns on a jittered grid; each is a cluster of lobes lit from the upper left, with a shadow.
  const crowns: Array<{ x: number; y: number; r: number; c: string }> = [];
  for (let gy = -1; gy < 12; gy += 1) {
    for (let gx = -1; gx < 20; gx += 1) {
      crowns.push({ x: gx * 88 + (gy % 2) * 44 + s.r(-25, 25), y: gy * 82 + s.r(-25, 25), r: s.r(42, 70), c: s.chance(0.05) ? s.pick(['#b5a23a', '#c47a2c']) : s.pick(greens) });
    }
  }
  crowns.sort((a, b) => a.r - b.r);
  let shadows = '';
  for (const c of crowns) shadows += circle(c.x + 16, c.y + 18, c.r * 1.05, '#0c1f12', 'opacity="0.7"');
  out += group(shadows, `filter="${s.blur(8)}"`);
  for (const c of crowns) {
    const fill = s.radial([[0, lighten(c.c, 0.35)], [0.55, c.c], [1, darken(c.c, 0.35)]], 0.35, 0.3, 0.75);
    let crown = '';
    const lobes = s.int(5, 8);
    for (let k = 0; k < lobes; k += 1) {
      const a = (k / lobes) * Math.PI * 2 + s.r(0, 0.5);
      crown += circle(c.x + Math.cos(a) * c.r * 0.45, c.y + Math.sin(a) * c.r * 0.45, c.r * s.r(0.5, 0.65), fill);
    }
    crown += circle(c.x, c.y, c.r * 0.6, fill);
    out += crown;
    for (let k = 0; k < 5; k += 1) out += circle(c.x - c.r * 0.3 + s.r(-10, 10), c.y - c.r * 0.3 + s.r(-10, 10), s.r(3, 8), lighten(c.c, 0.5), 'opacity="0.5"');
  }
  return out + vignette(s, 0.3);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const forestCanopyIllustration: DemoScene = { name: 'forest-canopy', alt: demoImageAlts['forest-canopy'], draw: forestScene };
