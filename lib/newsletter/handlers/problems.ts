import { mediaType } from '@/lib/http/body';
import { htmlResponse, jsonResponse } from '@/lib/http/responses';
import type { RateDecision } from '@/lib/http/rate-limit';

/**
 * How the newsletter handlers refuse a request: JSON for a JSON caller, otherwise a small page with
 * a way back, so every form works without JavaScript.
 */

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';
export const MULTIPART_TYPE = 'multipart/form-data';

export type Format = 'json' | 'html';

export interface Problem {
  status: number;
  title: string;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
}

export function formatOf(request: Request): Format {
  const type = mediaType(request);
  if (type === JSON_TYPE) return 'json';
  if (type === FORM_TYPE || type === MULTIPART_TYPE) return 'html';
  return (request.headers.get('accept') ?? '').includes(JSON_TYPE) ? 'json' : 'html';
}

export function problemResponse(format: Format, problem: Problem, backHref: string): Response {
  const headers: Record<string, string> = problem.retryAfterSeconds ? { 'Retry-After': String(problem.retryAfterSeconds) } : {};
  if (format === 'json') {
    const error = problem.field ? { field: problem.field, message: problem.message } : { message: problem.message };
    return jsonResponse(problem.status, { ok: false, error }, headers);
  }
  return htmlResponse(problem.status, { title: problem.title, message: problem.message, link: { href: backHref, label: 'Go back' } }, headers);
}

export const PROBLEMS = {
  crossSite: { status: 403, title: 'Request refused', message: 'This form can only be sent from our own pages.' },
  unsupported: {
    status: 415,
    title: 'Unsupported request',
    message: 'Send the form as application/x-www-form-urlencoded or application/json (UTF-8).',
  },
  tooLarge: { status: 413, title: 'Request too large', message: 'The request is larger than 16 KB.' },
  unreadable: { status: 400, title: 'Request not readable', message: 'The request body could not be read as UTF-8 text.', field: 'body' },
  badJson: { status: 400, title: 'Request not readable', message: 'The request body is not valid JSON.', field: 'body' },
  unavailable: {
    status: 503,
    title: 'Please try again shortly',
    message: 'We could not process your request just now. Nothing was saved; please try again in a minute.',
    retryAfterSeconds: 60,
  },
} satisfies Record<string, Problem>;

export function rateLimited(decision: RateDecision): Problem {
  return {
    status: 429,
    title: 'Too many requests',
    message: 'Too many requests. Please wait a little and try again.',
    retryAfterSeconds: decision.retryAfterSeconds,
  };
}

export function logFailure(where: string, error: unknown): void {
  // The message only: stacks and request data (addresses) stay out of logs.
  console.error(`[newsletter] ${where} failed: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : 'unknown error'}`);
}
