import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { rect, poly, circle, line, camera } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const serverScene: SceneFn = (s) => {
  const cam = camera(800, 440, 600);
  const floorY = 1.15;
  const ceilY = -1.5;
  const aisle = 0.95;
  const far = 30;
  let out = rect(0, 0, W, H, '#050a14');
  out += poly([cam(-6, ceilY, 0.5), cam(6, ceilY, 0.5), cam(6, ceilY, far), cam(-6, ceilY, far)], '#0b1424');
  out += poly([cam(-6, floorY, 0.5), cam(6, floorY, 0.5), cam(6, floorY, far), cam(-6, floorY, far)], s.linearAbs([[0, '#0d1a2e'], [1, '#1d3352']], 0, 440, 0, 900));
  for (let x = -3; x <= 3; x += 0.6) out += line(cam(x, floorY, 0.5), cam(x, floorY, far), '#2a4266', 1.5, 'opacity="0.6"');
  for (let z = 1; z < far; z *= 1.18) out += line(cam(-3, floorY, z), cam(3, floorY, z), '#2a4266', 1.5, 'opacity="0.5"');
  // Light strips in the ceiling and the cool glow at the end of the aisle.
  for (let z = 1.2; z < far; z += 2.5) out += poly([cam(-0.08, ceilY, z), cam(0.08, ceilY, z), cam(0.08, ceilY, z + 1.6), cam(-0.08, ceilY, z + 1.6)], '#bfe4ff');
  out += circle(800, 440, 180, s.radialAbs([[0, '#5fb4ff', 0.5], [1, '#5fb4ff', 0]], 800, 440, 180));
  // Rack fronts on both sides of the aisle: units with vents and status lights.
  const ledColours = ['#34f58f', '#34f58f', '#34f58f', '#4fb4ff', '#4fb4ff', '#ffb13f'];
  for (const side of [-1, 1]) {
    const x = side * aisle;
    for (let z = 0.8; z < far; z += 0.72) {
      const z1 = z + 0.66;
      out += poly([cam(x, ceilY + 0.25, z), cam(x, ceilY + 0.25, z1), cam(x, floorY, z1), cam(x, floorY, z)], '#151d2b');
      out += poly([cam(x, ceilY + 0.25, z1), cam(x, ceilY + 0.25, z1 + 0.06), cam(x, floorY, z1 + 0.06), cam(x, floorY, z1)], '#0a0f18');
      const units = 16;
      for (let u = 0; u < units; u += 1) {
        const y0 = ceilY + 0.35 + u * ((floorY - ceilY - 0.45) / units);
        const y1 = y0 + ((floorY - ceilY - 0.45) / units) * 0.85;
        out += poly([cam(x, y0, z + 0.04), cam(x, y0, z1 - 0.04), cam(x, y1, z1 - 0.04), cam(x, y1, z + 0.04)], s.pick(['#1f2a3b', '#243247', '#1b2535']));
        if (z < 12) {
          const lights = s.int(1, 4);
          for (let k = 0; k < lights; k += 1) {
            const [lx, ly] = cam(x, (y0 + y1) / 2, z + 0.08 + k * 0.06);
            const c = s.pick(ledColours);
            const r = Math.max(1, 5 / z);
            out += circle(lx, ly, r, c);
            if (s.chance(0.3)) out += circle(lx, ly, r * 4, s.radialAbs([[0, c, 0.5], [1, c, 0]], lx, ly, r * 4));
          }
        } else if (s.chance(0.6)) {
          const [lx, ly] = cam(x, (y0 + y1) / 2, z + 0.1);
          out += circle(lx, ly, 1, s.pick(ledColours));
        }
      }
    }
  }
  // Cable trays overhead.
  for (const side of [-1, 1]) out += poly([cam(side * 0.9, ceilY + 0.1, 0.5), cam(side * 0.5, ceilY + 0.1, 0.5), cam(side * 0.5, ceilY + 0.1, far), cam(side * 0.9, ceilY + 0.1, far)], '#2b3a52');
  return out + vignette(s, 0.35);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const serverRacksIllustration: DemoScene = { name: 'server-racks', alt: demoImageAlts['server-racks'], draw: serverScene };
