import { HAIRS, SKINS } from './motifs';
import type { Scene } from './scene';
import { circle, darken, ellipse, lighten, line, pathEl, rect } from './svg';

/** The demo authors' head-and-shoulders portraits, drawn on a 400x400 canvas. */

type HairStyle = 'puff' | 'short' | 'bob' | 'curly' | 'long' | 'bun';

interface PortraitStyle {
  background: readonly [string, string];
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  clothing: string;
  collar: string;
  glasses: boolean;
  beard: boolean;
  earrings: boolean;
}

/** Hand-picked looks for the demo authors; anyone added later gets a seeded look instead. */
const portraitStyles: Record<string, PortraitStyle> = {
  'amara-okafor': { background: ['#f6c453', '#f0a93b'], skin: '#6b4226', hair: '#1d1a17', hairStyle: 'puff', clothing: '#1f7a6d', collar: '#f4e9d8', glasses: false, beard: false, earrings: true },
  'lukas-brandt': { background: ['#a8c5da', '#7fa7c6'], skin: '#f1c9a5', hair: '#c9a24a', hairStyle: 'short', clothing: '#26385a', collar: '#ffffff', glasses: true, beard: true, earrings: false },
  'mei-lin-zhou': { background: ['#b5d99c', '#8cc274'], skin: '#f0c8a0', hair: '#18161a', hairStyle: 'bob', clothing: '#e76f51', collar: '#fbe3d6', glasses: false, beard: false, earrings: false },
  'rafael-mendes': { background: ['#f4a582', '#e98a66'], skin: '#c68b59', hair: '#2b1d14', hairStyle: 'curly', clothing: '#5b6b3a', collar: '#e9c46a', glasses: false, beard: true, earrings: false },
  'noor-haddad': { background: ['#c9b6e4', '#a992d1'], skin: '#d9a679', hair: '#3b2a1e', hairStyle: 'long', clothing: '#8c2f39', collar: '#f1dede', glasses: false, beard: false, earrings: true },
  'hannah-kowalczyk': { background: ['#9ed8d0', '#74c2b8'], skin: '#f6d5c0', hair: '#a0452c', hairStyle: 'bun', clothing: '#e9c46a', collar: '#2f3e46', glasses: true, beard: false, earrings: false },
};

function seededPortrait(s: Scene): PortraitStyle {
  const bg = s.pick(['#f6c453', '#a8c5da', '#b5d99c', '#f4a582', '#c9b6e4', '#9ed8d0']);
  return {
    background: [bg, darken(bg, 0.12)],
    skin: s.pick(SKINS),
    hair: s.pick(HAIRS),
    hairStyle: s.pick(['puff', 'short', 'bob', 'curly', 'long', 'bun'] as const),
    clothing: s.pick(['#1f7a6d', '#26385a', '#e76f51', '#5b6b3a', '#8c2f39']),
    collar: '#ffffff',
    glasses: s.chance(0.3),
    beard: s.chance(0.2),
    earrings: s.chance(0.3),
  };
}

