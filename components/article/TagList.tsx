import { ReaderLink } from '@/components/ui/ReaderLink';
import type { TagRef } from '@/lib/content/schema';
import { routes } from '@/lib/routes';

export function TagList({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Topics" className="topics">
      <h2 className="sr-only">Topics</h2>
      <ul className="chips">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <ReaderLink
              href={routes.tag(tag.slug)}
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
