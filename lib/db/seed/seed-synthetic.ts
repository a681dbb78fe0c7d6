import 'server-only';
import type { Insertable, Kysely } from 'kysely';
import { bodySchema, type Block, type Inline } from '@/lib/content/schema';
import type { Database } from '../database';
import { chunk, toArticleRow } from '../rows';
import type { ArticlesTable } from '../tables';
import { demoImage, demoImageNames } from './demo/images';
import { mulberry32 } from '@/lib/util/seeded-random';
import { syncSearchIndex } from '@/lib/search/search-index';

/**
 * Generated articles for load and sitemap tests (`npm run db:seed -- --synthetic 10000`).
 * Deterministic: article n always has the same text, so runs are comparable. Ids are
 * `syn-000001`…; existing ids are skipped, so re-running adds nothing and raising N adds the rest.
 * Articles use the sections, authors and tags already in the database (seed the demo first).
 * Publication times start three days back and go further into the past, so the newest
 * (demo) stories still lead the home page and the 48-hour news sitemap.
 */

const MINUTE = 60_000;
const BATCH = 500;

export interface SyntheticSeedOptions {
  count: number;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}


const NOUNS = ('council harbour river budget ministry village school clinic farmer reporter court railway bridge province ' +
  'market museum festival election ferry reservoir factory union orchard library district committee archive coast ' +
  'valley forest mayor teacher nurse engineer inspector tenant landlord grant pension tariff drought flood harvest ' +
  'port tram depot airport quarry vineyard theatre choir stadium hospital survey census report ledger treaty').split(' ');
const VERBS = ('approved rejected delayed announced questioned reopened expanded reduced reviewed funded closed debated ' +
  'measured published warned promised restored replaced tested mapped recorded challenged welcomed extended').split(' ');
const ADJECTIVES = ('regional rural coastal northern southern temporary annual independent public local national ' +
  'private seasonal historic modest sudden gradual careful unusual long-awaited disputed costly').split(' ');
const CONNECTORS = ('after weeks of talks|according to officials|despite objections from residents|for the first time since the war|' +
  'as the season began|in a vote on Tuesday|under a new agreement|following an inquiry|while critics waited|' +
  'by a narrow margin|ahead of the winter|in a statement late on Friday').split('|');
const PLACES = 'Calvera Lenzburg Ostmark Nordvik Saltmere Orrin Halden Vessaly Karsk Lusara Brenna Tollis'.split(' ');

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number): string {
  const subject = `The ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} in ${pick(random, PLACES)}`;
  const object = `the ${pick(random, NOUNS)} ${pick(random, NOUNS)} plan`;
  const tail = random() < 0.6 ? ` ${pick(random, CONNECTORS)}` : '';
  const extra =
    random() < 0.5 ? `, and the ${pick(random, NOUNS)} said the ${pick(random, NOUNS)} would be ${pick(random, VERBS)} next year` : '';
  return `${subject} ${pick(random, VERBS)} ${object}${tail}${extra}.`;
}

function paragraph(random: () => number): Inline[] {
  const count = 3 + Math.floor(random() * 4);
  const text = Array.from({ length: count }, () => sentence(random)).join(' ');
  if (random() < 0.15) {
    return [{ text: `${text} ` }, { text: 'Read the full report', href: '/news' }, { text: '.' }];
  }
  return [{ text }];
}

function headline(random: () => number, n: number): string {
  const place = pick(random, PLACES);
  return `${place} ${pick(random, NOUNS)} ${pick(random, VERBS)} ${pick(random, CONNECTORS)} (${n})`;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90);
}

