import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { createShare, listLiveShares, listLiveSharesFor, revokeShare, SHARE_LIMITS, ShareLimitError, type PreviewShare } from './shares';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/site';
import { getCurrentEditor } from '@/lib/auth/session';
import { loadArticleForEditor } from './load-preview';
import { getAuthSecret } from '@/lib/auth/secret';

/**
 * Share links as editors manage them: every function checks the editor session itself (via
 * loadArticleForEditor), so server actions and route handlers cannot forget to.
 */

/** Article ids as the database has them (the same rule as the editors' API). */
export const articleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const createShareInputSchema = z.object({
  articleId: articleIdSchema,
  /** Shorter than the configured lifetime if the editor asks; never longer. */
  ttlSeconds: z.coerce.number().int().positive().optional(),
});

export const revokeShareInputSchema = z.object({
  articleId: articleIdSchema,
  shareId: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
});

export type ShareLinkResult =
  | { ok: true; path: string; url: string; expiresAt: string; id: string }
  | { ok: false; status: 401 | 404 | 409; error: string };

function limitMessage(limit: ShareLimitError['limit']): string {
  return limit === 'draft'
    ? `This draft already has ${SHARE_LIMITS.perDraft} live share links. Revoke one before making another.`
    : `You already have ${SHARE_LIMITS.perEditor} live share links. Revoke some before making another.`;
}

export async function createShareLink(input: z.infer<typeof createShareInputSchema>): Promise<ShareLinkResult> {
  const found = await loadArticleForEditor(input.articleId);
  if (!found) return { ok: false, status: 404, error: 'No such article, or you are not signed in' };
  if (found.article.status === 'published') {
    return { ok: false, status: 409, error: 'This article is already published: share its public address instead' };
  }
  const env = getEnv();
  const maxSeconds = Math.round(env.PREVIEW_SHARE_TTL_HOURS * 3600);
  const ttlSeconds = Math.min(input.ttlSeconds ?? maxSeconds, maxSeconds);
  let share;
  try {
    share = await createShare(await getDb(), getAuthSecret(), {
      articleId: found.article.id,
      createdBy: found.editor.id,
      createdSessionVersion: found.editor.sessionVersion,
      ttlSeconds,
    });
  } catch (error) {
    if (!(error instanceof ShareLimitError)) throw error;
    return { ok: false, status: 409, error: limitMessage(error.limit) };
  }
  const path = routes.sharedPreview(share.token);
  return { ok: true, id: share.id, path, url: absoluteUrl(path), expiresAt: share.expiresAt.toISOString() };
}

export async function revokeShareLink(input: z.infer<typeof revokeShareInputSchema>): Promise<boolean> {
  const found = await loadArticleForEditor(input.articleId);
  if (!found) return false;
  return revokeShare(await getDb(), { shareId: input.shareId, articleId: found.article.id });
}

export async function listShareLinks(articleId: string): Promise<PreviewShare[]> {
  const found = await loadArticleForEditor(articleId);
  if (!found) return [];
  return listLiveShares(await getDb(), found.article.id);
}

/** Live links of several articles (the dashboard), or nothing without an editor session. */
export async function listShareLinksFor(articleIds: readonly string[]): Promise<Map<string, PreviewShare[]>> {
  if (!(await getCurrentEditor())) return new Map();
  return listLiveSharesFor(await getDb(), articleIds);
}
