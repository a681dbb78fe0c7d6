import { ReaderLink } from '@/components/ui/ReaderLink';
import type { AuthorRef } from '@/lib/content/schema';
import { routes } from '@/lib/routes';

/** An author as a byline shows them: the role is optional (cards and summaries only carry names). */
export interface BylineAuthor extends AuthorRef {
  role?: string;
}

interface BylineProps {
  authors: BylineAuthor[];
  /** Arabic articles say "بقلم" instead of "By". */
  label?: string;
}

/** "By A (role) and B (role)", each name linking to the author's page. */
export function Byline({ authors, label = 'By' }: BylineProps) {
  if (authors.length === 0) return null;
  return (
    <p className="byline">
      <span>{label} </span>
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : null}
          <ReaderLink href={routes.author(author.slug)} rel="author" className="byline-author">
            {author.name}
          </ReaderLink>
          {author.role ? <span className="text-muted">, {author.role}</span> : null}
        </span>
      ))}
    </p>
  );
}
