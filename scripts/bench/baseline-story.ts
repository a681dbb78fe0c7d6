/**
 * The bare baseline's stories: deterministic generated prose (a seeded PRNG over word lists written
 * for this bench), so every run and every machine measures the very same ~1,000 words per page.
 */
import { mulberry32 } from '../../lib/util/seeded-random';

export interface BaselineStory {
  slug: string;
  headline: string;
  standfirst: string;
  heroAlt: string;
  sections: { heading: string; paragraphs: string[] }[];
}

export const STORY_COUNT = 50;
const SECTIONS = 4;
/** Words per section, heading included: four of them make the issue's ~1,000-word article. */
const SECTION_WORDS = 250;

// Short words weigh in as in real prose (about six characters a word with the space), so bytes per word compare fairly.
const DETERMINERS = ['the', 'the', 'the', 'a', 'a', 'its', 'our', 'one', 'this', 'each', 'their', 'that'];
const ADJECTIVES = [
  'local', 'quiet', 'public', 'early', 'northern', 'small', 'regional', 'coastal', 'rising', 'careful',
  'seasonal', 'narrow', 'patient', 'modest', 'steady', 'crowded', 'distant', 'familiar', 'sudden', 'open',
  'older', 'younger', 'shared', 'broken', 'fresh', 'heavy', 'careless', 'weekly', 'uneven', 'hopeful',
  'new', 'old', 'big', 'late', 'main', 'fair', 'low', 'high', 'dry', 'wet', 'long', 'full', 'last', 'next', 'own',
];
const NOUNS = [
  'council', 'harbour', 'market', 'school', 'bridge', 'river', 'budget', 'station', 'library', 'village',
  'hospital', 'committee', 'festival', 'report', 'garden', 'factory', 'teacher', 'farmer', 'museum', 'street',
  'election', 'ferry', 'union', 'district', 'orchard', 'theatre', 'clinic', 'railway', 'bakery', 'mayor',
  'survey', 'tenant', 'landlord', 'court', 'storm', 'harvest', 'archive', 'reservoir', 'pension', 'workshop',
  'town', 'road', 'port', 'farm', 'bank', 'park', 'law', 'tax', 'job', 'fund', 'vote', 'bus', 'shop', 'pier', 'dam',
  'city', 'team', 'plan', 'rent', 'wage', 'crew', 'hall', 'well', 'mill', 'yard',
];
const VERBS = [
  'reopens', 'questions', 'funds', 'delays', 'welcomes', 'rebuilds', 'reviews', 'closes', 'supports', 'measures',
  'expands', 'protects', 'replaces', 'publishes', 'crosses', 'follows', 'shapes', 'divides', 'restores', 'shelters',
  'doubles', 'invites', 'tracks', 'rejects', 'records', 'prepares', 'outlasts', 'shares', 'surveys', 'steadies',
  'buys', 'sees', 'runs', 'backs', 'wins', 'cuts', 'asks', 'opens', 'ends', 'fills', 'gets', 'sets', 'lifts', 'joins', 'keeps',
];
const PREPOSITIONS = ['in', 'on', 'at', 'by', 'to', 'for', 'with', 'of', 'in', 'of', 'near', 'after', 'before', 'across', 'under', 'along', 'during', 'within'];
const CONJUNCTIONS = ['and', 'and', 'but', 'as', 'so', 'while', 'because', 'until', 'since', 'if'];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function writer(seed: number) {
  const next = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const nounPhrase = () => {
    const words = [pick(DETERMINERS), ...(next() < 0.5 ? [pick(ADJECTIVES)] : []), pick(NOUNS)];
    if (words[0] === 'a' && /^[aeiou]/.test(words[1]!)) words[0] = 'an';
    return words.join(' ');
  };
  const clause = () => [nounPhrase(), pick(VERBS), nounPhrase(), ...(next() < 0.5 ? [pick(PREPOSITIONS), nounPhrase()] : [])].join(' ');
  const sentence = () => capitalise(next() < 0.45 ? `${clause()}, ${pick(CONJUNCTIONS)} ${clause()}` : clause()) + '.';
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, sentence).join(' ');
  const heading = () => capitalise(`${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(PREPOSITIONS)} the ${pick(NOUNS)}`);
  return { pick, nounPhrase, clause, sentence, paragraph, heading };
}

function story(index: number): BaselineStory {
  const w = writer(1000 + index);
  const headline = capitalise(`${w.pick(NOUNS)} ${w.pick(VERBS)} ${w.nounPhrase()} ${w.pick(PREPOSITIONS)} ${w.nounPhrase()}`);
  const standfirst = `${w.sentence()} ${w.sentence()}`;
  const sections = Array.from({ length: SECTIONS }, () => {
    const heading = w.heading();
    const paragraphs: string[] = [];
    let words = countWords(heading);
    while (words < SECTION_WORDS - 20) {
      const text = w.paragraph();
      paragraphs.push(text);
      words += countWords(text);
    }
    return { heading, paragraphs };
  });
  const slug = `${headline.toLowerCase().split(' ').slice(0, 5).join('-')}-${index + 1}`;
  return { slug, headline, standfirst, heroAlt: `Fog over a bridge: ${w.nounPhrase()}`, sections };
}

/** All fifty stories, identical on every call. */
export function baselineStories(): BaselineStory[] {
  return Array.from({ length: STORY_COUNT }, (_, index) => story(index));
}

/** Words of a story's body (subheadings and paragraphs, as in Meridian's `.article-body`). */
export function bodyWordCount(s: BaselineStory): number {
  return s.sections.reduce((total, section) => total + countWords(section.heading) + section.paragraphs.reduce((sum, p) => sum + countWords(p), 0), 0);
}
