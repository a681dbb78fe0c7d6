/**
 * @jest-environment node
 *
 * Over 300 lines on purpose: one contract, read top to bottom, that both databases must meet.
 *
 * The data-layer contract: the same assertions against SQLite and PostgreSQL.
 * PostgreSQL runs in its own schema per file run and is skipped loudly when no server answers
 * (but required when CI=true).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { createDb, migrateToLatest } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { authorIdFor, newsletterIdFor, sectionIdFor, tagIdFor, toArticleRow } from '@/lib/db/rows';
import { demoArticles } from '@/lib/db/seed/demo/articles';
import { demoAuthors, demoNewsletters, demoSections, demoTags } from '@/lib/db/seed/demo/taxonomy';
import { seedDemo } from '@/lib/db/seed/seed-demo';
import { seedSynthetic } from '@/lib/db/seed/seed-synthetic';
import * as repo from '@/lib/content/repository';
import { ContentIntegrityError } from '@/lib/content/repository';
import { mintPreviewAccess, PreviewAccessDeniedError, type PreviewAccess } from '@/lib/content/preview-access';
import { createFollowupRunner } from '@/lib/content/followup-runner';
import {
  ArticleNotFoundError,
  PUBLISH_HEAL_MS,
  PUBLISH_SETTLE_MS,
  PublishRejectedError,
  publishArticle,
  scheduleArticle,
  unpublishArticle,
  updateArticle,
} from '@/lib/content/publish';
import type { Block } from '@/lib/content/schema';
import { createTestDatabase, describeEachDialect, TEST_POSTGRES_URL, withSchema, type TestDatabase, type TestDialect } from '@/tests/helpers/db';

const HOUR = 3_600_000;
const NOW = new Date('2026-06-01T12:00:00.000Z');
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * HOUR);

async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(sql<string | number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------------------------------------
// Fixtures: a small newsroom whose every expected answer is known.

interface FixtureArticle {
  id: string;
  section: 'alpha' | 'beta' | 'gamma';
  status: 'draft' | 'scheduled' | 'published';
  /** Hours before NOW; negative = future; null = never published. */
  hoursAgo: number | null;
  authors?: string[];
  tags?: string[];
  body?: Block[];
}

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });

const fixtures: FixtureArticle[] = [
  // alpha: 25 published, one hour apart (a01 newest).
  ...Array.from({ length: 25 }, (_, i): FixtureArticle => ({
    id: `a${String(i + 1).padStart(2, '0')}`,
    section: 'alpha',
    status: 'published',
    hoursAgo: 2 + i,
    authors: ['ann'],
    tags: i < 3 ? ['t1', 't2'] : i < 6 ? ['t1'] : [],
  })),
  { id: 'b01', section: 'beta', status: 'published', hoursAgo: 2.5, authors: ['bob', 'ann'], tags: ['t1', 't2', 't3'] },
  { id: 'b02', section: 'beta', status: 'published', hoursAgo: 30, authors: ['bob'], tags: ['t3'] },
  { id: 'b03', section: 'beta', status: 'published', hoursAgo: 40, authors: ['bob'], tags: ['t2'] },
  { id: 'd01', section: 'alpha', status: 'draft', hoursAgo: null, authors: ['ann'], tags: ['t1', 't2'] },
  { id: 'd02', section: 'beta', status: 'draft', hoursAgo: null, authors: ['bob'], tags: ['t1'] },
  { id: 'sdue', section: 'alpha', status: 'scheduled', hoursAgo: 1, authors: ['ann'], tags: ['t1'] },
  { id: 'sfut', section: 'beta', status: 'scheduled', hoursAgo: -5, authors: ['bob'], tags: ['t1', 't2'] },
  {
    id: 'refs',
    section: 'beta',
    status: 'published',
    hoursAgo: 50,
    authors: ['bob'],
    body: [
      paragraph('An article that points at others.'),
      { type: 'readMore', articleId: 'a01' },
      { type: 'readMore', articleId: 'd01' },
      { type: 'newsletterPromo', newsletter: 'daily' },
    ],
  },
];
const VISIBLE = fixtures.filter((f) => f.status === 'published' || (f.status === 'scheduled' && (f.hoursAgo ?? -1) >= 0));
const slugOf = (id: string) => `story-${id}`;

