import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import type { Article, Author, Section, Tag } from '@/lib/content/schema';
import { SITE_NAME } from '@/lib/site-name';
import { ArticleCard, BRAND_TEXT_WIDTH, BrandCard, PORTRAIT_SIZE, type PreparedText } from './cards';
import { OG_FONTS, type StackName } from './fonts';
import { drawableText } from './glyph-coverage';
import { pngDataUrl, publicImageDataUrl } from './images';
import { CARD_HEIGHT, CARD_WIDTH, COLOURS, OG_IMAGE_MAX_BYTES, HEADLINE_CHAR_BUDGET, accentFor, headlineBox, headlineSize, pictureBox } from './layout';
import { needsRtlLayout, renderRtlText } from './rtl-text';

/**
 * Open Graph image rendering: 1200x630 PNGs drawn by satori/resvg through next/og, with our own
 * fonts only (no network, ever: see glyph-coverage.ts) and right-to-left text set by Pango.
 * These functions render; caching and the public/draft decision belong to the callers
 * (lib/og/cached.ts for public routes, the editors' preview for drafts).
 */

export interface RenderOptions {
  /** The site's host name, printed small at the foot of the card. */
  host: string;
}

/** Satori caches parsed fonts per array identity: always pass this same array. */
const FONTS = OG_FONTS.map((font) => ({ ...font }));

async function png(element: React.ReactElement): Promise<Buffer> {
  const response = new ImageResponse(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: FONTS });
  return fitPreviewBudget(Buffer.from(await response.arrayBuffer()));
}

/**
 * resvg writes lightly compressed PNGs (~450 KB for a card with a picture). Full colour with zlib
 * level 6 and adaptive filtering when that fits the budget (flat brand cards: lossless); else a
 * 256-colour palette (~150 KB for an illustrated card, ~90 ms more, once per card: it is cached);
 * else, for a grainy photograph, 64 colours with lighter dithering.
 */
async function fitPreviewBudget(raw: Buffer): Promise<Buffer> {
  const lossless = await sharp(raw).png({ compressionLevel: 6, adaptiveFiltering: true }).toBuffer();
  if (lossless.length <= OG_IMAGE_MAX_BYTES) return lossless;
  const palette = await sharp(raw).png({ palette: true, quality: 90, effort: 1 }).toBuffer();
  if (palette.length <= OG_IMAGE_MAX_BYTES) return palette;
  return sharp(raw).png({ palette: true, colours: 64, dither: 0.5, effort: 1 }).toBuffer();
}

function truncateTo(text: string, budget: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= budget) return clean;
  const cut = clean.slice(0, budget);
  const space = cut.lastIndexOf(' ');
  return `${(space > budget * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}\u2026`;
}

interface PrepareOptions {
  stack: StackName;
  width: number;
  maxHeight: number;
  sizes: readonly number[];
  color: string;
  weight?: 'semiBold' | 'regular';
  align: 'left' | 'right';
}

/** Text for the card: Pango-set image for right-to-left scripts, otherwise glyph-checked text. */
async function prepare(text: string, options: PrepareOptions): Promise<PreparedText> {
  if (needsRtlLayout(text)) {
    const block = await renderRtlText({ text, width: options.width, maxHeight: options.maxHeight, sizes: options.sizes, color: options.color, weight: options.weight, align: options.align });
    return { kind: 'image', src: pngDataUrl(block.png), width: block.width, height: block.height };
  }
  return { kind: 'text', text: drawableText(text, options.stack) };
}

export type OgArticle = Pick<Article, 'headline' | 'section' | 'authors' | 'hero' | 'language'> & {
  social?: Article['social'];
};

function byline(names: string[], language: Article['language']): string | null {
  if (names.length === 0) return null;
  if (language === 'ar') return names.join('، ');
  const list = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `By ${list}`;
}

