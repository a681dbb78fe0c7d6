'use client';

import { useEffect, useState, type RefObject } from 'react';
import * as z from 'zod/mini';
import { routes } from '@/lib/routes';

/**
 * Autosave of the edit form (issue 14, "Nothing lost"): 3 s after the last change, at least every
 * 15 s while typing goes on, and at once when the page is hidden or left. Each autosave posts the
 * form's own fields to /api/editor/articles/[id]/autosave (a real save, coalesced into one revision
 * per streak on the server) and moves the form's hidden `version` on, so the next Save names it.
 * A conflict stops it: someone else saved, and only the editor can decide what to keep.
 */

export const AUTOSAVE_DELAY_MS = 3_000;
export const AUTOSAVE_MAX_WAIT_MS = 15_000;
const RETRY_MS = 15_000;
// Browsers refuse keepalive requests over 64 KiB; a longer text on leaving goes as a plain request.
const KEEPALIVE_MAX_BYTES = 60_000;

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number; savedAt: string }
  | { kind: 'invalid'; problems: number }
  | { kind: 'conflict'; currentVersion: number; keptRevisionId: string }
  | { kind: 'failed'; signedOut: boolean };

const answerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), version: z.number(), savedAt: z.string() }),
  z.object({ status: z.literal('conflict'), currentVersion: z.number(), keptRevisionId: z.string() }),
  z.object({ status: z.literal('invalid'), fieldErrors: z.record(z.string(), z.optional(z.string())), bodyErrors: z.array(z.unknown()) }),
]);

/**
 * After an autosave from version `from`: every form of the page that names this article at `from`
 * (this form, Restore, Publish) names the new version, which is this editor's own text. A version
 * someone else saved is never adopted this way.
 */
function moveVersionOn(articleId: string, from: string, to: number): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('form input[type="hidden"][name="version"]')) {
    const owner = input.form?.elements.namedItem('articleId');
    if (owner instanceof HTMLInputElement && owner.value === articleId && input.value === from) input.value = String(to);
  }
}

/** The form's text fields only (a picture chosen for upload is not the autosave's business). */
function fieldsOf(form: HTMLFormElement): { data: FormData; bytes: number } {
  const data = new FormData();
  let bytes = 0;
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    data.append(name, value);
    bytes += name.length + value.length * 3;
  }
  return { data, bytes };
}

function outcomeOf(status: number, body: unknown): AutosaveState {
  const answer = answerSchema.safeParse(body);
  if (!answer.success) return { kind: 'failed', signedOut: status === 401 };
  const value = answer.data;
  if (value.status === 'saved') return { kind: 'saved', version: value.version, savedAt: value.savedAt };
  if (value.status === 'conflict') return { kind: 'conflict', currentVersion: value.currentVersion, keptRevisionId: value.keptRevisionId };
  // The body's own summary ("The text has 2 problems") is counted as its lines instead.
  const fields = Object.entries(value.fieldErrors).filter(([name, message]) => name !== 'body' || value.bodyErrors.length === 0 ? Boolean(message) : false);
  return { kind: 'invalid', problems: Math.max(1, fields.length + value.bodyErrors.length) };
}

/**
 * Autosaves the form around `inside` while `articleId` is set and `enabled`; on a new article
 * (no id yet: its first Save creates it) it only warns before leaving with unsaved text.
 */
export function useAutosave(inside: RefObject<Element | null>, articleId: string | null, enabled: boolean): AutosaveState {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });

  useEffect(() => {
    const form = inside.current?.closest('form');
    if (!form || !enabled) return;
    let changed = false;
    let firstChangeAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: Promise<void> | null = null;
    let stopped = false;
    let unsaved = false;
    const url = articleId ? routes.editorAutosave(articleId) : null;

    const schedule = (delay?: number) => {
      if (stopped || !url) return;
      const now = Date.now();
      if (firstChangeAt === 0) firstChangeAt = now;
      clearTimeout(timer);
      timer = setTimeout(() => void save(false), delay ?? Math.max(0, Math.min(AUTOSAVE_DELAY_MS, firstChangeAt + AUTOSAVE_MAX_WAIT_MS - now)));
    };

    const send = async (data: FormData, leaving: boolean, bytes: number): Promise<void> => {
      let next: AutosaveState;
      try {
        const response = await fetch(url as string, {
          method: 'POST',
          body: data,
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
          keepalive: leaving && bytes < KEEPALIVE_MAX_BYTES,
        });
        next = outcomeOf(response.status, await response.json().catch(() => null));
      } catch {
        next = { kind: 'failed', signedOut: false };
      }
      if (next.kind === 'saved') moveVersionOn(articleId as string, String(data.get('version')), next.version);
      if (next.kind === 'conflict') stopped = true;
      unsaved = next.kind !== 'saved';
      if (next.kind === 'failed') {
        changed = true;
        schedule(RETRY_MS);
      }
      setState(next);
    };

    const save = async (leaving: boolean): Promise<void> => {
      clearTimeout(timer);
      if (stopped || !url || !changed) return;
      // One at a time, so each names the version the previous one made; the rest follows it.
      if (inFlight) return;
      changed = false;
      firstChangeAt = 0;
      const { data, bytes } = fieldsOf(form);
      if (!leaving) setState({ kind: 'saving' });
      inFlight = send(data, leaving, bytes).finally(() => {
        inFlight = null;
        if (changed) schedule();
      });
    };

    const onChange = (event: Event) => {
      // Pickers' own search boxes and selects have no name: they are not part of the article.
      const target = event.target;
      if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) || target.name === '') return;
      changed = true;
      schedule();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void save(true);
    };
    const onPageHide = () => void save(true);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!changed && !inFlight && !unsaved) return;
      event.preventDefault();
      event.returnValue = '';
    };
    // A Save while an autosave is on its way waits for it, so it names the version the autosave made.
    const onSubmit = (event: SubmitEvent) => {
      clearTimeout(timer);
      changed = false;
      firstChangeAt = 0;
      if (!url) unsaved = false;
      if (!inFlight) return;
      event.preventDefault();
      event.stopPropagation();
      const submitter = event.submitter;
      void inFlight.then(() => form.requestSubmit(submitter instanceof HTMLElement && submitter.matches('button, input') ? submitter : undefined));
    };

    const listeners: [EventTarget, string, (event: never) => void, boolean][] = [
      [form, 'input', onChange, false],
      [form, 'change', onChange, false],
      // Capture: it must run before React's own submit handling at the root.
      [form, 'submit', onSubmit, true],
      [document, 'visibilitychange', onHidden, false],
      [window, 'pagehide', onPageHide, false],
      [window, 'beforeunload', onBeforeUnload, false],
    ];
    for (const [target, type, listener, capture] of listeners) target.addEventListener(type, listener as EventListener, capture);
    return () => {
      clearTimeout(timer);
      for (const [target, type, listener, capture] of listeners) target.removeEventListener(type, listener as EventListener, capture);
    };
  }, [inside, articleId, enabled]);

  return state;
}
