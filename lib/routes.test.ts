import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/site';

/** The URL scheme itself: changing one of these breaks every link, feed and sitemap already out there. */
describe('routes', () => {
  it('spells the reader pages', () => {
    expect(routes.home()).toBe('/');
    expect(routes.article('science', 'river-delta-sinking')).toBe('/science/river-delta-sinking');
    expect(routes.section('science')).toBe('/science');
    expect(routes.author('amira-haddad')).toBe('/author/amira-haddad');
    expect(routes.tag('climate')).toBe('/tag/climate');
  });

  it('gives page 1 of a list the bare path and later pages ?page=N', () => {
    expect(routes.listPage('/science', undefined)).toBe('/science');
    expect(routes.listPage('/science', 1)).toBe('/science');
    expect(routes.listPage('/tag/climate', 2)).toBe('/tag/climate?page=2');
    expect(routes.listPage('/author/amira-haddad', 12)).toBe('/author/amira-haddad?page=12');
  });

  it('spells search the same way, query encoded', () => {
    expect(routes.search()).toBe('/search');
    expect(routes.search('sea level', 1)).toBe('/search?q=sea+level');
    expect(routes.search('a&b', 3)).toBe('/search?q=a%26b&page=3');
    expect(routes.searchTemplate('searchTerms')).toBe('/search?q={searchTerms}');
  });

  it('spells feeds, sitemaps and share cards', () => {
    expect(routes.feed()).toBe('/feed.xml');
    expect(routes.sectionFeed('news')).toBe('/news/feed.xml');
    expect(routes.sitemap()).toBe('/sitemap.xml');
    expect(routes.sitemapPage(3)).toBe('/sitemaps/3.xml');
    expect(routes.newsSitemap()).toBe('/news-sitemap.xml');
    expect(routes.opensearch()).toBe('/opensearch.xml');
    expect(routes.ogHome()).toBe('/og/home');
    expect(routes.ogArticle('a-story', 'v1')).toBe('/og/article/a-story/v1');
    expect(routes.ogSection('news')).toBe('/og/section/news');
    expect(routes.ogAuthor('amira-haddad')).toBe('/og/author/amira-haddad');
    expect(routes.ogTag('climate')).toBe('/og/tag/climate');
  });

  it('spells the newsletter pages and the links in its mails', () => {
    expect(routes.newsletters()).toBe('/newsletters');
    expect(routes.newsletterSignup()).toBe('/api/newsletter');
    expect(routes.newsletterConfirm()).toBe('/newsletter/confirm');
    expect(routes.newsletterUnsubscribe()).toBe('/newsletter/unsubscribe');
    expect(routes.newsletterManage()).toBe('/newsletter/manage');
    expect(routes.newsletterStatus('confirmed')).toBe('/newsletter/status/confirmed');
  });

  it('spells the preview links', () => {
    expect(routes.sharedPreview('abc_-1')).toBe('/preview?token=abc_-1');
    expect(routes.draftView()).toBe('/preview/draft');
    expect(routes.unsavedPreview('p1', 4)).toBe('/preview/unsaved/p1?r=4');
    expect(routes.unsavedPreview('p1', 4).startsWith(routes.unsavedPreviewPrefix())).toBe(true);
    expect(routes.livePreview()).toBe('/api/editor/live-preview');
    expect(routes.unsavedPreviewOg('p1', 4)).toBe('/api/editor/live-preview/p1/og?r=4');
    expect(routes.enablePreview('a/1')).toBe('/api/preview/enable?articleId=a%2F1');
    expect(routes.disablePreview()).toBe('/api/preview/disable');
    expect(routes.draftOg('a/1')).toBe('/api/preview/og/a%2F1');
  });

  it('spells the editors\' pages', () => {
    expect(routes.editorHome()).toBe('/editor');
    expect(routes.editorPrefix()).toBe('/editor/');
    expect(routes.editorSignIn()).toBe('/editor/sign-in');
    expect(routes.editorSignIn('/editor/articles/demo-006?x=1')).toBe('/editor/sign-in?callbackUrl=%2Feditor%2Farticles%2Fdemo-006%3Fx%3D1');
    expect(routes.editorNewArticle()).toBe('/editor/articles/new');
    expect(routes.editorArticle('demo-021')).toBe('/editor/articles/demo-021');
    expect(routes.editorArticle('a/1')).toBe('/editor/articles/a%2F1');
    expect(routes.editorEdit('demo-021')).toBe('/editor/articles/demo-021/edit');
    expect(routes.editorEdit('demo-021', {})).toBe('/editor/articles/demo-021/edit');
    expect(routes.editorEdit('demo-021', { saved: 5, created: 1 })).toBe('/editor/articles/demo-021/edit?saved=5&created=1');
    expect(routes.editorEdit('demo-021', { refused: 'publish-conflict' })).toBe('/editor/articles/demo-021/edit?refused=publish-conflict');
    expect(routes.editorRevision('demo-021', 'kept-1')).toBe('/editor/articles/demo-021/revisions/kept-1');
    for (const path of [routes.editorSignIn(), routes.editorNewArticle(), routes.editorArticle('x'), routes.editorEdit('x'), routes.editorRevision('x', 'y')]) {
      expect(path.startsWith(routes.editorPrefix())).toBe(true);
    }
  });

  it('spells the editors\' API endpoints', () => {
    expect(routes.editorMediaUpload()).toBe('/api/editor/media');
    expect(routes.editorArticleLookup('harbour')).toBe('/api/editor/articles/lookup?q=harbour');
    expect(routes.editorArticleLookup('a&b c')).toBe('/api/editor/articles/lookup?q=a%26b%20c');
    expect(routes.editorAutosave('demo-021')).toBe('/api/editor/articles/demo-021/autosave');
  });

  it('makes absolute URLs in one place', () => {
    expect(absoluteUrl(routes.tag('climate'), 'https://news.example.org')).toBe('https://news.example.org/tag/climate');
    expect(absoluteUrl('https://cdn.example.org/a.png', 'https://news.example.org')).toBe('https://cdn.example.org/a.png');
  });
});