/** The share card of an article. Callers decide who may see it (drafts are for editors only). */
export async function renderArticleCard(article: OgArticle, options: RenderOptions): Promise<Buffer> {
  const title = truncateTo(article.social?.title ?? article.headline, HEADLINE_CHAR_BUDGET);
  const direction = article.language === 'ar' ? 'rtl' : 'ltr';
  const align = direction === 'rtl' ? 'right' : 'left';
  const box = headlineBox(direction);
  const picture = pictureBox(direction);
  const size = headlineSize(title.length);
  const names = article.authors.map((author) => author.name);
  const bylineText = byline(names, article.language);
  const [headline, section, bylinePrepared, hero] = await Promise.all([
    prepare(title, { stack: 'headline', width: box.width, maxHeight: box.height, sizes: [64, 56, 50, 44, 40], color: COLOURS.headline, align }),
    prepare(article.section.name, { stack: 'labelBold', width: box.width, maxHeight: 36, sizes: [24], color: accentFor(article.section.slug), align }),
    bylineText
      ? prepare(bylineText, { stack: 'label', width: box.width, maxHeight: 44, sizes: [28, 24, 20], color: COLOURS.byline, weight: 'regular', align })
      : Promise.resolve(null),
    publicImageDataUrl(article.hero.src, picture.width, picture.height),
  ]);
  return png(
    <ArticleCard
      direction={direction}
      accent={accentFor(article.section.slug)}
      section={section}
      headline={headline}
      headlineSize={size}
      byline={bylinePrepared}
      host={drawableText(options.host, 'label')}
      picture={hero}
    />,
  );
}

interface BrandInput {
  accentSlug?: string;
  kicker: string;
  title: string;
  subtitle?: string | null;
  portraitSrc?: string | null;
}

async function renderBrand(input: BrandInput, options: RenderOptions): Promise<Buffer> {
  const titleText = truncateTo(input.title, 80);
  const titleSize = titleText.length <= 11 ? 104 : titleText.length <= 22 ? 80 : 60;
  const width = BRAND_TEXT_WIDTH;
  const [title, subtitle, portrait] = await Promise.all([
    prepare(titleText, { stack: 'headline', width, maxHeight: 200, sizes: [titleSize, 64, 52], color: '#ffffff', align: 'left' }),
    input.subtitle
      ? prepare(truncateTo(input.subtitle, 180), { stack: 'label', width, maxHeight: 130, sizes: [32, 28], color: COLOURS.byline, weight: 'regular', align: 'left' })
      : Promise.resolve(null),
    input.portraitSrc ? publicImageDataUrl(input.portraitSrc, PORTRAIT_SIZE, PORTRAIT_SIZE) : Promise.resolve(null),
  ]);
  return png(
    <BrandCard
      accent={accentFor(input.accentSlug)}
      kicker={drawableText(input.kicker, 'labelBold')}
      title={title}
      titleSize={titleSize}
      subtitle={subtitle}
      host={drawableText(options.host, 'label')}
      portrait={portrait}
    />,
  );
}

export function renderHomeCard(options: RenderOptions): Promise<Buffer> {
  return renderBrand(
    { kicker: 'Independent news', title: SITE_NAME, subtitle: 'Reporting, analysis and opinion on politics, climate, science and culture.' },
    options,
  );
}

export function renderSectionCard(section: Pick<Section, 'slug' | 'name' | 'description'>, options: RenderOptions): Promise<Buffer> {
  return renderBrand({ accentSlug: section.slug, kicker: 'Section', title: section.name, subtitle: section.description }, options);
}

export function renderTagCard(tag: Tag, options: RenderOptions): Promise<Buffer> {
  return renderBrand({ kicker: 'Topic', title: tag.name, subtitle: `Reporting and analysis about ${tag.name.toLowerCase()}` }, options);
}

export function renderAuthorCard(author: Pick<Author, 'name' | 'role' | 'avatar'>, options: RenderOptions): Promise<Buffer> {
  return renderBrand(
    { kicker: author.role || `${SITE_NAME} writer`, title: author.name, subtitle: null, portraitSrc: author.avatar?.src ?? null },
    options,
  );
}
