import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { drawableText, undrawableGraphemes } from '@/lib/og/glyph-coverage';
import { CARD_HEIGHT, CARD_WIDTH, headlineBox, OG_IMAGE_MAX_BYTES, type Box } from '@/lib/og/layout';

/**
 * Renders real cards in a child process (see tests/helpers/og-render-child.ts: next/og needs native ESM, and
 * the child blocks every network API before loading the renderer), then decodes the PNGs.
 */

const hero = { src: '/images/demo/river-delta.jpg', alt: 'A delta', width: 1600, height: 900 };
const noHero = { src: '/images/demo/does-not-exist.jpg', alt: 'Missing', width: 1600, height: 900 };
const base = {
  section: { slug: 'science', name: 'Science' },
  authors: [{ slug: 'mei-lin-zhou', name: 'Mei-Lin Zhou' }],
  language: 'en',
};
const LONG = 'Councillors argued late into the night over the budget, the bins, the buses and the bridges, and then, as dawn broke over the river, over whether they should have argued at all — a headline far too long for any card';
// A long first word and a short last word: in right-to-left order the long word is at the right.
const ARABIC_LONG_WORD = 'والاستثمارات';
const ARABIC_SHORT_WORD = 'ماء';

const jobs = [
  { kind: 'article', name: 'symbols', article: { ...base, hero, headline: 'Prices → up 5 € ✓ © ™ — “quoted” 🌍🔥👍🏽 👨‍👩‍👧 🇬🇧 ★ ≠ 𝔘' } },
  { kind: 'article', name: 'short', article: { ...base, hero: noHero, headline: 'Short' } },
  { kind: 'article', name: 'long', article: { ...base, hero: noHero, headline: LONG } },
  { kind: 'article', name: 'arabic', article: { ...base, language: 'ar', hero: noHero, headline: `${ARABIC_LONG_WORD} ${ARABIC_SHORT_WORD}` } },
  { kind: 'article', name: 'arabic-long', article: { ...base, language: 'ar', hero: noHero, headline: 'المياه في الشرق الأوسط '.repeat(12) } },
  { kind: 'home', name: 'home' },
  { kind: 'section', name: 'section', section: { slug: 'culture', name: 'Culture', description: 'Books, film & music.' } },
  { kind: 'tag', name: 'tag', tag: { slug: 'water', name: 'Water' } },
  { kind: 'author', name: 'author', author: { name: 'Noor Haddad', role: 'Middle East correspondent', avatar: null } },
];

interface Report {
  results?: { name: string; file: string; bytes: number }[];
  attempts: string[];
  error?: string;
}

let report: Report;
let outDir = '';
const images = new Map<string, PNG>();

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'og-test-'));
  outDir = dir;
  const jobsFile = join(dir, 'jobs.json');
  writeFileSync(jobsFile, JSON.stringify(jobs));
  const stdout = execFileSync(process.execPath, [require.resolve('tsx/cli'), 'tests/helpers/og-render-child.ts', jobsFile, dir], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 90_000,
  });
  report = JSON.parse(stdout) as Report;
  for (const result of report.results ?? []) images.set(result.name, PNG.sync.read(readFileSync(result.file)));
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function image(name: string): PNG {
  const png = images.get(name);
  if (!png) throw new Error(`no image ${name}: ${report.error ?? 'missing'}`);
  return png;
}

