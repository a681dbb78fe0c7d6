import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, pts, lerp, mix, poly, circle, line, pathEl } from '../svg';
import { W, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, cloud, vignette } from '../motifs';

/** A lattice electricity pylon, feet on the ground at (x, y), height h. */
function pylon(x: number, y: number, h: number, colour: string): { svg: string; tips: Pt[] } {
  const foot = h * 0.16;
  const waist = h * 0.045;
  const waistY = y - h * 0.62;
  const topY = y - h;
  const sw = Math.max(1, h * 0.008);
  const st = `stroke="${colour}" stroke-width="${f(sw)}"`;
  let out = '';
  const legL: Pt[] = [[x - foot, y], [x - waist, waistY], [x - waist * 0.6, topY + h * 0.08], [x, topY]];
  const legR: Pt[] = legL.map(([px, py]) => [2 * x - px, py] as Pt);
  const legStroke = `stroke="${colour}" stroke-width="${f(sw * 2)}"`;
  out += `<polyline fill="none" points="${pts(legL)}" ${legStroke}/><polyline fill="none" points="${pts(legR)}" ${legStroke}/>`;
  // Cross bracing up the body.
  const steps = 7;
  for (let i = 0; i < steps; i += 1) {
    const t0 = i / steps;
    const t1 = (i + 1) / steps;
    const y0 = lerp(y, waistY, t0);
    const y1 = lerp(y, waistY, t1);
    const w0 = lerp(foot, waist, t0);
    const w1 = lerp(foot, waist, t1);
    out += `<polyline fill="none" points="${pts([[x - w0, y0], [x + w1, y1]])}" ${st}/><polyline fill="none" points="${pts([[x + w0, y0], [x - w1, y1]])}" ${st}/>`;
    out += line([x - w1, y1], [x + w1, y1], colour, sw);
  }
  for (let i = 0; i < 4; i += 1) {
    const y0 = lerp(waistY, topY + h * 0.08, i / 4);
    const y1 = lerp(waistY, topY + h * 0.08, (i + 1) / 4);
    out += `<polyline fill="none" points="${pts([[x - waist, y0], [x + waist * 0.6, y1], [x - waist * 0.6, y1]])}" ${st}/>`;
  }
  // Three cross arms, with insulator strings hanging from their ends.
  const tips: Pt[] = [];
  const arms: Array<[number, number]> = [
    [0.68, 0.26],
    [0.8, 0.2],
    [0.9, 0.14],
  ];
  for (const [ty, span] of arms) {
    const ay = y - h * ty;
    const half = h * span;
    out += poly([[x - half, ay], [x + half, ay], [x + waist, ay + h * 0.04], [x - waist, ay + h * 0.04]], 'none', st);
    out += line([x - half, ay], [x + half, ay], colour, sw * 1.6);
    for (const side of [-1, 1]) {
      const ix = x + side * half * 0.92;
      out += line([ix, ay], [ix, ay + h * 0.06], colour, sw * 1.6);
      tips.push([ix, ay + h * 0.06]);
    }
  }
  return { svg: out, tips };
}

const powerLinesScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#6fa3cf'],
    [0.6, '#cfe2ea'],
    [0.75, '#f2ecd9'],
  ]);
  out += cloud(s, 1250, 170, 420, '#ffffff', 0.85) + cloud(s, 260, 120, 260, '#ffffff', 0.75);
  out += ridgeShape(ridgeFn(s, 540, 30), '#9fb7a4');
  const mid = ridgeFn(s, 620, 40);
  out += ridgeShape(mid, '#86a566');
  // Hedgerows and a field pattern.
  for (let x = 0; x < W; x += s.r(14, 30)) out += circle(x, mid(x) + 6, s.r(6, 12), '#5f7f47');
  const near = ridgeFn(s, 760, 30);
  out += ridgeShape(near, s.linear([[0, '#9dbb5f'], [1, '#7f9f45']]));
  // A line of pylons marching away from the viewer towards the horizon.
  const line2: Array<{ x: number; y: number; h: number }> = [
    { x: 1380, y: 870, h: 760 },
    { x: 860, y: 700, h: 360 },
    { x: 560, y: 640, h: 190 },
    { x: 380, y: 612, h: 110 },
    { x: 270, y: 600, h: 66 },
    { x: 200, y: 594, h: 40 },
  ];
  const drawn = line2.map((p, i) => pylon(p.x, p.y, p.h, mix('#3a3f47', '#9fb7a4', i * 0.12)));
  for (let i = drawn.length - 1; i >= 0; i -= 1) out += (drawn[i] as { svg: string }).svg;
  // Sagging cables between matching arm tips.
  for (let i = 0; i < drawn.length - 1; i += 1) {
    const a = (drawn[i] as { tips: Pt[] }).tips;
    const b = (drawn[i + 1] as { tips: Pt[] }).tips;
    a.forEach((p, k) => {
      const q = b[k];
      if (!q) return;
      const sag = Math.abs(p[0] - q[0]) * 0.12;
      out += pathEl(`M${f(p[0])},${f(p[1])} Q${f((p[0] + q[0]) / 2)},${f((p[1] + q[1]) / 2 + sag)} ${f(q[0])},${f(q[1])}`, 'none', `stroke="#2f343b" stroke-width="${f(lerp(2.2, 0.8, i / 5))}"`);
    });
  }
  // And from the nearest pylon out of the picture towards the viewer.
  for (const p of (drawn[0] as { tips: Pt[] }).tips) {
    out += pathEl(`M${f(p[0])},${f(p[1])} Q${f(p[0] + 200)},${f(p[1] + 120)} ${f(p[0] + 420)},${f(p[1] + 80)}`, 'none', 'stroke="#2f343b" stroke-width="2.6"');
  }
  // Birds on the wire.
  for (let i = 0; i < 3; i += 1) {
    const bx = s.r(80, 400);
    const by = s.r(100, 260);
    out += pathEl(`M${f(bx)},${f(by)} q10,-10 20,0 q10,-10 20,0`, 'none', 'stroke="#3a3f47" stroke-width="2.5"');
  }
  return out + vignette(s, 0.2);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const powerLinesIllustration: DemoScene = { name: 'power-lines', alt: demoImageAlts['power-lines'], draw: powerLinesScene };
