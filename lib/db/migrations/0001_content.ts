import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The content tables (lib/db/tables.ts). Only portable column types (text, integer) so one
 * migration serves SQLite and PostgreSQL; timestamps are ISO-8601 UTC text, JSON is text.
 * Indexes follow the list queries in lib/content/repository.ts.
 */
export const contentMigration: Migration = {
  // Migrations see the schema as it was when they were written, not today's Database type.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('authors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('avatar', 'text')
      .execute();

    await db.schema
      .createTable('tags')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('section_id', 'text', (c) => c.notNull().references('sections.id'))
      .addColumn('status', 'text', (c) => c.notNull().check(sqlStatusCheck()))
      .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
      .addColumn('headline', 'text', (c) => c.notNull())
      .addColumn('standfirst', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('hero', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('social_title', 'text')
      .addColumn('social_description', 'text')
      .addColumn('social_image', 'text')
      .addColumn('published_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('articles_status_published_at').on('articles').columns(['status', 'published_at']).execute();
    await db.schema
      .createIndex('articles_section_published_at')
      .on('articles')
      .columns(['section_id', 'published_at'])
      .execute();

    await db.schema
      .createTable('article_authors')
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.notNull().references('authors.id'))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
      .execute();
    await db.schema.createIndex('article_authors_author_id').on('article_authors').column('author_id').execute();

    await db.schema
      .createTable('article_tags')
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('tag_id', 'text', (c) => c.notNull().references('tags.id'))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
      .execute();
    await db.schema.createIndex('article_tags_tag_id').on('article_tags').column('tag_id').execute();

    await db.schema
      .createTable('newsletters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('cadence', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['newsletters', 'article_tags', 'article_authors', 'articles', 'tags', 'authors', 'sections']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};

function sqlStatusCheck() {
  return sql`status in ('draft', 'scheduled', 'published')`;
}
