import type { ArticleSummary, Block, BlockOf, Newsletter } from './schema';

/**
 * The article body as the renderer consumes it: references (`readMore` -> an article id,
 * `newsletterPromo` -> a newsletter slug) replaced by what they point at. Blocks whose target is
 * missing, unpublished or inactive are dropped, so a reader never sees a dead card.
 * Everything here is pure: no database, no clock.
 */
export type ReadMoreRenderBlock = { type: 'readMore'; article: ArticleSummary };
export type NewsletterPromoRenderBlock = { type: 'newsletterPromo'; newsletter: Newsletter };
export type RenderBlock =
  | Exclude<Block, { type: 'readMore' } | { type: 'newsletterPromo' }>
  | ReadMoreRenderBlock
  | NewsletterPromoRenderBlock;

export interface BlockTargets {
  /** Publicly visible articles by id. */
  articles: ReadonlyMap<string, ArticleSummary>;
  /** Newsletters by slug (inactive ones are dropped here even if present). */
  newsletters: ReadonlyMap<string, Newsletter>;
}

export interface BlockReferences {
  articleIds: string[];
  newsletterSlugs: string[];
}

/** What a body points at, deduplicated in order of first appearance, to load in one query each. */
export function collectBlockReferences(blocks: readonly Block[]): BlockReferences {
  const articleIds = new Set<string>();
  const newsletterSlugs = new Set<string>();
  for (const block of blocks) {
    if (block.type === 'readMore') articleIds.add(block.articleId);
    else if (block.type === 'newsletterPromo') newsletterSlugs.add(block.newsletter);
  }
  return { articleIds: [...articleIds], newsletterSlugs: [...newsletterSlugs] };
}

export function resolveBlocks(blocks: readonly Block[], targets: BlockTargets): RenderBlock[] {
  const out: RenderBlock[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'readMore': {
        const article = targets.articles.get(block.articleId);
        if (article) out.push({ type: 'readMore', article });
        break;
      }
      case 'newsletterPromo': {
        const newsletter = targets.newsletters.get(block.newsletter);
        if (newsletter?.active) out.push({ type: 'newsletterPromo', newsletter });
        break;
      }
      default:
        out.push(block);
    }
  }
  return out;
}

/** Blocks that should not sit directly after a promo card (two cards or media in a row read as clutter). */
const HEAVY_BLOCKS: ReadonlySet<Block['type']> = new Set(['image', 'embed', 'readMore', 'newsletterPromo', 'quote']);

/**
 * Places a newsletter promo in an article that has none: after the `afterParagraph`-th paragraph,
 * moved further down while the next block is a heavy one (image, embed, card, quote), so the promo
 * lands between runs of prose. Articles that already carry a promo, or have fewer paragraphs than
 * `afterParagraph`, are returned unchanged (a short piece gets no interruption).
 */
export function insertNewsletterPromo(
  blocks: readonly Block[],
  newsletter: string,
  options: { afterParagraph: number },
): Block[] {
  if (blocks.some((b) => b.type === 'newsletterPromo')) return [...blocks];
  const wanted = Math.max(1, Math.floor(options.afterParagraph));
  const promo: BlockOf<'newsletterPromo'> = { type: 'newsletterPromo', newsletter };

  let paragraphs = 0;
  let fallback = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]?.type !== 'paragraph') continue;
    paragraphs++;
    if (paragraphs < wanted) continue;
    fallback = i;
    const next = blocks[i + 1];
    if (next === undefined || !HEAVY_BLOCKS.has(next.type)) {
      return [...blocks.slice(0, i + 1), promo, ...blocks.slice(i + 1)];
    }
  }
  // Every candidate paragraph was followed by a heavy block: use the last one rather than none.
  if (fallback >= 0) return [...blocks.slice(0, fallback + 1), promo, ...blocks.slice(fallback + 1)];
  return [...blocks];
}
