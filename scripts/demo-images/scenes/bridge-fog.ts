import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lerp, mix, rect, poly, ellipse, line, pathEl, group, smooth } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, vignette } from '../motifs';

const bridgeScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#9fb0bd'], [0.6, '#d6dde2'], [1, '#e6ebee']]);
  const water = 700;
  out += rect(0, water, W, H - water, s.linear([[0, '#8a9ba8'], [1, '#4f6472']]));
  for (let i = 0; i < 80; i += 1) out += rect(s.r(0, W), s.r(water + 6, H), s.r(40, 160), 2, '#dfe6ea', `opacity="${f(s.r(0.15, 0.4))}"`);
  const red = '#b5452e';
  // Deck: a long span receding to the right.
  const deckL = 560;
  const deckR = 470;
  const deckY = (x: number) => lerp(deckL, deckR, x / W);
  out += poly([[-10, deckY(-10)], [W + 10, deckY(W + 10)], [W + 10, deckY(W + 10) + 16], [-10, deckY(-10) + 34]], '#7e3a2a');
  // Towers: near tall one, far smaller one, both with cross-braced portals.
  const towerShape = (x: number, top: number, foot: number, w: number, c: string): string => {
    let t = rect(x - w, top, w * 0.55, foot - top, c) + rect(x + w * 0.45, top, w * 0.55, foot - top, c);
    for (const y of [top + 10, lerp(top, deckY(x), 0.45), deckY(x) - 30]) t += rect(x - w, y, w * 2, w * 0.35, c);
    return t;
  };
  const t1: Pt = [380, 90];
  const t2: Pt = [1180, 300];
  out += rect(t2[0] - 40, deckY(t2[0]), 80, water - deckY(t2[0]), '#6c5d55');
  out += towerShape(t2[0], t2[1], water, 26, mix(red, '#d6dde2', 0.45));
  out += rect(t1[0] - 70, deckY(t1[0]), 140, water - deckY(t1[0]) + 10, '#5c4a40');
  out += towerShape(t1[0], t1[1], water, 52, red);
  // Main cables: from off-picture, over both towers, sagging between, with vertical suspenders.
  const cable = (t: number): Pt => {
    const p0 = t1;
    const p2 = t2;
    const mid: Pt = [(p0[0] + p2[0]) / 2, deckY((p0[0] + p2[0]) / 2) - 30];
    const c: Pt = [2 * mid[0] - (p0[0] + p2[0]) / 2, 2 * mid[1] - (p0[1] + p2[1]) / 2];
    const u = 1 - t;
    return [u * u * p0[0] + 2 * u * t * c[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p2[1]];
  };
  let cables = '';
  const main: Pt[] = [];
  for (let t = 0; t <= 1.0001; t += 0.05) main.push(cable(t));
  cables += pathEl(`M-40,${deckY(-40) - 40} Q${t1[0] - 200},${t1[1] + 180} ${t1[0]},${t1[1]}`, 'none', `stroke="${red}" stroke-width="7"`);
  cables += pathEl(smooth(main), 'none', `stroke="${red}" stroke-width="6"`);
  cables += pathEl(`M${t2[0]},${t2[1]} Q${t2[0] + 200},${t2[1] + 90} ${W + 40},${deckY(W) - 30}`, 'none', `stroke="${red}" stroke-width="4"`);
  for (let t = 0.03; t < 1; t += 0.03) {
    const [cx, cy] = cable(t);
    cables += line([cx, cy], [cx, deckY(cx)], red, lerp(2.5, 1.5, t));
  }
  for (let x = 20; x < t1[0] - 40; x += 30) {
    const y = t1[1] + 180 * Math.pow(1 - x / t1[0], 1.6) + (deckY(0) - 40 - t1[1] - 180) * Math.pow(1 - x / t1[0], 2);
    cables += line([x, Math.min(y, deckY(x) - 20)], [x, deckY(x)], red, 2.5);
  }
  out += cables;
  // Fog: banks drifting across, thickening with distance until the far span vanishes.
  out += rect(0, 0, W, H, s.linearAbs([[0, '#e8edf0', 0], [0.45, '#e8edf0', 0.35], [0.8, '#eef2f4', 0.92], [1, '#f2f5f6', 1]], 0, 0, W, 0));
  let fog = '';
  for (let i = 0; i < 14; i += 1) fog += ellipse(s.r(0, W), s.r(420, 760), s.r(200, 500), s.r(30, 70), '#f4f7f8', `opacity="${f(s.r(0.35, 0.7))}"`);
  out += group(fog, `filter="${s.blur(30)}"`);
  return out + vignette(s, 0.18);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const bridgeFogIllustration: DemoScene = { name: 'bridge-fog', alt: demoImageAlts['bridge-fog'], draw: bridgeScene };
