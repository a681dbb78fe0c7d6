import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lighten, rect, poly, line } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, cloud, vignette, container } from '../motifs';

function gantryCrane(x: number, quay: number, height: number, colour: string, scale: number): string {
  const legH = height;
  const boomY = quay - legH;
  const span = 150 * scale;
  const beam = 14 * scale;
  let out = '';
  out += rect(x - span / 2, boomY, beam, legH, colour) + rect(x + span / 2 - beam, boomY, beam, legH, colour);
  out += rect(x - span / 2, quay - legH * 0.45, span, beam * 0.8, colour);
  // The boom reaches out over the water (left) and back over the yard (right).
  out += rect(x - 420 * scale, boomY - beam * 1.6, 600 * scale, beam * 1.6, colour);
  const apex: Pt = [x, boomY - 150 * scale];
  out += poly([[x - span / 2, boomY - beam], [apex[0] - 6 * scale, apex[1]], [apex[0] + 6 * scale, apex[1]], [x + span / 2, boomY - beam]], 'none', `stroke="${colour}" stroke-width="${f(9 * scale)}" stroke-linejoin="round"`);
  out += line(apex, [x - 410 * scale, boomY - beam * 1.6], colour, 4 * scale) + line(apex, [x - 240 * scale, boomY - beam * 1.6], colour, 3 * scale);
  out += line(apex, [x + 170 * scale, boomY - beam * 1.6], colour, 4 * scale);
  // Machinery house and the trolley with a container on its cables.
  out += rect(x + 60 * scale, boomY - beam * 1.6 - 40 * scale, 90 * scale, 40 * scale, lighten(colour, 0.75));
  const tx = x - 280 * scale;
  out += rect(tx - 20 * scale, boomY, 40 * scale, 16 * scale, '#2d3142');
  out += line([tx - 12 * scale, boomY + 16 * scale], [tx - 12 * scale, boomY + 150 * scale], '#2d3142', 2 * scale);
  out += line([tx + 12 * scale, boomY + 16 * scale], [tx + 12 * scale, boomY + 150 * scale], '#2d3142', 2 * scale);
  return out;
}

const harbourScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#8fb6d9'],
    [0.55, '#d9e4ec'],
    [0.7, '#f6dcc4'],
    [1, '#f6dcc4'],
  ]);
  out += cloud(s, 300, 170, 320, '#ffffff', 0.7) + cloud(s, 1220, 120, 260, '#ffffff', 0.6);
  const quay = 640;
  // Distant hills and city across the water.
  out += ridgeShape(ridgeFn(s, 560, 30), '#b7c4cf');
  const cranes: Array<[number, number, string]> = [
    [1330, 0.75, '#d9823b'],
    [420, 1.0, '#c8553d'],
    [940, 0.88, '#c8553d'],
  ];
  // Stacked containers in the yard behind the quay edge.
  for (let x = 40; x < W - 40; x += 128) {
    const stack = s.int(2, 5);
    for (let k = 0; k < stack; k += 1) {
      if (s.chance(0.12) && k > 0) break;
      out += container(s, x, quay - 36 * (k + 1), 120, 34);
    }
  }
  for (const [cx, scale, colour] of cranes) {
    out += gantryCrane(cx, quay, 380 * scale, colour, scale);
    // A container hanging from the trolley cables.
    out += container(s, cx - 280 * scale - 55 * scale, quay - 380 * scale + 150 * scale, 110 * scale, 32 * scale);
  }
  // Quay wall and water.
  out += rect(0, quay, W, 30, '#8d8f92') + rect(0, quay + 30, W, 14, '#5f6266');
  for (let x = 30; x < W; x += 140) out += rect(x, quay + 4, 18, 10, '#3f4246');
  out += rect(0, quay + 44, W, H - quay - 44, s.linear([
    [0, '#4f7fa0'],
    [1, '#1f4461'],
  ]));
  for (let i = 0; i < 120; i += 1) {
    const y = quay + 50 + Math.pow(s.rand(), 1.6) * (H - quay - 50);
    out += rect(s.r(0, W), y, s.r(30, 140), s.r(1.5, 3), s.pick(['#a8c8de', '#e6d2b8', '#2c5878']), `opacity="${f(s.r(0.3, 0.7))}"`);
  }
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const harbourCranesIllustration: DemoScene = { name: 'harbour-cranes', alt: demoImageAlts['harbour-cranes'], draw: harbourScene };
