import { ReaderLink } from '@/components/ui/ReaderLink';
import type { TagRef } from '@/lib/content/schema';
import { tagHref } from '@/components/ui/routes';

export function TagList({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Topics" className="font-sans print:hidden">
      <h2 className="sr-only">Topics</h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <ReaderLink
              href={tagHref(tag.slug)}
              className="inline-flex min-h-8 items-center rounded-full border border-rule px-3 text-sm no-underline hover:border-ink"
            >
              {tag.name}
            </ReaderLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
