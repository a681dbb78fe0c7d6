import type { Block, EmbedProvider, Inline } from '@/lib/content/schema';
import { demoImage, type DemoImageName } from './images';

/**
 * The block builders every demo article is written with: they keep the bodies readable as prose
 * rather than nested object literals. Typographic characters (’ “ ” —) are written as themselves.
 */

/** A run of text: a plain string becomes an unmarked run. */
export type Run = string | Inline;
const toInline = (r: Run): Inline => (typeof r === 'string' ? { text: r } : r);

/** Bold, italic and linked runs. */
export const b = (text: string): Inline => ({ text, bold: true });
export const i = (text: string): Inline => ({ text, italic: true });
export const a = (text: string, href: string): Inline => ({ text, href });

export const p = (...content: Run[]): Block => ({ type: 'paragraph', content: content.map(toInline) });
export const h2 = (text: string): Block => ({ type: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ type: 'heading', level: 3, text });
export const blockQuote = (text: string, attribution?: string): Block => ({ type: 'quote', variant: 'block', text, attribution });
export const pullQuote = (text: string, attribution?: string): Block => ({ type: 'quote', variant: 'pull', text, attribution });
export const bullets = (...items: Run[][]): Block => ({ type: 'list', style: 'bulleted', items: items.map((item) => item.map(toInline)) });
export const numbered = (...items: Run[][]): Block => ({ type: 'list', style: 'numbered', items: items.map((item) => item.map(toInline)) });
export const readMore = (articleId: string): Block => ({ type: 'readMore', articleId });
export const promo = (newsletter: string): Block => ({ type: 'newsletterPromo', newsletter });
export const image = (name: DemoImageName, caption: string): Block => ({ type: 'image', image: demoImage(name, caption) });
export const embed = (provider: EmbedProvider, url: string, title: string, description?: string): Block => ({
  type: 'embed',
  provider,
  url,
  title,
  description,
});
