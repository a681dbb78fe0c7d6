import { DEMO_IMAGE_HEIGHT, DEMO_IMAGE_WIDTH, type DemoImageName } from '@/lib/db/seed/demo/images';
import { type Stop, f } from './svg';

export class Scene {
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

/** The illustration canvas: every scene draws on 1600x900. */
export const W = DEMO_IMAGE_WIDTH;
export const H = DEMO_IMAGE_HEIGHT;

/** Draws one picture into the scene context and returns its SVG body. */
export type SceneFn = (s: Scene) => string;

/** One illustration: the image it draws, its alt text and its drawing. */
export interface DemoScene {
  name: DemoImageName;
  alt: string;
  draw: SceneFn;
}
