import type { Language } from '@/lib/content/schema';
import { formatDateTime, wasUpdated } from '@/components/ui/format-date';

interface ArticleTimesProps {
  publishedAt: string | null;
  updatedAt: string;
  language?: Language;
}

const LABELS = {
  en: { published: 'Published', updated: 'Updated' },
  ar: { published: 'نُشر', updated: 'حُدّث' },
} as const;

/** Publication time, plus the update time when the article changed after publishing. */
export function ArticleTimes({ publishedAt, updatedAt, language = 'en' }: ArticleTimesProps) {
  const labels = LABELS[language];
  if (!publishedAt) {
    // Drafts in preview have never been published: show when they were last edited.
    return (
      <p className="note">
        {labels.updated} <time dateTime={updatedAt}>{formatDateTime(updatedAt, language)}</time>
      </p>
    );
  }
  return (
    <p className="note times">
      <span>
        {labels.published} <time dateTime={publishedAt}>{formatDateTime(publishedAt, language)}</time>
      </span>
      {wasUpdated(publishedAt, updatedAt) ? (
        <span>
          {labels.updated} <time dateTime={updatedAt}>{formatDateTime(updatedAt, language)}</time>
        </span>
      ) : null}
    </p>
  );
}
