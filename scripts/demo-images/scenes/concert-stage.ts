import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, rect, poly, circle, ellipse, line, pathEl, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const concertScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#06040f'], [1, '#150b26']]));
  // Haze in the air.
  out += group(ellipse(800, 420, 700, 260, '#3b2a6b', 'opacity="0.45"'), `filter="${s.blur(60)}"`);
  // Beams from the truss down onto the stage.
  const colours = ['#ff3fa4', '#3fd0ff', '#ffb13f', '#9b5cff', '#3fffb0', '#ff3fa4', '#3fd0ff'];
  const beams: string[] = [];
  const lamps: Pt[] = [];
  for (let i = 0; i < 7; i += 1) {
    const x = 180 + i * 206;
    lamps.push([x, 130]);
    const target = s.r(260, 1340);
    const c = colours[i] ?? '#fff';
    beams.push(poly([[x - 12, 140], [x + 12, 140], [target + 120, 640], [target - 120, 640]], s.linear([[0, c, 0.7], [1, c, 0.08]]), `opacity="0.75"`));
  }
  out += group(beams.join(''), `filter="${s.blur(8)}"`);
  // The truss: a lattice beam across the top, with lamp cans.
  out += rect(60, 90, 1480, 40, 'none', 'stroke="#6f7480" stroke-width="5"');
  for (let x = 60; x < 1540; x += 40) out += line([x, 90], [x + 40, 130], '#6f7480', 3);
  for (const [x, y] of lamps) out += rect(x - 18, y - 6, 36, 30, '#1d1f26') + ellipse(x, y + 26, 16, 6, '#ffffff');
  out += rect(60, 90, 14, 560, '#4b4f58') + rect(1526, 90, 14, 560, '#4b4f58');
  // Stage platform, speaker stacks, a drum kit and microphone stand in silhouette.
  out += rect(0, 640, W, 30, '#2a2238') + rect(0, 670, W, 40, '#0d0a15');
  for (const x of [90, 1390]) {
    for (let k = 0; k < 3; k += 1) {
      out += rect(x, 420 + k * 74, 120, 70, '#15131c', 'stroke="#2b2836" stroke-width="3"') + circle(x + 60, 455 + k * 74, 24, '#23202d') + circle(x + 60, 455 + k * 74, 8, '#3a3648');
    }
  }
  out += ellipse(800, 600, 70, 40, '#1a1622') + ellipse(700, 560, 40, 14, '#c9a64a', 'opacity="0.7"') + ellipse(910, 540, 46, 14, '#c9a64a', 'opacity="0.7"') + rect(760, 580, 80, 50, '#1a1622');
  out += line([560, 640], [560, 470], '#0e0c14', 5) + line([560, 470], [610, 440], '#0e0c14', 4) + ellipse(614, 436, 9, 14, '#0e0c14');
  out += ellipse(800, 640, 420, 20, '#ff3fa4', 'opacity="0.25"');
  // The crowd in the foreground, some arms raised.
  let crowd = '';
  for (let i = 0; i < 36; i += 1) {
    const x = i * 46 + s.r(-10, 10);
    const y = H - s.r(0, 60);
    crowd += circle(x, y - 140, 28, '#05040a') + pathEl(`M${x - 46},${H + 10} Q${x - 46},${y - 110} ${x},${y - 110} Q${x + 46},${y - 110} ${x + 46},${H + 10} Z`, '#05040a');
    if (s.chance(0.3)) {
      const side = s.chance(0.5) ? 1 : -1;
      crowd += line([x + side * 26, y - 100], [x + side * s.r(40, 70), y - s.r(240, 300)], '#05040a', 16, 'stroke-linecap="round"');
    }
  }
  out += crowd;
  return out + vignette(s, 0.4);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const concertStageIllustration: DemoScene = { name: 'concert-stage', alt: demoImageAlts['concert-stage'], draw: concertScene };
