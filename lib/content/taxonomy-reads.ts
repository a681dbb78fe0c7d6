import 'server-only';
import type { Database } from '@/lib/db/database';
import type { Db } from './article-query';
import { parseJson, validate } from './row-mapping';
import { authorSchema, newsletterSchema, sectionSchema, tagRefSchema, type Author, type Newsletter, type Section, type Tag } from './schema';

/** Sections, authors, topics and newsletters, each validated on its way out. */

export async function listSections(db: Db): Promise<Section[]> {
  const rows = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('slug').execute();
  return rows.map((row) => validate(sectionSchema, 'section', row.id, row));
}

export async function getSection(db: Db, slug: string): Promise<Section | null> {
  const row = await db.selectFrom('sections').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? validate(sectionSchema, 'section', row.id, row) : null;
}

type AuthorRow = Database['authors'];

function toAuthor(row: AuthorRow): Author {
  return validate(authorSchema, 'author', row.id, { ...row, avatar: parseJson('author', row.id, 'avatar', row.avatar) });
}

export async function listAuthors(db: Db): Promise<Author[]> {
  const rows = await db.selectFrom('authors').selectAll().orderBy('name').orderBy('slug').execute();
  return rows.map(toAuthor);
}

export async function getAuthor(db: Db, slug: string): Promise<Author | null> {
  const row = await db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toAuthor(row) : null;
}

export async function listTags(db: Db): Promise<Tag[]> {
  const rows = await db.selectFrom('tags').selectAll().orderBy('name').orderBy('slug').execute();
  return rows.map((row) => validate(tagRefSchema, 'tag', row.id, row));
}

export async function getTag(db: Db, slug: string): Promise<Tag | null> {
  const row = await db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? validate(tagRefSchema, 'tag', row.id, row) : null;
}

type NewsletterRow = Omit<Database['newsletters'], 'position'>;

function toNewsletter(row: NewsletterRow): Newsletter {
  return validate(newsletterSchema, 'newsletter', row.id, { ...row, active: Number(row.active) === 1 });
}

const newsletterColumns = ['id', 'slug', 'name', 'description', 'cadence', 'active'] as const;

export async function listNewsletters(db: Db, options: { activeOnly: boolean }): Promise<Newsletter[]> {
  let query = db.selectFrom('newsletters').select(newsletterColumns).orderBy('position').orderBy('slug');
  if (options.activeOnly) query = query.where('active', '=', 1);
  return (await query.execute()).map(toNewsletter);
}

export async function getNewsletter(db: Db, slug: string): Promise<Newsletter | null> {
  const row = await db.selectFrom('newsletters').select(newsletterColumns).where('slug', '=', slug).executeTakeFirst();
  return row ? toNewsletter(row) : null;
}

/** Newsletters by slug (any state), for resolving promo blocks in one query. */
export async function getNewslettersBySlugs(db: Db, slugs: readonly string[]): Promise<Newsletter[]> {
  if (slugs.length === 0) return [];
  const rows = await db.selectFrom('newsletters').select(newsletterColumns).where('slug', 'in', [...slugs]).execute();
  return rows.map(toNewsletter);
}
