import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { type Pt, f, lerp, rect, poly, circle, ellipse, line, pathEl, camera } from '../svg';
import { Scene, W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

/** A heavy stage curtain panel hanging in folds between x0 and x1, gathered towards `gather`. */
function curtain(s: Scene, x0: number, x1: number, top: number, bottom: number, tieY: number, gatherX: number): string {
  const folds = 9;
  const fold = s.linear([
    [0, '#5e0f17'],
    [0.3, '#b3202c'],
    [0.5, '#d8343f'],
    [0.75, '#9a1822'],
    [1, '#5e0f17'],
  ], 0, 0, 1, 0);
  let out = '';
  for (let i = 0; i < folds; i += 1) {
    const a = lerp(x0, x1, i / folds);
    const b = lerp(x0, x1, (i + 1) / folds);
    // Gathered at the tie-back, then flaring out to the floor.
    const ga = lerp(a, gatherX, 0.7);
    const gb = lerp(b, gatherX, 0.7);
    out += pathEl(
      `M${f(a)},${top} L${f(b)},${top} Q${f(gb + (b - gb) * 0.2)},${f(tieY - 80)} ${f(gb)},${f(tieY)} Q${f(gb + (b - gb) * 0.3)},${f(tieY + 120)} ${f(b + (b - a) * 0.15)},${bottom} L${f(a - (b - a) * 0.15)},${bottom} Q${f(ga + (a - ga) * 0.3)},${f(tieY + 120)} ${f(ga)},${f(tieY)} Q${f(ga + (a - ga) * 0.2)},${f(tieY - 80)} ${f(a)},${top} Z`,
      fold,
    );
  }
  return out + ellipse(gatherX, tieY, 30, 12, '#d4a13f');
}

const theatreScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, '#120a0c');
  // Back wall of the stage, softly lit, and the wooden stage floor in perspective.
  out += rect(180, 90, 1240, 560, s.linear([[0, '#2a1a1c'], [1, '#3d2626']]));
  const cam = camera(800, 380, 700);
  const floorPts: Pt[] = [[60, 650], [1540, 650], [1700, H], [-100, H]];
  out += poly(floorPts, s.linear([[0, '#6d4527'], [1, '#9b6a3d']]));
  for (let x = -6; x <= 6; x += 0.5) out += line(cam(x, 1.0, 2.6), cam(x * 0.95, 1.0, 1.4), '#5a3820', 2, 'opacity="0.55"');
  for (let y = 700; y < H; y += 50) out += line([0, y], [W, y], '#5a3820', 1.5, 'opacity="0.25"');
  out += rect(40, 645, 1520, 12, '#3a2416');
  // The spotlight: a cone from above and a pool of light on the boards.
  out += poly([[760, -20], [840, -20], [1020, 760], [580, 760]], s.linear([[0, '#fff3d6', 0.35], [1, '#fff3d6', 0.06]]), `filter="${s.blur(10)}"`);
  out += ellipse(800, 760, 260, 60, s.radial([[0, '#fff3d6', 0.8], [0.6, '#ffe2a8', 0.4], [1, '#ffe2a8', 0]]));
  // Footlights along the apron edge.
  for (let x = 120; x < 1500; x += 80) out += ellipse(x, 660, 16, 6, '#ffe9b0') + circle(x, 660, 34, s.radialAbs([[0, '#ffe9b0', 0.35], [1, '#ffe9b0', 0]], x, 660, 34));
  // Curtains drawn back, the valance of swags, and the gilded proscenium.
  out += curtain(s, -20, 430, 60, 680, 430, 120);
  out += curtain(s, 1170, 1620, 60, 680, 430, 1480);
  out += rect(0, 0, W, 70, '#4a0c12');
  for (let i = 0; i < 8; i += 1) {
    const x = i * 200;
    out += pathEl(`M${x},50 Q${x + 100},190 ${x + 200},50 Z`, s.linear([[0, '#8f1520'], [0.6, '#c4283a'], [1, '#7a1019']]));
    out += pathEl(`M${x},50 Q${x + 100},190 ${x + 200},50`, 'none', 'stroke="#d4a13f" stroke-width="6"');
    out += circle(x, 56, 12, '#d4a13f');
  }
  out += rect(0, 0, W, 22, '#d4a13f') + rect(0, 22, W, 10, '#8a6420');
  return out + vignette(s, 0.45);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const theatreCurtainIllustration: DemoScene = { name: 'theatre-curtain', alt: demoImageAlts['theatre-curtain'], draw: theatreScene };
