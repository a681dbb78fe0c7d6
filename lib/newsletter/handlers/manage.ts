import { jsonResponse, seeOther } from '@/lib/http/responses';
import { routes } from '@/lib/routes';
import { savePreferences } from '../unsubscribe';
import type { ContextSource } from './request-gate';
import { createTokenPostHandler } from './token-post';

/** POST /newsletter/manage: keep the ticked newsletters, unsubscribe from the rest. */
export function createManageHandler(getContext: ContextSource) {
  return createTokenPostHandler('manage', getContext, async (ctx, fields, format) => {
    const keep = fields.getAll('keep').filter((slug) => /^[a-z0-9-]{1,120}$/.test(slug)).slice(0, 50);
    const outcome = await savePreferences(ctx, fields.get('token'), keep);
    if (format === 'json') return jsonResponse(outcome.kind === 'unsubscribed' ? 200 : 404, { ok: outcome.kind === 'unsubscribed' });
    return seeOther(routes.newsletterStatus(outcome.kind === 'unsubscribed' ? 'preferences-saved' : 'invalid-link'));
  });
}
