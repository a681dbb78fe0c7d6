import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lerp, mix, lighten, darken, rect, poly, pathEl, smooth } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, vignette } from '../motifs';

const riceScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#b9d6df'],
    [0.6, '#e8efe6'],
  ]);
  // Misty ranges behind.
  out += ridgeShape(ridgeFn(s, 200, 70, 1.4), '#a7bfbf', W, H, 'opacity="0.8"');
  out += ridgeShape(ridgeFn(s, 260, 60, 1.2), '#8eaaa0');
  out += rect(0, 220, W, 120, s.linear([[0, '#ffffff', 0], [0.5, '#ffffff', 0.55], [1, '#ffffff', 0]]));
  // Terraces: contour bands wrapped round a rounded hill, stacked down it. Each band is a dark
  // earth riser topped by a bright bund, then a flat paddy (some flooded and mirroring the sky).
  const bands = 12;
  const cx = 760;
  for (let k = 0; k < bands; k += 1) {
    const t = k / (bands - 1);
    const y = lerp(230, 860, Math.pow(t, 0.95));
    const phase = s.r(0, 6);
    const curve = lerp(0.00062, 0.00018, t);
    const edge: Pt[] = [];
    for (let x = -60; x <= W + 60; x += 40) edge.push([x, y + curve * (x - cx) * (x - cx) + 8 * Math.sin(x * 0.009 + phase)]);
    const green = mix(s.pick(['#7fb24d', '#8cc258', '#6fa443', '#9ccc63']), '#d6e4cc', (1 - t) * 0.4);
    const flooded = s.chance(0.3);
    const surface = flooded ? mix('#bcd8d8', '#dfeee6', (1 - t) * 0.4) : green;
    const riser = mix('#5d6b33', '#a9b89a', (1 - t) * 0.4);
    const thick = lerp(12, 34, t);
    const lip = edge.map(([x, yy]) => [x, yy + thick] as Pt);
    out += pathEl(`${smooth(edge)} L${W + 60},${H + 20} L-60,${H + 20} Z`, riser);
    out += pathEl(smooth(edge), 'none', `stroke="${lighten(green, 0.35)}" stroke-width="${f(lerp(2, 6, t))}"`);
    out += pathEl(`${smooth(lip)} L${W + 60},${H + 20} L-60,${H + 20} Z`, s.linear([[0, lighten(surface, 0.08)], [0.4, surface], [1, darken(surface, 0.1)]]));
    if (flooded) {
      // Seedlings poke through the water in short rows.
      for (let r2 = 1; r2 < 4; r2 += 1) {
        const rowPts = lip.map(([x, yy]) => [x, yy + r2 * thick * 0.55] as Pt);
        out += pathEl(smooth(rowPts), 'none', `stroke="#7fae4f" stroke-width="${f(lerp(1.5, 4, t))}" stroke-dasharray="${f(lerp(2, 4, t))} ${f(lerp(6, 14, t))}" opacity="0.8"`);
      }
    } else if (t > 0.3) {
      for (let r2 = 1; r2 < 4; r2 += 1) {
        const rowPts = lip.map(([x, yy]) => [x, yy + r2 * thick * 0.55] as Pt);
        out += pathEl(smooth(rowPts), 'none', `stroke="${darken(green, 0.15)}" stroke-width="2" opacity="0.45"`);
      }
    }
  }
  // A few palms at the edge and a farmer's hut.
  for (const [x, y, sc] of [[1470, 560, 1.1], [1540, 600, 1.25]] as const) {
    out += pathEl(`M${x},${y} q${-10 * sc},${-90 * sc} ${6 * sc},${-170 * sc}`, 'none', `stroke="#6b5a3e" stroke-width="${7 * sc}"`);
    for (let a = 0; a < 7; a += 1) {
      const ang = -Math.PI + (a / 6) * Math.PI;
      out += pathEl(`M${x + 6 * sc},${y - 170 * sc} q${f(Math.cos(ang) * 50 * sc)},${f(-40 * sc)} ${f(Math.cos(ang) * 90 * sc)},${f(Math.sin(ang) * -10 * sc + 30 * sc)}`, 'none', `stroke="#3f6b34" stroke-width="${f(9 * sc)}" stroke-linecap="round"`);
    }
  }
  out += rect(1300, 520, 70, 40, '#8a6a44') + poly([[1288, 524], [1335, 490], [1382, 524]], '#c9a66b');
  return out + vignette(s, 0.2);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const riceTerracesIllustration: DemoScene = { name: 'rice-terraces', alt: demoImageAlts['rice-terraces'], draw: riceScene };
