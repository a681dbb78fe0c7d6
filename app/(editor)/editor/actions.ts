'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ShareLinkState } from '@/components/editor/share-state';
import { createShareInputSchema, createShareLink, revokeShareInputSchema, revokeShareLink } from '@/lib/preview';
import { requireEditor } from '@/lib/auth/session';
import { articleCommandSchema, runArticleCommand } from '@/lib/editorial/article-commands';
import { routes } from '@/lib/routes';

/** Server actions of the editor area. Each re-checks the session (lib/auth) before doing anything. */

export async function createShareLinkAction(_previous: ShareLinkState, form: FormData): Promise<ShareLinkState> {
  await requireEditor(routes.editorHome());
  const input = createShareInputSchema.safeParse({ articleId: form.get('articleId') });
  if (!input.success) return { status: 'error', message: 'That article could not be found.' };
  const result = await createShareLink(input.data);
  if (!result.ok) return { status: 'error', message: result.error };
  // The page's list of live links now has one more: re-render it along with the answer.
  refresh();
  return { status: 'created', url: result.url, expiresAt: result.expiresAt };
}

const returnToSchema = z.enum(['dashboard', 'article']).catch('article');

export async function revokeShareLinkAction(form: FormData): Promise<void> {
  const input = revokeShareInputSchema.safeParse({ articleId: form.get('articleId'), shareId: form.get('shareId') });
  const toDashboard = returnToSchema.parse(form.get('returnTo')) === 'dashboard';
  await requireEditor(toDashboard || !input.success ? routes.editorHome() : routes.editorArticle(input.data.articleId));
  if (input.success) await revokeShareLink(input.data);
  // Re-render the page the button is on; a redirect to it plus a #hash would only scroll, leaving the revoked link listed.
  refresh();
}

/** Publish or unpublish from the dashboard; the same command path as the JSON API. */
export async function publicationAction(form: FormData): Promise<void> {
  const articleId = String(form.get('articleId') ?? '');
  const back = routes.editorArticle(articleId);
  await requireEditor(back);
  const command = articleCommandSchema.safeParse({ action: form.get('action') });
  if (command.success && (command.data.action === 'publish' || command.data.action === 'unpublish')) {
    await runArticleCommand(articleId, command.data);
  }
  redirect(`${back}#publication`);
}