async function insertFixtures(db: Kysely<Database>): Promise<void> {
  const sections = [
    { slug: 'alpha', position: 1 },
    { slug: 'beta', position: 2 },
    { slug: 'gamma', position: 3 },
  ];
  await db
    .insertInto('sections')
    .values(sections.map((s) => ({ id: sectionIdFor(s.slug), slug: s.slug, name: s.slug.toUpperCase(), description: `About ${s.slug}`, position: s.position })))
    .execute();
  await db
    .insertInto('authors')
    .values([
      { id: authorIdFor('ann'), slug: 'ann', name: 'Ann Example', role: 'Editor', bio: 'Ann edits.', avatar: JSON.stringify({ src: '/a.jpg', alt: 'Ann', width: 10, height: 10 }) },
      { id: authorIdFor('bob'), slug: 'bob', name: 'Bob Example', role: 'Reporter', bio: 'Bob reports.', avatar: null },
    ])
    .execute();
  await db
    .insertInto('tags')
    .values(['t1', 't2', 't3'].map((slug) => ({ id: tagIdFor(slug), slug, name: slug.toUpperCase() })))
    .execute();
  await db
    .insertInto('newsletters')
    .values([
      { id: newsletterIdFor('daily'), slug: 'daily', name: 'Daily', description: 'Every day', cadence: 'Daily', active: 1, position: 1 },
      { id: newsletterIdFor('paused'), slug: 'paused', name: 'Paused', description: 'Resting', cadence: 'Never', active: 0, position: 2 },
    ])
    .execute();
  for (const f of fixtures) {
    const publishedAt = f.hoursAgo === null ? null : at(f.hoursAgo);
    await db
      .insertInto('articles')
      .values(
        toArticleRow({
          id: f.id,
          slug: slugOf(f.id),
          sectionId: sectionIdFor(f.section),
          status: f.status,
          language: 'en',
          headline: `Headline ${f.id}`,
          standfirst: `Standfirst ${f.id}`,
          hero: { src: `/images/${f.id}.jpg`, alt: `Hero ${f.id}`, width: 1600, height: 900 },
          body: f.body ?? [paragraph(`Body of ${f.id}.`)],
          publishedAt,
          updatedAt: publishedAt ?? at(f.id === 'd01' ? 3 : 6),
        }),
      )
      .execute();
    const authors = f.authors ?? [];
    if (authors.length) {
      await db
        .insertInto('article_authors')
        .values(authors.map((a, position) => ({ article_id: f.id, author_id: authorIdFor(a), position })))
        .execute();
    }
    const tags = f.tags ?? [];
    if (tags.length) {
      await db
        .insertInto('article_tags')
        .values(tags.map((t, position) => ({ article_id: f.id, tag_id: tagIdFor(t), position })))
        .execute();
    }
  }
}

