import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, clamp, mix, rect, poly, line, camera } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, sun, ridgeFn, ridgeShape, cloud, vignette } from '../motifs';

const solarScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#3d8fd6'],
    [0.45, '#a9d3f0'],
    [0.48, '#e9f2f0'],
  ]);
  out += sun(s, 1300, 120, 55, '#fffbe8', '#fff1b8', 4);
  out += cloud(s, 420, 150, 300, '#ffffff', 0.9) + cloud(s, 900, 230, 200, '#ffffff', 0.75);
  const horizon = 420;
  out += ridgeShape(ridgeFn(s, horizon - 12, 10), '#a9b8a7');
  out += rect(0, horizon, W, H - horizon, s.linear([[0, '#c7c08c'], [1, '#9b9a5a']]));
  const cam = camera(700, horizon, 700);
  const ground = 1.2;
  // Rows of tilted panels, far to near, in tables with gaps; bare ground shows between rows.
  const zs: number[] = [];
  for (let z = 2.2; z < 40; z += z < 12 ? 1.7 : 3) zs.push(z);
  for (const z of zs.reverse()) {
    const low = ground - 0.25;
    const high = ground - 0.75;
    const depth = 0.7;
    const tone = clamp((z - 2) / 30, 0, 1);
    for (let x0 = -34; x0 < 34; x0 += 7) {
      const x1 = x0 + 6.6;
      const panel: Pt[] = [cam(x0, low, z), cam(x1, low, z), cam(x1, high, z + depth), cam(x0, high, z + depth)];
      out += poly([cam(x0, ground, z + 0.15), cam(x1, ground, z + 0.15), cam(x1, ground, z + 1.1), cam(x0, ground, z + 1.1)], '#6f6d3f', 'opacity="0.35"');
      for (let lx = x0 + 0.4; lx <= x1; lx += 2) out += line(cam(lx, ground, z + 0.3), cam(lx, (low + high) / 2, z + 0.3), '#4a4d52', Math.max(1, 10 / z));
      out += poly(panel, mix('#1d3d72', '#8fb1cf', tone * 0.7));
      out += poly(panel, s.linear([[0, '#5d8fd1', 0.05], [1, '#cde6ff', 0.5]], 0, 1, 0, 0));
      if (z < 16) {
        for (let lx = x0 + 0.55; lx < x1; lx += 0.55) out += line(cam(lx, low, z), cam(lx, high, z + depth), '#9cc1e8', Math.max(0.6, 2.5 / z), 'opacity="0.5"');
        out += line(cam(x0, (low + high) / 2, z + depth / 2), cam(x1, (low + high) / 2, z + depth / 2), '#9cc1e8', Math.max(0.6, 2.5 / z), 'opacity="0.5"');
      }
      out += line(cam(x0, low, z), cam(x1, low, z), '#d7dee5', Math.max(1, 5 / z));
    }
  }
  return out + vignette(s, 0.2);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const solarFarmIllustration: DemoScene = { name: 'solar-farm', alt: demoImageAlts['solar-farm'], draw: solarScene };
