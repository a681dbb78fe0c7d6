import { ReaderLink } from '@/components/ui/ReaderLink';
import type { TagRef } from '@/lib/content/schema';
import { tagHref } from '@/components/ui/routes';

export function TagList({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Topics" className="topics">
      <h2 className="sr-only">Topics</h2>
      <ul className="chips">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <ReaderLink
              href={tagHref(tag.slug)}
              className="chip"
            >
              {tag.name}
            </ReaderLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
