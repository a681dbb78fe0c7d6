'use server';

import { redirect } from 'next/navigation';
import type { ShareLinkState } from '@/components/editor/share-state';
import { createShareInputSchema, createShareLink, revokeShareInputSchema, revokeShareLink } from '@/lib/auth/share-links';
import { requireEditor } from '@/lib/auth/session';

/** Server actions of the editor area. Each re-checks the session (lib/auth) before doing anything. */

export async function createShareLinkAction(_previous: ShareLinkState, form: FormData): Promise<ShareLinkState> {
  await requireEditor('/editor');
  const input = createShareInputSchema.safeParse({ articleId: form.get('articleId') });
  if (!input.success) return { status: 'error', message: 'That article could not be found.' };
  const result = await createShareLink(input.data);
  if (!result.ok) return { status: 'error', message: result.error };
  return { status: 'created', url: result.url, expiresAt: result.expiresAt };
}

export async function revokeShareLinkAction(form: FormData): Promise<void> {
  const input = revokeShareInputSchema.safeParse({ articleId: form.get('articleId'), shareId: form.get('shareId') });
  await requireEditor(input.success ? `/editor/articles/${input.data.articleId}` : '/editor');
  if (input.success) await revokeShareLink(input.data);
  redirect(input.success ? `/editor/articles/${encodeURIComponent(input.data.articleId)}#share` : '/editor');
}
