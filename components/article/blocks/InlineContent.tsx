import type { ReactNode } from 'react';
import type { Inline } from '@/lib/content/schema';
import { isSafeHref } from '@/lib/content/safe-url';

/**
 * Renders runs of text with bold/italic marks and links, as React elements (never HTML strings).
 * Links were validated when they left the database; we check again here because a component cannot
 * know where its props came from, and an unsafe href renders as plain text rather than a link.
 */
export function InlineContent({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.href !== undefined && isSafeHref(run.href)) {
          const external = /^https?:/i.test(run.href);
          node = (
            <a href={run.href} rel={external ? 'noopener noreferrer' : undefined} className="text-accent underline">
              {node}
            </a>
          );
        }
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}
