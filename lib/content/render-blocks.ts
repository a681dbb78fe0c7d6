import type { ArticleSummary, Block, Newsletter } from './schema';

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
