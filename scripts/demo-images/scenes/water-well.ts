import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { darken, rect, poly, circle, ellipse, line, pathEl, pathRaw, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, cloud, vignette } from '../motifs';

const wellScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#79b4df'], [1, '#e8f1ea']]);
  out += cloud(s, 320, 150, 300, '#ffffff', 0.9) + cloud(s, 1340, 100, 240, '#ffffff', 0.8);
  out += ridgeShape(ridgeFn(s, 470, 40), '#9fbf8a');
  out += ridgeShape(ridgeFn(s, 560, 30), '#86ab64');
  out += rect(0, 620, W, H - 620, s.linear([[0, '#9fc46a'], [1, '#7fa64f']]));
  const cx = 800;
  const top = 520;
  const bottom = 800;
  const rx = 230;
  const ry = 60;
  out += ellipse(cx + 40, bottom + 10, rx + 80, 40, '#5f7f3f', 'opacity="0.5"');
  // Stone drum: rows of blocks shaded as a cylinder, then the rim and the dark opening.
  const drum = pathRaw(`M${cx - rx},${top} L${cx - rx},${bottom} A${rx},${ry} 0 0 0 ${cx + rx},${bottom} L${cx + rx},${top} Z`, 'fill="#a89a84"');
  out += drum;
  const clipId = s.clip(pathEl(`M${cx - rx},${top} L${cx - rx},${bottom} A${rx},${ry} 0 0 0 ${cx + rx},${bottom} L${cx + rx},${top} Z`, '#fff'));
  let stones = '';
  const rows = 6;
  for (let r = 0; r < rows; r += 1) {
    const y0 = top + r * ((bottom - top) / rows);
    const n = 7;
    for (let k = 0; k < n + 1; k += 1) {
      const a0 = Math.PI - ((k + (r % 2) * 0.5) / n) * Math.PI;
      const a1 = Math.PI - ((k + 1 + (r % 2) * 0.5) / n) * Math.PI;
      const x0 = cx + Math.cos(a0) * rx;
      const x1 = cx + Math.cos(a1) * rx;
      const shade = 0.25 * Math.abs(Math.cos((a0 + a1) / 2));
      const c = darken(s.pick(['#cbbfa8', '#bfb199', '#d6cbb6', '#b5a78e']), shade + (Math.cos((a0 + a1) / 2) > 0 ? 0.12 : 0));
      const sag0 = Math.sin(a0) * ry;
      const sag1 = Math.sin(a1) * ry;
      stones += poly([[x0 + 3, y0 + sag0 + 3], [x1 - 3, y0 + sag1 + 3], [x1 - 3, y0 + sag1 + (bottom - top) / rows - 3], [x0 + 3, y0 + sag0 + (bottom - top) / rows - 3]], c);
    }
  }
  out += group(stones, `clip-path="${clipId}"`);
  out += ellipse(cx, top, rx + 14, ry + 10, '#d8cdb8') + ellipse(cx, top, rx - 14, ry - 10, '#1d1a16') + ellipse(cx, top + 8, rx - 30, ry - 22, '#2d3e4a', 'opacity="0.6"');
  // Posts, roof and the winding axle with a rope down to the bucket.
  out += rect(cx - rx - 10, top - 330, 30, 340, '#7a5232') + rect(cx + rx - 20, top - 330, 30, 340, '#6a4528');
  out += poly([[cx - rx - 80, top - 300], [cx, top - 430], [cx + rx + 80, top - 300], [cx + rx + 60, top - 290], [cx, top - 405], [cx - rx - 60, top - 290]], '#8a3b2c');
  for (let k = 1; k < 6; k += 1) out += line([cx - rx - 80 + k * 50, top - 300 - k * 26], [cx + rx + 80 - k * 50, top - 300 - k * 26], '#6e2e22', 3, 'opacity="0.6"');
  out += poly([[cx - rx - 60, top - 290], [cx, top - 405], [cx + rx + 60, top - 290]], '#a8473a');
  out += rect(cx - rx, top - 220, rx * 2, 26, '#8a5a35', 'rx="12"');
  for (let k = 0; k < 8; k += 1) out += line([cx - 60 + k * 16, top - 222], [cx - 52 + k * 16, top - 196], '#d9c08a', 5);
  out += line([cx + rx + 20, top - 207], [cx + rx + 70, top - 207], '#5a3a22', 10) + line([cx + rx + 70, top - 207], [cx + rx + 70, top - 150], '#5a3a22', 10);
  out += line([cx, top - 196], [cx, top - 100], '#d9c08a', 5);
  // The bucket: a tapered wooden pail with iron hoops and a handle.
  const by = top - 100;
  out += pathEl(`M${cx - 45},${by} Q${cx},${by - 50} ${cx + 45},${by}`, 'none', 'stroke="#3a3a3a" stroke-width="5"');
  out += poly([[cx - 50, by], [cx + 50, by], [cx + 40, by + 90], [cx - 40, by + 90]], '#a86f3c');
  for (let k = 0; k < 6; k += 1) out += line([cx - 45 + k * 18, by + 2], [cx - 36 + k * 14.5, by + 88], '#8a5a2b', 2);
  out += rect(cx - 49, by + 14, 98, 8, '#4a4a4a') + rect(cx - 43, by + 68, 86, 8, '#4a4a4a');
  out += ellipse(cx, by, 50, 10, '#6b4423');
  // Flowers in the grass.
  for (let i = 0; i < 40; i += 1) {
    const fx = s.r(0, W);
    const fy = s.r(650, H);
    if (Math.abs(fx - cx) < 300 && fy < 830) continue;
    out += circle(fx, fy, s.r(3, 6), s.pick(['#ffffff', '#f2c12e', '#e76f51', '#cdb4db']));
  }
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const waterWellIllustration: DemoScene = { name: 'water-well', alt: demoImageAlts['water-well'], draw: wellScene };
