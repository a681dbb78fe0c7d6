import 'server-only';
import { getEnv } from '@/lib/env';
import { renderArticleCard } from '@/lib/og/render';
import { loadArticleForEditor } from './load-preview';
import { PRIVATE_HEADERS } from '@/lib/http/private-headers.mjs';

/**
 * GET /api/preview/og/<articleId>: the card a draft will get, for editors only. Rendered per request
 * and never cached anywhere shared (the public OG routes refuse drafts outright).
 */
export async function draftOgImage(articleId: string): Promise<Response> {
  const headers = PRIVATE_HEADERS;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(articleId)) return new Response('Not found', { status: 404, headers });
  const found = await loadArticleForEditor(articleId);
  if (!found) return new Response('Not found', { status: 404, headers });
  const png = await renderArticleCard(found.article, { host: new URL(getEnv().SITE_URL).host });
  return new Response(new Uint8Array(png), { headers: { ...headers, 'Content-Type': 'image/png' } });
}
