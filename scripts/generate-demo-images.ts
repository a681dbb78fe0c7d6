/**
 * Generates Meridian's original demo illustrations into public/images/demo/.
 *
 * Every picture is drawn as an SVG scene (flat, layered, editorial style), rasterised by sharp,
 * given a light film grain and written as a progressive mozjpeg JPEG. The scenes are built from
 * a seeded pseudo-random generator keyed on the image name, so every run produces the same bytes
 * and the committed files only change when a scene changes. The alt texts in
 * lib/db/seed/demo/images.ts describe what each scene draws: change both together.
 *
 * Usage: npm run demo:images [-- name ...]   (no names: every illustration and author portrait)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import {
  DEMO_IMAGE_HEIGHT,
  DEMO_IMAGE_WIDTH,
  demoImageNames,
  type DemoImageName,
} from '@/lib/db/seed/demo/images';
import { demoAuthors } from '@/lib/db/seed/demo/taxonomy';
import { mulberry32 } from '@/lib/util/seeded-random';

const W = DEMO_IMAGE_WIDTH;
const H = DEMO_IMAGE_HEIGHT;
const AVATAR_SIZE = 400;
const OUT_DIR = path.join(process.cwd(), 'public', 'images', 'demo');
const JPEG = { quality: 78, progressive: true, mozjpeg: true } as const;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** FNV-1a: turns an image name into a stable 32-bit seed. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}


// ---------------------------------------------------------------------------------------------
// Geometry and colour helpers
// ---------------------------------------------------------------------------------------------

type Pt = readonly [number, number];
/** [offset 0..1, colour, opacity] */
type Stop = readonly [number, string, number?];

/** One decimal is plenty at 1600px and keeps the SVG source small. */
const f = (n: number): string => String(Math.round(n * 10) / 10);
const pts = (points: readonly Pt[]): string => points.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const n = parseInt(h.length === 3 ? h.replace(/(.)/g, '$1$1') : h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex(r: number, g: number, b: number): string {
  const c = (v: number) => Math.round(clamp(v, 0, 255)).toString(16).padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Mixes two colours; used for atmospheric perspective (far things fade into the sky). */
function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = hexToRgb(a);
  const [br, bg, bb] = hexToRgb(b);
  return rgbToHex(lerp(ar, br, t), lerp(ag, bg, t), lerp(ab, bb, t));
}

const lighten = (c: string, t: number): string => mix(c, '#ffffff', t);
const darken = (c: string, t: number): string => mix(c, '#000000', t);

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}" ${extra}/>`;
const poly = (points: readonly Pt[], fill: string, extra = ''): string =>
  `<polygon points="${pts(points)}" fill="${fill}" ${extra}/>`;
const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}" ${extra}/>`;
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}" ${extra}/>`;
const line = (a: Pt, b: Pt, stroke: string, width: number, extra = ''): string =>
  `<line x1="${f(a[0])}" y1="${f(a[1])}" x2="${f(b[0])}" y2="${f(b[1])}" stroke="${stroke}" stroke-width="${f(width)}" ${extra}/>`;
const pathEl = (d: string, fill: string, extra = ''): string => `<path d="${d}" fill="${fill}" ${extra}/>`;
const pathRaw = (d: string, attrs: string): string => `<path d="${d}" ${attrs}/>`;
const group = (content: string, extra = ''): string => `<g ${extra}>${content}</g>`;

/** Catmull-Rom through the points, as cubic Béziers: smooth hills, waves and cables. */
function smooth(points: readonly Pt[], move = true): string {
  if (points.length < 2) return '';
  const p = (i: number): Pt => points[clamp(i, 0, points.length - 1)] as Pt;
  let d = move ? `M${f(p(0)[0])},${f(p(0)[1])}` : `L${f(p(0)[0])},${f(p(0)[1])}`;
  for (let i = 0; i < points.length - 1; i += 1) {
    const p0 = p(i - 1);
    const p1 = p(i);
    const p2 = p(i + 1);
    const p3 = p(i + 2);
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${f(c1[0])},${f(c1[1])} ${f(c2[0])},${f(c2[1])} ${f(p2[0])},${f(p2[1])}`;
  }
  return d;
}

/** A one-point perspective camera: world X right, Y down, Z into the picture. */
function camera(vx: number, vy: number, focal: number) {
  return (x: number, y: number, z: number): Pt => [vx + (x * focal) / z, vy + (y * focal) / z];
}

// ---------------------------------------------------------------------------------------------
// The scene context: ids, gradients and filters for one SVG document
// ---------------------------------------------------------------------------------------------

class Scene {
  readonly defs: string[] = [];
  private counter = 0;

  constructor(
    readonly rand: () => number,
    readonly width: number,
    readonly height: number,
  ) {}

  id(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  r(min: number, max: number): number {
    return min + (max - min) * this.rand();
  }

  int(min: number, max: number): number {
    return Math.floor(this.r(min, max + 1 - 1e-9));
  }

  chance(p: number): boolean {
    return this.rand() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.rand() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }

  private stops(stops: readonly Stop[]): string {
    return stops
      .map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`)
      .join('');
  }

  /** A linear gradient in the shape's own box (0..1), top to bottom unless told otherwise. */
  linear(stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.id('lg');
    this.defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${this.stops(stops)}</linearGradient>`);
    return `url(#${id})`;
  }

  /** A linear gradient in picture coordinates, for fills shared across many shapes. */
  linearAbs(stops: readonly Stop[], x1: number, y1: number, x2: number, y2: number): string {
    const id = this.id('la');
    this.defs.push(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}">${this.stops(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** A radial gradient in the shape's own box. */
  radial(stops: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
    const id = this.id('rg');
    this.defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${this.stops(stops)}</radialGradient>`);
    return `url(#${id})`;
  }

  /** A radial gradient in picture coordinates. */
  radialAbs(stops: readonly Stop[], cx: number, cy: number, r: number): string {
    const id = this.id('ra');
    this.defs.push(
      `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}">${this.stops(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /** A Gaussian blur filter; the enlarged region stops soft shapes being clipped square. */
  blur(sd: number): string {
    const id = this.id('bl');
    this.defs.push(
      `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${sd}"/></filter>`,
    );
    return `url(#${id})`;
  }

  clip(content: string): string {
    const id = this.id('cp');
    this.defs.push(`<clipPath id="${id}">${content}</clipPath>`);
    return `url(#${id})`;
  }
}

// ---------------------------------------------------------------------------------------------
// Shared building blocks
// ---------------------------------------------------------------------------------------------

function sky(s: Scene, stops: readonly Stop[]): string {
  return rect(0, 0, s.width, s.height, s.linear(stops));
}

/** A sun with a soft halo. */
function sun(s: Scene, cx: number, cy: number, r: number, core: string, halo: string, haloScale = 4): string {
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
function ridgeFn(s: Scene, base: number, amp: number, scale = 1): (x: number) => number {
  const waves = [0.0021, 0.0047, 0.011, 0.023].map((freq, i) => ({
    freq: freq * scale * s.r(0.8, 1.25),
    phase: s.r(0, Math.PI * 2),
    weight: [0.55, 0.28, 0.12, 0.05][i] ?? 0,
  }));
  return (x: number) => base + amp * waves.reduce((sum, w) => sum + w.weight * Math.sin(x * w.freq + w.phase), 0);
}

/** Fills everything below a ridge function. */
function ridgeShape(fn: (x: number) => number, fill: string, width = W, height = H, extra = ''): string {
  const points: Pt[] = [];
  for (let x = -40; x <= width + 40; x += 40) points.push([x, fn(x)]);
  return pathEl(`${smooth(points)} L${width + 40},${height + 10} L-40,${height + 10} Z`, fill, extra);
}

/** A fluffy cloud made of overlapping ellipses with a flat-ish base. */
function cloud(s: Scene, cx: number, cy: number, w: number, fill: string, opacity = 0.9): string {
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

function stars(s: Scene, count: number, maxY: number, colour = '#ffffff'): string {
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
function vignette(s: Scene, strength = 0.35): string {
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
function windows(
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
function person(x: number, y: number, h: number, coat: string, skin: string, hair: string): string {
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

const SKINS = ['#f1c9a5', '#e0ac7e', '#c68b59', '#8d5a3b', '#5c3a24', '#f6d5c0', '#d9a679'] as const;
const HAIRS = ['#1d1a17', '#3b2a1e', '#6b4423', '#a0452c', '#d8b25a', '#8a8a8a', '#2b2b2b'] as const;

// ---------------------------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------------------------

type SceneFn = (s: Scene) => string;

/** A tower with an optional crown (antenna, setback or slanted roof) and windows. */
function tower(
  s: Scene,
  x: number,
  w: number,
  top: number,
  base: number,
  fill: string,
  win?: { lit: string; dark: string; p: number },
): string {
  let out = rect(x, top, w, base - top, fill);
  const crown = s.int(0, 4);
  if (crown === 1) out += rect(x + w * 0.47, top - s.r(30, 80), Math.max(2, w * 0.05), s.r(30, 80), fill);
  if (crown === 2) out += rect(x + w * 0.15, top - 24, w * 0.7, 26, fill) + rect(x + w * 0.3, top - 44, w * 0.4, 22, fill);
  if (crown === 3) out += poly([[x, top + 1], [x + w, top + 1], [x + w, top - w * 0.35]], fill);
  if (crown === 4) out += poly([[x, top + 1], [x + w, top + 1], [x + w / 2, top - w * 0.6]], fill);
  if (win) {
    const cols = Math.max(2, Math.round(w / 16));
    const rows = Math.max(3, Math.round((base - top) / 22));
    out += windows(s, x + w * 0.08, top + 12, w * 0.84, base - top - 12, { cols, rows, ...win, pad: 0.45 });
  }
  return out;
}

const cityScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#1d1a4a'],
    [0.32, '#55306e'],
    [0.58, '#b84a62'],
    [0.78, '#f0894a'],
    [1, '#ffc877'],
  ]);
  out += stars(s, 60, 200, '#fff4e0');
  out += sun(s, s.r(650, 950), 560, 85, '#ffe1a1', '#ffb25c', 4.5);
  const haze = s.blur(6);
  out += ellipse(300, 330, 260, 9, '#f7a26b', `opacity="0.4" filter="${haze}"`) + ellipse(1250, 290, 300, 7, '#f7a26b', `opacity="0.35" filter="${haze}"`);
  const base = 770;
  const layers = [
    { fill: '#8f4a72', min: 160, max: 380, wmin: 50, wmax: 120, win: undefined },
    { fill: '#5a2a5c', min: 120, max: 520, wmin: 60, wmax: 140, win: { lit: '#ffcf7a', dark: '#4b2250', p: 0.15 } },
    { fill: '#2a1436', min: 80, max: 360, wmin: 70, wmax: 160, win: { lit: '#ffd27a', dark: '#341a42', p: 0.35 } },
  ];
  for (const layer of layers) {
    let x = -s.r(0, 60);
    while (x < W) {
      const w = s.r(layer.wmin, layer.wmax);
      const h = s.r(layer.min, layer.max);
      out += tower(s, x, w, base - h, base + 2, layer.fill, layer.win);
      x += w + s.r(-10, 18);
    }
  }
  // Water in front: the sky's colours broken into ripples.
  out += rect(0, base, W, H - base, s.linear([
    [0, '#3b1d45'],
    [1, '#140a20'],
  ]));
  for (let i = 0; i < 160; i += 1) {
    const y = base + 6 + Math.pow(s.rand(), 1.5) * (H - base - 10);
    const x = s.r(0, W);
    const near = Math.abs(x - 800) < 260;
    out += rect(x, y, s.r(20, 90), s.r(1.5, 3.5), near ? '#ffb25c' : s.pick(['#ffcf7a', '#b84a62', '#8f4a72']), `opacity="${f(s.r(0.25, 0.7))}"`);
  }
  return out + vignette(s, 0.3);
};

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

const CONTAINER_COLOURS = ['#c0392b', '#2e86ab', '#e07a2f', '#2a9d8f', '#e9c46a', '#6d597a', '#3d5a80', '#8c2f39'] as const;

/** A shipping container seen side-on, with corrugations. */
function container(s: Scene, x: number, y: number, w: number, h: number, colour?: string): string {
  const c = colour ?? s.pick(CONTAINER_COLOURS);
  let out = rect(x, y, w, h, c) + rect(x, y, w, h * 0.12, lighten(c, 0.18));
  const ribs = Math.max(4, Math.round(w / 9));
  for (let i = 1; i < ribs; i += 1) out += rect(x + (i * w) / ribs, y + h * 0.12, 1.4, h * 0.8, darken(c, 0.22));
  return out + rect(x, y + h - 2, w, 2, darken(c, 0.4));
}

function gantryCrane(x: number, quay: number, height: number, colour: string, scale: number): string {
  const legH = height;
  const boomY = quay - legH;
  const span = 150 * scale;
  const beam = 14 * scale;
  let out = '';
  out += rect(x - span / 2, boomY, beam, legH, colour) + rect(x + span / 2 - beam, boomY, beam, legH, colour);
  out += rect(x - span / 2, quay - legH * 0.45, span, beam * 0.8, colour);
  // The boom reaches out over the water (left) and back over the yard (right).
  out += rect(x - 420 * scale, boomY - beam * 1.6, 600 * scale, beam * 1.6, colour);
  const apex: Pt = [x, boomY - 150 * scale];
  out += poly([[x - span / 2, boomY - beam], [apex[0] - 6 * scale, apex[1]], [apex[0] + 6 * scale, apex[1]], [x + span / 2, boomY - beam]], 'none', `stroke="${colour}" stroke-width="${f(9 * scale)}" stroke-linejoin="round"`);
  out += line(apex, [x - 410 * scale, boomY - beam * 1.6], colour, 4 * scale) + line(apex, [x - 240 * scale, boomY - beam * 1.6], colour, 3 * scale);
  out += line(apex, [x + 170 * scale, boomY - beam * 1.6], colour, 4 * scale);
  // Machinery house and the trolley with a container on its cables.
  out += rect(x + 60 * scale, boomY - beam * 1.6 - 40 * scale, 90 * scale, 40 * scale, lighten(colour, 0.75));
  const tx = x - 280 * scale;
  out += rect(tx - 20 * scale, boomY, 40 * scale, 16 * scale, '#2d3142');
  out += line([tx - 12 * scale, boomY + 16 * scale], [tx - 12 * scale, boomY + 150 * scale], '#2d3142', 2 * scale);
  out += line([tx + 12 * scale, boomY + 16 * scale], [tx + 12 * scale, boomY + 150 * scale], '#2d3142', 2 * scale);
  return out;
}

const harbourScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#8fb6d9'],
    [0.55, '#d9e4ec'],
    [0.7, '#f6dcc4'],
    [1, '#f6dcc4'],
  ]);
  out += cloud(s, 300, 170, 320, '#ffffff', 0.7) + cloud(s, 1220, 120, 260, '#ffffff', 0.6);
  const quay = 640;
  // Distant hills and city across the water.
  out += ridgeShape(ridgeFn(s, 560, 30), '#b7c4cf');
  const cranes: Array<[number, number, string]> = [
    [1330, 0.75, '#d9823b'],
    [420, 1.0, '#c8553d'],
    [940, 0.88, '#c8553d'],
  ];
  // Stacked containers in the yard behind the quay edge.
  for (let x = 40; x < W - 40; x += 128) {
    const stack = s.int(2, 5);
    for (let k = 0; k < stack; k += 1) {
      if (s.chance(0.12) && k > 0) break;
      out += container(s, x, quay - 36 * (k + 1), 120, 34);
    }
  }
  for (const [cx, scale, colour] of cranes) {
    out += gantryCrane(cx, quay, 380 * scale, colour, scale);
    // A container hanging from the trolley cables.
    out += container(s, cx - 280 * scale - 55 * scale, quay - 380 * scale + 150 * scale, 110 * scale, 32 * scale);
  }
  // Quay wall and water.
  out += rect(0, quay, W, 30, '#8d8f92') + rect(0, quay + 30, W, 14, '#5f6266');
  for (let x = 30; x < W; x += 140) out += rect(x, quay + 4, 18, 10, '#3f4246');
  out += rect(0, quay + 44, W, H - quay - 44, s.linear([
    [0, '#4f7fa0'],
    [1, '#1f4461'],
  ]));
  for (let i = 0; i < 120; i += 1) {
    const y = quay + 50 + Math.pow(s.rand(), 1.6) * (H - quay - 50);
    out += rect(s.r(0, W), y, s.r(30, 140), s.r(1.5, 3), s.pick(['#a8c8de', '#e6d2b8', '#2c5878']), `opacity="${f(s.r(0.3, 0.7))}"`);
  }
  return out + vignette(s, 0.22);
};

const coastScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#7fb8e0'],
    [0.45, '#cfe6f2'],
    [0.5, '#f3ead8'],
  ]);
  out += cloud(s, 1150, 140, 380, '#ffffff', 0.85) + cloud(s, 350, 100, 220, '#ffffff', 0.7);
  const horizon = 360;
  out += rect(0, horizon, W, H - horizon, s.linear([
    [0, '#2f7fa6'],
    [0.5, '#3fa6b8'],
    [1, '#6fcfc4'],
  ]));
  // A green headland on the right closing the bay.
  out += pathEl(`M1600,${horizon - 70} C1450,${horizon - 80} 1350,${horizon - 20} 1220,${horizon + 6} L1600,${horizon + 6} Z`, '#6f8f5a');
  out += pathEl(`M1600,${horizon - 40} C1480,${horizon - 30} 1400,${horizon} 1300,${horizon + 6} L1600,${horizon + 6} Z`, '#56744a');
  out += rect(1230, horizon + 2, 370, 6, '#d9c79a', 'opacity="0.7"');
  // Rows of waves: each a darker swell with a foam crest, growing as they approach.
  const shore = (x: number) => 640 + 70 * Math.sin(x * 0.0024 + 0.6) + 25 * Math.sin(x * 0.007 + 2);
  for (let k = 0; k < 9; k += 1) {
    const t = k / 8;
    const y0 = lerp(horizon + 20, 600, Math.pow(t, 1.4));
    const amp = lerp(2, 14, t);
    const crest: Pt[] = [];
    for (let x = -40; x <= W + 40; x += 40) crest.push([x, Math.min(y0 + amp * Math.sin(x * 0.01 + k * 1.7) + s.r(-2, 2), shore(x) - 8)]);
    out += pathEl(`${smooth(crest)} L${W + 40},${y0 + 40 + amp * 3} L-40,${y0 + 40 + amp * 3} Z`, mix('#2f7fa6', '#57c1bd', t), 'opacity="0.55"');
    out += pathEl(smooth(crest), 'none', `stroke="#ffffff" stroke-width="${f(lerp(1.5, 7, t))}" stroke-linecap="round" opacity="${f(lerp(0.45, 0.9, t))}"`);
  }
  // Sand, wet sand and the lacy edge of the last wave.
  const sand: Pt[] = [];
  for (let x = -40; x <= W + 40; x += 40) sand.push([x, shore(x)]);
  out += pathEl(`${smooth(sand)} L${W + 40},${H + 10} L-40,${H + 10} Z`, s.linear([
    [0, '#c9b28a'],
    [0.2, '#e5cf9f'],
    [1, '#f1dfb6'],
  ]));
  out += pathEl(smooth(sand), 'none', 'stroke="#b49a6e" stroke-width="26" opacity="0.55"');
  const foam: Pt[] = sand.map(([x, y]) => [x, y - 4 + s.r(-5, 5)]);
  out += pathEl(smooth(foam), 'none', 'stroke="#ffffff" stroke-width="9" stroke-linecap="round" opacity="0.95"');
  for (let i = 0; i < 60; i += 1) {
    const x = s.r(0, W);
    out += ellipse(x, shore(x) + s.r(6, 20), s.r(10, 40), s.r(2, 4), '#ffffff', 'opacity="0.6"');
  }
  // Footprint-like pebbles and ripples in the sand.
  for (let i = 0; i < 40; i += 1) {
    const x = s.r(0, W);
    const y = s.r(shore(x) + 60, H);
    out += pathEl(`M${f(x)},${f(y)} q30,-8 60,0`, 'none', 'stroke="#cdb487" stroke-width="3" opacity="0.6"');
  }
  return out + vignette(s, 0.2);
};

const oceanScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#5fc3e4'],
    [0.18, '#1f7fb8'],
    [0.55, '#0d4a86'],
    [1, '#041a3a'],
  ]);
  // Rippled surface seen from below.
  for (let i = 0; i < 40; i += 1) {
    out += ellipse(s.r(0, W), s.r(0, 60), s.r(40, 120), s.r(4, 10), '#c9f1ff', `opacity="${f(s.r(0.2, 0.5))}"`);
  }
  // Shafts of sunlight fanning down from the surface.
  const rays: string[] = [];
  for (let i = 0; i < 11; i += 1) {
    const x = s.r(200, 1400);
    const spread = s.r(0.15, 0.35);
    const w = s.r(20, 70);
    rays.push(poly([[x - w, -10], [x + w, -10], [x + w + 900 * spread + 150, H], [x - w + 900 * spread - 80, H]], '#d8f4ff', `opacity="${f(s.r(0.06, 0.16))}"`));
  }
  out += group(rays.join(''), `filter="${s.blur(12)}"`);
  // A school of small fish in silhouette.
  const cx = 1050;
  const cy = 520;
  for (let i = 0; i < 60; i += 1) {
    const a = s.r(0, Math.PI * 2);
    const d = Math.pow(s.rand(), 0.6) * 260;
    const x = cx + Math.cos(a) * d * 1.3;
    const y = cy + Math.sin(a) * d * 0.5;
    const size = s.r(10, 18);
    out += group(ellipse(0, 0, size, size * 0.38, '#0a2f5c') + poly([[-size * 0.8, 0], [-size * 1.5, -size * 0.5], [-size * 1.5, size * 0.5]], '#0a2f5c'), `transform="translate(${f(x)},${f(y)}) rotate(${f(s.r(-8, 8))})" opacity="0.8"`);
  }
  // Rising bubbles and floating particles.
  for (let i = 0; i < 70; i += 1) {
    const x = s.r(100, 600);
    const y = s.r(200, 880);
    out += circle(x, y, s.r(2, 9), 'none', `stroke="#bdeaff" stroke-width="1.5" opacity="${f(s.r(0.3, 0.7))}"`);
  }
  for (let i = 0; i < 200; i += 1) out += circle(s.r(0, W), s.r(0, H), s.r(0.6, 1.8), '#cfefff', `opacity="${f(s.r(0.1, 0.45))}"`);
  // Dark sea floor silhouette with a few weeds.
  out += ridgeShape(ridgeFn(s, 850, 40), '#03122a');
  for (let i = 0; i < 14; i += 1) {
    const x = s.r(0, W);
    const hgt = s.r(60, 180);
    out += pathEl(`M${f(x)},900 Q${f(x + s.r(-40, 40))},${f(900 - hgt / 2)} ${f(x + s.r(-20, 20))},${f(900 - hgt)}`, 'none', `stroke="#062447" stroke-width="${f(s.r(4, 9))}" stroke-linecap="round"`);
  }
  return out + vignette(s, 0.35);
};

const deltaScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([
    [0, '#b9ad74'],
    [1, '#cfc08a'],
  ]));
  // Patches of vegetation and farmland, softened.
  // Farmland seen from the air: a slightly skewed patchwork of fields.
  let patches = '';
  for (let gx = -1; gx < 14; gx += 1) {
    for (let gy = 0; gy < 8; gy += 1) {
      const x = gx * 120 + gy * 14 + s.r(-6, 6);
      const y = gy * 95 + s.r(-6, 6);
      patches += poly([[x + 4, y + 4], [x + 116, y + 4 + s.r(-5, 5)], [x + 118, y + 90], [x + 6, y + 92]], s.pick(['#8fa35c', '#a3ad68', '#7b9450', '#c2b779', '#b5a866', '#6f8a4a']), `opacity="${f(s.r(0.35, 0.7))}"`);
    }
  }
  out += group(patches, `filter="${s.blur(1.5)}"`);
  // The sea along the bottom, with a scalloped coastline.
  const coast = (x: number) => 690 + 28 * Math.sin(x * 0.006) + 14 * Math.sin(x * 0.017 + 1);
  const channels: string[] = [];
  const banks: string[] = [];
  const fans: string[] = [];
  // The river meanders south, then splits again and again as it slows, fanning out towards the sea.
  const splitAt = [300, 420, 520, 610];
  const branch = (x: number, y: number, angle: number, width: number, depth: number): void => {
    const points: Pt[] = [[x, y]];
    let cx = x;
    let cy = y;
    let a = angle;
    const stopY = splitAt[depth] ?? Infinity;
    while (cy < stopY && cy < coast(cx) + 6) {
      a += s.r(-0.25, 0.25) + (angle - a) * 0.3;
      a = clamp(a, Math.PI * 0.15, Math.PI * 0.85);
      cx += Math.cos(a) * 30;
      cy += Math.sin(a) * 30;
      points.push([cx, cy]);
    }
    const d = smooth(points);
    banks.push(pathEl(d, 'none', `stroke="#4d7040" stroke-width="${f(width + 26)}" stroke-linecap="round" opacity="0.75"`));
    channels.push(pathEl(d, 'none', `stroke="#3c7fa6" stroke-width="${f(width)}" stroke-linecap="round"`));
    channels.push(pathEl(d, 'none', `stroke="#7cc0d8" stroke-width="${f(width * 0.3)}" stroke-linecap="round" opacity="0.55"`));
    if (cy >= coast(cx) + 6) {
      fans.push(ellipse(cx, coast(cx) + 16, 30 + width * 3, 18, '#cfe3c6', 'opacity="0.5"'));
      return;
    }
    const n = depth === 0 ? 3 : 2;
    const spread = depth === 0 ? 0.55 : 0.32;
    for (let k = 0; k < n; k += 1) branch(cx, cy, angle + (k - (n - 1) / 2) * spread * s.r(0.8, 1.2), width * 0.7, depth + 1);
  };
  branch(700, -20, Math.PI / 2, 40, 0);
  out += group(banks.join(''), `filter="${s.blur(6)}"`);
  const coastPts: Pt[] = [];
  for (let x = -40; x <= W + 40; x += 40) coastPts.push([x, coast(x)]);
  out += pathEl(`${smooth(coastPts)} L${W + 40},${H + 10} L-40,${H + 10} Z`, s.linear([
    [0, '#5fb0b8'],
    [0.3, '#2f8aa8'],
    [1, '#17557f'],
  ]));
  out += group(fans.join(''), `filter="${s.blur(10)}"`);
  out += channels.join('');
  out += pathEl(smooth(coastPts), 'none', 'stroke="#e8dcae" stroke-width="6" opacity="0.6"');
  // Sediment plumes spreading into the sea.
  let plumes = '';
  for (let i = 0; i < 8; i += 1) {
    const x = s.r(250, 1250);
    plumes += ellipse(x, coast(x) + s.r(30, 70), s.r(80, 160), s.r(15, 30), '#a9d1c0', 'opacity="0.3"');
  }
  out += group(plumes, `filter="${s.blur(20)}"`);
  return out + vignette(s, 0.25);
};

const dryRiverScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#dfe3e3'],
    [0.5, '#f1ecdf'],
  ]);
  out += sun(s, 1180, 150, 55, '#fffaf0', '#fff3d6', 5);
  const horizon = 430;
  out += ridgeShape(ridgeFn(s, horizon - 20, 18), '#c9bca1');
  const cam = camera(800, horizon, 520);
  const h = 1.0;
  // The cracked bed: a jittered grid laid on the ground plane, each plate inset so the cracks show.
  out += rect(0, horizon, W, H - horizon, s.linear([
    [0, '#a8875b'],
    [1, '#5d4125'],
  ]));
  const zs: number[] = [];
  for (let z = 0.55; z < 14; z *= 1.16) zs.push(z);
  const xs: number[] = [];
  for (let x = -9; x <= 9; x += 0.42) xs.push(x);
  const jitter = new Map<string, Pt>();
  const at = (i: number, j: number): Pt => {
    const key = `${i},${j}`;
    let p = jitter.get(key);
    if (!p) {
      const z = zs[j] ?? 1;
      const x = xs[i] ?? 0;
      const dz = ((zs[j + 1] ?? z * 1.16) - z) * 0.35;
      p = cam(x + s.r(-0.14, 0.14), h, z + s.r(-dz, dz));
      jitter.set(key, p);
    }
    return p;
  };
  for (let j = zs.length - 2; j >= 0; j -= 1) {
    for (let i = 0; i < xs.length - 1; i += 1) {
      const quad = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)];
      const cxm = quad.reduce((a, p) => a + p[0], 0) / 4;
      const cym = quad.reduce((a, p) => a + p[1], 0) / 4;
      if (cxm < -100 || cxm > W + 100) continue;
      const inset = 0.86 - 0.04 * (j / zs.length);
      const plate = quad.map(([x, y]) => [cxm + (x - cxm) * inset, cym + (y - cym) * inset] as Pt);
      const tone = mix('#d9bb8a', '#b8955f', s.rand() * 0.8);
      out += poly(plate, mix(tone, '#c9b394', clamp((j / zs.length) * 1.2, 0, 0.7)));
      if (j < 10) out += poly([plate[0] as Pt, plate[1] as Pt, [lerp((plate[1] as Pt)[0], cxm, 0.3), lerp((plate[1] as Pt)[1], cym, 0.3)], [lerp((plate[0] as Pt)[0], cxm, 0.3), lerp((plate[0] as Pt)[1], cym, 0.3)]], '#ecd6ad', 'opacity="0.35"');
    }
  }
  // Banks on both sides, dry grass.
  for (const side of [-1, 1]) {
    const edge = (z: number) => cam(side * 3.6, h, z);
    const pts2: Pt[] = [];
    for (let z = 0.4; z < 20; z *= 1.3) pts2.push(edge(z));
    const far = pts2[pts2.length - 1] as Pt;
    const near = pts2[0] as Pt;
    const outer = side < 0 ? -50 : W + 50;
    out += poly([...pts2, [far[0], far[1] - 18], [outer, horizon - 18], [outer, H + 10], [near[0], H + 10]], '#9c8a5e');
    for (let i = 0; i < 40; i += 1) {
      const z = Math.exp(s.r(Math.log(0.6), Math.log(14)));
      const [gx, gy] = cam(side * s.r(3.8, 9), h - 0.05, z);
      const gh = 60 / z;
      out += pathEl(`M${f(gx)},${f(gy)} l${f(-gh * 0.3)},${f(-gh)} M${f(gx)},${f(gy)} l0,${f(-gh * 1.2)} M${f(gx)},${f(gy)} l${f(gh * 0.3)},${f(-gh)}`, 'none', `stroke="#c7b27a" stroke-width="${f(Math.max(1, 5 / z))}"`);
    }
  }
  return out + vignette(s, 0.22);
};

/** One wheat stalk with a bearded ear. */
function wheatStalk(x: number, y: number, h: number, lean: number, colour: string): string {
  const top: Pt = [x + lean, y - h];
  let out = pathEl(`M${f(x)},${f(y)} Q${f(x + lean * 0.3)},${f(y - h * 0.5)} ${f(top[0])},${f(top[1])}`, 'none', `stroke="${darken(colour, 0.15)}" stroke-width="${f(h * 0.012 + 1)}"`);
  const grains = 7;
  const g = h * 0.035;
  const angle = (Math.atan2(lean, h) * 180) / Math.PI;
  let ear = '';
  for (let i = 0; i < grains; i += 1) {
    const gy = -i * g * 1.3;
    ear += ellipse(-g * 0.55, gy, g * 0.55, g, colour, `transform="rotate(-20 ${f(-g * 0.55)} ${f(gy)})"`);
    ear += ellipse(g * 0.55, gy - g * 0.5, g * 0.55, g, lighten(colour, 0.12), `transform="rotate(20 ${f(g * 0.55)} ${f(gy - g * 0.5)})"`);
    ear += line([0, gy - g], [(i % 2 ? 1 : -1) * g * 1.4, gy - g * 3.2], lighten(colour, 0.25), 0.9);
  }
  out += group(ear, `transform="translate(${f(top[0])},${f(top[1])}) rotate(${f(angle)})"`);
  return out;
}

const wheatScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#3f86c9'],
    [0.55, '#9cc9ea'],
    [0.75, '#e6f1f5'],
  ]);
  out += cloud(s, 420, 170, 360, '#ffffff', 0.95) + cloud(s, 1180, 230, 280, '#ffffff', 0.9) + cloud(s, 860, 90, 200, '#ffffff', 0.7);
  out += ridgeShape(ridgeFn(s, 440, 30), '#8fa7a0');
  // A line of trees and a farmhouse on the far hill.
  const far = ridgeFn(s, 480, 40);
  for (let x = 60; x < 700; x += s.r(18, 40)) out += circle(x, far(x) - 10, s.r(12, 22), '#4f6f46');
  out += ridgeShape(far, '#d8b45a');
  const houseX = 1100;
  const hy = far(houseX);
  out += rect(houseX, hy - 50, 80, 50, '#f1e6d2') + poly([[houseX - 8, hy - 48], [houseX + 40, hy - 82], [houseX + 88, hy - 48]], '#9c3d2e') + rect(houseX + 30, hy - 28, 16, 28, '#6e4b33');
  out += rect(houseX + 110, hy - 70, 26, 70, '#b8b0a0') + ellipse(houseX + 123, hy - 70, 13, 6, '#8f877a');
  // Rolling fields, each a warmer gold, with drill lines following the contour.
  const fields = [
    { base: 560, amp: 50, colour: '#e3bb5c' },
    { base: 660, amp: 60, colour: '#d9a945' },
    { base: 770, amp: 50, colour: '#c99233' },
  ];
  for (const field of fields) {
    const fn = ridgeFn(s, field.base, field.amp);
    out += ridgeShape(fn, field.colour);
    for (let k = 1; k < 9; k += 1) {
      const off = k * k * 3.5;
      const row: Pt[] = [];
      for (let x = -40; x <= W + 40; x += 40) row.push([x, fn(x) + off]);
      out += pathEl(smooth(row), 'none', `stroke="${darken(field.colour, 0.12)}" stroke-width="${f(1 + k * 0.3)}" opacity="0.5"`);
    }
  }
  // Foreground stalks.
  let stalks = '';
  for (let i = 0; i < 110; i += 1) {
    const x = s.r(-20, W + 20);
    stalks += wheatStalk(x, H + 20, s.r(140, 260), s.r(-30, 30), s.pick(['#e8c25e', '#f0cf72', '#d9ac48']));
  }
  out += stalks;
  return out + vignette(s, 0.22);
};

const riceScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#b9d6df'],
    [0.6, '#e8efe6'],
  ]);
  // Misty ranges behind.
  out += ridgeShape(ridgeFn(s, 200, 70, 1.4), '#a7bfbf', W, H, 'opacity="0.8"');
  out += ridgeShape(ridgeFn(s, 260, 60, 1.2), '#8eaaa0');
  out += rect(0, 220, W, 120, s.linear([[0, '#ffffff', 0], [0.5, '#ffffff', 0.55], [1, '#ffffff', 0]]));
  // Terraces: contour bands wrapped round a rounded hill, stacked down it. Each band is a dark
  // earth riser topped by a bright bund, then a flat paddy (some flooded and mirroring the sky).
  const bands = 12;
  const cx = 760;
  for (let k = 0; k < bands; k += 1) {
    const t = k / (bands - 1);
    const y = lerp(230, 860, Math.pow(t, 0.95));
    const phase = s.r(0, 6);
    const curve = lerp(0.00062, 0.00018, t);
    const edge: Pt[] = [];
    for (let x = -60; x <= W + 60; x += 40) edge.push([x, y + curve * (x - cx) * (x - cx) + 8 * Math.sin(x * 0.009 + phase)]);
    const green = mix(s.pick(['#7fb24d', '#8cc258', '#6fa443', '#9ccc63']), '#d6e4cc', (1 - t) * 0.4);
    const flooded = s.chance(0.3);
    const surface = flooded ? mix('#bcd8d8', '#dfeee6', (1 - t) * 0.4) : green;
    const riser = mix('#5d6b33', '#a9b89a', (1 - t) * 0.4);
    const thick = lerp(12, 34, t);
    const lip = edge.map(([x, yy]) => [x, yy + thick] as Pt);
    out += pathEl(`${smooth(edge)} L${W + 60},${H + 20} L-60,${H + 20} Z`, riser);
    out += pathEl(smooth(edge), 'none', `stroke="${lighten(green, 0.35)}" stroke-width="${f(lerp(2, 6, t))}"`);
    out += pathEl(`${smooth(lip)} L${W + 60},${H + 20} L-60,${H + 20} Z`, s.linear([[0, lighten(surface, 0.08)], [0.4, surface], [1, darken(surface, 0.1)]]));
    if (flooded) {
      // Seedlings poke through the water in short rows.
      for (let r2 = 1; r2 < 4; r2 += 1) {
        const rowPts = lip.map(([x, yy]) => [x, yy + r2 * thick * 0.55] as Pt);
        out += pathEl(smooth(rowPts), 'none', `stroke="#7fae4f" stroke-width="${f(lerp(1.5, 4, t))}" stroke-dasharray="${f(lerp(2, 4, t))} ${f(lerp(6, 14, t))}" opacity="0.8"`);
      }
    } else if (t > 0.3) {
      for (let r2 = 1; r2 < 4; r2 += 1) {
        const rowPts = lip.map(([x, yy]) => [x, yy + r2 * thick * 0.55] as Pt);
        out += pathEl(smooth(rowPts), 'none', `stroke="${darken(green, 0.15)}" stroke-width="2" opacity="0.45"`);
      }
    }
  }
  // A few palms at the edge and a farmer's hut.
  for (const [x, y, sc] of [[1470, 560, 1.1], [1540, 600, 1.25]] as const) {
    out += pathEl(`M${x},${y} q${-10 * sc},${-90 * sc} ${6 * sc},${-170 * sc}`, 'none', `stroke="#6b5a3e" stroke-width="${7 * sc}"`);
    for (let a = 0; a < 7; a += 1) {
      const ang = -Math.PI + (a / 6) * Math.PI;
      out += pathEl(`M${x + 6 * sc},${y - 170 * sc} q${f(Math.cos(ang) * 50 * sc)},${f(-40 * sc)} ${f(Math.cos(ang) * 90 * sc)},${f(Math.sin(ang) * -10 * sc + 30 * sc)}`, 'none', `stroke="#3f6b34" stroke-width="${f(9 * sc)}" stroke-linecap="round"`);
    }
  }
  out += rect(1300, 520, 70, 40, '#8a6a44') + poly([[1288, 524], [1335, 490], [1382, 524]], '#c9a66b');
  return out + vignette(s, 0.2);
};

/** A jagged peak with a shadowed flank and a snow cap clipped to its outline. */
function peak(s: Scene, px: number, py: number, base: number, half: number, rock: string, snowLine: number | null, shadow: string): string {
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

const mountainScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#3a3f78'],
    [0.35, '#9a6b9e'],
    [0.65, '#f1a384'],
    [0.85, '#ffd7a3'],
  ]);
  out += sun(s, 520, 520, 50, '#fff2d0', '#ffd29a', 5);
  // Far pale range, main snowy range, near forested ridge.
  out += ridgeShape(ridgeFn(s, 470, 50, 1.5), '#c49ab0', W, H, 'opacity="0.8"');
  const mains: Array<[number, number, number]> = [
    [180, 300, 330],
    [520, 230, 360],
    [880, 150, 420],
    [1240, 250, 360],
    [1520, 320, 300],
  ];
  for (const [x, y, half] of mains) out += peak(s, x + s.r(-20, 20), y, 640, half, '#6d6a97', y + 110, '#2a2b55');
  out += rect(0, 560, W, 120, s.linear([[0, '#f1a384', 0], [1, '#f1a384', 0.35]]));
  for (const [x, y, half] of [[340, 480, 260], [1050, 450, 300]] as const) out += peak(s, x, y, 700, half, '#4c4a78', y + 40, '#24234a');
  const near = ridgeFn(s, 690, 40);
  out += ridgeShape(near, '#27304f');
  // Pines along the near ridge.
  for (let x = 0; x < W; x += s.r(12, 26)) {
    const y = near(x) + s.r(0, 30);
    const h = s.r(40, 90);
    out += poly([[x, y - h], [x - h * 0.22, y], [x + h * 0.22, y]], '#1b2340');
  }
  out += rect(0, 780, W, 120, s.linear([[0, '#1b2340'], [1, '#111830']]));
  return out + vignette(s, 0.25);
};

function turbine(x: number, y: number, h: number, angle: number, colour: string, shade: string): string {
  const hub: Pt = [x, y - h];
  const bw = h * 0.035;
  let out = poly([[x - bw, y], [x + bw, y], [x + bw * 0.45, hub[1]], [x - bw * 0.45, hub[1]]], colour);
  out += poly([[x + bw * 0.1, y], [x + bw, y], [x + bw * 0.45, hub[1]], [x + bw * 0.1, hub[1]]], shade, 'opacity="0.5"');
  out += rect(x - h * 0.03, hub[1] - h * 0.035, h * 0.11, h * 0.06, colour);
  const len = h * 0.62;
  for (let k = 0; k < 3; k += 1) {
    const a = angle + k * 120;
    const blade = `M0,0 C${f(len * 0.1)},${f(-h * 0.03)} ${f(len * 0.6)},${f(-h * 0.025)} ${f(len)},0 C${f(len * 0.6)},${f(h * 0.008)} ${f(len * 0.1)},${f(h * 0.02)} 0,0 Z`;
    out += pathEl(blade, colour, `transform="translate(${f(hub[0])},${f(hub[1])}) rotate(${f(a)})"`);
  }
  out += circle(hub[0], hub[1], h * 0.028, shade);
  return out;
}

const turbineScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#2e3a6b'],
    [0.4, '#8e5a86'],
    [0.7, '#f08a5d'],
    [0.9, '#ffc46b'],
  ]);
  out += sun(s, 1080, 640, 80, '#ffe2a0', '#ffb061', 4);
  out += cloud(s, 380, 220, 420, '#c77a8c', 0.5) + cloud(s, 1300, 150, 300, '#b3728f', 0.45);
  const far = ridgeFn(s, 640, 40);
  out += ridgeShape(far, '#8c4f6d');
  const ridge = ridgeFn(s, 650, 110, 0.7);
  // Far turbines on the distant ridge, hazy.
  for (let x = 120; x < W; x += s.r(170, 240)) out += turbine(x, far(x) + 4, s.r(110, 140), s.r(0, 120), '#c98a93', '#8c4f6d');
  out += ridgeShape(ridge, '#4a2d4e');
  const positions = [210, 560, 900, 1280];
  for (const x of positions) {
    const h = s.r(330, 420);
    out += turbine(x, ridge(x) + 6, h, s.r(0, 120), '#f3e6e4', '#9f7e8d');
  }
  out += ridgeShape(ridgeFn(s, 820, 40), '#2c1c33');
  return out + vignette(s, 0.3);
};

const solarScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#3d8fd6'],
    [0.45, '#a9d3f0'],
    [0.48, '#e9f2f0'],
  ]);
  out += sun(s, 1300, 120, 55, '#fffbe8', '#fff1b8', 4);
  out += cloud(s, 420, 150, 300, '#ffffff', 0.9) + cloud(s, 900, 230, 200, '#ffffff', 0.75);
  const horizon = 420;
  out += ridgeShape(ridgeFn(s, horizon - 12, 10), '#a9b8a7');
  out += rect(0, horizon, W, H - horizon, s.linear([[0, '#c7c08c'], [1, '#9b9a5a']]));
  const cam = camera(700, horizon, 700);
  const ground = 1.2;
  // Rows of tilted panels, far to near, in tables with gaps; bare ground shows between rows.
  const zs: number[] = [];
  for (let z = 2.2; z < 40; z += z < 12 ? 1.7 : 3) zs.push(z);
  for (const z of zs.reverse()) {
    const low = ground - 0.25;
    const high = ground - 0.75;
    const depth = 0.7;
    const tone = clamp((z - 2) / 30, 0, 1);
    for (let x0 = -34; x0 < 34; x0 += 7) {
      const x1 = x0 + 6.6;
      const panel: Pt[] = [cam(x0, low, z), cam(x1, low, z), cam(x1, high, z + depth), cam(x0, high, z + depth)];
      out += poly([cam(x0, ground, z + 0.15), cam(x1, ground, z + 0.15), cam(x1, ground, z + 1.1), cam(x0, ground, z + 1.1)], '#6f6d3f', 'opacity="0.35"');
      for (let lx = x0 + 0.4; lx <= x1; lx += 2) out += line(cam(lx, ground, z + 0.3), cam(lx, (low + high) / 2, z + 0.3), '#4a4d52', Math.max(1, 10 / z));
      out += poly(panel, mix('#1d3d72', '#8fb1cf', tone * 0.7));
      out += poly(panel, s.linear([[0, '#5d8fd1', 0.05], [1, '#cde6ff', 0.5]], 0, 1, 0, 0));
      if (z < 16) {
        for (let lx = x0 + 0.55; lx < x1; lx += 0.55) out += line(cam(lx, low, z), cam(lx, high, z + depth), '#9cc1e8', Math.max(0.6, 2.5 / z), 'opacity="0.5"');
        out += line(cam(x0, (low + high) / 2, z + depth / 2), cam(x1, (low + high) / 2, z + depth / 2), '#9cc1e8', Math.max(0.6, 2.5 / z), 'opacity="0.5"');
      }
      out += line(cam(x0, low, z), cam(x1, low, z), '#d7dee5', Math.max(1, 5 / z));
    }
  }
  return out + vignette(s, 0.2);
};

/** A lattice electricity pylon, feet on the ground at (x, y), height h. */
function pylon(x: number, y: number, h: number, colour: string): { svg: string; tips: Pt[] } {
  const foot = h * 0.16;
  const waist = h * 0.045;
  const waistY = y - h * 0.62;
  const topY = y - h;
  const sw = Math.max(1, h * 0.008);
  const st = `stroke="${colour}" stroke-width="${f(sw)}"`;
  let out = '';
  const legL: Pt[] = [[x - foot, y], [x - waist, waistY], [x - waist * 0.6, topY + h * 0.08], [x, topY]];
  const legR: Pt[] = legL.map(([px, py]) => [2 * x - px, py] as Pt);
  const legStroke = `stroke="${colour}" stroke-width="${f(sw * 2)}"`;
  out += `<polyline fill="none" points="${pts(legL)}" ${legStroke}/><polyline fill="none" points="${pts(legR)}" ${legStroke}/>`;
  // Cross bracing up the body.
  const steps = 7;
  for (let i = 0; i < steps; i += 1) {
    const t0 = i / steps;
    const t1 = (i + 1) / steps;
    const y0 = lerp(y, waistY, t0);
    const y1 = lerp(y, waistY, t1);
    const w0 = lerp(foot, waist, t0);
    const w1 = lerp(foot, waist, t1);
    out += `<polyline fill="none" points="${pts([[x - w0, y0], [x + w1, y1]])}" ${st}/><polyline fill="none" points="${pts([[x + w0, y0], [x - w1, y1]])}" ${st}/>`;
    out += line([x - w1, y1], [x + w1, y1], colour, sw);
  }
  for (let i = 0; i < 4; i += 1) {
    const y0 = lerp(waistY, topY + h * 0.08, i / 4);
    const y1 = lerp(waistY, topY + h * 0.08, (i + 1) / 4);
    out += `<polyline fill="none" points="${pts([[x - waist, y0], [x + waist * 0.6, y1], [x - waist * 0.6, y1]])}" ${st}/>`;
  }
  // Three cross arms, with insulator strings hanging from their ends.
  const tips: Pt[] = [];
  const arms: Array<[number, number]> = [
    [0.68, 0.26],
    [0.8, 0.2],
    [0.9, 0.14],
  ];
  for (const [ty, span] of arms) {
    const ay = y - h * ty;
    const half = h * span;
    out += poly([[x - half, ay], [x + half, ay], [x + waist, ay + h * 0.04], [x - waist, ay + h * 0.04]], 'none', st);
    out += line([x - half, ay], [x + half, ay], colour, sw * 1.6);
    for (const side of [-1, 1]) {
      const ix = x + side * half * 0.92;
      out += line([ix, ay], [ix, ay + h * 0.06], colour, sw * 1.6);
      tips.push([ix, ay + h * 0.06]);
    }
  }
  return { svg: out, tips };
}

const powerLinesScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#6fa3cf'],
    [0.6, '#cfe2ea'],
    [0.75, '#f2ecd9'],
  ]);
  out += cloud(s, 1250, 170, 420, '#ffffff', 0.85) + cloud(s, 260, 120, 260, '#ffffff', 0.75);
  out += ridgeShape(ridgeFn(s, 540, 30), '#9fb7a4');
  const mid = ridgeFn(s, 620, 40);
  out += ridgeShape(mid, '#86a566');
  // Hedgerows and a field pattern.
  for (let x = 0; x < W; x += s.r(14, 30)) out += circle(x, mid(x) + 6, s.r(6, 12), '#5f7f47');
  const near = ridgeFn(s, 760, 30);
  out += ridgeShape(near, s.linear([[0, '#9dbb5f'], [1, '#7f9f45']]));
  // A line of pylons marching away from the viewer towards the horizon.
  const line2: Array<{ x: number; y: number; h: number }> = [
    { x: 1380, y: 870, h: 760 },
    { x: 860, y: 700, h: 360 },
    { x: 560, y: 640, h: 190 },
    { x: 380, y: 612, h: 110 },
    { x: 270, y: 600, h: 66 },
    { x: 200, y: 594, h: 40 },
  ];
  const drawn = line2.map((p, i) => pylon(p.x, p.y, p.h, mix('#3a3f47', '#9fb7a4', i * 0.12)));
  for (let i = drawn.length - 1; i >= 0; i -= 1) out += (drawn[i] as { svg: string }).svg;
  // Sagging cables between matching arm tips.
  for (let i = 0; i < drawn.length - 1; i += 1) {
    const a = (drawn[i] as { tips: Pt[] }).tips;
    const b = (drawn[i + 1] as { tips: Pt[] }).tips;
    a.forEach((p, k) => {
      const q = b[k];
      if (!q) return;
      const sag = Math.abs(p[0] - q[0]) * 0.12;
      out += pathEl(`M${f(p[0])},${f(p[1])} Q${f((p[0] + q[0]) / 2)},${f((p[1] + q[1]) / 2 + sag)} ${f(q[0])},${f(q[1])}`, 'none', `stroke="#2f343b" stroke-width="${f(lerp(2.2, 0.8, i / 5))}"`);
    });
  }
  // And from the nearest pylon out of the picture towards the viewer.
  for (const p of (drawn[0] as { tips: Pt[] }).tips) {
    out += pathEl(`M${f(p[0])},${f(p[1])} Q${f(p[0] + 200)},${f(p[1] + 120)} ${f(p[0] + 420)},${f(p[1] + 80)}`, 'none', 'stroke="#2f343b" stroke-width="2.6"');
  }
  // Birds on the wire.
  for (let i = 0; i < 3; i += 1) {
    const bx = s.r(80, 400);
    const by = s.r(100, 260);
    out += pathEl(`M${f(bx)},${f(by)} q10,-10 20,0 q10,-10 20,0`, 'none', 'stroke="#3a3f47" stroke-width="2.5"');
  }
  return out + vignette(s, 0.2);
};

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

const ballotScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#2f6f73'], [1, '#1f4f56']]));
  // A soft pattern of stars in the background, like an election poster.
  for (let i = 0; i < 26; i += 1) {
    const x = s.r(0, W);
    const y = s.r(0, H);
    const r = s.r(12, 30);
    const star: Pt[] = [];
    for (let k = 0; k < 10; k += 1) {
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      const rr = k % 2 ? r * 0.45 : r;
      star.push([x + Math.cos(a) * rr, y + Math.sin(a) * rr]);
    }
    out += poly(star, '#ffffff', 'opacity="0.06"');
  }
  out += ellipse(800, 820, 520, 60, '#0f2f33', 'opacity="0.45"');
  // The box: front, side and top faces, with a slot in the lid.
  const bx = 520;
  const by = 430;
  const bw = 520;
  const bh = 380;
  const d = 110;
  out += poly([[bx, by], [bx + bw, by], [bx + bw + d, by - d * 0.55], [bx + d, by - d * 0.55]], '#dfe6ea');
  out += rect(bx, by, bw, bh, s.linear([[0, '#f4f7f8'], [1, '#cfd8dd']], 0, 0, 1, 0));
  out += poly([[bx + bw, by], [bx + bw + d, by - d * 0.55], [bx + bw + d, by + bh - d * 0.55], [bx + bw, by + bh]], '#aab6bd');
  const slot: Pt[] = [[bx + 150, by - 22], [bx + 380, by - 22], [bx + 400, by - 38], [bx + 170, by - 38]];
  out += poly(slot, '#2a3338');
  // An emblem on the front: a tick in a circle.
  out += circle(bx + bw / 2, by + 190, 80, '#2f6f73');
  out += pathEl(`M${bx + bw / 2 - 40},${by + 190} l28,30 l52,-62`, 'none', 'stroke="#ffffff" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"');
  out += rect(bx + 60, by + 310, bw - 120, 14, '#2f6f73', 'opacity="0.35"');
  // The ballot paper, half into the slot, with a cross in one box.
  const px = bx + 215;
  const paper = group(
    rect(0, -260, 170, 260, '#fbfaf5') +
      rect(0, -260, 170, 260, 'none', 'stroke="#d7d2c4" stroke-width="2"') +
      [0, 1, 2, 3].map((k) => rect(22, -230 + k * 52, 26, 26, 'none', 'stroke="#556" stroke-width="3"') + rect(62, -222 + k * 52, 86, 8, '#b9bcc4')).join('') +
      pathEl('M26,-174 l18,18 M44,-174 l-18,18', 'none', 'stroke="#c0392b" stroke-width="5" stroke-linecap="round"'),
    `transform="translate(${px},${by - 26}) rotate(-4)"`,
  );
  out += paper;
  // Hand and sleeve holding the paper's top corner.
  const hx = px + 120;
  const hy = by - 280;
  out += pathEl(`M${hx + 40},${hy - 40} L${hx + 420},${hy - 260} L${hx + 520},${hy - 120} L${hx + 120},${hy + 60} Z`, '#e9a23b');
  out += pathEl(`M${hx + 40},${hy - 40} L${hx + 120},${hy + 60} L${hx + 150},${hy + 44} L${hx + 70},${hy - 56} Z`, '#c9822b');
  out += pathEl(`M${hx - 40},${hy + 10} C${hx - 60},${hy - 40} ${hx - 10},${hy - 80} ${hx + 50},${hy - 50} L${hx + 110},${hy + 40} C${hx + 70},${hy + 80} ${hx},${hy + 70} ${hx - 40},${hy + 10} Z`, '#c68b59');
  // Thumb in front of the paper, fingers behind it.
  out += pathEl(`M${hx - 30},${hy + 14} C${hx - 70},${hy + 30} ${hx - 80},${hy + 60} ${hx - 58},${hy + 70} C${hx - 40},${hy + 76} ${hx - 10},${hy + 50} ${hx + 6},${hy + 34} Z`, '#b57a4b');
  return out + vignette(s, 0.3);
};

const classroomScene: SceneFn = (s) => {
  const vx = 800;
  const vy = 400;
  const cam = camera(vx, vy, 560);
  const floorY = 1.2;
  const ceilY = -1.5;
  const halfW = 2.6;
  const backZ = 5.2;
  let out = rect(0, 0, W, H, '#e9dcc2');
  // Side walls, ceiling and floor, then the back wall.
  out += poly([cam(-halfW, ceilY, 0.5), cam(-halfW, ceilY, backZ), cam(-halfW, floorY, backZ), cam(-halfW, floorY, 0.5)], '#d8c7a6');
  out += poly([cam(halfW, ceilY, 0.5), cam(halfW, ceilY, backZ), cam(halfW, floorY, backZ), cam(halfW, floorY, 0.5)], '#e2d3b5');
  out += poly([cam(-halfW, ceilY, 0.5), cam(halfW, ceilY, 0.5), cam(halfW, ceilY, backZ), cam(-halfW, ceilY, backZ)], '#f3ecdf');
  out += poly([cam(-halfW, floorY, 0.5), cam(halfW, floorY, 0.5), cam(halfW, floorY, backZ), cam(-halfW, floorY, backZ)], '#b98a5a');
  for (let x = -halfW; x <= halfW; x += 0.35) out += line(cam(x, floorY, 0.5), cam(x, floorY, backZ), '#a57546', 1.5, 'opacity="0.6"');
  const back = [cam(-halfW, ceilY, backZ), cam(halfW, ceilY, backZ), cam(halfW, floorY, backZ), cam(-halfW, floorY, backZ)];
  out += poly(back, '#efe3c9');
  // Blackboard with chalk work.
  const b0 = cam(-1.7, -1.05, backZ);
  const b1 = cam(1.7, 0.05, backZ);
  out += rect(b0[0] - 10, b0[1] - 10, b1[0] - b0[0] + 20, b1[1] - b0[1] + 20, '#8a5a35');
  out += rect(b0[0], b0[1], b1[0] - b0[0], b1[1] - b0[1], s.linear([[0, '#2f4f3f'], [1, '#27443a']]));
  out += rect(b0[0] - 14, b1[1] + 6, b1[0] - b0[0] + 28, 8, '#6f4628');
  let chalk = '';
  for (let r = 0; r < 4; r += 1) {
    let x = b0[0] + 30;
    const y = b0[1] + 30 + r * 34;
    while (x < b0[0] + (b1[0] - b0[0]) * (r === 0 ? 0.45 : 0.6)) {
      const w = s.r(14, 50);
      chalk += pathEl(`M${f(x)},${f(y)} q${f(w / 2)},${f(s.r(-8, 8))} ${f(w)},0`, 'none', 'stroke="#e8efe9" stroke-width="3" stroke-linecap="round" opacity="0.8"');
      x += w + s.r(8, 18);
    }
  }
  // A small chalk diagram: axes and a curve.
  const gx = b0[0] + (b1[0] - b0[0]) * 0.7;
  const gy = b1[1] - 30;
  chalk += pathEl(`M${f(gx)},${f(gy - 120)} L${f(gx)},${f(gy)} L${f(gx + 160)},${f(gy)}`, 'none', 'stroke="#e8efe9" stroke-width="3" opacity="0.8"');
  chalk += pathEl(`M${f(gx)},${f(gy - 10)} Q${f(gx + 80)},${f(gy - 20)} ${f(gx + 150)},${f(gy - 110)}`, 'none', 'stroke="#f5d76e" stroke-width="3" opacity="0.85"');
  out += chalk;
  // Clock above the board.
  const [ckx, cky] = cam(0, -1.3, backZ);
  out += circle(ckx, cky, 18, '#ffffff', 'stroke="#333" stroke-width="3"') + line([ckx, cky], [ckx, cky - 11], '#333', 2) + line([ckx, cky], [ckx + 8, cky], '#333', 2);
  // Windows on the left wall letting in light.
  for (const z of [1.4, 2.6, 3.8]) {
    const win = [cam(-halfW, -1.1, z), cam(-halfW, -1.1, z + 0.8), cam(-halfW, 0.1, z + 0.8), cam(-halfW, 0.1, z)];
    out += poly(win, s.linear([[0, '#cfe8f7'], [1, '#9fcbe6']]), 'stroke="#f6f1e6" stroke-width="6"');
    out += line(cam(-halfW, -0.5, z), cam(-halfW, -0.5, z + 0.8), '#f6f1e6', 4);
    out += poly([cam(-halfW, floorY, z), cam(-halfW, floorY, z + 0.8), cam(-halfW + 1.6, floorY, z + 1.6), cam(-halfW + 1.6, floorY, z + 0.8)], '#ffe9b8', 'opacity="0.25"');
  }
  // Pin board on the right wall.
  out += poly([cam(halfW, -0.9, 2.2), cam(halfW, -0.9, 3.8), cam(halfW, 0, 3.8), cam(halfW, 0, 2.2)], '#c8955e');
  for (let i = 0; i < 6; i += 1) {
    const z = 2.35 + (i % 3) * 0.48;
    const y = -0.8 + Math.floor(i / 3) * 0.42;
    out += poly([cam(halfW, y, z), cam(halfW, y, z + 0.35), cam(halfW, y + 0.3, z + 0.35), cam(halfW, y + 0.3, z)], s.pick(['#fff7d6', '#d6f0ff', '#ffd9d2', '#e3f5d3']));
  }
  // Teacher's desk, then rows of pupils' desks and chairs, far to near, all facing the board.
  const deskTop = 0.45;
  const box = (x0: number, x1: number, y0: number, y1: number, z0: number, z1: number, top: string, front: string): string =>
    poly([cam(x0, y0, z0), cam(x1, y0, z0), cam(x1, y0, z1), cam(x0, y0, z1)], top) + poly([cam(x0, y0, z0), cam(x1, y0, z0), cam(x1, y1, z0), cam(x0, y1, z0)], front);
  out += box(-1.1, 0.3, 0.35, floorY, backZ - 1.0, backZ - 0.5, '#9a6a3e', '#7e542f');
  for (const z of [3.9, 3.1, 2.3, 1.55]) {
    for (const x of [-2.0, -0.5, 1.0]) {
      const lw = Math.max(1.5, 6 / z);
      out += line(cam(x + 0.05, deskTop, z + 0.05), cam(x + 0.05, floorY, z + 0.05), '#5a5f66', lw) + line(cam(x + 0.95, deskTop, z + 0.05), cam(x + 0.95, floorY, z + 0.05), '#5a5f66', lw);
      out += line(cam(x + 0.05, deskTop, z - 0.3), cam(x + 0.05, floorY, z - 0.3), '#5a5f66', lw) + line(cam(x + 0.95, deskTop, z - 0.3), cam(x + 0.95, floorY, z - 0.3), '#5a5f66', lw);
      out += box(x, x + 1.0, deskTop, deskTop + 0.07, z - 0.35, z + 0.1, '#d6a86b', '#b8874e');
      if (s.chance(0.6)) out += poly([cam(x + 0.3, deskTop, z - 0.2), cam(x + 0.62, deskTop, z - 0.2), cam(x + 0.62, deskTop, z - 0.02), cam(x + 0.3, deskTop, z - 0.02)], s.pick(['#ffffff', '#f2d16b', '#e76f51']));
      // The chair sits on our side of the desk, so we see its back: the pupils would face the board.
      const cz = z - 0.62;
      out += line(cam(x + 0.3, 0.75, cz + 0.3), cam(x + 0.3, floorY, cz + 0.3), '#2f3b48', lw) + line(cam(x + 0.7, 0.75, cz + 0.3), cam(x + 0.7, floorY, cz + 0.3), '#2f3b48', lw);
      out += poly([cam(x + 0.28, 0.75, cz), cam(x + 0.72, 0.75, cz), cam(x + 0.72, 0.75, cz + 0.32), cam(x + 0.28, 0.75, cz + 0.32)], '#356a99');
      out += line(cam(x + 0.3, 0.3, cz), cam(x + 0.3, floorY, cz), '#2f3b48', lw) + line(cam(x + 0.7, 0.3, cz), cam(x + 0.7, floorY, cz), '#2f3b48', lw);
      out += poly([cam(x + 0.26, 0.22, cz), cam(x + 0.74, 0.22, cz), cam(x + 0.74, 0.5, cz), cam(x + 0.26, 0.5, cz)], '#4a8fc9');
    }
  }
  return out + vignette(s, 0.22);
};

const corridorScene: SceneFn = (s) => {
  const cam = camera(800, 430, 620);
  const floorY = 1.1;
  const ceilY = -1.15;
  const halfW = 1.25;
  const far = 26;
  let out = rect(0, 0, W, H, '#f7fbfb');
  out += poly([cam(-halfW, ceilY, 0.4), cam(-halfW, ceilY, far), cam(-halfW, floorY, far), cam(-halfW, floorY, 0.4)], s.linearAbs([[0, '#cfe3e0'], [1, '#eef6f4']], 0, 0, 800, 0));
  out += poly([cam(halfW, ceilY, 0.4), cam(halfW, ceilY, far), cam(halfW, floorY, far), cam(halfW, floorY, 0.4)], s.linearAbs([[0, '#eef6f4'], [1, '#d4e6e3']], 800, 0, 1600, 0));
  out += poly([cam(-halfW, ceilY, 0.4), cam(halfW, ceilY, 0.4), cam(halfW, ceilY, far), cam(-halfW, ceilY, far)], '#fdfefe');
  out += poly([cam(-halfW, floorY, 0.4), cam(halfW, floorY, 0.4), cam(halfW, floorY, far), cam(-halfW, floorY, far)], s.linearAbs([[0, '#dfe8ea'], [1, '#b9c8cc']], 0, 430, 0, 900));
  // Bright window at the end.
  const e0 = cam(-halfW, ceilY, far);
  const e1 = cam(halfW, floorY, far);
  out += rect(e0[0], e0[1], e1[0] - e0[0], e1[1] - e0[1], '#ffffff');
  out += circle(800, 430, 160, s.radialAbs([[0, '#ffffff', 0.9], [1, '#ffffff', 0]], 800, 430, 160));
  // Ceiling light panels with their reflections on the polished floor.
  for (let z = 1.2; z < far; z += 2.2) {
    out += poly([cam(-0.35, ceilY, z), cam(0.35, ceilY, z), cam(0.35, ceilY, z + 0.9), cam(-0.35, ceilY, z + 0.9)], '#ffffff', 'stroke="#d3dfe0" stroke-width="2"');
    out += poly([cam(-0.3, floorY, z), cam(0.3, floorY, z), cam(0.3, floorY, z + 0.9), cam(-0.3, floorY, z + 0.9)], '#ffffff', `opacity="0.55" filter="${s.blur(3)}"`);
  }
  // Wall stripe, hand rails and doors along both walls.
  for (const side of [-1, 1]) {
    const x = side * halfW;
    out += poly([cam(x, 0.55, 0.4), cam(x, 0.55, far), cam(x, floorY, far), cam(x, floorY, 0.4)], '#7cc4b8', 'opacity="0.35"');
    out += poly([cam(x, floorY - 0.1, 0.4), cam(x, floorY - 0.1, far), cam(x, floorY, far), cam(x, floorY, 0.4)], '#4f8f87');
    out += poly([cam(x, 0.26, 0.4), cam(x, 0.26, far), cam(x, 0.32, far), cam(x, 0.32, 0.4)], '#b8c4c6');
    for (let z = 1.0; z < far - 2; z += 3.1) {
      const door = [cam(x, -0.55, z), cam(x, -0.55, z + 1.1), cam(x, floorY, z + 1.1), cam(x, floorY, z)];
      out += poly(door, side < 0 ? '#3f9c8f' : '#4aa89a');
      out += poly([cam(x, -0.4, z + 0.2), cam(x, -0.4, z + 0.5), cam(x, 0.0, z + 0.5), cam(x, 0.0, z + 0.2)], '#d8f1f4');
      const [hx, hy] = cam(x, 0.25, z + 0.95);
      out += circle(hx, hy, 14 / z + 1, '#e3e7e8');
      // A small sign above each door.
      out += poly([cam(x, -0.75, z + 0.25), cam(x, -0.75, z + 0.85), cam(x, -0.62, z + 0.85), cam(x, -0.62, z + 0.25)], '#2f6f8f');
    }
  }
  // A wheelchair-width bench and a green cross sign overhead.
  const [sx, sy] = cam(0, -0.95, 8);
  out += rect(sx - 60, sy - 22, 120, 44, '#ffffff', 'stroke="#cfd8da" stroke-width="2"');
  out += rect(sx - 8, sy - 16, 16, 32, '#2e9e6b') + rect(sx - 16, sy - 8, 32, 16, '#2e9e6b');
  return out + vignette(s, 0.15);
};

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

const nightScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#050818'],
    [0.55, '#13214a'],
    [0.82, '#27406e'],
    [0.9, '#3b5a7f'],
  ]);
  // The Milky Way: a diagonal glow with denser stars along it.
  let band = '';
  for (let i = 0; i < 30; i += 1) {
    const t = i / 29;
    band += ellipse(lerp(200, 1450, t) + s.r(-40, 40), lerp(720, 40, t) + s.r(-40, 40), s.r(80, 160), s.r(40, 80), s.pick(['#8f9fd6', '#c7b8e8', '#a7c4e8']), `opacity="${f(s.r(0.12, 0.25))}"`);
  }
  out += group(band, `filter="${s.blur(30)}"`);
  for (let i = 0; i < 500; i += 1) {
    const t = s.rand();
    const x = lerp(200, 1450, t) + (s.rand() - 0.5) * 260;
    const y = lerp(720, 40, t) + (s.rand() - 0.5) * 200;
    out += circle(x, y, s.r(0.4, 1.3), '#ffffff', `opacity="${f(s.r(0.3, 0.9))}"`);
  }
  out += stars(s, 380, 760);
  // Bright stars with a soft glow.
  for (let i = 0; i < 12; i += 1) {
    const x = s.r(40, W - 40);
    const y = s.r(20, 560);
    out += circle(x, y, 16, s.radialAbs([[0, '#ffffff', 0.7], [1, '#ffffff', 0]], x, y, 16)) + circle(x, y, 2.6, '#ffffff');
  }
  out += circle(1320, 170, 46, '#f6f1da') + circle(1342, 160, 44, '#0b1430');
  // Dark hills with pines and one lit cabin window.
  const hills = ridgeFn(s, 730, 60);
  out += ridgeShape(ridgeFn(s, 700, 50, 1.3), '#101a33');
  out += ridgeShape(hills, '#070c1c');
  for (let x = 0; x < W; x += s.r(10, 30)) {
    if (x > 980 && x < 1120) continue;
    const y = hills(x) + 6;
    const h = s.r(40, 120);
    out += poly([[x, y - h], [x - h * 0.2, y], [x + h * 0.2, y]], '#050914');
  }
  const cy = hills(1050);
  out += rect(1010, cy - 50, 90, 56, '#050914') + poly([[1000, cy - 48], [1055, cy - 86], [1110, cy - 48]], '#050914');
  out += rect(1040, cy - 34, 20, 16, '#ffcf6b') + circle(1050, cy - 26, 40, s.radialAbs([[0, '#ffcf6b', 0.35], [1, '#ffcf6b', 0]], 1050, cy - 26, 40));
  return out;
};

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

const filmReelScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#2b1a24'], [1, '#140c12']]));
  out += circle(620, 380, 620, s.radialAbs([[0, '#a0483e', 0.6], [1, '#a0483e', 0]], 620, 380, 620));
  // Film strip: frames laid along a curve coming off the reel.
  const path = (t: number): Pt => {
    const p0: Pt = [700, 620];
    const p1: Pt = [1000, 930];
    const p2: Pt = [1650, 420];
    const u = 1 - t;
    return [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]];
  };
  const frameW = 150;
  const stripH = 170;
  let t = 0.05;
  const framePictures = [
    ['#f4a261', '#e76f51'],
    ['#8ecae6', '#219ebc'],
    ['#e9c46a', '#2a9d8f'],
    ['#cdb4db', '#6d597a'],
    ['#ffd6a5', '#bc6c25'],
    ['#a8dadc', '#457b9d'],
  ] as const;
  let k = 0;
  let strip = '';
  while (t < 1) {
    const a = path(t);
    const b = path(Math.min(1, t + 0.01));
    const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    const [c1, c2] = framePictures[k % framePictures.length] ?? ['#fff', '#000'];
    let fr = rect(-frameW / 2, -stripH / 2, frameW + 2, stripH, '#1b1b1b');
    for (let i = 0; i < 5; i += 1) {
      fr += rect(-frameW / 2 + 10 + i * 28, -stripH / 2 + 8, 14, 16, '#e9dfc8', 'rx="3"');
      fr += rect(-frameW / 2 + 10 + i * 28, stripH / 2 - 24, 14, 16, '#e9dfc8', 'rx="3"');
    }
    fr += rect(-frameW / 2 + 10, -stripH / 2 + 34, frameW - 20, stripH - 68, s.linear([[0, c1], [1, c2]]));
    fr += circle(-frameW / 2 + 40 + (k % 3) * 20, -10, 14, '#fff7e0', 'opacity="0.85"');
    fr += poly([[-frameW / 2 + 10, stripH / 2 - 34], [-frameW / 2 + 60, -2], [-frameW / 2 + 100, stripH / 2 - 34]], darken(c2, 0.3), 'opacity="0.7"');
    strip += group(fr, `transform="translate(${f(a[0])},${f(a[1])}) rotate(${f(angle)})"`);
    // Advance by roughly one frame width along the curve.
    let step = 0.005;
    while (step < 0.5) {
      const q = path(t + step);
      if (Math.hypot(q[0] - a[0], q[1] - a[1]) >= frameW) break;
      step += 0.005;
    }
    t += step;
    k += 1;
  }
  // The reel: a metal disc with six round cut-outs showing the wound film, and a hub.
  const rx = 560;
  const ry = 400;
  const rr = 330;
  out += circle(rx + 20, ry + 30, rr, '#000000', 'opacity="0.35" filter="' + s.blur(20) + '"');
  out += circle(rx, ry, rr, s.linear([[0, '#d9dde0'], [0.5, '#a8afb5'], [1, '#6e767d']], 0, 0, 1, 1));
  out += circle(rx, ry, rr - 16, 'none', 'stroke="#8a9299" stroke-width="4"');
  out += circle(rx, ry, 250, '#2a1d18');
  for (let i = 0; i < 10; i += 1) out += circle(rx, ry, 250 - i * 14, 'none', 'stroke="#3d2a22" stroke-width="2"');
  // Cut-outs are drawn as openings onto the film wound beneath.
  let spokes = '';
  const holeR = 82;
  for (let i = 0; i < 6; i += 1) {
    const a = (i * Math.PI) / 3 + 0.3;
    const hx = rx + Math.cos(a) * 195;
    const hy = ry + Math.sin(a) * 195;
    spokes += circle(hx, hy, holeR, '#000');
  }
  const mask = s.id('mk');
  s.defs.push(`<mask id="${mask}"><rect width="${W}" height="${H}" fill="#fff"/>${spokes}<circle cx="${rx}" cy="${ry}" r="250" fill="#000"/></mask>`);
  out += group(circle(rx, ry, rr - 30, s.linear([[0, '#e6eaed'], [0.5, '#b8bfc5'], [1, '#7d858c']], 0, 0, 1, 1)), `mask="url(#${mask})"`);
  // Inner face between the holes, and the hub.
  const inner = s.id('mi');
  s.defs.push(`<mask id="${inner}"><circle cx="${rx}" cy="${ry}" r="250" fill="#fff"/>${spokes}</mask>`);
  out += group(circle(rx, ry, 250, s.linear([[0, '#d9dde0'], [1, '#8a9299']], 0, 0, 1, 1)), `mask="url(#${inner})"`);
  out += circle(rx, ry, 60, '#6e767d') + circle(rx, ry, 30, '#2a2a2a') + rect(rx - 6, ry - 40, 12, 16, '#2a2a2a');
  return out + strip + vignette(s, 0.35);
};

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

/** A market stall: striped awning with scalloped edge, a trestle table and crates of produce. */
function stall(s: Scene, x: number, y: number, w: number, stripes: readonly [string, string]): string {
  const awningTop = y - 300;
  const awningBottom = y - 200;
  let out = rect(x + 6, awningTop, 8, 300, '#5a4632') + rect(x + w - 14, awningTop, 8, 300, '#5a4632');
  const n = 8;
  const sw = (w + 40) / n;
  for (let i = 0; i < n; i += 1) {
    const sx = x - 20 + i * sw;
    const c = i % 2 ? stripes[1] : stripes[0];
    out += poly([[sx + 10, awningTop], [sx + sw + 10, awningTop], [sx + sw, awningBottom], [sx, awningBottom]], c);
    out += pathEl(`M${f(sx)},${awningBottom} Q${f(sx + sw / 2)},${awningBottom + 34} ${f(sx + sw)},${awningBottom} Z`, c);
  }
  out += rect(x - 10, awningTop - 8, w + 40, 10, darken(stripes[0], 0.3));
  // Table and crates.
  out += rect(x - 10, y - 70, w + 20, 14, '#8a6a44') + rect(x, y - 56, 10, 56, '#5a4632') + rect(x + w - 10, y - 56, 10, 56, '#5a4632');
  out += rect(x - 10, y - 56, w + 20, 56, '#c9b08a', 'opacity="0.6"');
  const crates = Math.floor(w / 90);
  for (let i = 0; i < crates; i += 1) {
    const cx = x + 8 + i * ((w - 16) / crates);
    const cw = (w - 16) / crates - 8;
    const fruit = s.pick(['#f28c28', '#d62828', '#7cb518', '#ffd23f', '#6a4c93', '#2a9d3f']);
    for (let k = 0; k < 9; k += 1) out += circle(cx + 12 + (k % 5) * (cw - 20) / 4 + s.r(-3, 3), y - 80 - Math.floor(k / 5) * 14 - s.r(0, 4), 11, fruit) + circle(cx + 8 + (k % 5) * (cw - 20) / 4, y - 84 - Math.floor(k / 5) * 14, 3, '#ffffff', 'opacity="0.5"');
    out += rect(cx, y - 84, cw, 20, '#b5834e') + rect(cx, y - 78, cw, 3, '#8a5a2b');
  }
  return out;
}

const marketScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#8ec5e8'],
    [1, '#e7f2f7'],
  ]);
  // Row of town houses behind the market.
  let x = -20;
  while (x < W) {
    const w = s.r(150, 230);
    const h = s.r(300, 460);
    const c = s.pick(['#e9c46a', '#f4a261', '#e76f51', '#a8dadc', '#f1e3c8', '#cdb4db']);
    out += rect(x, 560 - h, w, h, c) + windows(s, x + 14, 580 - h, w - 28, h - 260, { cols: 3, rows: 3, lit: '#fff5dc', dark: '#4a5a6a', p: 0.2, pad: 0.5 });
    out += rect(x - 6, 560 - h - 12, w + 12, 14, darken(c, 0.25));
    x += w;
  }
  out += rect(0, 540, W, H - 540, s.linear([[0, '#b8aa95'], [1, '#9a8b76']]));
  for (let y = 560; y < H; y += 30) out += line([0, y], [W, y], '#8a7b66', 1.5, 'opacity="0.4"');
  // Back row of stalls, then shoppers, then a front row.
  const palettes: Array<readonly [string, string]> = [
    ['#e63946', '#fdfdfd'],
    ['#2a9d8f', '#fdfdfd'],
    ['#f4a261', '#fdfdfd'],
    ['#3d5a80', '#fdfdfd'],
    ['#6d597a', '#f1e3c8'],
  ];
  for (let i = 0; i < 5; i += 1) out += stall(s, 40 + i * 320, 650, 260, palettes[i % palettes.length] ?? ['#e63946', '#fff']);
  const people: Array<[number, number]> = [];
  for (let i = 0; i < 26; i += 1) people.push([s.r(0, W), s.r(680, 880)]);
  people.sort((a, b) => a[1] - b[1]);
  for (const [px, py] of people) {
    const h = lerp(170, 260, (py - 680) / 200);
    out += person(px, py, h, s.pick(['#264653', '#e76f51', '#2a9d8f', '#6d597a', '#e9c46a', '#3d5a80', '#bc4749']), s.pick(SKINS), s.pick(HAIRS));
    // Some carry shopping bags.
    if (s.chance(0.4)) out += rect(px + h * 0.12, py - h * 0.5, h * 0.12, h * 0.16, s.pick(['#f1e3c8', '#a7c957']));
  }
  // Bunting across the street.
  out += pathEl('M0,110 Q800,220 1600,100', 'none', 'stroke="#555" stroke-width="2"');
  for (let i = 0; i < 30; i += 1) {
    const t = i / 29;
    const bx = t * 1600;
    const by = (1 - t) * (1 - t) * 110 + 2 * (1 - t) * t * 220 + t * t * 100;
    out += poly([[bx - 16, by], [bx + 16, by], [bx, by + 34]], s.pick(['#e63946', '#2a9d8f', '#e9c46a', '#3d5a80']));
  }
  return out + vignette(s, 0.22);
};

const dunesScene: SceneFn = (s) => {
  let out = sky(s, [
    [0, '#e9c9a0'],
    [0.5, '#f4dcb8'],
    [0.62, '#f7e6c8'],
  ]);
  out += sun(s, 1060, 260, 90, '#fff4dc', '#ffe8bf', 4);
  out += rect(0, 200, W, 260, s.linear([[0, '#f7e6c8', 0], [1, '#f7e6c8', 0.8]]));
  // Dunes from far to near: a lit windward side and a shadowed lee behind a sharp crest.
  const dunes = [
    { base: 470, amp: 60, lit: '#e9b97f', shade: '#d49a62', crestX: 350 },
    { base: 530, amp: 90, lit: '#e5a768', shade: '#c5824a', crestX: 1150 },
    { base: 620, amp: 110, lit: '#df9755', shade: '#b36b36', crestX: 600 },
    { base: 760, amp: 130, lit: '#d9874a', shade: '#9e5a2b', crestX: 1300 },
  ];
  for (const d of dunes) {
    const crest: Pt[] = [];
    for (let x = -60; x <= W + 60; x += 40) {
      const dist = (x - d.crestX) / 700;
      crest.push([x, d.base - d.amp * Math.exp(-dist * dist * 3) + 20 * Math.sin(x * 0.004 + d.base)]);
    }
    out += pathEl(`${smooth(crest)} L${W + 60},${H + 10} L-60,${H + 10} Z`, d.lit);
    // The lee side: a sweep from the crest curving down and away.
    const peakY = d.base - d.amp;
    out += pathEl(`M${d.crestX - 40},${f(peakY + 8)} Q${d.crestX + 200},${f(peakY + 30)} ${d.crestX + 600},${d.base + 40} L${d.crestX + 700},${d.base + 140} Q${d.crestX + 180},${d.base + 60} ${d.crestX - 40},${f(peakY + 8)} Z`, d.shade, 'opacity="0.9"');
    out += pathEl(smooth(crest), 'none', `stroke="${lighten(d.lit, 0.3)}" stroke-width="3" opacity="0.7"`);
    // Wind ripples on the lit face.
    for (let k = 0; k < 6; k += 1) {
      const ry = d.base + 30 + k * 20;
      const rx = s.r(0, W);
      out += pathEl(`M${f(rx)},${f(ry)} q60,-8 120,0 t120,0 t120,0`, 'none', `stroke="${darken(d.lit, 0.08)}" stroke-width="2" opacity="0.6"`);
    }
  }
  // A distant caravan of camels on a far ridge.
  for (let i = 0; i < 4; i += 1) {
    const cx = 380 + i * 34;
    const cy = 430;
    out += ellipse(cx, cy, 12, 6, '#7a5232') + circle(cx - 3, cy - 6, 5, '#7a5232') + line([cx + 10, cy - 2], [cx + 16, cy - 12], '#7a5232', 3) + line([cx - 8, cy + 4], [cx - 8, cy + 14], '#7a5232', 2) + line([cx + 8, cy + 4], [cx + 8, cy + 14], '#7a5232', 2);
  }
  return out + vignette(s, 0.25);
};

