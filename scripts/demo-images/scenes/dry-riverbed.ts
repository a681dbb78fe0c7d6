import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lerp, clamp, mix, rect, poly, pathEl, camera } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, sun, ridgeFn, ridgeShape, vignette } from '../motifs';

const dryRiverScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#dfe3e3'],
    [0.5, '#f1ecdf'],
  ]);
  out += sun(s, 1180, 150, 55, '#fffaf0', '#fff3d6', 5);
  const horizon = 430;
  out += ridgeShape(ridgeFn(s, horizon - 20, 18), '#c9bca1');
  const cam = camera(800, horizon, 520);
  const h = 1.0;
  // The cracked bed: a jittered grid laid on the ground plane, each plate inset so the cracks show.
  out += rect(0, horizon, W, H - horizon, s.linear([
    [0, '#a8875b'],
    [1, '#5d4125'],
  ]));
  const zs: number[] = [];
  for (let z = 0.55; z < 14; z *= 1.16) zs.push(z);
  const xs: number[] = [];
  for (let x = -9; x <= 9; x += 0.42) xs.push(x);
  const jitter = new Map<string, Pt>();
  const at = (i: number, j: number): Pt => {
    const key = `${i},${j}`;
    let p = jitter.get(key);
    if (!p) {
      const z = zs[j] ?? 1;
      const x = xs[i] ?? 0;
      const dz = ((zs[j + 1] ?? z * 1.16) - z) * 0.35;
      p = cam(x + s.r(-0.14, 0.14), h, z + s.r(-dz, dz));
      jitter.set(key, p);
    }
    return p;
  };
  for (let j = zs.length - 2; j >= 0; j -= 1) {
    for (let i = 0; i < xs.length - 1; i += 1) {
      const quad = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)];
      const cxm = quad.reduce((a, p) => a + p[0], 0) / 4;
      const cym = quad.reduce((a, p) => a + p[1], 0) / 4;
      if (cxm < -100 || cxm > W + 100) continue;
      const inset = 0.86 - 0.04 * (j / zs.length);
      const plate = quad.map(([x, y]) => [cxm + (x - cxm) * inset, cym + (y - cym) * inset] as Pt);
      const tone = mix('#d9bb8a', '#b8955f', s.rand() * 0.8);
      out += poly(plate, mix(tone, '#c9b394', clamp((j / zs.length) * 1.2, 0, 0.7)));
      if (j < 10) out += poly([plate[0] as Pt, plate[1] as Pt, [lerp((plate[1] as Pt)[0], cxm, 0.3), lerp((plate[1] as Pt)[1], cym, 0.3)], [lerp((plate[0] as Pt)[0], cxm, 0.3), lerp((plate[0] as Pt)[1], cym, 0.3)]], '#ecd6ad', 'opacity="0.35"');
    }
  }
  // Banks on both sides, dry grass.
  for (const side of [-1, 1]) {
    const edge = (z: number) => cam(side * 3.6, h, z);
    const pts2: Pt[] = [];
    for (let z = 0.4; z < 20; z *= 1.3) pts2.push(edge(z));
    const far = pts2[pts2.length - 1] as Pt;
    const near = pts2[0] as Pt;
    const outer = side < 0 ? -50 : W + 50;
    out += poly([...pts2, [far[0], far[1] - 18], [outer, horizon - 18], [outer, H + 10], [near[0], H + 10]], '#9c8a5e');
    for (let i = 0; i < 40; i += 1) {
      const z = Math.exp(s.r(Math.log(0.6), Math.log(14)));
      const [gx, gy] = cam(side * s.r(3.8, 9), h - 0.05, z);
      const gh = 60 / z;
      out += pathEl(`M${f(gx)},${f(gy)} l${f(-gh * 0.3)},${f(-gh)} M${f(gx)},${f(gy)} l0,${f(-gh * 1.2)} M${f(gx)},${f(gy)} l${f(gh * 0.3)},${f(-gh)}`, 'none', `stroke="#c7b27a" stroke-width="${f(Math.max(1, 5 / z))}"`);
    }
  }
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const dryRiverbedIllustration: DemoScene = { name: 'dry-riverbed', alt: demoImageAlts['dry-riverbed'], draw: dryRiverScene };