/** An unmigrated database of the same dialect: every query fails (no tables). */
function unmigratedDb(dialect: TestDialect): { db: Kysely<Database>; cleanup: () => Promise<void> } {
  if (dialect === 'sqlite') {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-empty-'));
    const db = createDb(`file:${path.join(folder, 'empty.db')}`);
    return {
      db,
      cleanup: async () => {
        await db.destroy();
        fs.rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_empty_${randomBytes(4).toString('hex')}`;
  const db = createDb(withSchema(TEST_POSTGRES_URL, schema));
  return {
    db,
    cleanup: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
      await db.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------

describeEachDialect('content repository contract', (dialect) => {
  describe('migrations and demo seed', () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(async () => t?.destroy());

    it('migrates idempotently: running again applies nothing twice', async () => {
      const before = await t.db.selectFrom('kysely_migration' as never).select(sql<string>`name`.as('name')).execute();
      await migrateToLatest(t.db);
      await migrateToLatest(t.db);
      const after = await t.db.selectFrom('kysely_migration' as never).select(sql<string>`name`.as('name')).execute();
      expect(after.map((r) => r.name).sort()).toEqual(before.map((r) => r.name).sort());
      expect(after.map((r) => r.name)).toContain('0001_content');
    });

    it('seeds the demo content idempotently (same counts after a second run)', async () => {
      await seedDemo(t.db, { now: NOW });
      const tables = ['sections', 'authors', 'tags', 'newsletters', 'articles', 'article_authors', 'article_tags'] as const;
      const first = await Promise.all(tables.map((table) => countRows(t.db, table)));
      await seedDemo(t.db, { now: NOW });
      const second = await Promise.all(tables.map((table) => countRows(t.db, table)));
      expect(second).toEqual(first);
      expect(first.slice(0, 5)).toEqual([demoSections.length, demoAuthors.length, demoTags.length, demoNewsletters.length, demoArticles.length]);
    });

    it('with onlyIfEmpty, leaves an already-seeded database alone', async () => {
      const result = await seedDemo(t.db, { onlyIfEmpty: true, now: NOW });
      expect(result.seeded).toBe(false);
    });

    it('round-trips every visible demo article through the schemas, and returns no draft anywhere', async () => {
      const visible = demoArticles.filter((a) => a.status !== 'draft' && (a.publishedHoursAgo ?? -1) >= 0);
      const hidden = demoArticles.filter((a) => !visible.includes(a));
      expect(await repo.countPublished(t.db, { now: NOW })).toBe(visible.length);
      for (const demo of visible) {
        const article = await repo.getPublishedArticle(t.db, demo.slug, { now: NOW });
        expect(article?.id).toBe(demo.id);
        expect(article?.body.length).toBe(demo.body.length);
      }
      for (const demo of hidden) {
        expect(await repo.getPublishedArticle(t.db, demo.slug, { now: NOW })).toBeNull();
      }
      const hiddenIds = new Set(hidden.map((a) => a.id));
      const everyList = [
        ...(await repo.listLatest(t.db, { limit: 1000, now: NOW })),
        ...(await repo.listPublishedSince(t.db, new Date(0), { now: NOW })),
        ...(await repo.listSitemapEntries(t.db, { offset: 0, limit: 1000, now: NOW })),
      ];
      for (const section of demoSections) everyList.push(...(await repo.listBySection(t.db, section.slug, { page: 1, pageSize: 100, now: NOW })).items);
      for (const tag of demoTags) everyList.push(...(await repo.listByTag(t.db, tag.slug, { page: 1, pageSize: 100, now: NOW })).items);
      for (const author of demoAuthors) everyList.push(...(await repo.listByAuthor(t.db, author.slug, { page: 1, pageSize: 100, now: NOW })).items);
      expect(everyList.length).toBeGreaterThan(visible.length);
      expect(everyList.filter((a) => hiddenIds.has(a.id))).toEqual([]);
    });

    it('adds synthetic articles once, skipping existing ids on a re-run', async () => {
      const before = await countRows(t.db, 'articles');
      const progress: number[] = [];
      const first = await seedSynthetic(t.db, { count: 120, now: NOW, onProgress: (done) => progress.push(done) });
      expect(first.inserted).toBe(120);
      expect(progress.at(-1)).toBe(120);
      const again = await seedSynthetic(t.db, { count: 120, now: NOW });
      expect(again.inserted).toBe(0);
      expect(await countRows(t.db, 'articles')).toBe(before + 120);
      // Every synthetic article is valid content (the repository parses it on the way out).
      const page = await repo.listLatest(t.db, { limit: 200, now: NOW });
      expect(page.filter((a) => a.id.startsWith('syn-')).length).toBeGreaterThan(100);
      const sample = await repo.getPublishedArticle(t.db, page.find((a) => a.id.startsWith('syn-'))!.slug, { now: NOW });
      expect(sample?.body.length).toBeGreaterThan(5);
    });
  });

  describe('queries', () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await insertFixtures(t.db);
    });
    afterAll(async () => t?.destroy());

    it('lists the latest public articles newest first, with the due scheduled one counted as published', async () => {
      const latest = await repo.listLatest(t.db, { limit: 4, now: NOW });
      expect(latest.map((a) => a.id)).toEqual(['sdue', 'a01', 'b01', 'a02']);
      expect(latest[0]?.status).toBe('published');
      expect(latest[2]?.authors.map((a) => a.slug)).toEqual(['bob', 'ann']);
      expect(latest[0]?.section).toEqual({ slug: 'alpha', name: 'ALPHA' });
    });

    it('pages with offset and skips excluded ids', async () => {
      const all = await repo.listLatest(t.db, { limit: 100, now: NOW });
      expect(all).toHaveLength(VISIBLE.length);
      const second = await repo.listLatest(t.db, { limit: 3, offset: 3, now: NOW });
      expect(second.map((a) => a.id)).toEqual(all.slice(3, 6).map((a) => a.id));
      const excluded = await repo.listLatest(t.db, { limit: 2, excludeIds: ['sdue', 'a01'], now: NOW });
      expect(excluded.map((a) => a.id)).toEqual(['b01', 'a02']);
    });

    it('never returns drafts or future scheduled articles from public queries', async () => {
      const hidden = ['d01', 'd02', 'sfut'];
      const seen = [
        ...(await repo.listLatest(t.db, { limit: 100, now: NOW })),
        ...(await repo.listBySection(t.db, 'beta', { page: 1, pageSize: 100, now: NOW })).items,
        ...(await repo.listByTag(t.db, 't1', { page: 1, pageSize: 100, now: NOW })).items,
        ...(await repo.listByAuthor(t.db, 'bob', { page: 1, pageSize: 100, now: NOW })).items,
        ...(await repo.getArticleSummariesByIds(t.db, hidden, { now: NOW })),
        ...(await repo.listPublishedSince(t.db, at(100), { now: NOW })),
      ].map((a) => a.id);
      const sitemap = (await repo.listSitemapEntries(t.db, { offset: 0, limit: 100, now: NOW })).map((e) => e.id);
      expect([...seen, ...sitemap].filter((id) => hidden.includes(id))).toEqual([]);
      for (const id of hidden) expect(await repo.getPublishedArticle(t.db, slugOf(id), { now: NOW })).toBeNull();
    });

    it('shows a scheduled article once its time comes, without any write', async () => {
      expect(await repo.getPublishedArticle(t.db, slugOf('sfut'), { now: NOW })).toBeNull();
      const later = new Date(NOW.getTime() + 6 * HOUR);
      const article = await repo.getPublishedArticle(t.db, slugOf('sfut'), { now: later });
      expect(article?.status).toBe('published');
      expect((await repo.listLatest(t.db, { limit: 1, now: later }))[0]?.id).toBe('sfut');
      expect(await repo.countPublished(t.db, { now: later })).toBe(VISIBLE.length + 1);
    });

    it('paginates sections with totals, empty pages past the end, and pageCount >= 1', async () => {
      const alphaTotal = VISIBLE.filter((f) => f.section === 'alpha').length; // 25 + sdue
      const first = await repo.listBySection(t.db, 'alpha', { page: 1, pageSize: 10, now: NOW });
      expect(first).toMatchObject({ page: 1, pageSize: 10, total: alphaTotal, pageCount: Math.ceil(alphaTotal / 10) });
      expect(first.items).toHaveLength(10);
      const last = await repo.listBySection(t.db, 'alpha', { page: 3, pageSize: 10, now: NOW });
      expect(last.items).toHaveLength(alphaTotal - 20);
      const pages = [first, await repo.listBySection(t.db, 'alpha', { page: 2, pageSize: 10, now: NOW }), last];
      expect(new Set(pages.flatMap((p) => p.items.map((a) => a.id))).size).toBe(alphaTotal);
      const beyond = await repo.listBySection(t.db, 'alpha', { page: 4, pageSize: 10, now: NOW });
      expect(beyond.items).toEqual([]);
      expect(beyond.total).toBe(alphaTotal);
      const empty = await repo.listBySection(t.db, 'gamma', { page: 1, pageSize: 10, now: NOW });
      expect(empty).toMatchObject({ items: [], total: 0, pageCount: 1 });
      const unknown = await repo.listBySection(t.db, 'no-such-section', { page: 1, pageSize: 10, now: NOW });
      expect(unknown).toMatchObject({ items: [], total: 0, pageCount: 1 });
    });

    it('rejects out-of-range paging arguments instead of guessing', async () => {
      await expect(repo.listBySection(t.db, 'alpha', { page: 0, pageSize: 10 })).rejects.toThrow(RangeError);
      await expect(repo.listByTag(t.db, 't1', { page: 1.5, pageSize: 10 })).rejects.toThrow(RangeError);
      await expect(repo.listByAuthor(t.db, 'ann', { page: 1, pageSize: 101 })).rejects.toThrow(RangeError);
      await expect(repo.listLatest(t.db, { limit: -1 })).rejects.toThrow(RangeError);
    });

    it('lists by tag and by author with the right totals', async () => {
      const t1 = await repo.listByTag(t.db, 't1', { page: 1, pageSize: 50, now: NOW });
      expect(t1.total).toBe(VISIBLE.filter((f) => f.tags?.includes('t1')).length);
      expect(t1.items.map((a) => a.id)).toContain('sdue');
      const bob = await repo.listByAuthor(t.db, 'bob', { page: 1, pageSize: 2, now: NOW });
      expect(bob.total).toBe(VISIBLE.filter((f) => f.authors?.includes('bob')).length);
      expect(bob.items.map((a) => a.id)).toEqual(['b01', 'b02']);
    });

    it('returns a full article with tags, body and social fields; null for an unknown slug', async () => {
      const article = await repo.getPublishedArticle(t.db, slugOf('b01'), { now: NOW });
      expect(article).toMatchObject({
        id: 'b01',
        slug: 'story-b01',
        status: 'published',
        tags: [
          { slug: 't1', name: 'T1' },
          { slug: 't2', name: 'T2' },
          { slug: 't3', name: 'T3' },
        ],
        body: [paragraph('Body of b01.')],
        social: {},
        publishedAt: at(2.5).toISOString(),
      });
      expect(await repo.getPublishedArticle(t.db, 'no-such-story', { now: NOW })).toBeNull();
    });

    it('opens drafts only with a PreviewAccess minted by lib/auth, and a share only for its article', async () => {
      const editor = mintPreviewAccess('editor', 'editor-1');
      expect((await repo.getArticleForPreview(t.db, slugOf('d01'), editor, { now: NOW }))?.status).toBe('draft');
      const share = mintPreviewAccess('share', 'd02');
      expect((await repo.getArticleForPreview(t.db, slugOf('d02'), share))?.id).toBe('d02');
      expect(await repo.getArticleForPreview(t.db, slugOf('d01'), share)).toBeNull();
      const forged = { kind: 'editor', subject: 'x' } as unknown as PreviewAccess;
      await expect(repo.getArticleForPreview(t.db, slugOf('d01'), forged)).rejects.toThrow(PreviewAccessDeniedError);
    });

    it('fetches summaries by id in the order asked, dropping unknown and unpublished ids', async () => {
      const summaries = await repo.getArticleSummariesByIds(t.db, ['b02', 'nope', 'd01', 'a05', 'b02'], { now: NOW });
      expect(summaries.map((a) => a.id)).toEqual(['b02', 'a05']);
      expect(await repo.getArticleSummariesByIds(t.db, [], { now: NOW })).toEqual([]);
    });

    it('relates by shared tags first, then by section, never the article itself', async () => {
      const b01 = (await repo.getPublishedArticle(t.db, slugOf('b01'), { now: NOW }))!;
      const related = await repo.listRelated(t.db, b01, { limit: 6, now: NOW });
      const ids = related.map((a) => a.id);
      expect(ids).not.toContain('b01');
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(6);
      // a01-a03 share t1+t2 (2 tags), newest first; then single-tag matches, newest first.
      expect(ids.slice(0, 3)).toEqual(['a01', 'a02', 'a03']);
      expect(ids.slice(3)).toEqual(['sdue', 'a04', 'a05']);
      expect(ids).not.toContain('d01');
      expect(ids).not.toContain('sfut');

      const untagged = (await repo.getPublishedArticle(t.db, slugOf('a20'), { now: NOW }))!;
      const sameSection = await repo.listRelated(t.db, untagged, { limit: 3, now: NOW });
      expect(sameSection.map((a) => a.id)).toEqual(['sdue', 'a01', 'a02']);
    });

    it('pages sitemap entries stably (oldest first) and counts the same articles', async () => {
      const total = await repo.countPublished(t.db, { now: NOW });
      expect(total).toBe(VISIBLE.length);
      const pages = [];
      for (let offset = 0; offset < total + 5; offset += 7) pages.push(...(await repo.listSitemapEntries(t.db, { offset, limit: 7, now: NOW })));
      expect(pages).toHaveLength(total);
      expect(new Set(pages.map((e) => e.id)).size).toBe(total);
      const times = pages.map((e) => e.publishedAt);
      expect([...times].sort()).toEqual(times);
      expect(pages[0]).toEqual({ id: 'refs', slug: 'story-refs', section: 'beta', publishedAt: at(50).toISOString(), updatedAt: at(50).toISOString() });
    });

    it('lists recent articles with tags for feeds and the news sitemap, honouring the limit', async () => {
      const recent = await repo.listPublishedSince(t.db, at(3), { now: NOW });
      expect(recent.map((a) => a.id)).toEqual(['sdue', 'a01', 'b01', 'a02']);
      expect(recent[2]?.tags.map((tag) => tag.slug)).toEqual(['t1', 't2', 't3']);
      expect(await repo.listPublishedSince(t.db, at(3), { limit: 2, now: NOW })).toHaveLength(2);
    });

    it('gives editors drafts, future scheduled and recently published articles', async () => {
      const overview = await repo.listEditorial(t.db, { limit: 3, now: NOW });
      expect(overview.drafts.map((a) => a.id)).toEqual(['d01', 'd02']);
      expect(overview.scheduled.map((a) => a.id)).toEqual(['sfut']);
      expect(overview.recentlyPublished.map((a) => a.id)).toEqual(['sdue', 'a01', 'b01']);
    });

    it('reads sections, authors, tags and newsletters', async () => {
      expect((await repo.listSections(t.db)).map((s) => s.slug)).toEqual(['alpha', 'beta', 'gamma']);
      expect(await repo.getSection(t.db, 'beta')).toEqual({ slug: 'beta', name: 'BETA', description: 'About beta', position: 2 });
      expect(await repo.getSection(t.db, 'nope')).toBeNull();
      expect((await repo.getAuthor(t.db, 'ann'))?.avatar).toEqual({ src: '/a.jpg', alt: 'Ann', width: 10, height: 10 });
      expect((await repo.getAuthor(t.db, 'bob'))?.avatar).toBeNull();
      expect((await repo.listAuthors(t.db)).map((a) => a.slug)).toEqual(['ann', 'bob']);
      expect(await repo.getTag(t.db, 't2')).toEqual({ slug: 't2', name: 'T2' });
      expect(await repo.getTag(t.db, 'nope')).toBeNull();
      expect((await repo.listNewsletters(t.db, { activeOnly: true })).map((n) => n.slug)).toEqual(['daily']);
      expect((await repo.listNewsletters(t.db, { activeOnly: false })).map((n) => [n.slug, n.active])).toEqual([
        ['daily', true],
        ['paused', false],
      ]);
      expect(await repo.getNewsletter(t.db, 'paused')).toMatchObject({ slug: 'paused', active: false });
      expect(await repo.getNewsletter(t.db, 'nope')).toBeNull();
    });

    it('rejects a corrupted row with an error naming the article, instead of rendering it', async () => {
      const original = await t.db.selectFrom('articles').select(['body', 'hero']).where('id', '=', 'a10').executeTakeFirstOrThrow();
      try {
        await t.db.updateTable('articles').set({ body: JSON.stringify([{ type: 'script', src: 'x' }]) }).where('id', '=', 'a10').execute();
        await expect(repo.getPublishedArticle(t.db, slugOf('a10'), { now: NOW })).rejects.toThrow(ContentIntegrityError);
        await expect(repo.getPublishedArticle(t.db, slugOf('a10'), { now: NOW })).rejects.toThrow(/article a10/);

        await t.db.updateTable('articles').set({ body: original.body, hero: '{not json' }).where('id', '=', 'a10').execute();
        await expect(repo.listLatest(t.db, { limit: 100, now: NOW })).rejects.toThrow(/article a10 is invalid: column hero/);

        const link = [{ type: 'paragraph', content: [{ text: 'click', href: 'javascript:alert(1)' }] }];
        await t.db.updateTable('articles').set({ hero: original.hero, body: JSON.stringify(link) }).where('id', '=', 'a10').execute();
        await expect(repo.getPublishedArticle(t.db, slugOf('a10'), { now: NOW })).rejects.toThrow(/article a10 is invalid: body/);
      } finally {
        await t.db.updateTable('articles').set(original).where('id', '=', 'a10').execute();
      }
      expect((await repo.getPublishedArticle(t.db, slugOf('a10'), { now: NOW }))?.id).toBe('a10');
    });

    it('throws on a database failure instead of returning empty results', async () => {
      const broken = unmigratedDb(dialect);
      try {
        // Matched on the message: better-sqlite3's native errors can come from another jest realm,
        // where `rejects.toThrow()` does not recognise them as errors.
        const missingTable = { message: expect.stringMatching(/no such table|does not exist/) };
        await expect(repo.listLatest(broken.db, { limit: 5 })).rejects.toMatchObject(missingTable);
        await expect(repo.getPublishedArticle(broken.db, 'story-a01')).rejects.toMatchObject(missingTable);
        await expect(repo.countPublished(broken.db)).rejects.toMatchObject(missingTable);
      } finally {
        await broken.cleanup();
      }
    });
  });

  describe('publishing', () => {
    let t: TestDatabase;
    let recorded: string[];
    const record = (tag: string) => {
      recorded.push(tag);
    };
    // No settle wait and no healing expiry here (no request to run after); tests below check both.
    const opts = () => ({ db: t.db, now: NOW, revalidate: record, settleMs: 0, afterResponse: null });
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await insertFixtures(t.db);
    });
    beforeEach(() => {
      recorded = [];
    });
    afterAll(async () => t?.destroy());

    it('publishes a draft now and expires every tag it appears under', async () => {
      const article = await publishArticle('d01', opts());
      expect(article).toMatchObject({ status: 'published', publishedAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
      expect((await repo.listLatest(t.db, { limit: 1, now: NOW }))[0]?.id).toBe('d01');
      expect(recorded).toEqual(
        expect.arrayContaining(['articles', 'home', 'feeds', 'sitemaps', 'article:d01', 'article-slug:story-d01', 'section:alpha', 'author:ann', 'tag:t1', 'tag:t2']),
      );
    });

    it('expires tags only after the settle wait, with the change already committed', async () => {
      const settleMs = 60;
      const seenAtExpiry: Promise<string | undefined>[] = [];
      const expiredAt: number[] = [];
      const started = Date.now();
      await updateArticle('a05', { headline: 'Settled headline' }, {
        ...opts(),
        settleMs,
        revalidate: (tag) => {
          expiredAt.push(Date.now());
          // A render starting now must read the new row: the commit is already visible.
          seenAtExpiry.push(repo.getPublishedArticle(t.db, slugOf('a05'), { now: NOW }).then((a) => a?.headline));
          record(tag);
        },
      });
      expect(recorded).toContain('article:a05');
      expect(Math.min(...expiredAt) - started).toBeGreaterThanOrEqual(settleMs);
      expect(new Set(await Promise.all(seenAtExpiry))).toEqual(new Set(['Settled headline']));
    });

    it('expires the same tags once more after the response, for renders that outlived the wait', async () => {
      const scheduled: { delayMs: number; task: () => void }[] = [];
      // Only this change's follow-up: the ones earlier tests queued would be due too.
      await t.db.deleteFrom('publish_followups').execute();
      const followups = createFollowupRunner({
        db: t.db,
        owner: 'contract',
        // The task runs when the healing delay has passed.
        now: () => new Date(Date.now() + PUBLISH_HEAL_MS + 1_000),
        expireTags: async (tags) => void tags.forEach(record),
        purge: null,
      });
      await updateArticle('a06', { headline: 'Healed headline' }, { ...opts(), followups, afterResponse: (delayMs, task) => scheduled.push({ delayMs, task }) });
      const first = [...recorded];
      expect(first).toContain('article:a06');
      expect(scheduled).toHaveLength(1);
      expect(scheduled[0]!.delayMs).toBeGreaterThan(PUBLISH_SETTLE_MS);
      recorded = [];
      scheduled[0]!.task();
      // The task started a run; a second call joins it.
      await followups.runDue();
      expect(recorded.sort()).toEqual(first.sort());
    });

    it('unpublishes back to draft: gone from every public read at once', async () => {
      const article = await unpublishArticle('a01', opts());
      expect(article.status).toBe('draft');
      expect(await repo.getPublishedArticle(t.db, slugOf('a01'), { now: NOW })).toBeNull();
      expect((await repo.listLatest(t.db, { limit: 50, now: NOW })).map((a) => a.id)).not.toContain('a01');
      expect(recorded).toEqual(expect.arrayContaining(['article:a01', 'section:alpha', 'home']));

      // Re-publishing keeps the original publication time.
      const again = await publishArticle('a01', opts());
      expect(again.publishedAt).toBe(at(2).toISOString());
    });

    it('updates an article, revalidating both the old and the new section and tags', async () => {
      const updated = await updateArticle(
        'a02',
        { section: 'beta', tags: ['t3'], headline: 'A corrected headline', social: { title: 'Social title' } },
        opts(),
      );
      expect(updated).toMatchObject({ headline: 'A corrected headline', section: { slug: 'beta' }, tags: [{ slug: 't3' }], social: { title: 'Social title' } });
      expect(recorded).toEqual(expect.arrayContaining(['section:alpha', 'section:beta', 'tag:t1', 'tag:t2', 'tag:t3', 'article:a02']));
      expect((await repo.getPublishedArticle(t.db, slugOf('a02'), { now: NOW }))?.headline).toBe('A corrected headline');
    });

    it('schedules for later: hidden now, public when the time comes', async () => {
      const later = new Date(NOW.getTime() + HOUR);
      const article = await scheduleArticle('d02', later, opts());
      expect(article).toMatchObject({ status: 'scheduled', publishedAt: later.toISOString() });
      expect(await repo.getPublishedArticle(t.db, slugOf('d02'), { now: NOW })).toBeNull();
      expect((await repo.getPublishedArticle(t.db, slugOf('d02'), { now: new Date(later.getTime() + 1) }))?.status).toBe('published');
      expect(recorded).toContain('article:d02');
    });

    it('rejects bad changes without writing or revalidating anything', async () => {
      const before = await repo.getPublishedArticle(t.db, slugOf('a03'), { now: NOW });
      await expect(scheduleArticle('a03', at(1), opts())).rejects.toThrow(PublishRejectedError);
      await expect(publishArticle('missing', opts())).rejects.toThrow(ArticleNotFoundError);
      const evil: Block[] = [{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }];
      await expect(updateArticle('a03', { body: evil }, opts())).rejects.toThrow(PublishRejectedError);
      await expect(updateArticle('a03', { section: 'nope' }, opts())).rejects.toThrow(/Unknown section/);
      await expect(updateArticle('a03', { authors: ['ann', 'ghost'] }, opts())).rejects.toThrow(/ghost/);
      await expect(updateArticle('a03', { slug: slugOf('a04') }, opts())).rejects.toThrow(/already used/);
      expect(recorded).toEqual([]);
      expect(await repo.getPublishedArticle(t.db, slugOf('a03'), { now: NOW })).toEqual(before);
    });
  });
});
