import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/database';
import { collectBlockReferences, resolveBlocks, type RenderBlock } from './render-blocks';
import * as repo from './repository';
import type { Article, ArticleSummary, Author, Newsletter } from './schema';

/**
 * The article page's data, assembled in one place for the published page (lib/content/queries.ts,
 * through its cached reads) and for every preview (drafts, share links, unsaved edits: lib/preview,
 * through the plain reads below), so a preview shows exactly what readers will get on publication.
 */

/** Everything an article page shows, as plain data: published pages and previews render it alike. */
export interface ArticlePageData {
  article: Article;
  /** The body with readMore/newsletterPromo targets resolved (dead references dropped). */
  body: RenderBlock[];
  /** Full author records (role, bio) for the byline, in byline order. */
  authors: Author[];
  related: ArticleSummary[];
}

const RELATED_COUNT = 4;

/** The reads the page needs besides the article itself. Every one returns publicly visible content only. */
export interface ArticlePageReads {
  blockTargets(articleIds: string[], newsletterSlugs: string[]): Promise<{ articles: ArticleSummary[]; newsletters: Newsletter[] }>;
  /** Known authors among these slugs, in the order asked (unknown ones dropped). */
  authors(slugs: string[]): Promise<Author[]>;
  related(article: Pick<Article, 'id' | 'section' | 'tags'>): Promise<ArticleSummary[]>;
}

/**
 * The reads straight from the database, with no 'use cache' anywhere: what previews use, since a
 * draft must never enter a shared cache (queries.ts wraps the same reads in its cached functions).
 */
export function articlePageReads(db: Kysely<Database>): ArticlePageReads {
  return {
    async blockTargets(articleIds, newsletterSlugs) {
      const [articles, newsletters] = await Promise.all([
        repo.getArticleSummariesByIds(db, articleIds),
        repo.getNewslettersBySlugs(db, newsletterSlugs),
      ]);
      return { articles, newsletters };
    },
    async authors(slugs) {
      const authors = await Promise.all(slugs.map((slug) => repo.getAuthor(db, slug)));
      return authors.filter((a): a is Author => a !== null);
    },
    related: (article) => repo.listRelated(db, article, { limit: RELATED_COUNT }),
  };
}

/** The page for this article: its body's references resolved, its authors' records, related stories. */
export async function assembleArticlePageData(article: Article, reads: ArticlePageReads): Promise<ArticlePageData> {
  const refs = collectBlockReferences(article.body);
  const [targets, authors, related] = await Promise.all([
    reads.blockTargets(refs.articleIds, refs.newsletterSlugs),
    reads.authors(article.authors.map((a) => a.slug)),
    reads.related(article),
  ]);
  const body = resolveBlocks(article.body, {
    articles: new Map(targets.articles.filter((a) => a.id !== article.id).map((a) => [a.id, a])),
    newsletters: new Map(targets.newsletters.map((n) => [n.slug, n])),
  });
  return { article, body, authors, related };
}
