import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, lighten, darken, rect, poly, circle, ellipse, pathEl, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const BOOK_COLOURS = ['#c0392b', '#2e86ab', '#e9c46a', '#2a9d8f', '#6d597a', '#f4a261', '#264653', '#8c2f39', '#3d5a80', '#98c1d9', '#e07a5f', '#81b29a', '#f2cc8f'] as const;

const bookshelfScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#efe4d0'], [1, '#e2d3b8']], 0, 0, 1, 0));
  // Wallpaper stripes and floor.
  for (let x = 0; x < W; x += 60) out += rect(x, 0, 30, 820, '#e8dbc2', 'opacity="0.6"');
  out += rect(0, 820, W, 80, '#8a5a35');
  // The case: a tall frame with five shelves.
  const x0 = 330;
  const x1 = 1270;
  const top = 20;
  const bottom = 840;
  const wood = '#7a4a2a';
  out += rect(x0 - 30, top - 20, x1 - x0 + 60, bottom - top + 20, wood);
  out += rect(x0, top, x1 - x0, bottom - top - 20, '#3f2616');
  const shelves = 5;
  const shelfH = (bottom - top - 20) / shelves;
  for (let k = 0; k < shelves; k += 1) {
    const sy = top + (k + 1) * shelfH;
    let x = x0 + 6;
    const end = x1 - 6;
    while (x < end - 14) {
      const kind = s.rand();
      if (kind < 0.06 && end - x > 150) {
        // A short stack of books lying flat.
        let y = sy - 16;
        for (let i = 0; i < s.int(3, 5); i += 1) {
          const w = s.r(110, 140);
          const c = s.pick(BOOK_COLOURS);
          out += rect(x + s.r(0, 10), y - 20, w, 20, c) + rect(x + 4, y - 14, 6, 8, lighten(c, 0.4));
          y -= 20;
        }
        x += 150;
        continue;
      }
      if (kind < 0.09 && end - x > 90) {
        // A plant in a pot.
        out += rect(x + 10, sy - 60, 60, 60, '#c96f4a') + rect(x + 6, sy - 66, 68, 10, '#d98a61');
        for (let i = 0; i < 7; i += 1) out += ellipse(x + 40 + s.r(-30, 30), sy - 80 - s.r(0, 50), 14, 30, s.pick(['#4f8f4f', '#6b9c52', '#3f7a42']), `transform="rotate(${f(s.r(-40, 40))} ${f(x + 40)} ${f(sy - 70)})"`);
        x += 84;
        continue;
      }
      const w = s.r(20, 44);
      const h = shelfH * s.r(0.62, 0.9);
      const c = s.pick(BOOK_COLOURS);
      const lean = kind > 0.96 && x > x0 + 40;
      const book = rect(0, -h, w, h, c) + rect(0, -h, w * 0.18, h, darken(c, 0.15)) + rect(0, -h + h * 0.12, w, 5, lighten(c, 0.45)) + rect(0, -h * 0.22, w, 5, lighten(c, 0.45)) + rect(w * 0.3, -h * 0.7, w * 0.4, h * 0.25, lighten(c, 0.25), 'opacity="0.6"');
      out += group(book, `transform="translate(${f(x)},${f(sy)})${lean ? ` rotate(${f(s.r(8, 14))} ${f(w)} 0)` : ''}"`);
      x += w + (lean ? 14 : s.r(0.5, 2.5));
    }
    out += rect(x0 - 10, sy - 2, x1 - x0 + 20, 16, lighten(wood, 0.1)) + rect(x0 - 10, sy + 14, x1 - x0 + 20, 6, darken(wood, 0.3));
  }
  // Side frames catching the light.
  out += rect(x0 - 30, top - 20, 30, bottom - top + 20, lighten(wood, 0.08)) + rect(x1, top - 20, 30, bottom - top + 20, darken(wood, 0.1));
  // A reading lamp and an armchair edge beside the case.
  out += rect(1400, 300, 8, 520, '#3a3a3a') + poly([[1340, 300], [1470, 300], [1430, 220], [1380, 220]], '#e9c46a') + rect(1360, 812, 90, 10, '#3a3a3a');
  out += circle(1404, 360, 200, s.radialAbs([[0, '#fff1c4', 0.35], [1, '#fff1c4', 0]], 1404, 360, 200));
  out += pathEl('M0,520 Q20,480 150,490 L220,560 L230,840 L0,840 Z', '#2f6f73') + rect(0, 640, 250, 60, '#275e62');
  return out + vignette(s, 0.28);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const bookshelfIllustration: DemoScene = { name: 'bookshelf', alt: demoImageAlts['bookshelf'], draw: bookshelfScene };
