import type { ReactNode } from 'react';
import type { Inline } from '@/lib/content/schema';
import { isSafeHref } from '@/lib/content/safe-url';

/**
 * Renders runs of text with bold/italic marks and links, as React elements (never HTML strings).
 * Links were validated when they left the database; we check again here because a component cannot
 * know where its props came from, and an unsafe href renders as plain text rather than a link.
 * A plain run stays a bare string: a wrapper element or keyed fragment would be sent twice (HTML
 * and RSC payload) for nothing.
 */
export function InlineContent({ content }: { content: Inline[] }) {
  return <>{content.map(renderRun)}</>;
}

function renderRun(run: Inline, index: number): ReactNode {
  const link = run.href !== undefined && isSafeHref(run.href) ? run.href : undefined;
  if (!run.italic && !run.bold && link === undefined) return run.text;
  let node: ReactNode = run.text;
  if (run.italic) node = <em key={index}>{node}</em>;
  if (run.bold) node = <strong key={index}>{node}</strong>;
  if (link !== undefined) {
    const external = /^https?:/i.test(link);
    node = (
      <a key={index} href={link} rel={external ? 'noopener noreferrer' : undefined} className="text-link">
        {node}
      </a>
    );
  }
  return node;
}
