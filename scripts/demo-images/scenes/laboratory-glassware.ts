import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { lerp, rect, circle, ellipse, line, pathEl, pathRaw, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const labScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, '#e4eef0');
  // Tiled wall.
  for (let x = 0; x < W; x += 80) out += line([x, 0], [x, 600], '#cfdde0', 2);
  for (let y = 0; y < 600; y += 80) out += line([0, y], [W, y], '#cfdde0', 2);
  // A shelf of reagent bottles.
  out += rect(120, 250, 620, 16, '#8a939a');
  for (let i = 0; i < 7; i += 1) {
    const x = 150 + i * 84;
    const h = s.r(70, 120);
    const c = s.pick(['#7b4b2a', '#2f6f73', '#c9d6da', '#6d597a']);
    out += rect(x, 250 - h, 50, h, c, 'opacity="0.85"') + rect(x + 14, 250 - h - 18, 22, 18, '#333') + rect(x + 6, 250 - h * 0.6, 38, h * 0.3, '#fbfaf5');
  }
  // The bench.
  const bench = 620;
  out += rect(0, bench, W, 26, '#39424a') + rect(0, bench + 26, W, H - bench, s.linear([[0, '#dfe5e8'], [1, '#b9c3c8']]));
  for (let x = 0; x < W; x += 400) out += rect(x + 10, bench + 60, 380, H, '#cfd7db', 'stroke="#aab5ba" stroke-width="3"') + rect(x + 170, bench + 90, 60, 10, '#8a939a');
  const glass = 'fill="#ffffff" fill-opacity="0.25" stroke="#5d7680" stroke-width="4"';
  const highlight = (x: number, y: number, h: number) => rect(x, y, 7, h, '#ffffff', 'opacity="0.7" rx="3"');
  // Erlenmeyer flask with green liquid.
  const ex = 420;
  const flask = `M${ex - 28},${bench - 330} L${ex - 28},${bench - 230} L${ex - 140},${bench - 20} Q${ex - 150},${bench} ${ex - 120},${bench} L${ex + 120},${bench} Q${ex + 150},${bench} ${ex + 140},${bench - 20} L${ex + 28},${bench - 230} L${ex + 28},${bench - 330} Z`;
  const clipId = s.clip(pathEl(flask, '#fff'));
  out += group(rect(ex - 160, bench - 120, 320, 130, s.linear([[0, '#7fd3a0'], [1, '#2f9e6a']])) + ellipse(ex, bench - 120, 160, 6, '#b6ecc9'), `clip-path="${clipId}"`);
  out += pathRaw(flask, glass) + rect(ex - 36, bench - 340, 72, 14, '#ffffff', 'opacity="0.6" stroke="#5d7680" stroke-width="4" rx="4"');
  out += highlight(ex - 80, bench - 110, 70);
  // Bubbles in the flask.
  for (let i = 0; i < 12; i += 1) out += circle(ex + s.r(-80, 80), bench - s.r(20, 110), s.r(3, 8), '#ffffff', 'opacity="0.6"');
  // Round-bottomed flask on a ring stand, with orange liquid.
  const rx = 780;
  out += rect(rx + 140, bench - 470, 12, 470, '#6c757b') + rect(rx + 80, bench - 12, 150, 12, '#4f575d') + rect(rx - 10, bench - 300, 160, 8, '#6c757b');
  const rb = `M${rx - 22},${bench - 440} L${rx - 22},${bench - 330} A110,110 0 1 0 ${rx + 22},${bench - 330} L${rx + 22},${bench - 440} Z`;
  const clip2 = s.clip(pathEl(rb, '#fff'));
  out += group(rect(rx - 120, bench - 240, 240, 200, s.linear([[0, '#ffb870'], [1, '#e0692f']])) + ellipse(rx, bench - 240, 120, 8, '#ffd6a6'), `clip-path="${clip2}"`);
  out += pathRaw(rb, glass) + highlight(rx - 70, bench - 300, 80);
  // A burner flame beneath it.
  out += rect(rx - 16, bench - 80, 32, 80, '#5a6268') + pathEl(`M${rx},${bench - 150} q-22,30 -8,62 q8,8 16,0 q14,-32 -8,-62 Z`, '#5fa8ff', 'opacity="0.8"');
  // Beaker with graduations and blue liquid.
  const bx = 1080;
  const beaker = `M${bx - 90},${bench - 260} L${bx - 80},${bench - 8} Q${bx - 78},${bench} ${bx - 70},${bench} L${bx + 70},${bench} Q${bx + 78},${bench} ${bx + 80},${bench - 8} L${bx + 90},${bench - 260} Z`;
  const clip3 = s.clip(pathEl(beaker, '#fff'));
  out += group(rect(bx - 100, bench - 150, 200, 160, s.linear([[0, '#7fc4ff'], [1, '#2f6fce']])) + ellipse(bx, bench - 150, 95, 6, '#bfe2ff'), `clip-path="${clip3}"`);
  out += pathRaw(beaker, glass);
  for (let k = 1; k < 8; k += 1) out += line([bx - 80, bench - k * 30], [bx - (k % 2 ? 50 : 60), bench - k * 30], '#5d7680', 3);
  out += highlight(bx + 50, bench - 230, 120);
  // Test tube rack with coloured samples.
  const tx = 1260;
  const tubeColours = ['#e76f51', '#f4a261', '#2a9d8f', '#9b5de5', '#e9c46a'];
  out += rect(tx, bench - 150, 290, 20, '#a8743f') + rect(tx, bench - 24, 290, 24, '#8a5a2b');
  tubeColours.forEach((c, i) => {
    const x = tx + 28 + i * 56;
    const top = bench - 300;
    const level = s.r(0.35, 0.65);
    const tube = `M${x - 16},${top} L${x - 16},${bench - 40} A16,16 0 0 0 ${x + 16},${bench - 40} L${x + 16},${top} Z`;
    const clip4 = s.clip(pathEl(tube, '#fff'));
    out += group(rect(x - 20, lerp(bench - 24, top, level), 40, 300, c), `clip-path="${clip4}"`);
    out += pathRaw(tube, 'fill="#ffffff" fill-opacity="0.2" stroke="#5d7680" stroke-width="3"') + highlight(x - 10, top + 20, 80);
  });
  out += rect(tx, bench - 110, 290, 14, '#a8743f');
  for (const x of [tx + 6, tx + 270]) out += rect(x, bench - 150, 14, 140, '#8a5a2b');
  return out + vignette(s, 0.2);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const laboratoryGlasswareIllustration: DemoScene = { name: 'laboratory-glassware', alt: demoImageAlts['laboratory-glassware'], draw: labScene };
