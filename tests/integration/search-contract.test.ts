/**
 * @jest-environment node
 *
 * Site search's contract on SQLite (FTS5) and PostgreSQL (tsvector): the same queries find the same
 * articles in the same order, drafts and scheduled articles never appear before their time, and the
 * index follows every publish path inside its transaction. PostgreSQL is skipped loudly when no
 * server answers (and required when CI=true).
 */
import type { Kysely } from 'kysely';
import { publishArticle, scheduleArticle, unpublishArticle, updateArticle } from '@/lib/content/publish';
import type { Block } from '@/lib/content/schema';
import type { Database } from '@/lib/db/database';
import { authorIdFor, sectionIdFor, tagIdFor, toArticleRow } from '@/lib/db/rows';
import { demoImage } from '@/lib/db/seed/demo/images';
import { seedSynthetic } from '@/lib/db/seed/seed-synthetic';
import { parseSearchQuery, type SearchTerm } from '@/lib/search/query';
import { rebuildSearchIndex, syncSearchIndex } from '@/lib/search/search-index';
import { searchArticles } from '@/lib/search/search-repository';
import { createTestDatabase, describeEachDialect, describeIfPostgres, type TestDatabase, type TestDialect } from '@/tests/helpers/db';

const HOUR = 3_600_000;
const NOW = new Date('2026-06-01T12:00:00.000Z');
const SEEDED = new Date(NOW.getTime() - 2 * HOUR);

function terms(query: string): SearchTerm[] {
  const parsed = parseSearchQuery(query);
  if (parsed.kind !== 'terms') throw new Error(`"${query}" did not parse to terms: ${parsed.kind}`);
  return parsed.terms;
}

async function ids(db: Kysely<Database>, query: string, options: { now?: Date; page?: number; pageSize?: number } = {}): Promise<string[]> {
  const result = await searchArticles(db, terms(query), { page: options.page ?? 1, pageSize: options.pageSize ?? 50, now: options.now ?? NOW });
  return result.items.map((hit) => hit.article.id);
}

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });

interface Fixture {
  id: string;
  headline: string;
  standfirst?: string;
  body?: string;
  hoursAgo: number;
  status?: 'published' | 'draft' | 'scheduled';
  tags?: string[];
}

/** Ranking fixtures beside the demo: one rare word ("quokka") in different fields. */
const FIXTURES: Fixture[] = [
  { id: 'fx-body', headline: 'Council meets on the harbour wall', body: 'A quokka colony was seen near the pier.', hoursAgo: 1 },
  { id: 'fx-headline', headline: 'Quokka sighted at the old quay', body: 'Nobody expected it.', hoursAgo: 40 },
  { id: 'fx-standfirst', headline: 'Strange visitors', standfirst: 'A quokka, far from home, charms the port.', hoursAgo: 30 },
  { id: 'fx-tag', headline: 'Wildlife notes from the coast', body: 'Weekly notes.', hoursAgo: 20, tags: ['quokka-watch'] },
  { id: 'fx-body-older', headline: 'Ferry timetable changes', body: 'Colony of birds; a quokka too.', hoursAgo: 50 },
  { id: 'fx-draft', headline: 'Quokka draft never public', hoursAgo: 5, status: 'draft' },
  { id: 'fx-future', headline: 'Quokka embargoed story', hoursAgo: -10, status: 'scheduled' },
];

async function insertFixtures(db: Kysely<Database>): Promise<void> {
  await db.insertInto('tags').values({ id: tagIdFor('quokka-watch'), slug: 'quokka-watch', name: 'Quokka Watch' }).execute();
  for (const f of FIXTURES) {
    const publishedAt = f.status === 'draft' ? null : new Date(NOW.getTime() - f.hoursAgo * HOUR);
    await db
      .insertInto('articles')
      .values(
        toArticleRow({
          id: f.id,
          slug: f.id,
          sectionId: sectionIdFor('news'),
          status: f.status ?? 'published',
          language: 'en',
          headline: f.headline,
          standfirst: f.standfirst ?? 'A short standfirst.',
          hero: demoImage('harbour-cranes', 'Cranes.'),
          body: [paragraph(f.body ?? 'Body text.')],
          publishedAt,
          updatedAt: publishedAt ?? NOW,
        }),
      )
      .execute();
    await db.insertInto('article_authors').values({ article_id: f.id, author_id: authorIdFor('noor-haddad'), position: 0 }).execute();
    for (const [position, tag] of (f.tags ?? []).entries()) {
      await db.insertInto('article_tags').values({ article_id: f.id, tag_id: tagIdFor(tag), position }).execute();
    }
  }
  await syncSearchIndex(
    db,
    FIXTURES.map((f) => f.id),
  );
}

/** Queries whose answers the two databases must agree on, word for word and in order. */
const CONTRACT_QUERIES = [
  'harbour',
  'quokka',
  'Quokka colony',
  '"quokka colony"',
  'council budget',
  'the',
  'مياه',
  'الْأُمَّهات',
  'Noor Haddad',
  'energy water',
  '"last year"',
  '"the council"',
  '"according to officials"',
  'council approved budget',
  'calvera',
];

async function openCorpus(dialect: TestDialect): Promise<TestDatabase> {
  const test = await createTestDatabase(dialect, { seed: true, now: SEEDED });
  await insertFixtures(test.db);
  return test;
}

