import type { DraftNoticeKind, RefusalReason } from '@/lib/editorial/draft-notice';

const REFUSALS: Record<RefusalReason, string> = {
  'publish-conflict': 'Not published: someone saved this article after you opened it. Their revision is shown below; check it, then publish again.',
  'publish-rejected': 'Not published: the saved text cannot go live as it is (its address may be taken, or its section or an author removed). Change it, save, and publish again.',
  'restore-conflict': 'Not restored: someone saved this article after you opened it. Nothing was changed; look at the latest revision and try again.',
  'restore-rejected': 'Not restored: that revision cannot be saved as it is today (its address may be taken, or its section or an author removed). Nothing was changed.',
  'restore-missing': 'Not restored: that revision does not exist. Nothing was changed.',
  unavailable: 'The database did not answer, so nothing was changed. Try again in a moment.',
};

function message(notice: DraftNoticeKind): string {
  switch (notice.kind) {
    case 'saved':
      return notice.created ? `Draft created (revision ${notice.version}).` : `Saved (revision ${notice.version}).`;
    case 'restored':
      return `Revision ${notice.from} restored as revision ${notice.version}.`;
    case 'published':
      return 'Published: readers see this version now.';
    case 'refused':
      return REFUSALS[notice.reason];
  }
}

export function DraftNotice({ notice }: { notice: DraftNoticeKind | null }) {
  if (!notice) return null;
  const refused = notice.kind === 'refused';
  return (
    <p role={refused ? 'alert' : 'status'} className={refused ? 'draft-summary' : 'draft-saved'} data-testid="draft-notice">
      {message(notice)}
    </p>
  );
}
