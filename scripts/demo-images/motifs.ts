import { type Pt, type Stop, f, lighten, darken, rect, poly, circle, ellipse, pathEl, group, smooth } from './svg';
import { Scene, W, H } from './scene';

/** Building blocks more than one scene draws: skies, suns, ridges, people, containers, peaks. */

export function sky(s: Scene, stops: readonly Stop[]): string {
  return rect(0, 0, s.width, s.height, s.linear(stops));
}

/** A sun with a soft halo. */
export function sun(s: Scene, cx: number, cy: number, r: number, core: string, halo: string, haloScale = 4): string {
  const glow = s.radialAbs(
    [
      [0, halo, 0.55],
      [0.35, halo, 0.18],
      [1, halo, 0],
    ],
    cx,
    cy,
    r * haloScale,
  );
  return circle(cx, cy, r * haloScale, glow) + circle(cx, cy, r, core);
}

/** A rolling skyline function: a few sines with random phases, plus wobble. */
export function ridgeFn(s: Scene, base: number, amp: number, scale = 1): (x: number) => number {
  const waves = [0.0021, 0.0047, 0.011, 0.023].map((freq, i) => ({
    freq: freq * scale * s.r(0.8, 1.25),
    phase: s.r(0, Math.PI * 2),
    weight: [0.55, 0.28, 0.12, 0.05][i] ?? 0,
  }));
  return (x: number) => base + amp * waves.reduce((sum, w) => sum + w.weight * Math.sin(x * w.freq + w.phase), 0);
}

/** Fills everything below a ridge function. */
export function ridgeShape(fn: (x: number) => number, fill: string, width = W, height = H, extra = ''): string {
  const points: Pt[] = [];
  for (let x = -40; x <= width + 40; x += 40) points.push([x, fn(x)]);
  return pathEl(`${smooth(points)} L${width + 40},${height + 10} L-40,${height + 10} Z`, fill, extra);
}

/** A fluffy cloud made of overlapping ellipses with a flat-ish base. */
export function cloud(s: Scene, cx: number, cy: number, w: number, fill: string, opacity = 0.9): string {
  let out = '';
  const n = s.int(5, 8);
  for (let i = 0; i < n; i += 1) {
    const t = i / (n - 1);
    const x = cx - w / 2 + t * w;
    const r = (w / n) * s.r(0.9, 1.5) * (1 - Math.abs(t - 0.5) * 0.8);
    out += circle(x, cy - r * 0.45, r, fill);
  }
  out += ellipse(cx, cy, w * 0.55, w * 0.08, fill);
  return group(out, `opacity="${opacity}"`);
}

export function stars(s: Scene, count: number, maxY: number, colour = '#ffffff'): string {
  let out = '';
  for (let i = 0; i < count; i += 1) {
    const x = s.r(0, s.width);
    const y = Math.pow(s.rand(), 1.3) * maxY;
    const r = s.chance(0.06) ? s.r(1.6, 2.6) : s.r(0.5, 1.3);
    out += circle(x, y, r, colour, `opacity="${f(s.r(0.35, 1))}"`);
  }
  return out;
}

/** A soft darkening at the edges, as printed illustrations often have. */
export function vignette(s: Scene, strength = 0.35): string {
  const fill = s.radialAbs(
    [
      [0, '#000000', 0],
      [0.65, '#000000', 0],
      [1, '#000000', strength],
    ],
    s.width / 2,
    s.height / 2,
    Math.hypot(s.width, s.height) / 2,
  );
  return rect(0, 0, s.width, s.height, fill);
}

/** Windows in a grid on a rectangular facade, some lit. */
export function windows(
  s: Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  opts: { cols: number; rows: number; lit: string; dark: string; p: number; pad?: number },
): string {
  const pad = opts.pad ?? 0.35;
  const cw = w / opts.cols;
  const rh = h / opts.rows;
  let out = '';
  for (let c = 0; c < opts.cols; c += 1) {
    for (let r = 0; r < opts.rows; r += 1) {
      const lit = s.chance(opts.p);
      out += rect(
        x + c * cw + (cw * pad) / 2,
        y + r * rh + (rh * pad) / 2,
        cw * (1 - pad),
        rh * (1 - pad),
        lit ? opts.lit : opts.dark,
        lit ? `opacity="${f(s.r(0.75, 1))}"` : '',
      );
    }
  }
  return out;
}

