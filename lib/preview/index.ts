import 'server-only';

/**
 * Previews of unpublished articles: editors' Draft Mode views, signed share links, the unsaved
 * live preview beside the edit form, and the private social card. app/, proxy.ts and lib/editorial
 * import the feature from here only; the files beside this one are its internals. Access itself is
 * granted by lib/auth (preview-grant.ts), the only caller of mintPreviewAccess.
 */

// Pages (each checks access itself: the proxy is never the guard).
export { loadArticleForEditor, loadEditorPreview, loadSharedPreview, loadUnsavedArticlePreview, type EditorPreview } from './load-preview';

// proxy.ts: honest status codes before anything is rendered.
export { editorDraftViewAllowed, editorSessionLive, shareLinkGate, unsavedPreviewAllowed, type ShareLinkGate } from './proxy-gate';

// Route handlers for /api/preview/*.
export { createSharePreview, disablePreview, enablePreview, revokeSharePreview } from './route-handlers';

/**
 * GET /api/preview/og/<articleId>. The card renderer (satori, sharp, fonts read at load) is loaded
 * on the first call, never by merely importing this module: proxy.ts imports it too.
 */
export async function draftOgImage(articleId: string): Promise<Response> {
  return (await import('./draft-og-image')).draftOgImage(articleId);
}

// Share links as editors manage them (server actions, dashboard).
export { createShareInputSchema, createShareLink, listShareLinks, listShareLinksFor, revokeShareInputSchema, revokeShareLink } from './share-links';

// The social card a draft will get.
export { draftSocialCard, type SocialCard } from './social-card';

// The unsaved article behind the live preview (lib/editorial/live-preview*.ts).
export { articleOfSnapshot, loadUnsavedPreview, storeUnsavedPreview, UNSAVED_PREVIEW_ID } from './unsaved-preview';
