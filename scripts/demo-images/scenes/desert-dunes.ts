import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lighten, darken, rect, circle, ellipse, line, pathEl, smooth } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, sun, vignette } from '../motifs';

const dunesScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#e9c9a0'],
    [0.5, '#f4dcb8'],
    [0.62, '#f7e6c8'],
  ]);
  out += sun(s, 1060, 260, 90, '#fff4dc', '#ffe8bf', 4);
  out += rect(0, 200, W, 260, s.linear([[0, '#f7e6c8', 0], [1, '#f7e6c8', 0.8]]));
  // Dunes from far to near: a lit windward side and a shadowed lee behind a sharp crest.
  const dunes = [
    { base: 470, amp: 60, lit: '#e9b97f', shade: '#d49a62', crestX: 350 },
    { base: 530, amp: 90, lit: '#e5a768', shade: '#c5824a', crestX: 1150 },
    { base: 620, amp: 110, lit: '#df9755', shade: '#b36b36', crestX: 600 },
    { base: 760, amp: 130, lit: '#d9874a', shade: '#9e5a2b', crestX: 1300 },
  ];
  for (const d of dunes) {
    const crest: Pt[] = [];
    for (let x = -60; x <= W + 60; x += 40) {
      const dist = (x - d.crestX) / 700;
      crest.push([x, d.base - d.amp * Math.exp(-dist * dist * 3) + 20 * Math.sin(x * 0.004 + d.base)]);
    }
    out += pathEl(`${smooth(crest)} L${W + 60},${H + 10} L-60,${H + 10} Z`, d.lit);
    // The lee side: a sweep from the crest curving down and away.
    const peakY = d.base - d.amp;
    out += pathEl(`M${d.crestX - 40},${f(peakY + 8)} Q${d.crestX + 200},${f(peakY + 30)} ${d.crestX + 600},${d.base + 40} L${d.crestX + 700},${d.base + 140} Q${d.crestX + 180},${d.base + 60} ${d.crestX - 40},${f(peakY + 8)} Z`, d.shade, 'opacity="0.9"');
    out += pathEl(smooth(crest), 'none', `stroke="${lighten(d.lit, 0.3)}" stroke-width="3" opacity="0.7"`);
    // Wind ripples on the lit face.
    for (let k = 0; k < 6; k += 1) {
      const ry = d.base + 30 + k * 20;
      const rx = s.r(0, W);
      out += pathEl(`M${f(rx)},${f(ry)} q60,-8 120,0 t120,0 t120,0`, 'none', `stroke="${darken(d.lit, 0.08)}" stroke-width="2" opacity="0.6"`);
    }
  }
  // A distant caravan of camels on a far ridge.
  for (let i = 0; i < 4; i += 1) {
    const cx = 380 + i * 34;
    const cy = 430;
    out += ellipse(cx, cy, 12, 6, '#7a5232') + circle(cx - 3, cy - 6, 5, '#7a5232') + line([cx + 10, cy - 2], [cx + 16, cy - 12], '#7a5232', 3) + line([cx - 8, cy + 4], [cx - 8, cy + 14], '#7a5232', 2) + line([cx + 8, cy + 4], [cx + 8, cy + 14], '#7a5232', 2);
  }
  return out + vignette(s, 0.25);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const desertDunesIllustration: DemoScene = { name: 'desert-dunes', alt: demoImageAlts['desert-dunes'], draw: dunesScene };