describeEachDialect('site search', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openCorpus(dialect);
  });
  afterAll(() => t.destroy());

  it('ranks headline over standfirst over names over body, newest first among equals', async () => {
    expect(await ids(t.db, 'quokka')).toEqual(['fx-headline', 'fx-standfirst', 'fx-tag', 'fx-body', 'fx-body-older']);
  });

  it('requires every word, and reads quotes as a phrase', async () => {
    expect(await ids(t.db, 'quokka colony')).toEqual(['fx-body', 'fx-body-older']);
    expect(await ids(t.db, '"quokka colony"')).toEqual(['fx-body']);
    expect(await ids(t.db, 'quokka zeppelin')).toEqual([]);
  });

  it('matches without case or accents, and an unbalanced quote is a phrase to the end', async () => {
    expect(await ids(t.db, 'QUÓKKA')).toContain('fx-headline');
    expect(await ids(t.db, '"quokka colony')).toEqual(['fx-body']);
  });

  it('never shows drafts, nor a scheduled article before its time', async () => {
    expect(await ids(t.db, 'quokka draft')).toEqual([]);
    expect(await ids(t.db, 'embargoed')).toEqual([]);
    expect(await ids(t.db, 'ZEBRAFINCH')).toEqual([]);
    expect(await ids(t.db, 'embargoed', { now: new Date(NOW.getTime() + 11 * HOUR) })).toEqual(['fx-future']);
  });

  it('finds the scheduled demo piece only once its time has come', async () => {
    expect(await ids(t.db, 'ZEBRAFINCH-SCHEDULED-001')).toEqual([]);
    expect(await ids(t.db, 'ZEBRAFINCH-SCHEDULED-001', { now: new Date(SEEDED.getTime() + 73 * HOUR) })).toEqual(['demo-030']);
  });

  it('finds the Arabic demo story by a word of its body, whatever its diacritics and alef forms', async () => {
    for (const query of ['الصهاريج', 'الصَّهَارِيجُ', 'الأمهات', 'الامهات', 'الْأُمَّهَات', 'الإمهات', 'الـــأمهات']) {
      expect(await ids(t.db, query)).toEqual(['demo-027']);
    }
  });

  it('finds articles by author and tag names', async () => {
    const byAuthor = await ids(t.db, 'Noor Haddad');
    expect(byAuthor).toEqual(expect.arrayContaining(['demo-027', 'fx-body']));
    expect(await ids(t.db, 'quokka watch')).toEqual(['fx-tag']);
  });

  it('pages like the list pages, with a total', async () => {
    const all = await ids(t.db, 'quokka');
    const page = await searchArticles(t.db, terms('quokka'), { page: 2, pageSize: 2, now: NOW });
    expect(page.total).toBe(5);
    expect(page.pageCount).toBe(3);
    expect(page.items.map((hit) => hit.article.id)).toEqual(all.slice(2, 4));
    expect(page.items[0]?.bodyText).toBe('Weekly notes.');
  });

  it('keeps the body text for excerpts', async () => {
    const result = await searchArticles(t.db, terms('pier'), { page: 1, pageSize: 10, now: NOW });
    expect(result.items.map((hit) => hit.bodyText)).toEqual(['A quokka colony was seen near the pier.']);
  });

  describe('follows the publish paths', () => {
    const opts = () => ({ db: t.db, now: NOW, revalidate: () => undefined, settleMs: 0, afterResponse: null, followups: null, purgeCdn: null });

    it('unpublish removes, publish restores, a correction is found by its new words', async () => {
      await unpublishArticle('fx-headline', opts());
      expect(await ids(t.db, 'sighted')).toEqual([]);
      await publishArticle('fx-headline', opts());
      expect(await ids(t.db, 'sighted')).toEqual(['fx-headline']);
      await updateArticle('fx-headline', { headline: 'Wallaby sighted at the old quay' }, opts());
      expect(await ids(t.db, 'wallaby')).toEqual(['fx-headline']);
      expect(await ids(t.db, 'quokka')).not.toContain('fx-headline');
    });

    it('a draft published is found; scheduled again it waits for its time', async () => {
      await publishArticle('fx-draft', opts());
      expect(await ids(t.db, 'quokka draft')).toEqual(['fx-draft']);
      const at = new Date(NOW.getTime() + 5 * HOUR);
      await scheduleArticle('fx-draft', at, opts());
      expect(await ids(t.db, 'quokka draft')).toEqual([]);
      expect(await ids(t.db, 'quokka draft', { now: new Date(at.getTime() + 1) })).toEqual(['fx-draft']);
    });

    it('rebuilding the index gives the same answers', async () => {
      const before = await ids(t.db, 'harbour');
      await rebuildSearchIndex(t.db);
      expect(await ids(t.db, 'harbour')).toEqual(before);
    });
  });
});

describeIfPostgres('site search: one order on both databases', () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([openCorpus('sqlite'), openCorpus('postgres')]);
    // Generated stories repeat a small vocabulary: long documents, words hundreds of times over.
    await Promise.all([sqlite, postgres].map((t) => seedSynthetic(t.db, { count: 200, now: SEEDED })));
  }, 60_000);
  afterAll(async () => {
    await Promise.all([sqlite?.destroy(), postgres?.destroy()]);
  });

  it.each(CONTRACT_QUERIES)('%s', async (query) => {
    const answer = async (db: Kysely<Database>) => {
      const page = await searchArticles(db, terms(query), { page: 1, pageSize: 100, now: NOW });
      return { total: page.total, ids: page.items.map((hit) => hit.article.id) };
    };
    const [a, b] = await Promise.all([answer(sqlite.db), answer(postgres.db)]);
    expect(b).toEqual(a);
    expect(a.total).toBeGreaterThan(0);
  });
});
