import 'server-only';
import { findArticleForEditor, resolveSharedArticle } from './draft-access';
import { getDb } from '@/lib/db/client';
import { loadUnsavedPreview } from './unsaved-preview';
import { editorFromRequest } from '@/lib/auth/request-session';

/**
 * Status-line decisions for proxy.ts, taken before any byte of a draft view is rendered.
 *
 * Why here and not in the pages: under Cache Components a page's request-time check runs after the
 * (empty) shell has been flushed, so its notFound()/redirect() can only change the body, never the
 * 200 (node_modules/next/dist/docs/01-app/03-api-reference/03-file-conventions/loading.md, "Status
 * codes"). `ensureStatic` cannot help: these views read cookies and a token, which is exactly what
 * it forbids. A route handler cannot render the article components. So the proxy (Node.js runtime
 * in Next 16) asks lib/preview the same question the page will ask, and answers 404 or 307 itself.
 *
 * This is NOT the guard (CVE-2025-29927): app/preview/page.tsx and app/preview/draft/page.tsx call
 * loadSharedPreview/loadEditorPreview themselves, so a skipped or wrong proxy can cost an honest
 * status code, never a draft.
 */

export type ShareLinkGate = { kind: 'open' } | { kind: 'gone' } | { kind: 'published'; path: string };

/** /preview?token=…: open, gone (404), or published (redirect to the public URL). */
export async function shareLinkGate(token: string | null): Promise<ShareLinkGate> {
  if (!token) return { kind: 'gone' };
  const shared = await resolveSharedArticle(token);
  if (shared.kind === 'draft') return { kind: 'open' };
  if (shared.kind === 'published') return { kind: 'published', path: shared.path };
  return { kind: 'gone' };
}

/**
 * May this request see the editor's draft view of /<section>/<slug>? True only for a live editor
 * session (same checks as getCurrentEditor) and an article that exists at exactly that URL.
 * (The Draft Mode cookie itself is checked by the page: its secret is Next's, not ours.)
 */
export async function editorDraftViewAllowed(request: Request, sectionSlug: string, slug: string): Promise<boolean> {
  const editor = await editorFromRequest(request);
  if (!editor) return false;
  return (await findArticleForEditor(editor, sectionSlug, slug)) !== null;
}

/**
 * For proxy.ts on /editor/*: is there a live editor session (same checks as getCurrentEditor)?
 * Lets a forged, expired or revoked session get a real redirect to sign-in instead of a streamed
 * page whose own redirect can only arrive after a 200 (see the comment at the top).
 */
export async function editorSessionLive(request: Request): Promise<boolean> {
  return (await editorFromRequest(request)) !== null;
}

/** For proxy.ts on /preview/unsaved/<id>: does this editor's unsaved preview exist (else a real 404)? */
export async function unsavedPreviewAllowed(request: Request, previewId: string): Promise<boolean> {
  const editor = await editorFromRequest(request);
  if (!editor) return false;
  return (await loadUnsavedPreview(await getDb(), previewId, editor.id)) !== null;
}
