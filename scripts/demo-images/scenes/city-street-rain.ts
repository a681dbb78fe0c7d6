import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, clamp, mix, darken, rect, poly, circle, line, group, camera } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, vignette } from '../motifs';

const streetRainScene: SceneFn = (s) => {
  const cam = camera(800, 430, 620);
  let out = sky(s, [
    [0, '#0d1630'],
    [0.45, '#1d2b4f'],
    [1, '#32466e'],
  ]);
  out += circle(800, 330, 260, s.radialAbs([[0, '#8fa8d8', 0.45], [1, '#8fa8d8', 0]], 800, 330, 260));
  const ground = 0.75;
  const streetHalf = 1.1;
  // Road and pavements.
  out += poly([cam(-40, ground, 1), cam(40, ground, 1), cam(40, ground, 60), cam(-40, ground, 60)], s.linear([[0, '#2a3350'], [1, '#11162a']]));
  out += poly([cam(-streetHalf - 0.5, ground, 0.5), cam(-streetHalf, ground, 0.5), cam(-streetHalf, ground, 60), cam(-streetHalf - 0.5, ground, 60)], '#262d45');
  out += poly([cam(streetHalf, ground, 0.5), cam(streetHalf + 0.5, ground, 0.5), cam(streetHalf + 0.5, ground, 60), cam(streetHalf, ground, 60)], '#262d45');
  // Reflections of the lit buildings on the wet road, laid down first so facades sit above them.
  const reflections: string[] = [];
  const facades: string[] = [];
  const palette = ['#3a3552', '#2f3a55', '#463a4f', '#35304a', '#2b3448'];
  for (const side of [-1, 1]) {
    let z = 1.1;
    while (z < 30) {
      const depth = s.r(1.4, 3.2);
      const height = s.r(1.2, 3.6);
      const x = side * (streetHalf + 0.5);
      const colour = mix(s.pick(palette), '#1d2b4f', clamp((z - 4) / 24, 0, 0.8));
      const face = [cam(x, ground, z), cam(x, ground, z + depth), cam(x, -height, z + depth), cam(x, -height, z)];
      facades.push(poly(face, colour));
      // Windows on the facade plane.
      const floors = Math.floor((height + ground) / 0.45);
      const cols = Math.max(2, Math.floor(depth / 0.45));
      for (let fl = 1; fl < floors; fl += 1) {
        for (let c = 0; c < cols; c += 1) {
          const y0 = ground - fl * 0.45;
          const z0 = z + 0.12 + c * (depth / cols);
          const z1 = z0 + (depth / cols) * 0.55;
          const lit = s.chance(0.45);
          const fill = lit ? s.pick(['#ffd27a', '#ffc060', '#ffe3a8', '#9fd3ff']) : darken(colour, 0.35);
          facades.push(poly([cam(x, y0, z0), cam(x, y0, z1), cam(x, y0 - 0.26, z1), cam(x, y0 - 0.26, z0)], fill));
          if (lit && fl < 4 && z < 14) {
            const [rx, ry] = cam(x - side * 0.35, ground, z0 + 0.2);
            const len = (120 / z0) * s.r(0.6, 1.2);
            reflections.push(rect(rx - 6 / z0 - 2, ry, 12 / z0 + 4, len, fill, `opacity="0.5"`));
          }
        }
      }
      // Shop front glow at street level.
      if (s.chance(0.55)) {
        const glow = s.pick(['#ffb35c', '#ff7a7a', '#7fd6ff', '#ffe08a']);
        facades.push(poly([cam(x, ground, z + 0.2), cam(x, ground, z + depth - 0.2), cam(x, ground - 0.32, z + depth - 0.2), cam(x, ground - 0.32, z + 0.2)], glow, 'opacity="0.85"'));
        const [rx, ry] = cam(x - side * 0.5, ground, z + depth / 2);
        reflections.push(rect(rx - 14 / z, ry, 28 / z, 260 / z, glow, 'opacity="0.5"'));
      }
      z += depth + s.r(0, 0.3);
    }
  }
  out += group(reflections.join(''), `filter="${s.blur(5)}"`);
  out += facades.join('');
  // Street lamps with haloes.
  for (const side of [-1, 1]) {
    for (let z = 1.6; z < 16; z += 3.2) {
      const base = cam(side * (streetHalf + 0.2), ground, z);
      const top = cam(side * (streetHalf + 0.2), -0.9, z);
      const arm = cam(side * (streetHalf - 0.15), -0.9, z);
      out += line(base, top, '#11131f', 6 / z + 1) + line(top, arm, '#11131f', 4 / z + 1);
      out += circle(arm[0], arm[1] + 4 / z, 160 / z, s.radialAbs([[0, '#ffe2a0', 0.7], [1, '#ffe2a0', 0]], arm[0], arm[1], 160 / z));
      out += circle(arm[0], arm[1] + 4 / z, 14 / z + 1, '#fff3cf');
      const refl = cam(side * (streetHalf - 0.15), ground, z);
      out += rect(refl[0] - 8 / z - 1, refl[1], 16 / z + 2, 300 / z, '#ffe2a0', `opacity="0.35" filter="${s.blur(4)}"`);
    }
  }
  // Rain: thin slanted streaks.
  let rain = '';
  for (let i = 0; i < 700; i += 1) {
    const x = s.r(-100, W + 100);
    const y = s.r(-50, H);
    const len = s.r(18, 46);
    rain += line([x, y], [x - len * 0.22, y + len], '#cfe0ff', s.r(0.8, 1.6), `opacity="${f(s.r(0.15, 0.45))}"`);
  }
  out += rain;
  return out + vignette(s, 0.45);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const cityStreetRainIllustration: DemoScene = { name: 'city-street-rain', alt: demoImageAlts['city-street-rain'], draw: streetRainScene };
