import 'server-only';
import type { Article } from '@/lib/content/schema';
import { buildArticleMetadata } from '@/lib/seo/metadata';
import { routes } from '@/lib/routes';

/**
 * The link card a draft will produce, read from the very metadata builder the published page uses
 * (so title, description, URL and image choice cannot drift from what networks will fetch). Only
 * the image address differs: the public card URL refuses drafts, so editors see the same rendering
 * through their own route.
 */
export interface SocialCard {
  title: string;
  description: string;
  /** The article's canonical URL (its host is what the networks print). */
  url: string;
  image: { src: string; alt: string };
}

/** `imagePath`: where the generated card image is served for this draft (default: its saved state's). */
export function draftSocialCard(article: Article, imagePath?: string): SocialCard {
  const metadata = buildArticleMetadata(article, { preview: true });
  const og = metadata.openGraph ?? {};
  const images = 'images' in og ? og.images : undefined;
  const first = Array.isArray(images) ? images[0] : images;
  const alt = first && typeof first === 'object' && 'alt' in first && typeof first.alt === 'string' ? first.alt : article.headline;
  const title = typeof og.title === 'string' ? og.title : article.headline;
  const description = typeof og.description === 'string' ? og.description : article.standfirst;
  const url = og.url ? String(og.url) : '';
  const src = article.social.image ? article.social.image.src : (imagePath ?? routes.draftOg(article.id));
  return { title, description, url, image: { src, alt } };
}
