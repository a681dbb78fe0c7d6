import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, rect, poly, circle, ellipse, pathEl, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const ballotScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#2f6f73'], [1, '#1f4f56']]));
  // A soft pattern of stars in the background, like an election poster.
  for (let i = 0; i < 26; i += 1) {
    const x = s.r(0, W);
    const y = s.r(0, H);
    const r = s.r(12, 30);
    const star: Pt[] = [];
    for (let k = 0; k < 10; k += 1) {
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      const rr = k % 2 ? r * 0.45 : r;
      star.push([x + Math.cos(a) * rr, y + Math.sin(a) * rr]);
    }
    out += poly(star, '#ffffff', 'opacity="0.06"');
  }
  out += ellipse(800, 820, 520, 60, '#0f2f33', 'opacity="0.45"');
  // The box: front, side and top faces, with a slot in the lid.
  const bx = 520;
  const by = 430;
  const bw = 520;
  const bh = 380;
  const d = 110;
  out += poly([[bx, by], [bx + bw, by], [bx + bw + d, by - d * 0.55], [bx + d, by - d * 0.55]], '#dfe6ea');
  out += rect(bx, by, bw, bh, s.linear([[0, '#f4f7f8'], [1, '#cfd8dd']], 0, 0, 1, 0));
  out += poly([[bx + bw, by], [bx + bw + d, by - d * 0.55], [bx + bw + d, by + bh - d * 0.55], [bx + bw, by + bh]], '#aab6bd');
  const slot: Pt[] = [[bx + 150, by - 22], [bx + 380, by - 22], [bx + 400, by - 38], [bx + 170, by - 38]];
  out += poly(slot, '#2a3338');
  // An emblem on the front: a tick in a circle.
  out += circle(bx + bw / 2, by + 190, 80, '#2f6f73');
  out += pathEl(`M${bx + bw / 2 - 40},${by + 190} l28,30 l52,-62`, 'none', 'stroke="#ffffff" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"');
  out += rect(bx + 60, by + 310, bw - 120, 14, '#2f6f73', 'opacity="0.35"');
  // The ballot paper, half into the slot, with a cross in one box.
  const px = bx + 215;
  const paper = group(
    rect(0, -260, 170, 260, '#fbfaf5') +
      rect(0, -260, 170, 260, 'none', 'stroke="#d7d2c4" stroke-width="2"') +
      [0, 1, 2, 3].map((k) => rect(22, -230 + k * 52, 26, 26, 'none', 'stroke="#556" stroke-width="3"') + rect(62, -222 + k * 52, 86, 8, '#b9bcc4')).join('') +
      pathEl('M26,-174 l18,18 M44,-174 l-18,18', 'none', 'stroke="#c0392b" stroke-width="5" stroke-linecap="round"'),
    `transform="translate(${px},${by - 26}) rotate(-4)"`,
  );
  out += paper;
  // Hand and sleeve holding the paper's top corner.
  const hx = px + 120;
  const hy = by - 280;
  out += pathEl(`M${hx + 40},${hy - 40} L${hx + 420},${hy - 260} L${hx + 520},${hy - 120} L${hx + 120},${hy + 60} Z`, '#e9a23b');
  out += pathEl(`M${hx + 40},${hy - 40} L${hx + 120},${hy + 60} L${hx + 150},${hy + 44} L${hx + 70},${hy - 56} Z`, '#c9822b');
  out += pathEl(`M${hx - 40},${hy + 10} C${hx - 60},${hy - 40} ${hx - 10},${hy - 80} ${hx + 50},${hy - 50} L${hx + 110},${hy + 40} C${hx + 70},${hy + 80} ${hx},${hy + 70} ${hx - 40},${hy + 10} Z`, '#c68b59');
  // Thumb in front of the paper, fingers behind it.
  out += pathEl(`M${hx - 30},${hy + 14} C${hx - 70},${hy + 30} ${hx - 80},${hy + 60} ${hx - 58},${hy + 70} C${hx - 40},${hy + 76} ${hx - 10},${hy + 50} ${hx + 6},${hy + 34} Z`, '#b57a4b');
  return out + vignette(s, 0.3);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const ballotBoxIllustration: DemoScene = { name: 'ballot-box', alt: demoImageAlts['ballot-box'], draw: ballotScene };
