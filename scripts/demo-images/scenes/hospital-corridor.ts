import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { rect, poly, circle, camera } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const corridorScene: SceneFn = (s) => {
  const cam = camera(800, 430, 620);
  const floorY = 1.1;
  const ceilY = -1.15;
  const halfW = 1.25;
  const far = 26;
  let out = rect(0, 0, W, H, '#f7fbfb');
  out += poly([cam(-halfW, ceilY, 0.4), cam(-halfW, ceilY, far), cam(-halfW, floorY, far), cam(-halfW, floorY, 0.4)], s.linearAbs([[0, '#cfe3e0'], [1, '#eef6f4']], 0, 0, 800, 0));
  out += poly([cam(halfW, ceilY, 0.4), cam(halfW, ceilY, far), cam(halfW, floorY, far), cam(halfW, floorY, 0.4)], s.linearAbs([[0, '#eef6f4'], [1, '#d4e6e3']], 800, 0, 1600, 0));
  out += poly([cam(-halfW, ceilY, 0.4), cam(halfW, ceilY, 0.4), cam(halfW, ceilY, far), cam(-halfW, ceilY, far)], '#fdfefe');
  out += poly([cam(-halfW, floorY, 0.4), cam(halfW, floorY, 0.4), cam(halfW, floorY, far), cam(-halfW, floorY, far)], s.linearAbs([[0, '#dfe8ea'], [1, '#b9c8cc']], 0, 430, 0, 900));
  // Bright window at the end.
  const e0 = cam(-halfW, ceilY, far);
  const e1 = cam(halfW, floorY, far);
  out += rect(e0[0], e0[1], e1[0] - e0[0], e1[1] - e0[1], '#ffffff');
  out += circle(800, 430, 160, s.radialAbs([[0, '#ffffff', 0.9], [1, '#ffffff', 0]], 800, 430, 160));
  // Ceiling light panels with their reflections on the polished floor.
  for (let z = 1.2; z < far; z += 2.2) {
    out += poly([cam(-0.35, ceilY, z), cam(0.35, ceilY, z), cam(0.35, ceilY, z + 0.9), cam(-0.35, ceilY, z + 0.9)], '#ffffff', 'stroke="#d3dfe0" stroke-width="2"');
    out += poly([cam(-0.3, floorY, z), cam(0.3, floorY, z), cam(0.3, floorY, z + 0.9), cam(-0.3, floorY, z + 0.9)], '#ffffff', `opacity="0.55" filter="${s.blur(3)}"`);
  }
  // Wall stripe, hand rails and doors along both walls.
  for (const side of [-1, 1]) {
    const x = side * halfW;
    out += poly([cam(x, 0.55, 0.4), cam(x, 0.55, far), cam(x, floorY, far), cam(x, floorY, 0.4)], '#7cc4b8', 'opacity="0.35"');
    out += poly([cam(x, floorY - 0.1, 0.4), cam(x, floorY - 0.1, far), cam(x, floorY, far), cam(x, floorY, 0.4)], '#4f8f87');
    out += poly([cam(x, 0.26, 0.4), cam(x, 0.26, far), cam(x, 0.32, far), cam(x, 0.32, 0.4)], '#b8c4c6');
    for (let z = 1.0; z < far - 2; z += 3.1) {
      const door = [cam(x, -0.55, z), cam(x, -0.55, z + 1.1), cam(x, floorY, z + 1.1), cam(x, floorY, z)];
      out += poly(door, side < 0 ? '#3f9c8f' : '#4aa89a');
      out += poly([cam(x, -0.4, z + 0.2), cam(x, -0.4, z + 0.5), cam(x, 0.0, z + 0.5), cam(x, 0.0, z + 0.2)], '#d8f1f4');
      const [hx, hy] = cam(x, 0.25, z + 0.95);
      out += circle(hx, hy, 14 / z + 1, '#e3e7e8');
      // A small sign above each door.
      out += poly([cam(x, -0.75, z + 0.25), cam(x, -0.75, z + 0.85), cam(x, -0.62, z + 0.85), cam(x, -0.62, z + 0.25)], '#2f6f8f');
    }
  }
  // A wheelchair-width bench and a green cross sign overhead.
  const [sx, sy] = cam(0, -0.95, 8);
  out += rect(sx - 60, sy - 22, 120, 44, '#ffffff', 'stroke="#cfd8da" stroke-width="2"');
  out += rect(sx - 8, sy - 16, 16, 32, '#2e9e6b') + rect(sx - 16, sy - 8, 32, 16, '#2e9e6b');
  return out + vignette(s, 0.15);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const hospitalCorridorIllustration: DemoScene = { name: 'hospital-corridor', alt: demoImageAlts['hospital-corridor'], draw: corridorScene };
