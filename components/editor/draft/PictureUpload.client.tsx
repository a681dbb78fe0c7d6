'use client';

import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { routes } from '@/lib/routes';

/**
 * Upload a picture from the article form (with JavaScript): choose a file, describe it, and either
 * make it the main picture (the hero fields are filled in) or insert its line into the text at the
 * cursor. Its own inputs have no names, so the draft form never posts them; without JavaScript it
 * shows nothing and the page's plain upload form (PictureUploadPanel) does the same job.
 */

type Target = 'hero' | 'body';
type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

const isUploaded = (value: unknown): value is { src: string; width: number; height: number; alt: string; text: string } => {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.src === 'string' && typeof record.text === 'string' && typeof record.alt === 'string' && Number.isInteger(record.width) && Number.isInteger(record.height);
};

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';
const noSubscription = () => () => undefined;

/** Sets a field's value the way typing does, so listeners of the form (preview, autosave) hear it. */
function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function field(form: HTMLFormElement, name: string): HTMLInputElement | HTMLTextAreaElement | null {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : null;
}

/** The picture's line as its own paragraph at the cursor: blank lines before and after it. */
function insertAtCursor(textarea: HTMLTextAreaElement, line: string): void {
  const { value, selectionStart, selectionEnd } = textarea;
  const before = value.slice(0, selectionStart);
  const after = value.slice(selectionEnd);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  setFieldValue(textarea, `${before}${lead}${line}${tail}${after}`);
  const cursor = before.length + lead.length + line.length;
  textarea.focus();
  textarea.setSelectionRange(cursor, cursor);
}

async function messageOf(response: Response): Promise<string> {
  if (response.status === 413) return 'The picture is larger than 10 MB. Export it smaller and try again.';
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // Not our JSON (a proxy's error page): fall through to the general message.
  }
  return `The picture was not uploaded (error ${response.status}). Try again.`;
}

export function PictureUpload() {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const id = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  if (!hydrated) return null;

  async function upload(target: Target): Promise<void> {
    const file = fileInput.current?.files?.[0];
    const form = root.current?.closest('form');
    if (!file) return setOutcome({ kind: 'failed', message: 'Choose a picture file first.' });
    if (alt.trim() === '') return setOutcome({ kind: 'failed', message: 'Describe the picture first: say what it shows, for people who cannot see it.' });
    if (file.size > MAX_BYTES) return setOutcome({ kind: 'failed', message: 'The picture is larger than 10 MB. Export it smaller and try again.' });
    if (!form) return;
    setOutcome({ kind: 'busy' });
    const body = new FormData();
    body.set('file', file);
    body.set('alt', alt);
    let response: Response;
    try {
      response = await fetch(routes.editorMediaUpload(), { method: 'POST', body, headers: { Accept: 'application/json' } });
    } catch {
      return setOutcome({ kind: 'failed', message: 'The upload did not reach the site. Check your connection and try again.' });
    }
    const answer: unknown = response.ok ? await response.json().catch(() => null) : null;
    if (!response.ok || !isUploaded(answer)) return setOutcome({ kind: 'failed', message: await messageOf(response) });
    if (target === 'hero') {
      const values: [string, string][] = [['heroSrc', answer.src], ['heroAlt', answer.alt], ['heroWidth', String(answer.width)], ['heroHeight', String(answer.height)]];
      for (const [name, value] of values) {
        const input = field(form, name);
        if (input) setFieldValue(input, value);
      }
    } else {
      const textarea = field(form, 'body');
      if (textarea instanceof HTMLTextAreaElement) insertAtCursor(textarea, answer.text);
    }
    if (fileInput.current) fileInput.current.value = '';
    setAlt('');
    const where = target === 'hero' ? 'It is now the main picture' : 'Its line is in the text at the cursor';
    setOutcome({ kind: 'done', message: `Picture uploaded (${answer.width} × ${answer.height}): ${answer.src}. ${where}; save to keep it.` });
  }

  const busy = outcome.kind === 'busy';
  return (
    <fieldset ref={root} className="draft-fieldset" aria-describedby={`${id}-hint`} data-testid="picture-upload">
      <legend className="draft-label">Upload a picture</legend>
      <span id={`${id}-hint`} className="draft-hint">
        JPEG, PNG, WebP or AVIF, up to 10 MB. Location and camera details are removed from the file.
      </span>
      <div className="draft-field">
        <label htmlFor={`${id}-file`} className="draft-label">
          Picture file
        </label>
        <input ref={fileInput} id={`${id}-file`} type="file" accept={ACCEPT} className="draft-input" disabled={busy} />
      </div>
      <div className="draft-field">
        <label htmlFor={`${id}-alt`} className="draft-label">
          Description of the new picture
        </label>
        <span id={`${id}-alt-hint`} className="draft-hint">
          What the picture shows, for people who cannot see it. Required.
        </span>
        <input id={`${id}-alt`} type="text" value={alt} onChange={(event) => setAlt(event.target.value)} maxLength={400} aria-describedby={`${id}-alt-hint`} className="draft-input" disabled={busy} />
      </div>
      <div className="draft-actions">
        <button type="button" className="draft-button" disabled={busy} onClick={() => void upload('hero')}>
          Upload as main picture
        </button>
        <button type="button" className="draft-button" disabled={busy} onClick={() => void upload('body')}>
          Upload and insert in the text
        </button>
      </div>
      {outcome.kind === 'failed' ? (
        <p role="alert" className="draft-error">
          {outcome.message}
        </p>
      ) : (
        <p role="status" className="draft-hint">
          {outcome.kind === 'busy' ? 'Uploading…' : outcome.kind === 'done' ? outcome.message : ''}
        </p>
      )}
    </fieldset>
  );
}
