/**
 * Every site path, spelled once: pages, feeds, sitemaps, share cards, preview links and the editors'
 * pages and API endpoints. A change of
 * URL scheme is one edit here. Pure (no environment, no server-only), so components, lib and
 * scripts all import it; absolute URLs are made from these paths by `absoluteUrl` in lib/seo/site.ts.
 *
 * Route matchers (next.config.js rewrites, proxy.ts's `config.matcher`, lib/http/surrogate-keys.mjs)
 * must be static patterns and stay where Next reads them; so do the paths in lib/http/*.mjs, which
 * Node loads outside the bundle.
 */

export const routes = {
  home: () => '/',
  article: (sectionSlug: string, slug: string) => `/${sectionSlug}/${slug}`,
  section: (slug: string) => `/${slug}`,
  author: (slug: string) => `/author/${slug}`,
  tag: (slug: string) => `/tag/${slug}`,
  /** Page N of a section, author or tag list. Page 1 is the bare path, so each list has one canonical first page. */
  listPage: (listPath: string, page: number | undefined) => (page !== undefined && page > 1 ? `${listPath}?page=${page}` : listPath),
  /** Search results; without a query, the search page itself (also the search forms' action). */
  search: (query?: string, page: number = 1) => {
    if (query === undefined) return '/search';
    const params = new URLSearchParams({ q: query });
    if (page > 1) params.set('page', String(page));
    return `/search?${params.toString()}`;
  },
  /** The search URL template of OpenSearch and schema.org's SearchAction: `{name}` is filled in by the client. */
  searchTemplate: (placeholder: string) => `/search?q={${placeholder}}`,

  feed: () => '/feed.xml',
  sectionFeed: (slug: string) => `/${slug}/feed.xml`,
  sitemap: () => '/sitemap.xml',
  sitemapPage: (page: number) => `/sitemaps/${page}.xml`,
  newsSitemap: () => '/news-sitemap.xml',
  opensearch: () => '/opensearch.xml',

  ogHome: () => '/og/home',
  ogArticle: (slug: string, version: string) => `/og/article/${slug}/${version}`,
  ogSection: (slug: string) => `/og/section/${slug}`,
  ogAuthor: (slug: string) => `/og/author/${slug}`,
  ogTag: (slug: string) => `/og/tag/${slug}`,

  newsletters: () => '/newsletters',
  /** The sign-up endpoint (a form POST, or JSON from the enhanced form). */
  newsletterSignup: () => '/api/newsletter',
  /** The token pages mails link to: GET shows a page whose button POSTs the action to the same path. */
  newsletterConfirm: () => '/newsletter/confirm',
  /** Also the List-Unsubscribe target: POST with List-Unsubscribe=One-Click is RFC 8058 one-click. */
  newsletterUnsubscribe: () => '/newsletter/unsubscribe',
  newsletterManage: () => '/newsletter/manage',
  newsletterStatus: (outcome: string) => `/newsletter/status/${outcome}`,

  /** A share link to a draft (the token is URL-safe base64). */
  sharedPreview: (token: string) => `/preview?token=${token}`,
  /** The editor's view of a draft at its article URL (proxy.ts rewrites Draft Mode requests here). */
  draftView: () => '/preview/draft',
  /** The frame beside the edit form: one stored revision of an editor's unsaved text. */
  unsavedPreview: (id: string, revision: number) => `/preview/unsaved/${id}?r=${revision}`,
  unsavedPreviewPrefix: () => '/preview/unsaved/',
  /** POST a draft form here for a new unsaved-preview revision. */
  livePreview: () => '/api/editor/live-preview',
  unsavedPreviewOg: (id: string, revision: number) => `/api/editor/live-preview/${id}/og?r=${revision}`,
  /** Switches Draft Mode on for an article and redirects to it (GET, so it works as a link or iframe src). */
  enablePreview: (articleId: string) => `/api/preview/enable?articleId=${encodeURIComponent(articleId)}`,
  disablePreview: () => '/api/preview/disable',
  draftOg: (articleId: string) => `/api/preview/og/${encodeURIComponent(articleId)}`,

  /** The editors' dashboard: also where an editor lands after signing in or when a target is unknown. */
  editorHome: () => '/editor',
  /** Every other editor page starts with this (the dashboard is the bare `editorHome`). */
  editorPrefix: () => '/editor/',
  /** The sign-in page; with a callback path, the page to return to afterwards. */
  editorSignIn: (callbackPath?: string) =>
    callbackPath === undefined ? '/editor/sign-in' : `/editor/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`,
  editorNewArticle: () => '/editor/articles/new',
  /** An article's editor page: how it looks on phone, desktop and social cards, publication, share links. */
  editorArticle: (articleId: string) => `/editor/articles/${encodeURIComponent(articleId)}`,
  /** The edit form; `query` carries an outcome after a post (`saved`, `refused`, …) or the revision to open. */
  editorEdit: (articleId: string, query?: Record<string, string | number>) => {
    const path = `/editor/articles/${encodeURIComponent(articleId)}/edit`;
    if (query === undefined || Object.keys(query).length === 0) return path;
    return `${path}?${new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString()}`;
  },
  /** One saved revision compared with the current text. */
  editorRevision: (articleId: string, revisionId: string) =>
    `/editor/articles/${encodeURIComponent(articleId)}/revisions/${encodeURIComponent(revisionId)}`,
  /** Picture uploads (multipart POST, from the form or the enhanced uploader). */
  editorMediaUpload: () => '/api/editor/media',
  /** The "Insert a Read more card" search. */
  editorArticleLookup: (query: string) => `/api/editor/articles/lookup?q=${encodeURIComponent(query)}`,
  /** The edit form's autosave endpoint. */
  editorAutosave: (articleId: string) => `/api/editor/articles/${encodeURIComponent(articleId)}/autosave`,
} as const;
