import type { SocialCard } from '@/lib/preview';
import type { DraftField } from '@/lib/editorial/draft-form';
import { routes } from '@/lib/routes';
import { FIELD_LABELS } from './field-labels';

/**
 * The browser's side of the live preview (no React here, so it can be tested alone): what is sent
 * for a form, and what the server's answer means for the frame and the cards.
 */

export const LIVE_PREVIEW_ENDPOINT = routes.livePreview();
/** Quiet time after the last keystroke before asking again: the preview follows typing within a second. */
export const LIVE_PREVIEW_DEBOUNCE_MS = 300;

export type PreviewAnswer =
  | { kind: 'ready'; previewId: string; revision: number; frame: string; card: SocialCard }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'failed'; message: string };

/** The form as the browser would post it (text fields only), plus the preview this form already has. */
export function previewPayload(form: HTMLFormElement, previewId: string | null): URLSearchParams {
  const payload = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && !name.startsWith('$')) payload.append(name, value);
  }
  if (previewId) payload.set('previewId', previewId);
  return payload;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function problemsOf(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const lines = Array.isArray(body.bodyErrors) ? body.bodyErrors : [];
  if (isRecord(body.fieldErrors)) {
    for (const [field, message] of Object.entries(body.fieldErrors)) {
      // The text's own summary ("The text has a problem: see below.") says no more than its lines.
      if (typeof message !== 'string' || (field === 'body' && lines.length > 0)) continue;
      problems.push(field in FIELD_LABELS ? `${FIELD_LABELS[field as DraftField]}: ${message}` : message);
    }
  }
  if (Array.isArray(body.bodyErrors)) {
    for (const error of body.bodyErrors) if (isRecord(error) && typeof error.message === 'string') problems.push(`Text, line ${String(error.line)}: ${error.message}`);
  }
  return problems;
}

/** Reads the server's answer; anything unexpected is a failure with words an editor understands. */
export function readPreviewAnswer(status: number, body: unknown): PreviewAnswer {
  if (!isRecord(body)) return { kind: 'failed', message: 'The preview could not be updated.' };
  if (status === 200 && body.ok === true && typeof body.previewId === 'string' && typeof body.frame === 'string' && typeof body.revision === 'number' && isRecord(body.card)) {
    return { kind: 'ready', previewId: body.previewId, revision: body.revision, frame: body.frame, card: body.card as unknown as SocialCard };
  }
  if (status === 422) return { kind: 'invalid', problems: problemsOf(body) };
  const error = isRecord(body.error) && typeof body.error.message === 'string' ? body.error.message : 'The preview could not be updated.';
  return { kind: 'failed', message: error };
}
