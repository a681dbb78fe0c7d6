'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { LIVE_PREVIEW_DEBOUNCE_MS, LIVE_PREVIEW_ENDPOINT, previewPayload, readPreviewAnswer, type PreviewAnswer } from './live-preview-client';

export interface LivePreviewState {
  /** The last preview that rendered (kept while the text has problems). */
  ready: Extract<PreviewAnswer, { kind: 'ready' }> | null;
  /** Why the newest text is not shown, if it is not. */
  problem: Extract<PreviewAnswer, { kind: 'invalid' | 'failed' }> | null;
  updating: boolean;
}

/** The draft form of the workspace `element` sits in (the router may keep an earlier page's form hidden in the document). */
export function workspaceForm(element: Element | null): HTMLFormElement | null {
  const form = element?.closest('[data-draft-workspace]')?.querySelector('form[data-draft-form]');
  return form instanceof HTMLFormElement ? form : null;
}

/**
 * Follows the draft form beside `anchor` (in the same [data-draft-workspace]): after each pause in typing (and once at the start) it sends
 * the form to the server and keeps the answer. One request at a time; changes made meanwhile are
 * sent as soon as it returns, so the last keystroke is always previewed.
 */
export function useLivePreview(anchor: RefObject<Element | null>, formKey: string): LivePreviewState {
  const [state, setState] = useState<LivePreviewState>({ ready: null, problem: null, updating: true });
  const previewId = useRef<string | null>(null);

  useEffect(() => {
    const found = workspaceForm(anchor.current);
    if (!found) return;
    const form: HTMLFormElement = found;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    let again = false;
    let stopped = false;

    async function update(): Promise<void> {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      setState((previous) => ({ ...previous, updating: true }));
      let answer: PreviewAnswer;
      try {
        const response = await fetch(LIVE_PREVIEW_ENDPOINT, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
          body: previewPayload(form, previewId.current),
          cache: 'no-store',
        });
        answer = readPreviewAnswer(response.status, await response.json().catch(() => null));
      } catch {
        answer = { kind: 'failed', message: 'The preview could not be reached; it will try again as you type.' };
      }
      inFlight = false;
      if (stopped) return;
      if (answer.kind === 'ready') previewId.current = answer.previewId;
      setState((previous) => (answer.kind === 'ready' ? { ready: answer, problem: null, updating: again } : { ...previous, problem: answer, updating: again }));
      if (again) {
        again = false;
        void update();
      }
    }

    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void update(), LIVE_PREVIEW_DEBOUNCE_MS);
    };
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    void update();
    return () => {
      stopped = true;
      clearTimeout(timer);
      form.removeEventListener('input', schedule);
      form.removeEventListener('change', schedule);
    };
    // A new formKey is a new form element (after a save, a restore or a publish): listen to it, and show what it holds.
  }, [anchor, formKey]);

  return state;
}