function body(random: () => number): Block[] {
  // 8 to 24 paragraphs of ~60 words: 500 to 1,500 words, like a real news story.
  const paragraphs = 8 + Math.floor(random() * 17);
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 5 === 0) blocks.push({ type: 'heading', level: 2, text: `What the ${pick(random, NOUNS)} means` });
    blocks.push({ type: 'paragraph', content: paragraph(random) });
    if (i === 3 && random() < 0.3) {
      blocks.push({ type: 'quote', variant: 'pull', text: sentence(random), attribution: `A ${pick(random, NOUNS)} spokesperson` });
    }
    if (i === 6 && random() < 0.2) {
      blocks.push({
        type: 'list',
        style: 'bulleted',
        items: [[{ text: sentence(random) }], [{ text: sentence(random) }], [{ text: sentence(random) }]],
      });
    }
  }
  return blocks;
}

export const syntheticId = (n: number) => `syn-${String(n).padStart(6, '0')}`;

export async function seedSynthetic(db: Kysely<Database>, options: SyntheticSeedOptions): Promise<{ inserted: number }> {
  const now = options.now ?? new Date();
  const [sections, authors, tags] = await Promise.all([
    db.selectFrom('sections').select('id').orderBy('id').execute(),
    db.selectFrom('authors').select('id').orderBy('id').execute(),
    db.selectFrom('tags').select('id').orderBy('id').execute(),
  ]);
  if (sections.length === 0 || authors.length === 0) {
    throw new Error('Synthetic articles need sections and authors: run the demo seed first (npm run db:seed).');
  }
  const start = now.getTime() - 72 * 60 * MINUTE;
  let inserted = 0;

  for (let first = 1; first <= options.count; first += BATCH) {
    const last = Math.min(options.count, first + BATCH - 1);
    const articles: Insertable<ArticlesTable>[] = [];
    const articleAuthors: Insertable<Database['article_authors']>[] = [];
    const articleTags: Insertable<Database['article_tags']>[] = [];
    for (let n = first; n <= last; n++) {
      const random = mulberry32(n * 2_654_435_761);
      const id = syntheticId(n);
      const title = headline(random, n);
      const blocks = body(random);
      if (n === first) bodySchema.parse(blocks); // one per batch: the generator's output stays valid
      const publishedAt = new Date(start - n * 45 * MINUTE);
      const draft = n % 100 === 0;
      articles.push(
        toArticleRow({
          id,
          slug: `${slugify(title)}-${id}`,
          sectionId: pick(random, sections).id,
          status: draft ? 'draft' : 'published',
          language: 'en',
          headline: title,
          standfirst: sentence(random),
          hero: demoImage(pick(random, demoImageNames), `Illustration for synthetic article ${n}`),
          body: blocks,
          publishedAt: draft ? null : publishedAt,
          updatedAt: new Date(publishedAt.getTime() + Math.floor(random() * 120) * MINUTE),
        }),
      );
      const authorCount = random() < 0.2 ? 2 : 1;
      const chosenAuthors = new Set(Array.from({ length: authorCount }, () => pick(random, authors).id));
      [...chosenAuthors].forEach((author_id, position) => articleAuthors.push({ article_id: id, author_id, position }));
      if (tags.length > 0) {
        const chosenTags = new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, tags).id));
        [...chosenTags].forEach((tag_id, position) => articleTags.push({ article_id: id, tag_id, position }));
      }
    }

    const added = await db.transaction().execute(async (trx) => {
      let count = 0;
      for (const rows of chunk(articles, 100)) {
        const result = await trx
          .insertInto('articles')
          .values(rows)
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        count += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      for (const rows of chunk(articleAuthors, 500)) {
        await trx
          .insertInto('article_authors')
          .values(rows)
          .onConflict((oc) => oc.columns(['article_id', 'author_id']).doNothing())
          .execute();
      }
      for (const rows of chunk(articleTags, 500)) {
        await trx
          .insertInto('article_tags')
          .values(rows)
          .onConflict((oc) => oc.columns(['article_id', 'tag_id']).doNothing())
          .execute();
      }
      await syncSearchIndex(
        trx,
        articles.map((row) => row.id),
      );
      return count;
    });
    inserted += added;
    options.onProgress?.(last, options.count);
  }
  return { inserted };
}
