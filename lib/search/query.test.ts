import { fts5MatchAll, fts5MatchInField, tsqueryAll, tsqueryInField } from '@/lib/search/match';
import { SEARCH_FIELDS } from '@/lib/search/fields';
import { normaliseSearchText, searchTokens } from '@/lib/search/normalise';
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, parseSearchQuery, queryTokens, type SearchTerm } from '@/lib/search/query';

const headline = SEARCH_FIELDS[0];

function termsOf(query: string): SearchTerm[] {
  const parsed = parseSearchQuery(query);
  if (parsed.kind !== 'terms') throw new Error(`${query}: ${parsed.kind}`);
  return parsed.terms;
}

describe('normaliseSearchText', () => {
  it.each([
    ['Café Crème', 'cafe creme'],
    ['ÉLAN  vital!', 'elan vital'],
    ['ﬁnance', 'finance'],
    ['ＦＵＬＬ width', 'full width'],
    ['İstanbul', 'istanbul'],
    ['e-mail; don’t', 'e mail don t'],
    ['a\u200bb\u200fc\u202ed', 'abcd'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['lone \ud800 surrogate', 'lone surrogate'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });

  it('folds the forms of alef, tashkeel and tatweel in Arabic', () => {
    const bare = normaliseSearchText('الامهات');
    for (const form of ['الأمهات', 'الإمهات', 'الآمهات', 'ٱلامهات', 'الْأُمَّهَاتُ', 'الـــأمهات', 'ال\u200fأمهات']) {
      expect(normaliseSearchText(form)).toBe(bare);
    }
    expect(normaliseSearchText('مياهٌ')).toBe('مياه');
  });

  it('splits on everything that is not a letter or a digit', () => {
    expect(searchTokens('covid-19 (2026) 3.5%')).toEqual(['covid', '19', '2026', '3', '5']);
  });
});

describe('parseSearchQuery', () => {
  it('reads words and quoted phrases, all required, without duplicates', () => {
    expect(termsOf('Harbour  "night buses" harbour')).toEqual([
      { kind: 'word', token: 'harbour' },
      { kind: 'phrase', tokens: ['night', 'buses'] },
    ]);
  });

  it('reads a one-word phrase as a word and an unbalanced quote as a phrase to the end', () => {
    expect(termsOf('"ferry"')).toEqual([{ kind: 'word', token: 'ferry' }]);
    expect(termsOf('port "night buses')).toEqual([
      { kind: 'word', token: 'port' },
      { kind: 'phrase', tokens: ['night', 'buses'] },
    ]);
  });

  it.each(['', '   ', '"', '""', '***', '- -', '()', '\u202e\u200f', '\ud800'])('%j is empty', (query) => {
    expect(parseSearchQuery(query)).toEqual({ kind: 'empty' });
  });

  it('reads query-language syntax as words or separators', () => {
    expect(termsOf('harb* NEAR(port, 3) -ferry OR title:x')).toEqual(
      ['harb', 'near', 'port', '3', 'ferry', 'or', 'title', 'x'].map((token) => ({ kind: 'word', token })),
    );
    expect(termsOf("'; drop table articles; --")).toEqual(['drop', 'table', 'articles'].map((token) => ({ kind: 'word', token })));
  });

  it(`refuses more than ${MAX_QUERY_LENGTH} characters, counting code points`, () => {
    expect(parseSearchQuery('a'.repeat(MAX_QUERY_LENGTH))).toMatchObject({ kind: 'terms' });
    expect(parseSearchQuery('😀'.repeat(MAX_QUERY_LENGTH))).toEqual({ kind: 'empty' });
    expect(parseSearchQuery('a'.repeat(10 * 1024))).toEqual({ kind: 'too-long', length: 10 * 1024 });
  });

  it(`refuses more than ${MAX_QUERY_TERMS} words`, () => {
    const words = Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, i) => `w${i}`).join(' ');
    expect(parseSearchQuery(words)).toEqual({ kind: 'too-many-terms', count: MAX_QUERY_TERMS + 1 });
  });

  it('lists every word it mentions, for highlighting', () => {
    expect([...queryTokens(termsOf('a "b c"'))]).toEqual(['a', 'b', 'c']);
  });
});

describe('engine query strings', () => {
  it('quote every word for FTS5', () => {
    const terms = termsOf('harbour "night buses" near');
    expect(fts5MatchAll(terms)).toBe('"harbour" AND "night buses" AND "near"');
    expect(fts5MatchInField(terms[1]!, headline)).toBe('{headline} : "night buses"');
  });

  it('quote every lexeme for tsquery, with the field weight', () => {
    const terms = termsOf('harbour "night buses"');
    expect(tsqueryAll(terms)).toBe("'harbour' & ('night' <-> 'buses')");
    expect(tsqueryInField(terms[1]!, headline)).toBe("('night':A <-> 'buses':A)");
  });
});