const trainScene: SceneFn = (s) => {
  const cam = camera(880, 390, 600);
  let out = sky(s, [[0, '#a9c6dc'], [1, '#e3ecf1']]);
  out += ridgeShape(ridgeFn(s, 400, 16), '#b9c6c8');
  const floor = 1.1;
  const platTop = 0.75;
  // Tracks bed and rails.
  out += poly([cam(-0.2, floor, 1), cam(4, floor, 1), cam(4, floor, 80), cam(-0.2, floor, 80)], '#6b6660');
  for (let z = 1.2; z < 40; z *= 1.12) out += poly([cam(0.2, floor, z), cam(2.6, floor, z), cam(2.6, floor, z + 0.12), cam(0.2, floor, z + 0.12)], '#4a3f36');
  for (const rx of [0.6, 2.1]) out += line(cam(rx, floor - 0.02, 1), cam(rx, floor - 0.02, 80), '#b7b7b7', 3);
  // Platform on the left, with its safety line.
  out += poly([cam(-8, platTop, 0.8), cam(-0.2, platTop, 0.8), cam(-0.2, platTop, 80), cam(-8, platTop, 80)], '#b7b1a7');
  out += poly([cam(-0.2, platTop, 0.8), cam(-0.2, floor, 0.8), cam(-0.2, floor, 80), cam(-0.2, platTop, 80)], '#7c766d');
  out += poly([cam(-0.55, platTop, 0.8), cam(-0.42, platTop, 0.8), cam(-0.42, platTop, 80), cam(-0.55, platTop, 80)], '#f2c230');
  // The train: a long carriage side receding along the platform, with a rounded nose facing us.
  const tx0 = 0.15;
  const tx1 = 2.55;
  const top = -1.55;
  const bottom = 0.85;
  const zFront = 3.2;
  const zBack = 60;
  out += poly([cam(tx0, top, zFront), cam(tx0, top, zBack), cam(tx0, bottom, zBack), cam(tx0, bottom, zFront)], s.linearAbs([[0, '#e9eef2'], [1, '#b8c3cc']], 0, 100, 0, 700));
  out += poly([cam(tx0, -0.95, zFront), cam(tx0, -0.95, zBack), cam(tx0, -0.5, zBack), cam(tx0, -0.5, zFront)], '#22313f');
  out += poly([cam(tx0, 0.05, zFront), cam(tx0, 0.05, zBack), cam(tx0, 0.22, zBack), cam(tx0, 0.22, zFront)], '#c8102e');
  for (let z = zFront + 3; z < zBack; z += 5.5) {
    out += poly([cam(tx0, -0.95, z), cam(tx0, -0.95, z + 0.9), cam(tx0, bottom - 0.1, z + 0.9), cam(tx0, bottom - 0.1, z)], '#9aa8b3');
    out += line(cam(tx0, top, z - 0.6), cam(tx0, bottom, z - 0.6), '#7d8a94', Math.max(1, 6 / z));
  }
  // Nose: a front face at zFront with windscreen and lights.
  const nose = [cam(tx0, top + 0.2, zFront), cam(tx1, top + 0.2, zFront), cam(tx1, bottom, zFront), cam(tx0, bottom, zFront)];
  out += poly([cam(tx0, top, zFront), cam(tx1, top, zFront + 0.2), cam(tx1, top + 0.2, zFront), cam(tx0, top + 0.2, zFront)], '#d7dee3');
  out += poly(nose, s.linear([[0, '#f1f4f6'], [1, '#c7d0d7']]));
  out += poly([cam(tx0 + 0.25, top + 0.4, zFront), cam(tx1 - 0.25, top + 0.4, zFront), cam(tx1 - 0.35, -0.5, zFront), cam(tx0 + 0.35, -0.5, zFront)], '#1d2935');
  out += poly([cam(tx0 + 0.3, top + 0.45, zFront), cam(tx0 + 1.0, top + 0.45, zFront), cam(tx0 + 0.6, -0.6, zFront), cam(tx0 + 0.38, -0.6, zFront)], '#ffffff', 'opacity="0.15"');
  out += poly([cam(tx0, 0.05, zFront), cam(tx1, 0.05, zFront), cam(tx1, 0.22, zFront), cam(tx0, 0.22, zFront)], '#c8102e');
  for (const lx of [tx0 + 0.4, tx1 - 0.4]) {
    const [lxp, lyp] = cam(lx, 0.45, zFront);
    out += circle(lxp, lyp, 16, '#fff6d0') + circle(lxp, lyp, 60, s.radialAbs([[0, '#fff6d0', 0.5], [1, '#fff6d0', 0]], lxp, lyp, 60));
  }
  out += poly([cam(tx0 + 0.6, bottom, zFront), cam(tx1 - 0.6, bottom, zFront), cam(tx1 - 0.7, floor - 0.05, zFront), cam(tx0 + 0.7, floor - 0.05, zFront)], '#2a2f35');
  // Canopy over the platform on columns, with lamps and a hanging clock.
  const roofY = -2.1;
  out += poly([cam(-8, roofY - 0.15, 1), cam(0.4, roofY - 0.15, 1), cam(0.4, roofY - 0.15, 80), cam(-8, roofY - 0.15, 80)], '#5a6570');
  out += poly([cam(-8, roofY, 1), cam(0.4, roofY, 1), cam(0.4, roofY, 80), cam(-8, roofY, 80)], '#7f8c97');
  out += poly([cam(0.4, roofY - 0.3, 1), cam(0.4, roofY - 0.3, 80), cam(0.4, roofY, 80), cam(0.4, roofY, 1)], '#3e4852');
  for (let z = 2; z < 60; z += 4) {
    out += line(cam(-1.2, roofY, z), cam(-1.2, platTop, z), '#3e4852', Math.max(1.5, 28 / z));
    const [lx, ly] = cam(-0.6, roofY + 0.35, z);
    out += line(cam(-0.6, roofY, z), [lx, ly], '#3e4852', Math.max(1, 4 / z)) + circle(lx, ly, Math.max(2, 24 / z), '#fff1c4');
  }
  const [cx, cy] = cam(-0.9, -1.5, 4.5);
  out += line(cam(-0.9, roofY, 4.5), [cx, cy - 40], '#3e4852', 4) + circle(cx, cy, 42, '#ffffff', 'stroke="#2b2f33" stroke-width="7"') + line([cx, cy], [cx, cy - 28], '#2b2f33', 4) + line([cx, cy], [cx + 20, cy + 8], '#2b2f33', 4);
  // Passengers waiting.
  for (const [z, px] of [[5, -2.2], [7.5, -3.2], [11, -1.6], [16, -2.8], [22, -1.9]] as const) {
    const [fx, fy] = cam(px, platTop, z);
    const [, hy] = cam(px, platTop - 1.7, z);
    out += person(fx, fy, fy - hy, s.pick(['#264653', '#e76f51', '#6d597a', '#3d5a80', '#bc4749']), s.pick(SKINS), s.pick(HAIRS));
  }
  return out + vignette(s, 0.22);
};

const bridgeScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#9fb0bd'], [0.6, '#d6dde2'], [1, '#e6ebee']]);
  const water = 700;
  out += rect(0, water, W, H - water, s.linear([[0, '#8a9ba8'], [1, '#4f6472']]));
  for (let i = 0; i < 80; i += 1) out += rect(s.r(0, W), s.r(water + 6, H), s.r(40, 160), 2, '#dfe6ea', `opacity="${f(s.r(0.15, 0.4))}"`);
  const red = '#b5452e';
  // Deck: a long span receding to the right.
  const deckL = 560;
  const deckR = 470;
  const deckY = (x: number) => lerp(deckL, deckR, x / W);
  out += poly([[-10, deckY(-10)], [W + 10, deckY(W + 10)], [W + 10, deckY(W + 10) + 16], [-10, deckY(-10) + 34]], '#7e3a2a');
  // Towers: near tall one, far smaller one, both with cross-braced portals.
  const towerShape = (x: number, top: number, foot: number, w: number, c: string): string => {
    let t = rect(x - w, top, w * 0.55, foot - top, c) + rect(x + w * 0.45, top, w * 0.55, foot - top, c);
    for (const y of [top + 10, lerp(top, deckY(x), 0.45), deckY(x) - 30]) t += rect(x - w, y, w * 2, w * 0.35, c);
    return t;
  };
  const t1: Pt = [380, 90];
  const t2: Pt = [1180, 300];
  out += rect(t2[0] - 40, deckY(t2[0]), 80, water - deckY(t2[0]), '#6c5d55');
  out += towerShape(t2[0], t2[1], water, 26, mix(red, '#d6dde2', 0.45));
  out += rect(t1[0] - 70, deckY(t1[0]), 140, water - deckY(t1[0]) + 10, '#5c4a40');
  out += towerShape(t1[0], t1[1], water, 52, red);
  // Main cables: from off-picture, over both towers, sagging between, with vertical suspenders.
  const cable = (t: number): Pt => {
    const p0 = t1;
    const p2 = t2;
    const mid: Pt = [(p0[0] + p2[0]) / 2, deckY((p0[0] + p2[0]) / 2) - 30];
    const c: Pt = [2 * mid[0] - (p0[0] + p2[0]) / 2, 2 * mid[1] - (p0[1] + p2[1]) / 2];
    const u = 1 - t;
    return [u * u * p0[0] + 2 * u * t * c[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p2[1]];
  };
  let cables = '';
  const main: Pt[] = [];
  for (let t = 0; t <= 1.0001; t += 0.05) main.push(cable(t));
  cables += pathEl(`M-40,${deckY(-40) - 40} Q${t1[0] - 200},${t1[1] + 180} ${t1[0]},${t1[1]}`, 'none', `stroke="${red}" stroke-width="7"`);
  cables += pathEl(smooth(main), 'none', `stroke="${red}" stroke-width="6"`);
  cables += pathEl(`M${t2[0]},${t2[1]} Q${t2[0] + 200},${t2[1] + 90} ${W + 40},${deckY(W) - 30}`, 'none', `stroke="${red}" stroke-width="4"`);
  for (let t = 0.03; t < 1; t += 0.03) {
    const [cx, cy] = cable(t);
    cables += line([cx, cy], [cx, deckY(cx)], red, lerp(2.5, 1.5, t));
  }
  for (let x = 20; x < t1[0] - 40; x += 30) {
    const y = t1[1] + 180 * Math.pow(1 - x / t1[0], 1.6) + (deckY(0) - 40 - t1[1] - 180) * Math.pow(1 - x / t1[0], 2);
    cables += line([x, Math.min(y, deckY(x) - 20)], [x, deckY(x)], red, 2.5);
  }
  out += cables;
  // Fog: banks drifting across, thickening with distance until the far span vanishes.
  out += rect(0, 0, W, H, s.linearAbs([[0, '#e8edf0', 0], [0.45, '#e8edf0', 0.35], [0.8, '#eef2f4', 0.92], [1, '#f2f5f6', 1]], 0, 0, W, 0));
  let fog = '';
  for (let i = 0; i < 14; i += 1) fog += ellipse(s.r(0, W), s.r(420, 760), s.r(200, 500), s.r(30, 70), '#f4f7f8', `opacity="${f(s.r(0.35, 0.7))}"`);
  out += group(fog, `filter="${s.blur(30)}"`);
  return out + vignette(s, 0.18);
};

const chartScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#13233d'], [1, '#0c1829']]));
  const x0 = 160;
  const x1 = 1480;
  const y0 = 120;
  const y1 = 760;
  // Grid and axes.
  for (let k = 0; k <= 8; k += 1) {
    const y = lerp(y1, y0, k / 8);
    out += line([x0, y], [x1, y], '#2a3d5c', 2) + rect(x0 - 60, y - 4, 36, 8, '#3d5478', 'rx="4"');
  }
  for (let k = 0; k <= 12; k += 1) {
    const x = lerp(x0, x1, k / 12);
    out += line([x, y0], [x, y1], '#1f3150', 2) + rect(x - 14, y1 + 24, 28, 8, '#3d5478', 'rx="4"');
  }
  out += line([x0, y1], [x1, y1], '#8aa2c8', 4) + line([x0, y0], [x0, y1], '#8aa2c8', 4);
  // Background bars (volume) and the rising series with an area fill.
  const n = 25;
  const values: number[] = [];
  let v = 0.12;
  for (let i = 0; i < n; i += 1) {
    v = clamp(v + s.r(-0.035, 0.07) + (i > 16 ? 0.02 : 0), 0.05, 0.95);
    values.push(v);
  }
  const ptsArr: Pt[] = values.map((val, i) => [lerp(x0, x1, i / (n - 1)), lerp(y1, y0, val)]);
  for (const [x] of ptsArr) {
    const h = s.r(30, 120);
    out += rect(x - 16, y1 - h, 32, h, '#2a4a6e', 'opacity="0.5"');
  }
  const last = ptsArr[ptsArr.length - 1] as Pt;
  out += pathEl(`${smooth(ptsArr)} L${f(last[0])},${y1} L${x0},${y1} Z`, s.linear([[0, '#31d0aa', 0.45], [1, '#31d0aa', 0]]));
  // A dashed comparison series below.
  const comp: Pt[] = ptsArr.map(([x, y], i) => [x, lerp(y, y1 - 80, 0.55) + 10 * Math.sin(i)]);
  out += pathEl(smooth(comp), 'none', 'stroke="#f2b134" stroke-width="4" stroke-dasharray="14 10" opacity="0.85"');
  out += pathEl(smooth(ptsArr), 'none', 'stroke="#31d0aa" stroke-width="7" stroke-linejoin="round"');
  ptsArr.forEach(([x, y], i) => {
    if (i % 4 === 0 || i === n - 1) out += circle(x, y, 10, '#0c1829', 'stroke="#31d0aa" stroke-width="5"');
  });
  // The latest value highlighted, with a label pill and an upward arrow.
  out += circle(last[0], last[1], 34, s.radialAbs([[0, '#31d0aa', 0.6], [1, '#31d0aa', 0]], last[0], last[1], 34)) + circle(last[0], last[1], 12, '#ffffff');
  out += rect(last[0] - 150, last[1] - 34, 110, 44, '#31d0aa', 'rx="10"') + pathEl(`M${last[0] - 125},${last[1] - 2} l16,-20 l16,20 Z`, '#0c1829') + rect(last[0] - 100, last[1] - 18, 48, 10, '#0c1829', 'rx="5"');
  out += line([last[0], last[1]], [last[0], y1], '#31d0aa', 2, 'stroke-dasharray="6 8" opacity="0.7"');
  return out + vignette(s, 0.3);
};

const forestScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, '#1f3a24');
  const greens = ['#2f6b3a', '#3f7f45', '#4f8f4f', '#5d9b4a', '#356f47', '#6aa85a', '#2a5e3a'];
  // Crowns on a jittered grid; each is a cluster of lobes lit from the upper left, with a shadow.
  const crowns: Array<{ x: number; y: number; r: number; c: string }> = [];
  for (let gy = -1; gy < 12; gy += 1) {
    for (let gx = -1; gx < 20; gx += 1) {
      crowns.push({ x: gx * 88 + (gy % 2) * 44 + s.r(-25, 25), y: gy * 82 + s.r(-25, 25), r: s.r(42, 70), c: s.chance(0.05) ? s.pick(['#b5a23a', '#c47a2c']) : s.pick(greens) });
    }
  }
  crowns.sort((a, b) => a.r - b.r);
  let shadows = '';
  for (const c of crowns) shadows += circle(c.x + 16, c.y + 18, c.r * 1.05, '#0c1f12', 'opacity="0.7"');
  out += group(shadows, `filter="${s.blur(8)}"`);
  for (const c of crowns) {
    const fill = s.radial([[0, lighten(c.c, 0.35)], [0.55, c.c], [1, darken(c.c, 0.35)]], 0.35, 0.3, 0.75);
    let crown = '';
    const lobes = s.int(5, 8);
    for (let k = 0; k < lobes; k += 1) {
      const a = (k / lobes) * Math.PI * 2 + s.r(0, 0.5);
      crown += circle(c.x + Math.cos(a) * c.r * 0.45, c.y + Math.sin(a) * c.r * 0.45, c.r * s.r(0.5, 0.65), fill);
    }
    crown += circle(c.x, c.y, c.r * 0.6, fill);
    out += crown;
    for (let k = 0; k < 5; k += 1) out += circle(c.x - c.r * 0.3 + s.r(-10, 10), c.y - c.r * 0.3 + s.r(-10, 10), s.r(3, 8), lighten(c.c, 0.5), 'opacity="0.5"');
  }
  return out + vignette(s, 0.3);
};

const glacierScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#8fb4d6'], [0.6, '#dce9f2']]);
  // Dark mountains with snow behind.
  out += peak(s, 260, 140, 520, 380, '#5d6b7a', 260, '#2c3846');
  out += peak(s, 1320, 110, 520, 420, '#55636f', 230, '#2c3846');
  out += peak(s, 820, 220, 520, 320, '#6b7886', 300, '#2c3846');
  // The glacier tongue, flowing down the valley to a cliff at the water.
  const waterY = 640;
  out += pathEl(`M420,380 C620,330 980,330 1200,380 L1480,600 L1520,${waterY} L100,${waterY} L140,580 Z`, s.linear([[0, '#f4f9fc'], [1, '#d3e6f2']]));
  for (let i = 0; i < 18; i += 1) {
    const x = s.r(250, 1350);
    const y = s.r(420, 560);
    out += pathEl(`M${f(x)},${f(y)} q${f(s.r(30, 60))},${f(s.r(-6, 6))} ${f(s.r(80, 140))},${f(s.r(-4, 8))}`, 'none', 'stroke="#9cc3dd" stroke-width="3" opacity="0.8"');
  }
  // The calving face: jagged blue-white columns.
  let face = '';
  let x = 100;
  while (x < 1520) {
    const w = s.r(30, 70);
    const top = s.r(540, 575);
    face += poly([[x, top + s.r(-8, 8)], [x + w, top + s.r(-8, 8)], [x + w, waterY], [x, waterY]], s.pick(['#9fd0ea', '#7fbfe0', '#b8def0', '#6aaed6']));
    face += rect(x + w * 0.3, top + 10, 3, waterY - top - 10, '#ffffff', 'opacity="0.4"');
    x += w;
  }
  out += face + rect(100, 540, 1420, 18, '#eef6fb', 'opacity="0.6"');
  // Dark water with floating ice and reflections.
  out += rect(0, waterY, W, H - waterY, s.linear([[0, '#1e3446'], [1, '#0c1822']]));
  out += rect(100, waterY, 1420, 70, s.linear([[0, '#6aaed6', 0.35], [1, '#6aaed6', 0]]));
  for (let i = 0; i < 16; i += 1) {
    const bx = s.r(0, W);
    const by = s.r(waterY + 40, H - 20);
    const sz = lerp(20, 90, (by - waterY) / (H - waterY)) * s.r(0.6, 1.2);
    const berg: Pt[] = [[bx - sz, by], [bx - sz * 0.6, by - sz * 0.5], [bx - sz * 0.1, by - sz * 0.7], [bx + sz * 0.5, by - sz * 0.4], [bx + sz, by]];
    out += poly(berg, '#f1f8fc') + poly([[bx - sz * 0.1, by - sz * 0.7], [bx + sz * 0.5, by - sz * 0.4], [bx + sz, by], [bx, by]], '#a9d3ea');
    out += ellipse(bx, by + 4, sz * 1.05, sz * 0.12, '#5d8fb0', 'opacity="0.6"');
  }
  for (let i = 0; i < 50; i += 1) out += rect(s.r(0, W), s.r(waterY + 10, H), s.r(30, 100), 2, '#5d8fb0', 'opacity="0.35"');
  return out + vignette(s, 0.25);
};

const floodScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#6d7884'], [1, '#b9c0c6']]);
  for (let i = 0; i < 6; i += 1) out += cloud(s, s.r(0, W), s.r(60, 200), s.r(300, 500), '#8a949e', 0.6);
  const waterY = 585;
  // A row of houses, gable ends to the street.
  const houses: string[] = [];
  const reflections: string[] = [];
  let x = -40;
  while (x < W + 40) {
    const w = s.r(220, 300);
    const h = s.r(260, 340);
    const wall = s.pick(['#e9d8b4', '#d7b49a', '#c9d6df', '#f0e6d6', '#bfcfb8', '#e2c08d']);
    const roof = s.pick(['#7a4a3a', '#5f5f66', '#8a5a44']);
    const base = 760;
    let house = rect(x, base - h, w, h, wall) + poly([[x - 14, base - h + 4], [x + w / 2, base - h - w * 0.38], [x + w + 14, base - h + 4]], roof);
    house += windows(s, x + 24, base - h + 30, w - 48, h * 0.35, { cols: 2, rows: 1, lit: '#ffe6a8', dark: '#4a5866', p: 0.4, pad: 0.45 });
    house += windows(s, x + 24, base - h * 0.5, w - 48, h * 0.35, { cols: 2, rows: 1, lit: '#ffe6a8', dark: '#4a5866', p: 0.2, pad: 0.45 });
    house += rect(x + w / 2 - 24, base - 150, 48, 150, darken(wall, 0.45));
    house += rect(x + w * 0.7, base - h - w * 0.3, 26, 60, darken(roof, 0.2));
    houses.push(house);
    reflections.push(group(house, `transform="translate(0,${2 * waterY}) scale(1,-1)"`));
    x += w + s.r(10, 30);
  }
  out += houses.join('');
  // Lamp posts and a car roof poking out of the water.
  for (const lx of [360, 1040]) out += rect(lx, 420, 10, 340, '#2d3338') + rect(lx - 20, 410, 50, 14, '#2d3338');
  out += pathEl('M600,605 q20,-50 80,-54 l120,0 q60,4 80,54 Z', '#b23a48');
  // Flood water: muddy, opaque, with the street mirrored and broken by ripples.
  out += rect(0, waterY, W, H - waterY, '#6b6450');
  out += group(reflections.join(''), `opacity="0.35" clip-path="${s.clip(rect(0, waterY, W, H - waterY, '#fff'))}"`);
  out += rect(0, waterY, W, H - waterY, s.linear([[0, '#7a7158', 0.55], [1, '#4d4838', 0.8]]));
  for (let i = 0; i < 120; i += 1) {
    const y = waterY + 6 + Math.pow(s.rand(), 1.4) * (H - waterY);
    out += pathEl(`M${f(s.r(0, W))},${f(y)} q20,-5 40,0 t40,0`, 'none', `stroke="#c7c2ad" stroke-width="2" opacity="${f(s.r(0.2, 0.55))}"`);
  }
  out += rect(0, waterY - 3, W, 6, '#d8d3c0', 'opacity="0.5"');
  // Floating debris.
  out += rect(300, 740, 80, 16, '#8a6a44', 'transform="rotate(-8 340 748)"') + circle(1300, 800, 18, '#e76f51') + rect(900, 840, 60, 12, '#a68a5b');
  // Rain.
  for (let i = 0; i < 300; i += 1) {
    const rx = s.r(0, W);
    const ry = s.r(0, H);
    out += line([rx, ry], [rx - 6, ry + 30], '#e6ebef', 1.2, 'opacity="0.35"');
  }
  return out + vignette(s, 0.3);
};

const crowdScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#7fb0d8'], [1, '#dbe8f0']]);
  // Buildings closing the square, with a clock tower in the middle.
  const horizon = 430;
  let x = -10;
  while (x < W) {
    const w = s.r(140, 220);
    const h = s.r(180, 280);
    const c = s.pick(['#e6d3b3', '#d9b99b', '#c9c2b4', '#e8c9a0', '#bfb6a8']);
    out += rect(x, horizon - h, w, h, c) + rect(x - 4, horizon - h - 10, w + 8, 12, darken(c, 0.2));
    out += windows(s, x + 12, horizon - h + 20, w - 24, h - 70, { cols: 4, rows: 4, lit: '#f6e7c8', dark: '#5d6670', p: 0.1, pad: 0.5 });
    out += rect(x, horizon - 50, w, 50, darken(c, 0.15));
    for (let k = 0; k < 3; k += 1) out += pathEl(`M${f(x + 14 + k * (w - 28) / 3)},${horizon} l0,-30 a${f((w - 28) / 8)},${f((w - 28) / 8)} 0 0 1 ${f((w - 28) / 4)},0 l0,30 Z`, darken(c, 0.4));
    x += w;
  }
  out += rect(740, 90, 120, 340, '#cdb58f') + poly([[728, 92], [800, 20], [872, 92]], '#6d7b86') + circle(800, 150, 38, '#fbf7ee', 'stroke="#5d5347" stroke-width="5"') + line([800, 150], [800, 124], '#333', 4) + line([800, 150], [820, 158], '#333', 4);
  // Paving in perspective.
  out += rect(0, horizon, W, H - horizon, s.linear([[0, '#c9bda8'], [1, '#a99d88']]));
  for (let k = -20; k <= 20; k += 1) out += line([800 + k * 40, horizon], [800 + k * 220, H], '#b3a793', 2, 'opacity="0.6"');
  // The crowd: figures scaled by distance, drawn back to front, a few holding placards and flags.
  const people: Array<[number, number]> = [];
  for (let i = 0; i < 200; i += 1) {
    const t = Math.pow(s.rand(), 0.8);
    people.push([s.r(-40, W + 40), lerp(horizon + 10, H + 120, t)]);
  }
  people.sort((a, b) => a[1] - b[1]);
  for (const [px, py] of people) {
    const h = lerp(50, 330, (py - horizon) / (H + 120 - horizon));
    out += person(px, py, h, s.pick(['#264653', '#e76f51', '#2a9d8f', '#6d597a', '#e9c46a', '#3d5a80', '#bc4749', '#457b9d', '#f4a261']), s.pick(SKINS), s.pick(HAIRS));
    if (s.chance(0.05)) {
      out += line([px + h * 0.12, py - h * 0.7], [px + h * 0.12, py - h * 1.25], '#5a4632', Math.max(1.5, h * 0.015));
      out += rect(px + h * 0.12 - h * 0.18, py - h * 1.45, h * 0.36, h * 0.22, s.pick(['#fdfdfd', '#ffd23f', '#e63946']));
    }
  }
  return out + vignette(s, 0.25);
};

const cargoShipScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#7aaed6'], [0.6, '#cfe3ef'], [0.62, '#e9f1f4']]);
  out += cloud(s, 300, 140, 340, '#ffffff', 0.85) + cloud(s, 1300, 200, 260, '#ffffff', 0.7);
  const horizon = 520;
  out += ridgeShape(ridgeFn(s, horizon - 12, 12), '#9db3bf');
  out += rect(0, horizon, W, H - horizon, s.linear([[0, '#3f7fa6'], [1, '#1b4a6b']]));
  const wl = 660;
  // Hull: dark above the waterline, red anti-fouling below it, raked bow on the right.
  const hull = `M150,520 L1390,520 L1500,505 L1430,${wl + 18} L210,${wl + 18} L150,600 Z`;
  out += pathEl(hull, '#263645');
  out += pathEl(`M168,${wl - 10} L1452,${wl - 10} L1430,${wl + 18} L210,${wl + 18} Z`, '#a93a32');
  out += rect(150, 520, 1240, 10, '#d8dde2');
  // Containers stacked in bays along the deck.
  for (let bx = 420; bx < 1350; bx += 116) {
    const stack = s.int(4, 7);
    for (let k = 0; k < stack; k += 1) out += container(s, bx, 520 - (k + 1) * 36, 110, 34);
  }
  // Superstructure aft with the bridge, and the funnel.
  out += rect(200, 300, 180, 220, '#f1f3f4') + rect(180, 300, 220, 24, '#dfe3e6');
  for (let k = 0; k < 5; k += 1) out += rect(210, 340 + k * 34, 160, 14, '#2e4a62');
  out += rect(260, 230, 70, 70, '#c9493b') + rect(260, 230, 70, 16, '#222');
  out += line([300, 300], [300, 190], '#555', 4) + line([280, 205], [320, 205], '#555', 3);
  // Bow wave and wake.
  out += pathEl(`M1430,${wl + 10} q40,-10 90,10 q-40,14 -100,10 Z`, '#ffffff', 'opacity="0.85"');
  let wake = '';
  for (let i = 0; i < 26; i += 1) wake += ellipse(s.r(0, 240), wl + s.r(4, 40), s.r(30, 90), s.r(3, 8), '#ffffff', `opacity="${f(s.r(0.4, 0.9))}"`);
  out += group(wake, `filter="${s.blur(2)}"`);
  out += rect(200, wl + 20, 1240, 30, '#0f3250', 'opacity="0.5"');
  for (let i = 0; i < 90; i += 1) out += rect(s.r(0, W), s.r(wl + 30, H), s.r(30, 110), 2.5, '#a8cde2', `opacity="${f(s.r(0.2, 0.55))}"`);
  // Gulls.
  for (let i = 0; i < 4; i += 1) {
    const gx = s.r(500, 1500);
    const gy = s.r(80, 220);
    out += pathEl(`M${f(gx)},${f(gy)} q12,-12 24,0 q12,-12 24,0`, 'none', 'stroke="#3a4650" stroke-width="3"');
  }
  return out + vignette(s, 0.2);
};

const factoryScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#7d8389'], [0.7, '#b4b8bb'], [1, '#c9cbcc']]);
  const ground = 720;
  // Chimneys with red and white bands, each trailing a plume that drifts right.
  const chimneys = [
    { x: 380, top: 120, w: 56 },
    { x: 560, top: 180, w: 48 },
    { x: 1180, top: 90, w: 64 },
  ];
  let plumes = '';
  for (const c of chimneys) {
    for (let k = 0; k < 14; k += 1) {
      const t = k / 13;
      const grey = mix(s.pick(['#5f6468', '#6d7276', '#7a7f83']), '#c9cbcc', t * 0.7);
      plumes += circle(c.x + 10 + t * 720 + s.r(-12, 12), c.top - 30 - Math.sqrt(t) * 80 + s.r(-12, 12), lerp(32, 120, t), grey, `opacity="${f(lerp(0.95, 0.45, t))}"`);
    }
  }
  out += group(plumes, `filter="${s.blur(7)}"`);
  out += ridgeShape(ridgeFn(s, 600, 20), '#9a9ea1');
  for (const c of chimneys) {
    out += poly([[c.x - c.w / 2, c.top], [c.x + c.w / 2, c.top], [c.x + c.w * 0.7, ground], [c.x - c.w * 0.7, ground]], s.linear([[0, '#7e7b78'], [0.5, '#a6a19b'], [1, '#6b6865']], 0, 0, 1, 0));
    for (const b of [0, 1]) {
      const y = c.top + 20 + b * 60;
      out += poly([[c.x - c.w / 2 - b * 2, y], [c.x + c.w / 2 + b * 2, y], [c.x + c.w / 2 + b * 2 + 2, y + 30], [c.x - c.w / 2 - b * 2 - 2, y + 30]], b ? '#f1f1ef' : '#b5403a');
    }
    out += rect(c.x - c.w / 2 - 4, c.top - 8, c.w + 8, 10, '#4f4c49');
    for (let y = c.top + 120; y < ground - 20; y += 18) out += line([c.x + c.w * 0.15, y], [c.x + c.w * 0.3, y], '#4f4c49', 2);
  }
  // Sawtooth-roofed sheds, tanks and a fence.
  const sawtooth = (x0: number, w: number, h: number, colour: string): string => {
    let sh = rect(x0, ground - h, w, h, colour);
    for (let x = x0; x < x0 + w; x += 60) sh += poly([[x, ground - h], [x, ground - h - 40], [x + 60, ground - h]], darken(colour, 0.15)) + poly([[x + 2, ground - h - 4], [x + 2, ground - h - 36], [x + 10, ground - h - 30], [x + 10, ground - h - 8]], '#c9d8e0');
    sh += windows(s, x0 + 20, ground - h + 30, w - 40, h - 60, { cols: Math.floor(w / 50), rows: 2, lit: '#ffd27a', dark: '#3e4348', p: 0.25, pad: 0.35 });
    return sh;
  };
  out += sawtooth(80, 600, 180, '#8a4a3a') + sawtooth(820, 720, 160, '#7a5042');
  out += rect(660, ground - 260, 180, 260, '#6a6f74') + windows(s, 680, ground - 240, 140, 200, { cols: 3, rows: 5, lit: '#ffd27a', dark: '#3e4348', p: 0.3, pad: 0.4 });
  for (const tx of [1380, 1500]) out += rect(tx - 50, ground - 170, 100, 170, s.linear([[0, '#c9cbcc'], [1, '#8c9196']], 0, 0, 1, 0)) + ellipse(tx, ground - 170, 50, 14, '#dcdedf');
  out += rect(0, ground, W, H - ground, s.linear([[0, '#5f605e'], [1, '#3f403e']]));
  for (let x = 0; x < W; x += 24) out += line([x, ground + 40], [x, ground + 90], '#2f302f', 2);
  out += line([0, ground + 46], [W, ground + 46], '#2f302f', 2) + line([0, ground + 70], [W, ground + 70], '#2f302f', 2);
  return out + vignette(s, 0.3);
};

const serverScene: SceneFn = (s) => {
  const cam = camera(800, 440, 600);
  const floorY = 1.15;
  const ceilY = -1.5;
  const aisle = 0.95;
  const far = 30;
  let out = rect(0, 0, W, H, '#050a14');
  out += poly([cam(-6, ceilY, 0.5), cam(6, ceilY, 0.5), cam(6, ceilY, far), cam(-6, ceilY, far)], '#0b1424');
  out += poly([cam(-6, floorY, 0.5), cam(6, floorY, 0.5), cam(6, floorY, far), cam(-6, floorY, far)], s.linearAbs([[0, '#0d1a2e'], [1, '#1d3352']], 0, 440, 0, 900));
  for (let x = -3; x <= 3; x += 0.6) out += line(cam(x, floorY, 0.5), cam(x, floorY, far), '#2a4266', 1.5, 'opacity="0.6"');
  for (let z = 1; z < far; z *= 1.18) out += line(cam(-3, floorY, z), cam(3, floorY, z), '#2a4266', 1.5, 'opacity="0.5"');
  // Light strips in the ceiling and the cool glow at the end of the aisle.
  for (let z = 1.2; z < far; z += 2.5) out += poly([cam(-0.08, ceilY, z), cam(0.08, ceilY, z), cam(0.08, ceilY, z + 1.6), cam(-0.08, ceilY, z + 1.6)], '#bfe4ff');
  out += circle(800, 440, 180, s.radialAbs([[0, '#5fb4ff', 0.5], [1, '#5fb4ff', 0]], 800, 440, 180));
  // Rack fronts on both sides of the aisle: units with vents and status lights.
  const ledColours = ['#34f58f', '#34f58f', '#34f58f', '#4fb4ff', '#4fb4ff', '#ffb13f'];
  for (const side of [-1, 1]) {
    const x = side * aisle;
    for (let z = 0.8; z < far; z += 0.72) {
      const z1 = z + 0.66;
      out += poly([cam(x, ceilY + 0.25, z), cam(x, ceilY + 0.25, z1), cam(x, floorY, z1), cam(x, floorY, z)], '#151d2b');
      out += poly([cam(x, ceilY + 0.25, z1), cam(x, ceilY + 0.25, z1 + 0.06), cam(x, floorY, z1 + 0.06), cam(x, floorY, z1)], '#0a0f18');
      const units = 16;
      for (let u = 0; u < units; u += 1) {
        const y0 = ceilY + 0.35 + u * ((floorY - ceilY - 0.45) / units);
        const y1 = y0 + ((floorY - ceilY - 0.45) / units) * 0.85;
        out += poly([cam(x, y0, z + 0.04), cam(x, y0, z1 - 0.04), cam(x, y1, z1 - 0.04), cam(x, y1, z + 0.04)], s.pick(['#1f2a3b', '#243247', '#1b2535']));
        if (z < 12) {
          const lights = s.int(1, 4);
          for (let k = 0; k < lights; k += 1) {
            const [lx, ly] = cam(x, (y0 + y1) / 2, z + 0.08 + k * 0.06);
            const c = s.pick(ledColours);
            const r = Math.max(1, 5 / z);
            out += circle(lx, ly, r, c);
            if (s.chance(0.3)) out += circle(lx, ly, r * 4, s.radialAbs([[0, c, 0.5], [1, c, 0]], lx, ly, r * 4));
          }
        } else if (s.chance(0.6)) {
          const [lx, ly] = cam(x, (y0 + y1) / 2, z + 0.1);
          out += circle(lx, ly, 1, s.pick(ledColours));
        }
      }
    }
  }
  // Cable trays overhead.
  for (const side of [-1, 1]) out += poly([cam(side * 0.9, ceilY + 0.1, 0.5), cam(side * 0.5, ceilY + 0.1, 0.5), cam(side * 0.5, ceilY + 0.1, far), cam(side * 0.9, ceilY + 0.1, far)], '#2b3a52');
  return out + vignette(s, 0.35);
};

const phoneScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#f3d9c6'], [1, '#e7b99c']], 0, 0, 1, 1));
  out += circle(1350, 150, 300, '#f7e4d6', 'opacity="0.6"') + circle(200, 800, 260, '#e3a98a', 'opacity="0.4"');
  const skin = '#c68b59';
  const skinShade = '#a8703f';
  const cx = 800;
  const cy = 470;
  // Sleeves and palms behind the phone.
  out += pathEl('M380,920 L520,640 L660,700 L600,920 Z', '#2f5d8a') + pathEl('M1220,920 L1080,640 L940,700 L1000,920 Z', '#2f5d8a');
  out += pathEl('M520,650 C560,560 660,540 700,600 L700,760 C640,790 560,760 520,650 Z', skin);
  out += pathEl('M1080,650 C1040,560 940,540 900,600 L900,760 C960,790 1040,760 1080,650 Z', skin);
  // The phone, slightly tilted, showing a news page.
  let phone = rect(-170, -330, 340, 660, '#1b1d22', 'rx="42"');
  phone += rect(-156, -314, 312, 628, '#fbfaf7', 'rx="30"');
  phone += rect(-40, -304, 80, 14, '#1b1d22', 'rx="7"');
  phone += rect(-156, -280, 312, 50, '#c0392b');
  phone += rect(-130, -264, 120, 16, '#ffffff', 'rx="4"', ) + circle(120, -256, 10, '#ffffff', 'opacity="0.8"');
  phone += rect(-136, -212, 272, 150, s.linear([[0, '#8ecae6'], [1, '#219ebc']]), 'rx="8"');
  phone += poly([[-136, -62], [-60, -140], [10, -90], [60, -130], [136, -62]], '#2a6f5a');
  phone += circle(80, -170, 18, '#ffe8a3');
  for (let k = 0; k < 3; k += 1) phone += rect(-136, -40 + k * 26, k === 2 ? 160 : 272, 14, '#2b2d33', 'rx="5"');
  for (let k = 0; k < 5; k += 1) phone += rect(-136, 50 + k * 22, k === 4 ? 190 : 272, 10, '#a9adb5', 'rx="4"');
  phone += rect(-136, 170, 120, 90, '#e9c46a', 'rx="6"') + rect(4, 176, 132, 12, '#2b2d33', 'rx="4"') + rect(4, 200, 120, 9, '#a9adb5', 'rx="4"') + rect(4, 220, 100, 9, '#a9adb5', 'rx="4"');
  phone += rect(-60, 292, 120, 8, '#1b1d22', 'rx="4"');
  out += group(phone, `transform="translate(${cx},${cy}) rotate(-6)"`);
  // Fingers curling round the left edge, and the right thumb reaching across the screen.
  for (let k = 0; k < 3; k += 1) {
    const fy = 430 + k * 70;
    out += rect(612 + k * 6, fy, 70, 46, skin, `rx="23" transform="rotate(-6 ${612 + k * 6} ${fy})"`);
    out += line([660 + k * 6, fy + 6], [660 + k * 6, fy + 38], skinShade, 2, 'opacity="0.5"');
  }
  out += rect(935, 470, 90, 48, skin, 'rx="24" transform="rotate(-6 935 470)"');
  out += pathEl('M1040,760 C1000,690 950,640 880,600 C858,588 846,612 862,628 C910,672 950,720 980,790 Z', skin);
  out += ellipse(872, 610, 16, 11, '#e8b894', 'transform="rotate(35 872 610)"');
  out += pathEl('M560,760 C600,700 640,690 690,700 C700,720 690,740 670,746 C630,740 600,760 580,790 Z', skin);
  out += ellipse(684, 716, 14, 10, '#e8b894');
  return out + vignette(s, 0.22);
};

const allotmentScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#6fb1e0'], [1, '#dcefe9']]);
  out += cloud(s, 1200, 110, 300, '#ffffff', 0.9);
  const horizon = 360;
  // Hedge, shed, fence and sunflowers along the back.
  out += ridgeShape(ridgeFn(s, horizon - 20, 20), '#5f8f4a');
  out += rect(0, horizon - 10, W, H - horizon + 10, '#8fb35a');
  out += rect(1180, 200, 220, 170, '#6f8f9c') + poly([[1165, 205], [1290, 140], [1415, 205]], '#5a4632') + rect(1220, 260, 60, 110, '#4f6a75') + rect(1310, 240, 60, 50, '#dbeef4', 'stroke="#4f6a75" stroke-width="5"');
  for (let x = 0; x < W; x += 40) out += rect(x, horizon - 50, 16, 70, '#c9a36b') + rect(x, horizon - 40, 40, 8, '#b38a52');
  for (const [x, h] of [[120, 200], [180, 240], [240, 190], [980, 220]] as const) {
    out += line([x, horizon + 10], [x, horizon + 10 - h], '#4f7a35', 6);
    for (let k = 0; k < 12; k += 1) {
      const a = (k / 12) * Math.PI * 2;
      out += ellipse(x + Math.cos(a) * 22, horizon + 10 - h + Math.sin(a) * 22, 14, 6, '#f2c12e', `transform="rotate(${f((a * 180) / Math.PI)} ${f(x + Math.cos(a) * 22)} ${f(horizon + 10 - h + Math.sin(a) * 22)})"`);
    }
    out += circle(x, horizon + 10 - h, 16, '#6b4423');
  }
  // Raised beds in perspective: timber frames, dark soil and rows of crops.
  const cam = camera(800, 250, 560);
  const ground = 1.0;
  const beds = [
    { x0: -3.2, x1: -1.2, crop: 'cabbage' },
    { x0: -0.8, x1: 0.8, crop: 'beans' },
    { x0: 1.2, x1: 3.2, crop: 'lettuce' },
  ] as const;
  // Gravel paths.
  out += poly([cam(-6, ground, 1), cam(6, ground, 1), cam(6, ground, 6), cam(-6, ground, 6)], '#c9b99a');
  for (let i = 0; i < 200; i += 1) {
    const [gx, gy] = cam(s.r(-5, 5), ground, s.r(1, 6));
    out += circle(gx, gy, s.r(1, 3), '#a8987a', 'opacity="0.6"');
  }
  for (const bed of beds) {
    const z0 = 1.3;
    const z1 = 5.6;
    const h = 0.22;
    out += poly([cam(bed.x0, ground - h, z0), cam(bed.x1, ground - h, z0), cam(bed.x1, ground - h, z1), cam(bed.x0, ground - h, z1)], '#4a3222');
    out += poly([cam(bed.x0, ground - h, z0), cam(bed.x1, ground - h, z0), cam(bed.x1, ground, z0), cam(bed.x0, ground, z0)], '#a9743f');
    const sideX = bed.x0 > 0 ? bed.x0 : bed.x1;
    if (Math.abs(sideX) > 0.5) out += poly([cam(sideX, ground - h, z0), cam(sideX, ground - h, z1), cam(sideX, ground, z1), cam(sideX, ground, z0)], '#8a5a2b');
    for (const edge of [bed.x0, bed.x1]) out += line(cam(edge, ground - h, z0), cam(edge, ground - h, z1), '#c48a4f', 4);
    const plants: string[] = [];
    for (let z = z1 - 0.3; z > z0; z -= 0.4) {
      for (let px = bed.x0 + 0.3; px < bed.x1 - 0.15; px += 0.45) {
        const [x, y] = cam(px, ground - h, z);
        const sc = 150 / z;
        if (bed.crop === 'cabbage') {
          plants.push(circle(x, y - sc * 0.3, sc * 0.5, '#5e9f5a') + circle(x, y - sc * 0.35, sc * 0.32, '#8cc47f') + circle(x, y - sc * 0.4, sc * 0.15, '#b7e0a6'));
        } else if (bed.crop === 'lettuce') {
          for (let k = 0; k < 6; k += 1) plants.push(ellipse(x + Math.cos(k) * sc * 0.2, y - sc * 0.25, sc * 0.28, sc * 0.14, k % 2 ? '#9dd35f' : '#7dbb43', `transform="rotate(${k * 30} ${f(x)} ${f(y - sc * 0.25)})"`));
        } else {
          // Bean poles with vines climbing them.
          const top = cam(px, ground - h - 1.3, z);
          plants.push(line([x, y], top, '#8a6a44', Math.max(1.5, sc * 0.06)));
          for (let k = 0; k < 6; k += 1) {
            const t = k / 6;
            plants.push(ellipse(lerp(x, top[0], t) + (k % 2 ? 1 : -1) * sc * 0.12, lerp(y, top[1], t), sc * 0.14, sc * 0.09, '#4f9a3f'));
          }
          if (s.chance(0.5)) plants.push(ellipse(lerp(x, top[0], 0.5), lerp(y, top[1], 0.5), sc * 0.04, sc * 0.18, '#6fbf4f'));
        }
      }
    }
    out += plants.join('');
  }
  // A watering can in the foreground.
  out += rect(1300, 760, 120, 90, '#3d8f7a', 'rx="10"') + pathEl('M1420,790 L1500,730 L1510,740 L1430,810 Z', '#3d8f7a') + pathEl('M1320,760 Q1360,700 1400,760', 'none', 'stroke="#2f6f5f" stroke-width="10"');
  return out + vignette(s, 0.22);
};

/** An olive tree: twisted trunk, silvery-green crown of small clusters. */
function oliveTree(s: Scene, x: number, y: number, scale: number): string {
  const trunk = `M${f(x - 14 * scale)},${f(y)} C${f(x - 30 * scale)},${f(y - 40 * scale)} ${f(x + 10 * scale)},${f(y - 60 * scale)} ${f(x - 6 * scale)},${f(y - 100 * scale)} L${f(x + 12 * scale)},${f(y - 100 * scale)} C${f(x + 26 * scale)},${f(y - 60 * scale)} ${f(x - 2 * scale)},${f(y - 40 * scale)} ${f(x + 18 * scale)},${f(y)} Z`;
  let out = ellipse(x + 30 * scale, y + 4 * scale, 110 * scale, 16 * scale, '#6b5a2a', 'opacity="0.35"');
  out += pathEl(trunk, '#6d6256');
  out += line([x, y - 90 * scale], [x - 50 * scale, y - 140 * scale], '#6d6256', 8 * scale) + line([x + 4 * scale, y - 90 * scale], [x + 50 * scale, y - 150 * scale], '#6d6256', 8 * scale);
  const greens = ['#7d8f4e', '#8fa05c', '#a4b07a', '#6b7b47', '#b5c08e'];
  for (let i = 0; i < 26; i += 1) {
    const a = s.r(0, Math.PI * 2);
    const d = Math.sqrt(s.rand());
    out += ellipse(x + Math.cos(a) * d * 110 * scale, y - 160 * scale + Math.sin(a) * d * 55 * scale, s.r(22, 36) * scale, s.r(14, 22) * scale, s.pick(greens));
  }
  for (let i = 0; i < 12; i += 1) out += ellipse(x + s.r(-80, 60) * scale, y - s.r(170, 210) * scale, 10 * scale, 5 * scale, '#d2dab4', 'opacity="0.7"');
  return out;
}

const oliveScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#4f9fd8'], [0.6, '#bfe0f0'], [0.8, '#f6ecd2']]);
  out += sun(s, 1320, 130, 60, '#fffbe6', '#fff0b8', 4);
  out += ridgeShape(ridgeFn(s, 360, 40), '#a9b8a0');
  // The hillside rising to the right, with terraced contour walls.
  const hill = (x: number) => 640 - x * 0.2 + 20 * Math.sin(x * 0.004);
  out += ridgeShape(hill, s.linear([[0, '#d9b866'], [1, '#b8913e']]));
  for (let k = 1; k < 7; k += 1) {
    const row: Pt[] = [];
    for (let x = -40; x <= W + 40; x += 40) row.push([x, hill(x) + k * k * 10]);
    out += pathEl(smooth(row), 'none', `stroke="#a88544" stroke-width="${f(2 + k)}" opacity="0.6"`);
  }
  // Trees in staggered rows, far to near.
  for (let k = 1; k < 7; k += 1) {
    const scale = lerp(0.35, 1.4, (k - 1) / 5);
    const step = 260 * scale + 60;
    for (let x = (k % 2) * step * 0.5 - 40; x < W + 100; x += step) {
      const y = hill(x) + k * k * 10 + 6;
      out += oliveTree(s, x + s.r(-20, 20), y, scale * s.r(0.9, 1.1));
    }
  }
  // Dry-stone wall along the front.
  let wall = '';
  for (let x = -20; x < W; x += s.r(40, 70)) wall += ellipse(x, 860 + s.r(-6, 6), s.r(26, 40), s.r(16, 22), s.pick(['#c9bfa8', '#b3a88f', '#d8cfb8']), 'stroke="#8f846d" stroke-width="2"');
  out += rect(0, 860, W, 40, '#8f846d') + wall;
  return out + vignette(s, 0.22);
};

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

/** Every illustration named in images.ts must have a scene: a missing one fails to compile. */
const scenes: Record<DemoImageName, SceneFn> = {
  'city-skyline-dusk': cityScene,
  'city-street-rain': streetRainScene,
  'harbour-cranes': harbourScene,
  'coastline-waves': coastScene,
  'ocean-deep': oceanScene,
  'river-delta': deltaScene,
  'dry-riverbed': dryRiverScene,
  'wheat-fields': wheatScene,
  'rice-terraces': riceScene,
  'mountain-range': mountainScene,
  'wind-turbines': turbineScene,
  'solar-farm': solarScene,
  'power-lines': powerLinesScene,
  'parliament-columns': parliamentScene,
  'ballot-box': ballotScene,
  'classroom': classroomScene,
  'hospital-corridor': corridorScene,
  'laboratory-glassware': labScene,
  'satellite-orbit': satelliteScene,
  'night-sky': nightScene,
  'bookshelf': bookshelfScene,
  'film-reel': filmReelScene,
  'theatre-curtain': theatreScene,
  'concert-stage': concertScene,
  'market-stalls': marketScene,
  'desert-dunes': dunesScene,
  'train-station': trainScene,
  'bridge-fog': bridgeScene,
  'data-chart': chartScene,
  'forest-canopy': forestScene,
  'glacier': glacierScene,
  'flooded-street': floodScene,
  'crowd-square': crowdScene,
  'cargo-ship': cargoShipScene,
  'factory-chimneys': factoryScene,
  'server-racks': serverScene,
  'smartphone-hands': phoneScene,
  'garden-allotment': allotmentScene,
  'olive-grove': oliveScene,
  'water-well': wellScene,
};

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

function svgDocument(s: Scene, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${s.height}" viewBox="0 0 ${s.width} ${s.height}"><defs>${s.defs.join('')}</defs>${body}</svg>`;
}

/**
 * Rasterises the SVG and adds luminance grain from the seeded generator (libvips' own noise
 * is not seedable, so it would change the bytes on every run). The grain is drawn in 2x2 cells:
 * it reads as print texture at full size while costing mozjpeg far fewer bytes than per-pixel noise.
 */
async function render(svg: string, width: number, height: number, seed: number, grain: number): Promise<Buffer> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 })
    .resize(width, height)
    .flatten({ background: '#000000' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rand = mulberry32(seed ^ 0x9e3779b9);
  const cellsX = Math.ceil(info.width / 2);
  const cellsY = Math.ceil(info.height / 2);
  const noise = new Float32Array(cellsX * cellsY);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (rand() + rand() - 1) * grain;
  const channels = info.channels;
  for (let y = 0; y < info.height; y += 1) {
    for (let x = 0; x < info.width; x += 1) {
      const n = noise[(y >> 1) * cellsX + (x >> 1)] ?? 0;
      const i = (y * info.width + x) * channels;
      for (let c = 0; c < 3; c += 1) data[i + c] = clamp(Math.round((data[i + c] ?? 0) + n), 0, 255);
    }
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels } }).jpeg(JPEG).toBuffer();
}

async function writeImage(file: string, buffer: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, buffer);
  const rel = path.relative(process.cwd(), file);
  console.log(`wrote ${rel} (${(buffer.length / 1024).toFixed(1)} KB)`);
}

async function renderIllustration(name: DemoImageName): Promise<Buffer> {
  const scene = scenes[name];
  const seed = hashSeed(name);
  const s = new Scene(mulberry32(seed), W, H);
  const body = scene(s);
  return render(svgDocument(s, body), W, H, seed, 7);
}

// ---------------------------------------------------------------------------------------------
// Author portraits
// ---------------------------------------------------------------------------------------------

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

async function renderPortrait(slug: string): Promise<Buffer> {
  const seed = hashSeed(`author:${slug}`);
  const s = new Scene(mulberry32(seed), AVATAR_SIZE, AVATAR_SIZE);
  const body = portrait(s, portraitStyles[slug] ?? seededPortrait(s));
  return render(svgDocument(s, body), AVATAR_SIZE, AVATAR_SIZE, seed, 5);
}

async function main(): Promise<void> {
  const wanted = new Set(process.argv.slice(2));
  const pick = (name: string) => wanted.size === 0 || wanted.has(name);
  for (const name of demoImageNames) {
    if (!pick(name)) continue;
    await writeImage(path.join(OUT_DIR, `${name}.jpg`), await renderIllustration(name));
  }
  for (const author of demoAuthors) {
    if (!pick(author.slug)) continue;
    await writeImage(path.join(OUT_DIR, 'authors', `${author.slug}.jpg`), await renderPortrait(author.slug));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
