import { formatDateTime } from '@/components/ui/format-date';

/** One live share link as the editor sees it; the token itself is never stored, so never shown. */
export interface LiveShareLink {
  id: string;
  createdAt: string;
  expiresAt: string;
  createdByName: string | null;
}

export type ShareListReturn = 'dashboard' | 'article';

interface ShareLinkListProps {
  articleId: string;
  headline: string;
  links: readonly LiveShareLink[];
  revokeAction: (form: FormData) => Promise<void>;
  /** Which page the revoke action brings the editor back to. */
  returnTo: ShareListReturn;
}

/**
 * A draft's live share links, each with a Revoke button: plain server-rendered forms posting to a
 * server action, so it works without JavaScript and needs no client code.
 */
export function ShareLinkList({ articleId, headline, links, revokeAction, returnTo }: ShareLinkListProps) {
  if (links.length === 0) return <p className="text-sm text-muted">No live share links.</p>;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="font-semibold">
        {links.length === 1 ? '1 live share link' : `${links.length} live share links`}
      </p>
      <ul aria-label={`Live share links: ${headline}`} className="flex flex-col divide-y divide-rule">
        {links.map((link) => (
          <li key={link.id} data-share-id={link.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              Created {formatDateTime(link.createdAt)}
              {link.createdByName ? ` by ${link.createdByName}` : ''}, works until {formatDateTime(link.expiresAt)}
            </span>
            <form action={revokeAction}>
              <input type="hidden" name="articleId" value={articleId} />
              <input type="hidden" name="shareId" value={link.id} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <button
                type="submit"
                aria-label={`Revoke the link created ${formatDateTime(link.createdAt)}: ${headline}`}
                className="min-h-11 rounded border border-rule px-3 font-semibold"
              >
                Revoke
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
