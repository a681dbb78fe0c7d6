import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, rect, poly, circle, line, pathEl, camera } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const classroomScene: SceneFn = (s) => {
  const vx = 800;
  const vy = 400;
  const cam = camera(vx, vy, 560);
  const floorY = 1.2;
  const ceilY = -1.5;
  const halfW = 2.6;
  const backZ = 5.2;
  let out = rect(0, 0, W, H, '#e9dcc2');
  // Side walls, ceiling and floor, then the back wall.
  out += poly([cam(-halfW, ceilY, 0.5), cam(-halfW, ceilY, backZ), cam(-halfW, floorY, backZ), cam(-halfW, floorY, 0.5)], '#d8c7a6');
  out += poly([cam(halfW, ceilY, 0.5), cam(halfW, ceilY, backZ), cam(halfW, floorY, backZ), cam(halfW, floorY, 0.5)], '#e2d3b5');
  out += poly([cam(-halfW, ceilY, 0.5), cam(halfW, ceilY, 0.5), cam(halfW, ceilY, backZ), cam(-halfW, ceilY, backZ)], '#f3ecdf');
  out += poly([cam(-halfW, floorY, 0.5), cam(halfW, floorY, 0.5), cam(halfW, floorY, backZ), cam(-halfW, floorY, backZ)], '#b98a5a');
  for (let x = -halfW; x <= halfW; x += 0.35) out += line(cam(x, floorY, 0.5), cam(x, floorY, backZ), '#a57546', 1.5, 'opacity="0.6"');
  const back = [cam(-halfW, ceilY, backZ), cam(halfW, ceilY, backZ), cam(halfW, floorY, backZ), cam(-halfW, floorY, backZ)];
  out += poly(back, '#efe3c9');
  // Blackboard with chalk work.
  const b0 = cam(-1.7, -1.05, backZ);
  const b1 = cam(1.7, 0.05, backZ);
  out += rect(b0[0] - 10, b0[1] - 10, b1[0] - b0[0] + 20, b1[1] - b0[1] + 20, '#8a5a35');
  out += rect(b0[0], b0[1], b1[0] - b0[0], b1[1] - b0[1], s.linear([[0, '#2f4f3f'], [1, '#27443a']]));
  out += rect(b0[0] - 14, b1[1] + 6, b1[0] - b0[0] + 28, 8, '#6f4628');
  let chalk = '';
  for (let r = 0; r < 4; r += 1) {
    let x = b0[0] + 30;
    const y = b0[1] + 30 + r * 34;
    while (x < b0[0] + (b1[0] - b0[0]) * (r === 0 ? 0.45 : 0.6)) {
      const w = s.r(14, 50);
      chalk += pathEl(`M${f(x)},${f(y)} q${f(w / 2)},${f(s.r(-8, 8))} ${f(w)},0`, 'none', 'stroke="#e8efe9" stroke-width="3" stroke-linecap="round" opacity="0.8"');
      x += w + s.r(8, 18);
    }
  }
  // A small chalk diagram: axes and a curve.
  const gx = b0[0] + (b1[0] - b0[0]) * 0.7;
  const gy = b1[1] - 30;
  chalk += pathEl(`M${f(gx)},${f(gy - 120)} L${f(gx)},${f(gy)} L${f(gx + 160)},${f(gy)}`, 'none', 'stroke="#e8efe9" stroke-width="3" opacity="0.8"');
  chalk += pathEl(`M${f(gx)},${f(gy - 10)} Q${f(gx + 80)},${f(gy - 20)} ${f(gx + 150)},${f(gy - 110)}`, 'none', 'stroke="#f5d76e" stroke-width="3" opacity="0.85"');
  out += chalk;
  // Clock above the board.
  const [ckx, cky] = cam(0, -1.3, backZ);
  out += circle(ckx, cky, 18, '#ffffff', 'stroke="#333" stroke-width="3"') + line([ckx, cky], [ckx, cky - 11], '#333', 2) + line([ckx, cky], [ckx + 8, cky], '#333', 2);
  // Windows on the left wall letting in light.
  for (const z of [1.4, 2.6, 3.8]) {
    const win = [cam(-halfW, -1.1, z), cam(-halfW, -1.1, z + 0.8), cam(-halfW, 0.1, z + 0.8), cam(-halfW, 0.1, z)];
    out += poly(win, s.linear([[0, '#cfe8f7'], [1, '#9fcbe6']]), 'stroke="#f6f1e6" stroke-width="6"');
    out += line(cam(-halfW, -0.5, z), cam(-halfW, -0.5, z + 0.8), '#f6f1e6', 4);
    out += poly([cam(-halfW, floorY, z), cam(-halfW, floorY, z + 0.8), cam(-halfW + 1.6, floorY, z + 1.6), cam(-halfW + 1.6, floorY, z + 0.8)], '#ffe9b8', 'opacity="0.25"');
  }
  // Pin board on the right wall.
  out += poly([cam(halfW, -0.9, 2.2), cam(halfW, -0.9, 3.8), cam(halfW, 0, 3.8), cam(halfW, 0, 2.2)], '#c8955e');
  for (let i = 0; i < 6; i += 1) {
    const z = 2.35 + (i % 3) * 0.48;
    const y = -0.8 + Math.floor(i / 3) * 0.42;
    out += poly([cam(halfW, y, z), cam(halfW, y, z + 0.35), cam(halfW, y + 0.3, z + 0.35), cam(halfW, y + 0.3, z)], s.pick(['#fff7d6', '#d6f0ff', '#ffd9d2', '#e3f5d3']));
  }
  // Teacher's desk, then rows of pupils' desks and chairs, far to near, all facing the board.
  const deskTop = 0.45;
  const box = (x0: number, x1: number, y0: number, y1: number, z0: number, z1: number, top: string, front: string): string =>
    poly([cam(x0, y0, z0), cam(x1, y0, z0), cam(x1, y0, z1), cam(x0, y0, z1)], top) + poly([cam(x0, y0, z0), cam(x1, y0, z0), cam(x1, y1, z0), cam(x0, y1, z0)], front);
  out += box(-1.1, 0.3, 0.35, floorY, backZ - 1.0, backZ - 0.5, '#9a6a3e', '#7e542f');
  for (const z of [3.9, 3.1, 2.3, 1.55]) {
    for (const x of [-2.0, -0.5, 1.0]) {
      const lw = Math.max(1.5, 6 / z);
      out += line(cam(x + 0.05, deskTop, z + 0.05), cam(x + 0.05, floorY, z + 0.05), '#5a5f66', lw) + line(cam(x + 0.95, deskTop, z + 0.05), cam(x + 0.95, floorY, z + 0.05), '#5a5f66', lw);
      out += line(cam(x + 0.05, deskTop, z - 0.3), cam(x + 0.05, floorY, z - 0.3), '#5a5f66', lw) + line(cam(x + 0.95, deskTop, z - 0.3), cam(x + 0.95, floorY, z - 0.3), '#5a5f66', lw);
      out += box(x, x + 1.0, deskTop, deskTop + 0.07, z - 0.35, z + 0.1, '#d6a86b', '#b8874e');
      if (s.chance(0.6)) out += poly([cam(x + 0.3, deskTop, z - 0.2), cam(x + 0.62, deskTop, z - 0.2), cam(x + 0.62, deskTop, z - 0.02), cam(x + 0.3, deskTop, z - 0.02)], s.pick(['#ffffff', '#f2d16b', '#e76f51']));
      // The chair sits on our side of the desk, so we see its back: the pupils would face the board.
      const cz = z - 0.62;
      out += line(cam(x + 0.3, 0.75, cz + 0.3), cam(x + 0.3, floorY, cz + 0.3), '#2f3b48', lw) + line(cam(x + 0.7, 0.75, cz + 0.3), cam(x + 0.7, floorY, cz + 0.3), '#2f3b48', lw);
      out += poly([cam(x + 0.28, 0.75, cz), cam(x + 0.72, 0.75, cz), cam(x + 0.72, 0.75, cz + 0.32), cam(x + 0.28, 0.75, cz + 0.32)], '#356a99');
      out += line(cam(x + 0.3, 0.3, cz), cam(x + 0.3, floorY, cz), '#2f3b48', lw) + line(cam(x + 0.7, 0.3, cz), cam(x + 0.7, floorY, cz), '#2f3b48', lw);
      out += poly([cam(x + 0.26, 0.22, cz), cam(x + 0.74, 0.22, cz), cam(x + 0.74, 0.5, cz), cam(x + 0.26, 0.5, cz)], '#4a8fc9');
    }
  }
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const classroomIllustration: DemoScene = { name: 'classroom', alt: demoImageAlts['classroom'], draw: classroomScene };
