/**
 * @jest-environment node
 */
import { cacheTags, tagsForArticle } from '@/lib/content/cache-tags';

const article = {
  id: 'demo-001',
  slug: 'port-strike',
  section: { slug: 'news', name: 'News' },
  authors: [{ slug: 'ann', name: 'Ann' }],
  tags: [{ slug: 'economy', name: 'Economy' }],
};

describe('cache tags', () => {
  it('spells every tag one way', () => {
    expect([cacheTags.article('x'), cacheTags.section('s'), cacheTags.tag('t'), cacheTags.author('a'), cacheTags.articleSlug('y')]).toEqual([
      'article:x',
      'section:s',
      'tag:t',
      'author:a',
      'article-slug:y',
    ]);
  });

  it('lists every page an article change touches', () => {
    expect(tagsForArticle(article).sort()).toEqual(
      ['articles', 'home', 'feeds', 'sitemaps', 'article:demo-001', 'article-slug:port-strike', 'section:news', 'author:ann', 'tag:economy'].sort(),
    );
  });

  it('covers both the old and the new version of a moved article, without duplicates', () => {
    const moved = { ...article, slug: 'port-strike-ends', section: { slug: 'analysis', name: 'Analysis' }, tags: [] };
    const tags = tagsForArticle(article, moved);
    expect(tags).toEqual(expect.arrayContaining(['section:news', 'section:analysis', 'tag:economy', 'article-slug:port-strike', 'article-slug:port-strike-ends']));
    expect(new Set(tags).size).toBe(tags.length);
  });
});
