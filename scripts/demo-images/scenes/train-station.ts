import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { poly, circle, line, camera } from '../svg';
import { type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, vignette, person, SKINS, HAIRS } from '../motifs';

const trainScene: SceneFn = (s) => {
  const cam = camera(880, 390, 600);
  let out = sky(s, [[0, '#a9c6dc'], [1, '#e3ecf1']]);
  out += ridgeShape(ridgeFn(s, 400, 16), '#b9c6c8');
  const floor = 1.1;
  const platTop = 0.75;
  // Tracks bed and rails.
  out += poly([cam(-0.2, floor, 1), cam(4, floor, 1), cam(4, floor, 80), cam(-0.2, floor, 80)], '#6b6660');
  for (let z = 1.2; z < 40; z *= 1.12) out += poly([cam(0.2, floor, z), cam(2.6, floor, z), cam(2.6, floor, z + 0.12), cam(0.2, floor, z + 0.12)], '#4a3f36');
  for (const rx of [0.6, 2.1]) out += line(cam(rx, floor - 0.02, 1), cam(rx, floor - 0.02, 80), '#b7b7b7', 3);
  // Platform on the left, with its safety line.
  out += poly([cam(-8, platTop, 0.8), cam(-0.2, platTop, 0.8), cam(-0.2, platTop, 80), cam(-8, platTop, 80)], '#b7b1a7');
  out += poly([cam(-0.2, platTop, 0.8), cam(-0.2, floor, 0.8), cam(-0.2, floor, 80), cam(-0.2, platTop, 80)], '#7c766d');
  out += poly([cam(-0.55, platTop, 0.8), cam(-0.42, platTop, 0.8), cam(-0.42, platTop, 80), cam(-0.55, platTop, 80)], '#f2c230');
  // The train: a long carriage side receding along the platform, with a rounded nose facing us.
  const tx0 = 0.15;
  const tx1 = 2.55;
  const top = -1.55;
  const bottom = 0.85;
  const zFront = 3.2;
  const zBack = 60;
  out += poly([cam(tx0, top, zFront), cam(tx0, top, zBack), cam(tx0, bottom, zBack), cam(tx0, bottom, zFront)], s.linearAbs([[0, '#e9eef2'], [1, '#b8c3cc']], 0, 100, 0, 700));
  out += poly([cam(tx0, -0.95, zFront), cam(tx0, -0.95, zBack), cam(tx0, -0.5, zBack), cam(tx0, -0.5, zFront)], '#22313f');
  out += poly([cam(tx0, 0.05, zFront), cam(tx0, 0.05, zBack), cam(tx0, 0.22, zBack), cam(tx0, 0.22, zFront)], '#c8102e');
  for (let z = zFront + 3; z < zBack; z += 5.5) {
    out += poly([cam(tx0, -0.95, z), cam(tx0, -0.95, z + 0.9), cam(tx0, bottom - 0.1, z + 0.9), cam(tx0, bottom - 0.1, z)], '#9aa8b3');
    out += line(cam(tx0, top, z - 0.6), cam(tx0, bottom, z - 0.6), '#7d8a94', Math.max(1, 6 / z));
  }
  // Nose: a front face at zFront with windscreen and lights.
  const nose = [cam(tx0, top + 0.2, zFront), cam(tx1, top + 0.2, zFront), cam(tx1, bottom, zFront), cam(tx0, bottom, zFront)];
  out += poly([cam(tx0, top, zFront), cam(tx1, top, zFront + 0.2), cam(tx1, top + 0.2, zFront), cam(tx0, top + 0.2, zFront)], '#d7dee3');
  out += poly(nose, s.linear([[0, '#f1f4f6'], [1, '#c7d0d7']]));
  out += poly([cam(tx0 + 0.25, top + 0.4, zFront), cam(tx1 - 0.25, top + 0.4, zFront), cam(tx1 - 0.35, -0.5, zFront), cam(tx0 + 0.35, -0.5, zFront)], '#1d2935');
  out += poly([cam(tx0 + 0.3, top + 0.45, zFront), cam(tx0 + 1.0, top + 0.45, zFront), cam(tx0 + 0.6, -0.6, zFront), cam(tx0 + 0.38, -0.6, zFront)], '#ffffff', 'opacity="0.15"');
  out += poly([cam(tx0, 0.05, zFront), cam(tx1, 0.05, zFront), cam(tx1, 0.22, zFront), cam(tx0, 0.22, zFront)], '#c8102e');
  for (const lx of [tx0 + 0.4, tx1 - 0.4]) {
    const [lxp, lyp] = cam(lx, 0.45, zFront);
    out += circle(lxp, lyp, 16, '#fff6d0') + circle(lxp, lyp, 60, s.radialAbs([[0, '#fff6d0', 0.5], [1, '#fff6d0', 0]], lxp, lyp, 60));
  }
  out += poly([cam(tx0 + 0.6, bottom, zFront), cam(tx1 - 0.6, bottom, zFront), cam(tx1 - 0.7, floor - 0.05, zFront), cam(tx0 + 0.7, floor - 0.05, zFront)], '#2a2f35');
  // Canopy over the platform on columns, with lamps and a hanging clock.
  const roofY = -2.1;
  out += poly([cam(-8, roofY - 0.15, 1), cam(0.4, roofY - 0.15, 1), cam(0.4, roofY - 0.15, 80), cam(-8, roofY - 0.15, 80)], '#5a6570');
  out += poly([cam(-8, roofY, 1), cam(0.4, roofY, 1), cam(0.4, roofY, 80), cam(-8, roofY, 80)], '#7f8c97');
  out += poly([cam(0.4, roofY - 0.3, 1), cam(0.4, roofY - 0.3, 80), cam(0.4, roofY, 80), cam(0.4, roofY, 1)], '#3e4852');
  for (let z = 2; z < 60; z += 4) {
    out += line(cam(-1.2, roofY, z), cam(-1.2, platTop, z), '#3e4852', Math.max(1.5, 28 / z));
    const [lx, ly] = cam(-0.6, roofY + 0.35, z);
    out += line(cam(-0.6, roofY, z), [lx, ly], '#3e4852', Math.max(1, 4 / z)) + circle(lx, ly, Math.max(2, 24 / z), '#fff1c4');
  }
  const [cx, cy] = cam(-0.9, -1.5, 4.5);
  out += line(cam(-0.9, roofY, 4.5), [cx, cy - 40], '#3e4852', 4) + circle(cx, cy, 42, '#ffffff', 'stroke="#2b2f33" stroke-width="7"') + line([cx, cy], [cx, cy - 28], '#2b2f33', 4) + line([cx, cy], [cx + 20, cy + 8], '#2b2f33', 4);
  // Passengers waiting.
  for (const [z, px] of [[5, -2.2], [7.5, -3.2], [11, -1.6], [16, -2.8], [22, -1.9]] as const) {
    const [fx, fy] = cam(px, platTop, z);
    const [, hy] = cam(px, platTop - 1.7, z);
    out += person(fx, fy, fy - hy, s.pick(['#264653', '#e76f51', '#6d597a', '#3d5a80', '#bc4749']), s.pick(SKINS), s.pick(HAIRS));
  }
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const trainStationIllustration: DemoScene = { name: 'train-station', alt: demoImageAlts['train-station'], draw: trainScene };
