/**
 * Plain reads of published content (and, with a PreviewAccess, drafts), each taking the database
 * first: one import path for callers. One set of queries for SQLite and PostgreSQL, tested by
 * tests/integration/db-contract.test.ts against both. Which articles readers may see is decided in
 * public-visibility.ts; rows are validated in row-mapping.ts, and a bad row throws
 * ContentIntegrityError. Database failures throw too: an outage must never look like "not found"
 * or an empty list (cached pages stay served while the DB is away).
 */
export { MAX_PAGE_SIZE } from './article-query';
export { findSlugRedirect, getArticleByIdForEditing, getArticleForPreview, getArticleSummariesByIds, getPublishedArticle } from './article-reads';
export { listByAuthor, listBySection, listByTag, listLatest, listRelated } from './article-lists';
export { countPublished, listPublishedSince, listSitemapEntries, type SitemapEntry } from './discovery-reads';
export { listEditorial, type EditorialOverview } from './editorial-reads';
export { ContentIntegrityError, type ArticleSummaryWithTags } from './row-mapping';
export {
  getAuthor,
  getNewsletter,
  getNewslettersBySlugs,
  getSection,
  getTag,
  listAuthors,
  listNewsletters,
  listSections,
  listTags,
} from './taxonomy-reads';