/** A simple standing person, feet at (x, y), height h. */
export function person(x: number, y: number, h: number, coat: string, skin: string, hair: string): string {
  const head = h * 0.13;
  const shoulder = h * 0.14;
  const bodyTop = y - h + head * 2;
  const hip = y - h * 0.45;
  const legW = h * 0.06;
  const legs =
    rect(x - legW * 1.1, hip - 2, legW, y - hip + 2, darken(coat, 0.55)) + rect(x + legW * 0.1, hip - 2, legW, y - hip + 2, darken(coat, 0.55));
  const body = pathEl(
    `M${f(x - shoulder)},${f(bodyTop + head * 0.6)} Q${f(x - shoulder)},${f(bodyTop)} ${f(x)},${f(bodyTop)} Q${f(x + shoulder)},${f(bodyTop)} ${f(x + shoulder)},${f(bodyTop + head * 0.6)} L${f(x + shoulder * 0.85)},${f(hip + h * 0.05)} L${f(x - shoulder * 0.85)},${f(hip + h * 0.05)} Z`,
    coat,
  );
  const headY = bodyTop - head * 0.95;
  const faceEl = circle(x, headY, head, skin) + pathEl(
    `M${f(x - head)},${f(headY)} A${f(head)},${f(head)} 0 0 1 ${f(x + head)},${f(headY)} Q${f(x)},${f(headY - head * 0.5)} ${f(x - head)},${f(headY)} Z`,
    hair,
  );
  return legs + body + faceEl;
}

export const SKINS = ['#f1c9a5', '#e0ac7e', '#c68b59', '#8d5a3b', '#5c3a24', '#f6d5c0', '#d9a679'] as const;
export const HAIRS = ['#1d1a17', '#3b2a1e', '#6b4423', '#a0452c', '#d8b25a', '#8a8a8a', '#2b2b2b'] as const;



export const CONTAINER_COLOURS = ['#c0392b', '#2e86ab', '#e07a2f', '#2a9d8f', '#e9c46a', '#6d597a', '#3d5a80', '#8c2f39'] as const;

/** A shipping container seen side-on, with corrugations. */
export function container(s: Scene, x: number, y: number, w: number, h: number, colour?: string): string {
  const c = colour ?? s.pick(CONTAINER_COLOURS);
  let out = rect(x, y, w, h, c) + rect(x, y, w, h * 0.12, lighten(c, 0.18));
  const ribs = Math.max(4, Math.round(w / 9));
  for (let i = 1; i < ribs; i += 1) out += rect(x + (i * w) / ribs, y + h * 0.12, 1.4, h * 0.8, darken(c, 0.22));
  return out + rect(x, y + h - 2, w, 2, darken(c, 0.4));
}


/** A jagged peak with a shadowed flank and a snow cap clipped to its outline. */
export function peak(s: Scene, px: number, py: number, base: number, half: number, rock: string, snowLine: number | null, shadow: string): string {
  const left: Pt[] = [];
  const right: Pt[] = [];
  const n = 8;
  for (let i = 1; i < n; i += 1) {
    const t = i / n;
    left.push([px - half * t + s.r(-half * 0.05, half * 0.05), py + (base - py) * Math.pow(t, 0.9) + s.r(-12, 12)]);
    right.push([px + half * t + s.r(-half * 0.05, half * 0.05), py + (base - py) * Math.pow(t, 0.9) + s.r(-12, 12)]);
  }
  const outline: Pt[] = [[px - half, base + 2], ...left.slice().reverse(), [px, py], ...right, [px + half, base + 2]];
  const ridge: Pt[] = [[px, py]];
  for (let i = 1; i <= 6; i += 1) ridge.push([px + s.r(-half * 0.08, half * 0.12) + half * 0.06 * i, py + ((base - py) * i) / 6]);
  let out = poly(outline, rock);
  if (snowLine !== null) {
    const clipId = s.clip(poly(outline, '#fff'));
    const edge: Pt[] = [];
    for (let x = px - half; x <= px + half; x += half / 8) edge.push([x, snowLine + s.r(-30, 30) + Math.abs(x - px) * 0.25]);
    out += group(poly([[px - half, py - 10], [px + half, py - 10], ...edge.slice().reverse()], '#f6f4f2'), `clip-path="${clipId}"`);
  }
  out += poly([[px, py], ...right, [px + half, base + 2], ...ridge.slice().reverse()], shadow, 'opacity="0.45"');
  return out;
}