/** A friendly head-and-shoulders portrait on a 400x400 canvas. */
function portrait(s: Scene, p: PortraitStyle): string {
  const cx = 200;
  const headY = 170;
  const hx = 74;
  const hy = 90;
  let out = rect(0, 0, 400, 400, s.linear([[0, p.background[0]], [1, p.background[1]]], 0, 0, 1, 1));
  out += circle(200, 190, 170, lighten(p.background[0], 0.25), 'opacity="0.45"');
  const hairShade = darken(p.hair, 0.2);
  // Hair that falls behind the head and shoulders.
  if (p.hairStyle === 'long') out += pathEl(`M${cx - 100},${headY - 20} Q${cx - 110},${headY + 150} ${cx - 70},${headY + 190} L${cx + 70},${headY + 190} Q${cx + 110},${headY + 150} ${cx + 100},${headY - 20} Z`, hairShade);
  if (p.hairStyle === 'bob') out += pathEl(`M${cx - 96},${headY - 30} Q${cx - 104},${headY + 70} ${cx - 80},${headY + 80} L${cx + 80},${headY + 80} Q${cx + 104},${headY + 70} ${cx + 96},${headY - 30} Z`, p.hair);
  if (p.hairStyle === 'puff') out += circle(cx, headY - 70, 92, p.hair) + circle(cx - 60, headY - 40, 60, p.hair) + circle(cx + 60, headY - 40, 60, p.hair);
  if (p.hairStyle === 'bun') out += circle(cx, headY - 108, 40, p.hair);
  // Shoulders, collar and neck.
  out += pathEl(`M40,420 C40,320 110,290 ${cx},290 C290,290 360,320 360,420 Z`, p.clothing);
  out += pathEl(`M${cx - 48},292 L${cx},350 L${cx + 48},292 Z`, p.collar);
  out += rect(cx - 28, headY + 60, 56, 70, darken(p.skin, 0.12), 'rx="20"');
  out += pathEl(`M${cx - 40},292 Q${cx},${330} ${cx + 40},292 L${cx + 28},270 L${cx - 28},270 Z`, darken(p.skin, 0.12));
  // Ears, head and face.
  out += ellipse(cx - hx + 2, headY + 10, 14, 20, darken(p.skin, 0.06)) + ellipse(cx + hx - 2, headY + 10, 14, 20, darken(p.skin, 0.06));
  if (p.earrings) out += circle(cx - hx + 2, headY + 34, 6, '#e9c46a') + circle(cx + hx - 2, headY + 34, 6, '#e9c46a');
  out += ellipse(cx, headY, hx, hy, p.skin);
  out += ellipse(cx - 38, headY + 34, 14, 9, '#e07a5f', 'opacity="0.25"') + ellipse(cx + 38, headY + 34, 14, 9, '#e07a5f', 'opacity="0.25"');
  out += ellipse(cx - 28, headY + 6, 7, 9, '#2a1f1a') + ellipse(cx + 28, headY + 6, 7, 9, '#2a1f1a');
  out += circle(cx - 26, headY + 3, 2.2, '#ffffff') + circle(cx + 30, headY + 3, 2.2, '#ffffff');
  out += pathEl(`M${cx - 42},${headY - 18} q14,-9 28,0`, 'none', `stroke="${darken(p.hair, 0.1)}" stroke-width="5" stroke-linecap="round"`);
  out += pathEl(`M${cx + 14},${headY - 18} q14,-9 28,0`, 'none', `stroke="${darken(p.hair, 0.1)}" stroke-width="5" stroke-linecap="round"`);
  out += pathEl(`M${cx + 2},${headY + 10} q-8,22 -2,28 q6,3 12,-2`, 'none', `stroke="${darken(p.skin, 0.25)}" stroke-width="3.5" stroke-linecap="round"`);
  if (p.beard) out += pathEl(`M${cx - 62},${headY + 20} Q${cx - 58},${headY + 92} ${cx},${headY + 96} Q${cx + 58},${headY + 92} ${cx + 62},${headY + 20} Q${cx + 40},${headY + 56} ${cx},${headY + 52} Q${cx - 40},${headY + 56} ${cx - 62},${headY + 20} Z`, p.hair, 'opacity="0.85"');
  out += pathEl(`M${cx - 24},${headY + 54} Q${cx},${headY + 74} ${cx + 24},${headY + 54}`, 'none', `stroke="${p.beard ? '#f3e0d0' : '#8a3b2c'}" stroke-width="5" stroke-linecap="round"`);
  if (p.glasses) {
    out += circle(cx - 28, headY + 6, 21, 'none', 'stroke="#2b2b2b" stroke-width="5"') + circle(cx + 28, headY + 6, 21, 'none', 'stroke="#2b2b2b" stroke-width="5"');
    out += line([cx - 7, headY + 4], [cx + 7, headY + 4], '#2b2b2b', 5);
  }
  // Hair on top of the head.
  if (p.hairStyle === 'short') out += pathEl(`M${cx - 76},${headY - 10} Q${cx - 80},${headY - 100} ${cx},${headY - 98} Q${cx + 82},${headY - 96} ${cx + 76},${headY - 10} Q${cx + 50},${headY - 66} ${cx - 10},${headY - 58} Q${cx - 50},${headY - 52} ${cx - 76},${headY - 10} Z`, p.hair);
  if (p.hairStyle === 'bob') out += pathEl(`M${cx - 80},${headY + 10} Q${cx - 90},${headY - 100} ${cx},${headY - 100} Q${cx + 90},${headY - 100} ${cx + 80},${headY + 10} L${cx + 64},${headY - 30} L${cx - 64},${headY - 30} Z`, p.hair);
  if (p.hairStyle === 'curly') for (let i = 0; i < 14; i += 1) {
    const a = Math.PI + (i / 13) * Math.PI;
    out += circle(cx + Math.cos(a) * 70, headY - 30 + Math.sin(a) * 72, 22, p.hair);
  }
  if (p.hairStyle === 'long' || p.hairStyle === 'bun') out += pathEl(`M${cx - 80},${headY + 20} Q${cx - 90},${headY - 100} ${cx},${headY - 96} Q${cx + 90},${headY - 100} ${cx + 80},${headY + 20} Q${cx + 60},${headY - 50} ${cx + 10},${headY - 60} Q${cx - 40},${headY - 40} ${cx - 80},${headY + 20} Z`, p.hair);
  if (p.hairStyle === 'puff') out += pathEl(`M${cx - 74},${headY - 30} Q${cx},${headY - 96} ${cx + 74},${headY - 30} Q${cx},${headY - 74} ${cx - 74},${headY - 30} Z`, p.hair);
  return out;
}

/** The portrait of one author: a hand-picked look if there is one, else a seeded one. */
export function drawPortrait(s: Scene, slug: string): string {
  return portrait(s, portraitStyles[slug] ?? seededPortrait(s));
}
