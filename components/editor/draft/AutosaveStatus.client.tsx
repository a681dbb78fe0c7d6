'use client';

import { useRef } from 'react';
import { useAutosave, type AutosaveState } from './useAutosave.client';
import { routes } from '@/lib/routes';

interface AutosaveStatusProps {
  /** The article being edited; null on the new-article page (its first Save creates it). */
  articleId: string | null;
  /** The form shows a refused save: autosaving on top of it would only keep more conflict copies. */
  stopped: boolean;
}

const two = (n: number) => String(n).padStart(2, '0');
// UTC, as the revision list says it, so "Saved 10:42 UTC" matches the autosaved revision's time.
const timeOf = (iso: string) => {
  const date = new Date(iso);
  return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
};

function Message({ state, articleId }: { state: AutosaveState; articleId: string }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <>Saving…</>;
    case 'saved':
      return <>Saved {timeOf(state.savedAt)}</>;
    case 'invalid':
      return <>Not saved: {state.problems === 1 ? '1 problem' : `${state.problems} problems`} to fix first (listed beside the preview).</>;
    case 'failed':
      return state.signedOut ? <>Not saved: you are signed out. Sign in again in another tab; your text stays here.</> : <>Not saved: the server did not answer. Trying again…</>;
    case 'conflict':
      return (
        <>
          Someone else saved revision {state.currentVersion}: autosave stopped, see{' '}
          <a href={routes.editorRevision(articleId, state.keptRevisionId)}>Compare</a>
        </>
      );
  }
}

/** The edit form's autosave and its polite status line; on a new article, only the warning before leaving. */
export function AutosaveStatus({ articleId, stopped }: AutosaveStatusProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  const state = useAutosave(ref, articleId, !stopped);
  return (
    <p ref={ref} className="draft-autosave" aria-live="polite" data-autosave={state.kind}>
      {articleId ? <Message state={state} articleId={articleId} /> : null}
    </p>
  );
}
