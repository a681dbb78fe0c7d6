import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, lerp, rect, poly, circle, ellipse, line, pathEl, camera } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, cloud, vignette } from '../motifs';

const allotmentScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#6fb1e0'], [1, '#dcefe9']]);
  out += cloud(s, 1200, 110, 300, '#ffffff', 0.9);
  const horizon = 360;
  // Hedge, shed, fence and sunflowers along the back.
  out += ridgeShape(ridgeFn(s, horizon - 20, 20), '#5f8f4a');
  out += rect(0, horizon - 10, W, H - horizon + 10, '#8fb35a');
  out += rect(1180, 200, 220, 170, '#6f8f9c') + poly([[1165, 205], [1290, 140], [1415, 205]], '#5a4632') + rect(1220, 260, 60, 110, '#4f6a75') + rect(1310, 240, 60, 50, '#dbeef4', 'stroke="#4f6a75" stroke-width="5"');
  for (let x = 0; x < W; x += 40) out += rect(x, horizon - 50, 16, 70, '#c9a36b') + rect(x, horizon - 40, 40, 8, '#b38a52');
  for (const [x, h] of [[120, 200], [180, 240], [240, 190], [980, 220]] as const) {
    out += line([x, horizon + 10], [x, horizon + 10 - h], '#4f7a35', 6);
    for (let k = 0; k < 12; k += 1) {
      const a = (k / 12) * Math.PI * 2;
      out += ellipse(x + Math.cos(a) * 22, horizon + 10 - h + Math.sin(a) * 22, 14, 6, '#f2c12e', `transform="rotate(${f((a * 180) / Math.PI)} ${f(x + Math.cos(a) * 22)} ${f(horizon + 10 - h + Math.sin(a) * 22)})"`);
    }
    out += circle(x, horizon + 10 - h, 16, '#6b4423');
  }
  // Raised beds in perspective: timber frames, dark soil and rows of crops.
  const cam = camera(800, 250, 560);
  const ground = 1.0;
  const beds = [
    { x0: -3.2, x1: -1.2, crop: 'cabbage' },
    { x0: -0.8, x1: 0.8, crop: 'beans' },
    { x0: 1.2, x1: 3.2, crop: 'lettuce' },
  ] as const;
  // Gravel paths.
  out += poly([cam(-6, ground, 1), cam(6, ground, 1), cam(6, ground, 6), cam(-6, ground, 6)], '#c9b99a');
  for (let i = 0; i < 200; i += 1) {
    const [gx, gy] = cam(s.r(-5, 5), ground, s.r(1, 6));
    out += circle(gx, gy, s.r(1, 3), '#a8987a', 'opacity="0.6"');
  }
  for (const bed of beds) {
    const z0 = 1.3;
    const z1 = 5.6;
    const h = 0.22;
    out += poly([cam(bed.x0, ground - h, z0), cam(bed.x1, ground - h, z0), cam(bed.x1, ground - h, z1), cam(bed.x0, ground - h, z1)], '#4a3222');
    out += poly([cam(bed.x0, ground - h, z0), cam(bed.x1, ground - h, z0), cam(bed.x1, ground, z0), cam(bed.x0, ground, z0)], '#a9743f');
    const sideX = bed.x0 > 0 ? bed.x0 : bed.x1;
    if (Math.abs(sideX) > 0.5) out += poly([cam(sideX, ground - h, z0), cam(sideX, ground - h, z1), cam(sideX, ground, z1), cam(sideX, ground, z0)], '#8a5a2b');
    for (const edge of [bed.x0, bed.x1]) out += line(cam(edge, ground - h, z0), cam(edge, ground - h, z1), '#c48a4f', 4);
    const plants: string[] = [];
    for (let z = z1 - 0.3; z > z0; z -= 0.4) {
      for (let px = bed.x0 + 0.3; px < bed.x1 - 0.15; px += 0.45) {
        const [x, y] = cam(px, ground - h, z);
        const sc = 150 / z;
        if (bed.crop === 'cabbage') {
          plants.push(circle(x, y - sc * 0.3, sc * 0.5, '#5e9f5a') + circle(x, y - sc * 0.35, sc * 0.32, '#8cc47f') + circle(x, y - sc * 0.4, sc * 0.15, '#b7e0a6'));
        } else if (bed.crop === 'lettuce') {
          for (let k = 0; k < 6; k += 1) plants.push(ellipse(x + Math.cos(k) * sc * 0.2, y - sc * 0.25, sc * 0.28, sc * 0.14, k % 2 ? '#9dd35f' : '#7dbb43', `transform="rotate(${k * 30} ${f(x)} ${f(y - sc * 0.25)})"`));
        } else {
          // Bean poles with vines climbing them.
          const top = cam(px, ground - h - 1.3, z);
          plants.push(line([x, y], top, '#8a6a44', Math.max(1.5, sc * 0.06)));
          for (let k = 0; k < 6; k += 1) {
            const t = k / 6;
            plants.push(ellipse(lerp(x, top[0], t) + (k % 2 ? 1 : -1) * sc * 0.12, lerp(y, top[1], t), sc * 0.14, sc * 0.09, '#4f9a3f'));
          }
          if (s.chance(0.5)) plants.push(ellipse(lerp(x, top[0], 0.5), lerp(y, top[1], 0.5), sc * 0.04, sc * 0.18, '#6fbf4f'));
        }
      }
    }
    out += plants.join('');
  }
  // A watering can in the foreground.
  out += rect(1300, 760, 120, 90, '#3d8f7a', 'rx="10"') + pathEl('M1420,790 L1500,730 L1510,740 L1430,810 Z', '#3d8f7a') + pathEl('M1320,760 Q1360,700 1400,760', 'none', 'stroke="#2f6f5f" stroke-width="10"');
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const gardenAllotmentIllustration: DemoScene = { name: 'garden-allotment', alt: demoImageAlts['garden-allotment'], draw: allotmentScene };
