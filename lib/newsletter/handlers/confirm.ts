import { jsonResponse, seeOther } from '@/lib/http/responses';
import { confirmSubscription, type ConfirmOutcome } from '../confirm';
import { routes } from '@/lib/routes';
import type { ContextSource } from './request-gate';
import { createTokenPostHandler } from './token-post';

const CONFIRM_STATUS: Record<ConfirmOutcome['kind'], { page: string; status: number }> = {
  confirmed: { page: 'confirmed', status: 200 },
  'already-used': { page: 'already-confirmed', status: 409 },
  expired: { page: 'link-expired', status: 410 },
  invalid: { page: 'invalid-link', status: 404 },
};

/** POST /newsletter/confirm: the confirmation page's button (or its auto-submit). */
export function createConfirmHandler(getContext: ContextSource) {
  return createTokenPostHandler('confirm', getContext, async (ctx, fields, format) => {
    const outcome = await confirmSubscription(ctx, fields.get('token'));
    const { page, status } = CONFIRM_STATUS[outcome.kind];
    if (format === 'json') return jsonResponse(status, { ok: outcome.kind === 'confirmed', outcome: outcome.kind });
    return seeOther(routes.newsletterStatus(page));
  });
}
