import 'server-only';
import type { Kysely } from 'kysely';
import { RELATED_COUNT, type ArticlePageData } from '@/lib/content/queries';
import { collectBlockReferences, resolveBlocks } from '@/lib/content/render-blocks';
import * as repo from '@/lib/content/repository';
import type { Article, Author } from '@/lib/content/schema';
import type { Database } from '@/lib/db/database';

/**
 * The article page's data for a draft, composed like lib/content/queries.getArticlePageData but
 * with no 'use cache' anywhere: a draft must never enter a shared cache. Everything the draft
 * points at (readMore targets, related articles) is still limited to publicly visible articles,
 * so a preview shows exactly what readers will get on publication.
 */
export async function composePreviewPageData(db: Kysely<Database>, article: Article): Promise<ArticlePageData> {
  const refs = collectBlockReferences(article.body);
  const [articles, newsletters, authors, related] = await Promise.all([
    repo.getArticleSummariesByIds(db, refs.articleIds),
    repo.getNewslettersBySlugs(db, refs.newsletterSlugs),
    Promise.all(article.authors.map((author) => repo.getAuthor(db, author.slug))),
    repo.listRelated(db, article, { limit: RELATED_COUNT }),
  ]);
  const body = resolveBlocks(article.body, {
    articles: new Map(articles.filter((a) => a.id !== article.id).map((a) => [a.id, a])),
    newsletters: new Map(newsletters.map((n) => [n.slug, n])),
  });
  return { article, body, authors: authors.filter((a): a is Author => a !== null), related };
}
