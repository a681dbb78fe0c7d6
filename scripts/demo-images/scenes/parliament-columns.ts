import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { lighten, rect, poly, circle, line, pathEl } from '../svg';
import { type SceneFn, type DemoScene } from '../scene';
import { sky, cloud, vignette } from '../motifs';

const parliamentScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#5f8fc2'],
    [1, '#cfe0ee'],
  ]);
  out += cloud(s, 1380, 90, 260, '#ffffff', 0.6);
  const stone = '#e8dcc4';
  const stoneShade = '#b9a98a';
  const left = 120;
  const right = 1480;
  const entTop = 205;
  const entBot = 290;
  // Pediment with its cornice and a carved tympanum.
  out += poly([[left - 30, entTop], [800, 40], [right + 30, entTop]], stone);
  out += poly([[left + 40, entTop - 14], [800, 74], [right - 40, entTop - 14]], '#d6c8ab');
  out += poly([[left - 30, entTop], [800, 40], [800, 52], [left - 10, entTop]], lighten(stone, 0.3));
  out += circle(800, 150, 34, stone, `stroke="${stoneShade}" stroke-width="5"`) + circle(800, 150, 16, 'none', `stroke="${stoneShade}" stroke-width="4"`);
  // Entablature: frieze with triglyphs, then the architrave.
  out += rect(left - 30, entTop, right - left + 60, 22, lighten(stone, 0.2));
  out += rect(left - 10, entTop + 22, right - left + 20, 40, stone);
  for (let x = left; x < right; x += 60) out += rect(x, entTop + 28, 18, 28, stoneShade);
  out += rect(left - 10, entTop + 62, right - left + 20, entBot - entTop - 62, '#d9ccb0');
  out += rect(left - 10, entBot - 4, right - left + 20, 4, stoneShade);
  // The shadowed wall behind the colonnade, with tall doors.
  const floor = 760;
  out += rect(left, entBot, right - left, floor - entBot, s.linear([[0, '#6e634f'], [1, '#8a7d63']]));
  out += rect(720, 470, 160, floor - 470, '#3e3528') + rect(730, 480, 65, floor - 480, '#4d4232') + rect(805, 480, 65, floor - 480, '#4d4232');
  // Columns: fluted shafts shaded as cylinders, capitals and bases.
  const n = 8;
  const colW = 96;
  const gap = (right - left - n * colW) / (n - 1);
  const shaft = s.linear([
    [0, '#b8a887'],
    [0.35, '#f6efde'],
    [0.6, '#e6d9bd'],
    [1, '#9c8d70'],
  ], 0, 0, 1, 0);
  for (let i = 0; i < n; i += 1) {
    const x = left + i * (colW + gap);
    out += rect(x + 6, entBot + 30, colW - 12, floor - entBot - 60, shaft);
    for (let k = 1; k < 8; k += 1) out += rect(x + 6 + (k * (colW - 12)) / 8 - 1.5, entBot + 34, 3, floor - entBot - 68, '#a89878', 'opacity="0.45"');
    // Ionic capital: an echinus and two volutes.
    out += rect(x - 8, entBot, colW + 16, 14, lighten(stone, 0.15)) + rect(x, entBot + 14, colW, 16, stone);
    out += circle(x + 4, entBot + 24, 12, stone, `stroke="${stoneShade}" stroke-width="3"`) + circle(x + colW - 4, entBot + 24, 12, stone, `stroke="${stoneShade}" stroke-width="3"`);
    out += rect(x - 4, floor - 30, colW + 8, 14, stone) + rect(x - 10, floor - 16, colW + 20, 16, lighten(stone, 0.1));
  }
  // Steps.
  for (let k = 0; k < 5; k += 1) {
    const y = floor + k * 28;
    out += rect(left - 40 - k * 30, y, right - left + 80 + k * 60, 28, k % 2 ? '#d8cbb0' : '#e6dac2');
    out += rect(left - 40 - k * 30, y, right - left + 80 + k * 60, 4, '#f6efde');
  }
  // A flag on the apex.
  out += line([800, 40], [800, -10], '#5c5c5c', 3);
  out += pathEl('M800,-8 q30,8 60,0 q-8,14 0,28 q-30,8 -60,0 Z', '#2a6f97');
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const parliamentColumnsIllustration: DemoScene = { name: 'parliament-columns', alt: demoImageAlts['parliament-columns'], draw: parliamentScene };
