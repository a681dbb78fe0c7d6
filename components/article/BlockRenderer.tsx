import type { RenderBlock } from '@/lib/content/render-blocks';
import { assertNever } from '@/components/ui/assert-never';
import { EmbedBlock } from './blocks/EmbedBlock';
import { HeadingBlock } from './blocks/HeadingBlock';
import { ImageBlock } from './blocks/ImageBlock';
import { ListBlock } from './blocks/ListBlock';
import { NewsletterPromoBlock } from './blocks/NewsletterPromoBlock';
import { ParagraphBlock } from './blocks/ParagraphBlock';
import { QuoteBlock } from './blocks/QuoteBlock';
import { ReadMoreBlock } from './blocks/ReadMoreBlock';

/**
 * The one place a body block becomes a component. The switch is exhaustive: adding a block type to
 * the schema breaks compilation here (assertNever) until it has a component.
 */
function renderBlock(block: RenderBlock, index: number) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphBlock key={index} block={block} />;
    case 'heading':
      return <HeadingBlock key={index} block={block} />;
    case 'image':
      return <ImageBlock key={index} block={block} />;
    case 'quote':
      return <QuoteBlock key={index} block={block} />;
    case 'list':
      return <ListBlock key={index} block={block} />;
    case 'readMore':
      return <ReadMoreBlock key={index} article={block.article} />;
    case 'newsletterPromo':
      return <NewsletterPromoBlock key={index} newsletter={block.newsletter} />;
    case 'embed':
      return <EmbedBlock key={index} block={block} />;
    default:
      return assertNever(block, 'block type');
  }
}

export function BlockRenderer({ blocks }: { blocks: RenderBlock[] }) {
  return <>{blocks.map(renderBlock)}</>;
}
