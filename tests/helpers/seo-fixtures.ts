import { articleSchema, type Article } from '@/lib/content/schema';

/** Fixtures for the SEO and OG tests, validated by the content schema so they stay realistic. */

export const ORIGIN = 'https://news.example.org';
export const NOW = new Date('2026-11-26T12:00:00.000Z');

const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return articleSchema.parse({
    id: 'a-1',
    slug: 'river-delta-sinking',
    status: 'published',
    section: { slug: 'science', name: 'Science' },
    headline: 'The delta is sinking faster than the sea is rising',
    standfirst: 'Satellite measurements show farmland subsiding by up to 4 cm a year as wells draw down groundwater.',
    hero: {
      src: '/images/demo/river-delta.jpg',
      alt: 'Illustration of a river splitting into channels as it meets the sea',
      width: 1600,
      height: 900,
    },
    authors: [
      { slug: 'mei-lin-zhou', name: 'Mei-Lin Zhou' },
      { slug: 'noor-haddad', name: 'Noor Haddad' },
    ],
    language: 'en',
    publishedAt: hoursAgo(5),
    updatedAt: hoursAgo(2),
    tags: [
      { slug: 'climate', name: 'Climate' },
      { slug: 'water', name: 'Water' },
    ],
    body: [{ type: 'paragraph', content: [{ text: 'Body text.' }] }],
    social: {},
    ...overrides,
  });
}

export { hoursAgo };