function pixel(png: PNG, x: number, y: number): [number, number, number] {
  const i = (png.width * y + x) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

/** Columns (relative to the box) holding light "ink" pixels: the white headline on the dark panel. */
function inkColumns(png: PNG, box: Box): boolean[] {
  const columns: boolean[] = [];
  for (let x = 0; x < box.width; x++) {
    let ink = false;
    for (let y = 0; y < box.height && !ink; y++) {
      const [r, g, b] = pixel(png, box.x + x, box.y + y);
      ink = r > 170 && g > 170 && b > 170;
    }
    columns.push(ink);
  }
  return columns;
}

/** Runs of ink separated by gaps wider than `minGap` columns (word spaces, not letter gaps). */
function inkRuns(columns: boolean[], minGap: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let gap = Infinity;
  columns.forEach((ink, x) => {
    if (ink) {
      const last = runs[runs.length - 1];
      if (last && gap <= minGap) last.end = x;
      else runs.push({ start: x, end: x });
      gap = 0;
    } else {
      gap++;
    }
  });
  return runs;
}

describe('OG image rendering', () => {
  it('renders every card without touching the network', () => {
    expect(report.error).toBeUndefined();
    expect(report.attempts).toEqual([]);
    expect(report.results?.map((r) => r.name)).toEqual(jobs.map((j) => j.name));
  });

  it('produces 1200x630 PNGs that are not blank', () => {
    for (const [name, png] of images) {
      expect({ name, width: png.width, height: png.height }).toEqual({ name, width: CARD_WIDTH, height: CARD_HEIGHT });
      const colours = new Set<string>();
      for (let y = 0; y < png.height; y += 7) for (let x = 0; x < png.width; x += 7) colours.add(pixel(png, x, y).join(','));
      expect(colours.size).toBeGreaterThan(50);
    }
  });

  it('stays under the size WhatsApp shows in a link preview (about 300 KB), pictures included', () => {
    const sizes = (report.results ?? []).map((r) => ({ name: r.name, bytes: r.bytes }));
    expect(sizes.length).toBe(jobs.length);
    expect(sizes.filter((s) => s.bytes > OG_IMAGE_MAX_BYTES)).toEqual([]);
    console.info(`[figures] OG card sizes: ${sizes.map((s) => `${s.name} ${Math.round(s.bytes / 1000)} KB`).join(', ')}`);
  });

  it('draws the headline: the headline box has ink', () => {
    expect(inkColumns(image('short'), headlineBox('ltr')).some(Boolean)).toBe(true);
  });

  it('keeps a long headline inside its box: everything outside is identical to a short headline’s card', () => {
    const short = image('short');
    const long = image('long');
    const box = headlineBox('ltr');
    // Compare 6x6 block averages: palette dithering differs from image to image, spilled text does not average out.
    const B = 6;
    let worst = 0;
    for (let by = 0; by + B <= CARD_HEIGHT; by += B) {
      for (let bx = 0; bx + B <= CARD_WIDTH; bx += B) {
        const overlaps = bx + B > box.x && bx < box.x + box.width && by + B > box.y && by < box.y + box.height;
        if (overlaps) continue;
        let sum = 0;
        for (let y = by; y < by + B; y++) {
          for (let x = bx; x < bx + B; x++) {
            const a = pixel(short, x, y);
            const b = pixel(long, x, y);
            sum += a[0] - b[0] + (a[1] - b[1]) + (a[2] - b[2]);
          }
        }
        worst = Math.max(worst, Math.abs(sum) / (B * B));
      }
    }
    expect(worst).toBeLessThan(20);
    // And the long headline really filled the box (it was clamped, not dropped).
    const rows = headlineRowsWithInk(long, box);
    expect(rows).toBeGreaterThan(box.height * 0.5);
  });

  it('sets Arabic right to left: right-aligned, first word at the right', () => {
    const png = image('arabic');
    const box = headlineBox('rtl');
    const columns = inkColumns(png, box);
    const first = columns.indexOf(true);
    const last = columns.lastIndexOf(true);
    // Right-aligned: ink ends at the box's right edge and leaves the left part empty.
    expect(box.width - 1 - last).toBeLessThan(12);
    expect(first).toBeGreaterThan(box.width * 0.25);
    // Two words: the long first word must be the right-hand run.
    const runs = inkRuns(columns, 8);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    const right = runs[runs.length - 1]!;
    const left = runs[0]!;
    expect(right.end - right.start).toBeGreaterThan((left.end - left.start) * 1.8);
  });

  it('clamps a very long Arabic headline inside its box', () => {
    const png = image('arabic-long');
    const box = headlineBox('rtl');
    // Just below the box (the gap above the byline) stays clear of headline ink.
    for (let y = box.y + box.height; y < box.y + box.height + 20; y++) {
      for (let x = box.x; x < box.x + box.width; x++) {
        const [r, g, b] = pixel(png, x, y);
        expect(r > 200 && g > 200 && b > 200).toBe(false);
      }
    }
  });
});

function headlineRowsWithInk(png: PNG, box: Box): number {
  let rows = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const [r, g, b] = pixel(png, x, y);
      if (r > 170 && g > 170 && b > 170) {
        rows++;
        break;
      }
    }
  }
  return rows;
}

describe('drawableText', () => {
  it('keeps text our fonts cover and replaces what they do not', () => {
    expect(drawableText('Prices up 5 € © — “quoted”', 'headline')).toBe('Prices up 5 € © — “quoted”');
    expect(drawableText('A → B ✓', 'headline')).toBe('A \u27a1 B \u2714');
    expect(drawableText('Thumbs 👍🏽', 'headline')).toBe('Thumbs 👍');
    expect(undrawableGraphemes(drawableText('𝔘 ≠ ★ 👨‍👩‍👧 🫠 ﷺ', 'headline'), 'headline')).toEqual([]);
  });
});
