import 'server-only';
import type { Kysely } from 'kysely';
import { articleSchema, authorSchema, newsletterSchema, sectionSchema, tagRefSchema, type Article } from '@/lib/content/schema';
import { syncSearchIndex } from '@/lib/search/search-index';
import type { Database } from '../database';
import { authorIdFor, chunk, newsletterIdFor, sectionIdFor, tagIdFor, toArticleRow } from '../rows';
import { demoArticles } from './demo/articles';
import { demoAuthors, demoNewsletters, demoSections, demoTags } from './demo/taxonomy';
import type { DemoArticle } from './demo/types';

const HOUR = 3_600_000;

export interface SeedDemoOptions {
  /** Skip (inside the transaction) when sections exist: the start-up path, safe under concurrency. */
  onlyIfEmpty?: boolean;
  now?: Date;
}

export interface SeedDemoResult {
  seeded: boolean;
  sections: number;
  authors: number;
  tags: number;
  newsletters: number;
  articles: number;
}

/** Validates a demo article as the repository would read it back; throws naming the article. */
export function demoArticleToArticle(demo: DemoArticle, now: Date): Article {
  const section = demoSections.find((s) => s.slug === demo.section);
  const authors = demo.authors.map((slug) => demoAuthors.find((a) => a.slug === slug));
  const tags = demo.tags.map((slug) => demoTags.find((t) => t.slug === slug));
  const missing = [
    section ? null : `section "${demo.section}"`,
    ...authors.map((a, i) => (a ? null : `author "${demo.authors[i]}"`)),
    ...tags.map((t, i) => (t ? null : `tag "${demo.tags[i]}"`)),
  ].filter(Boolean);
  if (missing.length > 0) throw new Error(`Demo article ${demo.id} refers to unknown ${missing.join(', ')}`);
  const publishedAt = demo.publishedHoursAgo === null ? null : new Date(now.getTime() - demo.publishedHoursAgo * HOUR);
  const updatedHoursAgo = demo.updatedHoursAgo ?? demo.publishedHoursAgo ?? 0;
  const candidate = {
    id: demo.id,
    slug: demo.slug,
    status: demo.status,
    section: { slug: section!.slug, name: section!.name },
    headline: demo.headline,
    standfirst: demo.standfirst,
    hero: demo.hero,
    authors: authors.map((a) => ({ slug: a!.slug, name: a!.name })),
    language: demo.language,
    publishedAt: publishedAt?.toISOString() ?? null,
    updatedAt: new Date(now.getTime() - Math.max(0, updatedHoursAgo) * HOUR).toISOString(),
    tags: tags.map((t) => ({ slug: t!.slug, name: t!.name })),
    body: demo.body,
    social: demo.social ?? {},
  };
  const parsed = articleSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Demo article ${demo.id} is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

/**
 * Upserts the demo sections, authors, tags, newsletters and articles in one transaction.
 * Idempotent: running it again leaves the same rows (article times move to stay "recent").
 */
export async function seedDemo(db: Kysely<Database>, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const now = options.now ?? new Date();
  // Validate everything before touching the database, so a bad demo file changes nothing.
  const sections = demoSections.map((s) => sectionSchema.parse(s));
  const authors = demoAuthors.map((a) => authorSchema.parse(a));
  const tags = demoTags.map((t) => tagRefSchema.parse(t));
  const newsletters = demoNewsletters.map((n) => newsletterSchema.parse(n));
  const articles = demoArticles.map((demo) => demoArticleToArticle(demo, now));
  // Two files are written in parallel: a repeated id or slug would silently merge two stories.
  for (const key of ['id', 'slug'] as const) {
    const seen = new Set<string>();
    for (const article of articles) {
      if (seen.has(article[key])) throw new Error(`Two demo articles share the ${key} "${article[key]}"`);
      seen.add(article[key]);
    }
  }
  const counts = {
    sections: sections.length,
    authors: authors.length,
    tags: tags.length,
    newsletters: newsletters.length,
    articles: articles.length,
  };

  return db.transaction().execute(async (trx) => {
    if (options.onlyIfEmpty) {
      const existing = await trx.selectFrom('sections').select('id').limit(1).executeTakeFirst();
      if (existing) return { seeded: false, ...counts };
    }

    for (const s of sections) {
      await trx
        .insertInto('sections')
        .values({ id: sectionIdFor(s.slug), slug: s.slug, name: s.name, description: s.description, position: s.position })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ slug: s.slug, name: s.name, description: s.description, position: s.position }),
        )
        .execute();
    }
    for (const a of authors) {
      const values = { slug: a.slug, name: a.name, role: a.role, bio: a.bio, avatar: a.avatar ? JSON.stringify(a.avatar) : null };
      await trx
        .insertInto('authors')
        .values({ id: authorIdFor(a.slug), ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    }
    for (const t of tags) {
      await trx
        .insertInto('tags')
        .values({ id: tagIdFor(t.slug), slug: t.slug, name: t.name })
        .onConflict((oc) => oc.column('id').doUpdateSet({ slug: t.slug, name: t.name }))
        .execute();
    }
    for (const [index, n] of newsletters.entries()) {
      const values = { slug: n.slug, name: n.name, description: n.description, cadence: n.cadence, active: n.active ? 1 : 0, position: index + 1 };
      await trx
        .insertInto('newsletters')
        .values({ id: newsletterIdFor(n.slug), ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    }
    for (const article of articles) {
      const row = toArticleRow({
        id: article.id,
        slug: article.slug,
        sectionId: sectionIdFor(article.section.slug),
        status: article.status,
        language: article.language,
        headline: article.headline,
        standfirst: article.standfirst,
        hero: article.hero,
        body: article.body,
        social: article.social,
        publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
        updatedAt: new Date(article.updatedAt),
      });
      const update = { ...row, id: undefined };
      await trx
        .insertInto('articles')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(update))
        .execute();
    }
    const ids = articles.map((a) => a.id);
    for (const batch of chunk(ids, 500)) {
      await trx.deleteFrom('article_authors').where('article_id', 'in', batch).execute();
      await trx.deleteFrom('article_tags').where('article_id', 'in', batch).execute();
    }
    const authorRows = articles.flatMap((a) =>
      a.authors.map((author, position) => ({ article_id: a.id, author_id: authorIdFor(author.slug), position })),
    );
    const tagRows = articles.flatMap((a) => a.tags.map((tag, position) => ({ article_id: a.id, tag_id: tagIdFor(tag.slug), position })));
    for (const batch of chunk(authorRows, 300)) await trx.insertInto('article_authors').values(batch).execute();
    for (const batch of chunk(tagRows, 300)) await trx.insertInto('article_tags').values(batch).execute();
    await syncSearchIndex(trx, ids);

    return { seeded: true, ...counts };
  });
}
