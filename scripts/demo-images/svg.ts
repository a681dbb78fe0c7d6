

/** SVG drawing helpers: geometry, colour and element strings. One decimal is enough at 1600px. */

export type Pt = readonly [number, number];
/** [offset 0..1, colour, opacity] */
export type Stop = readonly [number, string, number?];

/** One decimal is plenty at 1600px and keeps the SVG source small. */
export const f = (n: number): string => String(Math.round(n * 10) / 10);
export const pts = (points: readonly Pt[]): string => points.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

export function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const n = parseInt(h.length === 3 ? h.replace(/(.)/g, '$1$1') : h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgbToHex(r: number, g: number, b: number): string {
  const c = (v: number) => Math.round(clamp(v, 0, 255)).toString(16).padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Mixes two colours; used for atmospheric perspective (far things fade into the sky). */
export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = hexToRgb(a);
  const [br, bg, bb] = hexToRgb(b);
  return rgbToHex(lerp(ar, br, t), lerp(ag, bg, t), lerp(ab, bb, t));
}

export const lighten = (c: string, t: number): string => mix(c, '#ffffff', t);
export const darken = (c: string, t: number): string => mix(c, '#000000', t);

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}" ${extra}/>`;
export const poly = (points: readonly Pt[], fill: string, extra = ''): string =>
  `<polygon points="${pts(points)}" fill="${fill}" ${extra}/>`;
export const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}" ${extra}/>`;
export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}" ${extra}/>`;
export const line = (a: Pt, b: Pt, stroke: string, width: number, extra = ''): string =>
  `<line x1="${f(a[0])}" y1="${f(a[1])}" x2="${f(b[0])}" y2="${f(b[1])}" stroke="${stroke}" stroke-width="${f(width)}" ${extra}/>`;
export const pathEl = (d: string, fill: string, extra = ''): string => `<path d="${d}" fill="${fill}" ${extra}/>`;
export const pathRaw = (d: string, attrs: string): string => `<path d="${d}" ${attrs}/>`;
export const group = (content: string, extra = ''): string => `<g ${extra}>${content}</g>`;

/** Catmull-Rom through the points, as cubic Béziers: smooth hills, waves and cables. */
export function smooth(points: readonly Pt[], move = true): string {
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
export function camera(vx: number, vy: number, focal: number) {
  return (x: number, y: number, z: number): Pt => [vx + (x * focal) / z, vy + (y * focal) / z];
}
