import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, rect, circle, ellipse, line, group } from '../svg';
import { W, type SceneFn, type DemoScene } from '../scene';
import { sky, stars } from '../motifs';

const satelliteScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#02040f'],
    [0.7, '#0a1433'],
    [1, '#11224d'],
  ]);
  out += stars(s, 400, 700);
  // The Earth's limb: a huge disc low in the frame, with land, clouds and a glowing atmosphere.
  const ecx = 800;
  const ecy = 2100;
  const er = 1500;
  const earthClip = s.clip(circle(ecx, ecy, er, '#fff'));
  out += circle(ecx, ecy, er + 40, s.radialAbs([[0.9, '#6fc3ff', 0.6], [1, '#6fc3ff', 0]], ecx, ecy, er + 60));
  let surface = circle(ecx, ecy, er, s.radialAbs([[0.85, '#1f5fa8'], [1, '#3f8fd8']], ecx, ecy, er));
  // Continents: clusters of blobs, so coastlines come out irregular.
  let land = '';
  for (let i = 0; i < 5; i += 1) {
    const lx = s.r(100, 1500);
    const ly = s.r(680, 880);
    const colour = s.pick(['#4f8f4f', '#6b9c52', '#8a8f55']);
    for (let k = 0; k < 14; k += 1) land += ellipse(lx + s.r(-180, 180), ly + s.r(-50, 50), s.r(30, 90), s.r(15, 40), k % 4 === 0 ? '#b79f6a' : colour);
  }
  surface += group(land, `filter="${s.blur(3)}"`);
  let clouds = '';
  for (let i = 0; i < 50; i += 1) {
    const x = s.r(0, W);
    const y = s.r(640, 900);
    const tilt = ((x - ecx) / er) * 45;
    clouds += ellipse(x, y, s.r(60, 200), s.r(5, 14), '#ffffff', `opacity="${f(s.r(0.4, 0.85))}" transform="rotate(${f(tilt)} ${f(x)} ${f(y)})"`);
  }
  surface += group(clouds, `filter="${s.blur(4)}"`);
  // Night side to the left.
  surface += rect(0, 500, W, 500, s.linear([[0, '#020614', 0.8], [0.4, '#020614', 0.15], [1, '#020614', 0]], 0, 0, 1, 0));
  out += group(surface, `clip-path="${earthClip}"`);
  out += circle(ecx, ecy, er, 'none', 'stroke="#bfe6ff" stroke-width="4" opacity="0.8"');
  // The orbit, dashed, curving round the planet.
  out += ellipse(ecx, ecy - 40, er + 260, er * 0.95 + 260, 'none', 'stroke="#9fd3ff" stroke-width="2.5" stroke-dasharray="10 14" opacity="0.55"');
  // The satellite: a gold-foil body, two solar wings and a dish.
  const sx = 900;
  const sy = 300;
  let sat = '';
  const wing = (dir: number) => {
    let w = rect(dir > 0 ? 70 : -330, -50, 260, 100, '#1e3f7a', 'stroke="#9bb7e0" stroke-width="3"');
    for (let k = 1; k < 6; k += 1) w += line([dir > 0 ? 70 + k * 43 : -330 + k * 43, -50], [dir > 0 ? 70 + k * 43 : -330 + k * 43, 50], '#6f8fc7', 2);
    w += line([dir > 0 ? 70 : -330, 0], [dir > 0 ? 330 : -70, 0], '#6f8fc7', 2);
    w += rect(dir > 0 ? 50 : -70, -6, 20, 12, '#9aa3ad');
    return w;
  };
  sat += wing(1) + wing(-1);
  sat += rect(-50, -70, 100, 140, s.linear([[0, '#f2cf72'], [0.5, '#d4a13f'], [1, '#a8782a']], 0, 0, 1, 1));
  for (let k = 1; k < 5; k += 1) sat += line([-50, -70 + k * 28], [50, -70 + k * 28], '#b88a35', 2);
  sat += rect(-30, 70, 60, 20, '#8a939a');
  sat += ellipse(0, -100, 54, 20, '#e9eef2', 'stroke="#9aa3ad" stroke-width="3"') + line([0, -100], [0, -70], '#9aa3ad', 5) + line([0, -100], [0, -140], '#9aa3ad', 3);
  out += group(sat, `transform="translate(${sx},${sy}) rotate(-14)"`);
  // Sunlight glinting from the right.
  out += circle(1600, 80, 300, s.radialAbs([[0, '#fff6d8', 0.5], [1, '#fff6d8', 0]], 1600, 80, 300));
  return out;
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const satelliteOrbitIllustration: DemoScene = { name: 'satellite-orbit', alt: demoImageAlts['satellite-orbit'], draw: satelliteScene };
