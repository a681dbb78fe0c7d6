'use client';

import { useActionState, useState } from 'react';
import { formatDateTime } from '@/components/ui/format-date';
import { INITIAL_SHARE_STATE, type ShareLinkState } from './share-state';

interface ShareLinkButtonProps {
  articleId: string;
  headline: string;
  action: (previous: ShareLinkState, form: FormData) => Promise<ShareLinkState>;
}

/**
 * Creates a signed, expiring link to one draft and shows it once, with a copy button. Works
 * without JavaScript too (the server action answers with the same state).
 */
export function ShareLinkButton({ articleId, headline, action }: ShareLinkButtonProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_SHARE_STATE);
  const [copied, setCopied] = useState(false);

  return (
    <div className="flex flex-col gap-2">
      <form action={formAction}>
        <input type="hidden" name="articleId" value={articleId} />
        <button
          type="submit"
          disabled={pending}
          aria-label={`Share preview link: ${headline}`}
          className="min-h-11 rounded border border-rule px-3 text-sm font-semibold"
        >
          {pending ? 'Creating link…' : 'Share preview link'}
        </button>
      </form>
      {state.status === 'created' ? (
        <div className="flex flex-col gap-1 text-sm" role="status">
          <label className="flex flex-col gap-1">
            <span>Anyone with this link can read this draft until {formatDateTime(state.expiresAt)}:</span>
            <input
              readOnly
              value={state.url}
              data-testid="share-url"
              onFocus={(event) => event.currentTarget.select()}
              className="min-h-11 w-full rounded border border-rule bg-surface px-2 font-mono text-xs"
            />
          </label>
          <button
            type="button"
            className="min-h-11 self-start rounded border border-rule px-3 font-semibold"
            onClick={async () => {
              await navigator.clipboard.writeText(state.url);
              setCopied(true);
            }}
          >
            {copied ? 'Copied' : 'Copy link'}
          </button>
        </div>
      ) : null}
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-accent">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
