import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lerp, rect, poly, ellipse, pathEl } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, vignette, peak } from '../motifs';

const glacierScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#8fb4d6'], [0.6, '#dce9f2']]);
  // Dark mountains with snow behind.
  out += peak(s, 260, 140, 520, 380, '#5d6b7a', 260, '#2c3846');
  out += peak(s, 1320, 110, 520, 420, '#55636f', 230, '#2c3846');
  out += peak(s, 820, 220, 520, 320, '#6b7886', 300, '#2c3846');
  // The glacier tongue, flowing down the valley to a cliff at the water.
  const waterY = 640;
  out += pathEl(`M420,380 C620,330 980,330 1200,380 L1480,600 L1520,${waterY} L100,${waterY} L140,580 Z`, s.linear([[0, '#f4f9fc'], [1, '#d3e6f2']]));
  for (let i = 0; i < 18; i += 1) {
    const x = s.r(250, 1350);
    const y = s.r(420, 560);
    out += pathEl(`M${f(x)},${f(y)} q${f(s.r(30, 60))},${f(s.r(-6, 6))} ${f(s.r(80, 140))},${f(s.r(-4, 8))}`, 'none', 'stroke="#9cc3dd" stroke-width="3" opacity="0.8"');
  }
  // The calving face: jagged blue-white columns.
  let face = '';
  let x = 100;
  while (x < 1520) {
    const w = s.r(30, 70);
    const top = s.r(540, 575);
    face += poly([[x, top + s.r(-8, 8)], [x + w, top + s.r(-8, 8)], [x + w, waterY], [x, waterY]], s.pick(['#9fd0ea', '#7fbfe0', '#b8def0', '#6aaed6']));
    face += rect(x + w * 0.3, top + 10, 3, waterY - top - 10, '#ffffff', 'opacity="0.4"');
    x += w;
  }
  out += face + rect(100, 540, 1420, 18, '#eef6fb', 'opacity="0.6"');
  // Dark water with floating ice and reflections.
  out += rect(0, waterY, W, H - waterY, s.linear([[0, '#1e3446'], [1, '#0c1822']]));
  out += rect(100, waterY, 1420, 70, s.linear([[0, '#6aaed6', 0.35], [1, '#6aaed6', 0]]));
  for (let i = 0; i < 16; i += 1) {
    const bx = s.r(0, W);
    const by = s.r(waterY + 40, H - 20);
    const sz = lerp(20, 90, (by - waterY) / (H - waterY)) * s.r(0.6, 1.2);
    const berg: Pt[] = [[bx - sz, by], [bx - sz * 0.6, by - sz * 0.5], [bx - sz * 0.1, by - sz * 0.7], [bx + sz * 0.5, by - sz * 0.4], [bx + sz, by]];
    out += poly(berg, '#f1f8fc') + poly([[bx - sz * 0.1, by - sz * 0.7], [bx + sz * 0.5, by - sz * 0.4], [bx + sz, by], [bx, by]], '#a9d3ea');
    out += ellipse(bx, by + 4, sz * 1.05, sz * 0.12, '#5d8fb0', 'opacity="0.6"');
  }
  for (let i = 0; i < 50; i += 1) out += rect(s.r(0, W), s.r(waterY + 10, H), s.r(30, 100), 2, '#5d8fb0', 'opacity="0.35"');
  return out + vignette(s, 0.25);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const glacierIllustration: DemoScene = { name: 'glacier', alt: demoImageAlts['glacier'], draw: glacierScene };
