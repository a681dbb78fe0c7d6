import type { Author, Newsletter, Section, Tag } from '@/lib/content/schema';

/**
 * Demo taxonomy: sections, authors, tags and newsletters. Everything here is fictional,
 * written for Meridian's demo; any resemblance to real people is coincidental.
 */

export const demoSections: Section[] = [
  { slug: 'news', name: 'News', description: 'Reporting from our correspondents, checked and in context.', position: 1 },
  { slug: 'analysis', name: 'Analysis', description: 'Explaining what happened, why it matters and what comes next.', position: 2 },
  { slug: 'opinion', name: 'Opinion', description: 'Arguments from our columnists and guest writers.', position: 3 },
  { slug: 'culture', name: 'Culture', description: 'Books, film, music, food and the ideas that shape how we live.', position: 4 },
  { slug: 'science', name: 'Science', description: 'Climate, health, space and the people doing the research.', position: 5 },
];

const avatar = (slug: string, name: string) => ({
  src: `/images/demo/authors/${slug}.jpg`,
  alt: `Portrait illustration of ${name}`,
  width: 400,
  height: 400,
});

export const demoAuthors: Author[] = [
  { slug: 'amara-okafor', name: 'Amara Okafor', role: 'Africa correspondent', bio: 'Amara Okafor reports on politics, trade and public health across West and Central Africa. She previously covered city government for a regional daily.', avatar: avatar('amara-okafor', 'Amara Okafor') },
  { slug: 'lukas-brandt', name: 'Lukas Brandt', role: 'Europe editor', bio: 'Lukas Brandt edits Meridian\u2019s European coverage and writes about elections, energy policy and the institutions that hold the continent together.', avatar: avatar('lukas-brandt', 'Lukas Brandt') },
  { slug: 'mei-lin-zhou', name: 'Mei-Lin Zhou', role: 'Science and climate reporter', bio: 'Mei-Lin Zhou covers climate science, oceans and energy. She trained as a marine biologist before moving into journalism.', avatar: avatar('mei-lin-zhou', 'Mei-Lin Zhou') },
  { slug: 'rafael-mendes', name: 'Rafael Mendes', role: 'Columnist', bio: 'Rafael Mendes writes a weekly column on cities, work and the economy. He is the author of two books on urban life.', avatar: avatar('rafael-mendes', 'Rafael Mendes') },
  { slug: 'noor-haddad', name: 'Noor Haddad', role: 'Middle East correspondent', bio: 'Noor Haddad reports in Arabic and English on water, migration and daily life across the Middle East and North Africa.', avatar: avatar('noor-haddad', 'Noor Haddad') },
  { slug: 'hannah-kowalczyk', name: 'Hannah Kowalczyk', role: 'Culture critic', bio: 'Hannah Kowalczyk reviews books, film and theatre, and writes about the economics of the arts.', avatar: avatar('hannah-kowalczyk', 'Hannah Kowalczyk') },
];

export const demoTags: Tag[] = [
  { slug: 'climate', name: 'Climate' },
  { slug: 'elections', name: 'Elections' },
  { slug: 'technology', name: 'Technology' },
  { slug: 'health', name: 'Health' },
  { slug: 'economy', name: 'Economy' },
  { slug: 'migration', name: 'Migration' },
  { slug: 'water', name: 'Water' },
  { slug: 'cities', name: 'Cities' },
  { slug: 'energy', name: 'Energy' },
  { slug: 'books', name: 'Books' },
  { slug: 'film', name: 'Film' },
  { slug: 'oceans', name: 'Oceans' },
  { slug: 'agriculture', name: 'Agriculture' },
  { slug: 'education', name: 'Education' },
];

export const demoNewsletters: Newsletter[] = [
  { slug: 'morning-briefing', name: 'The Morning Briefing', description: 'The five stories you need before your first coffee, with the context that makes sense of them.', cadence: 'Every weekday morning', active: true },
  { slug: 'the-long-read', name: 'The Long Read', description: 'One deeply reported story each weekend, and why we chose it.', cadence: 'Saturdays', active: true },
  { slug: 'climate-week', name: 'Climate Week', description: 'Mei-Lin Zhou on the science, the policy and the people on the front line of a warming world.', cadence: 'Thursdays', active: true },
  { slug: 'election-night', name: 'Election Night', description: 'Live results briefings during election campaigns. Paused between campaigns.', cadence: 'During campaigns', active: false },
];
