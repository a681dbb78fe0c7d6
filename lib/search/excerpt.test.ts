import { buildSearchDocument, MAX_POSITIONS, MAX_POSITIONS_PER_WORD } from '@/lib/search/document';
import { RANKED_FIELDS } from '@/lib/search/fields';
import { excerpt, highlight } from '@/lib/search/excerpt';
import { tsvectorText } from '@/lib/search/tsvector';

const words = (list: string[]) => new Set(list);

describe('highlight', () => {
  it('marks whole words matched after normalisation and keeps the text as it was', () => {
    expect(highlight('The Café opened; cafe owners cheered.', words(['cafe']))).toEqual([
      { text: 'The ', mark: false },
      { text: 'Café', mark: true },
      { text: ' opened; ', mark: false },
      { text: 'cafe', mark: true },
      { text: ' owners cheered.', mark: false },
    ]);
  });

  it('marks Arabic words with their diacritics intact', () => {
    const pieces = highlight('لن تضطر الأمهاتُ بعد اليوم', words(['الامهات']));
    expect(pieces.find((piece) => piece.mark)?.text).toBe('الأمهاتُ');
  });

  it('returns markup characters as plain text, for the component to escape', () => {
    expect(highlight('<script>x</script> & x', words(['x']))).toEqual([
      { text: '<script>', mark: false },
      { text: 'x', mark: true },
      { text: '</script> & ', mark: false },
      { text: 'x', mark: true },
    ]);
  });
});

describe('excerpt', () => {
  const long = `${'Opening words of the story. '.repeat(20)}Then the ferry arrived at the harbour. ${'Closing words follow here. '.repeat(20)}`;

  it('is a short passage around the first match, with ellipses where text was left out', () => {
    const pieces = excerpt(long, words(['ferry']));
    const text = pieces.map((piece) => piece.text).join('');
    expect(text.startsWith('\u2026')).toBe(true);
    expect(text.endsWith('\u2026')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(224);
    expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['ferry']);
  });

  it('opens the text when only another field matched', () => {
    const text = excerpt(long, words(['nowhere'])).map((piece) => piece.text).join('');
    expect(text.startsWith('Opening words')).toBe(true);
  });

  it('is empty for an empty body', () => {
    expect(excerpt('', words(['x']))).toEqual([]);
  });
});

describe('search documents', () => {
  it('index normalised words per field and keep the body text', () => {
    const document = buildSearchDocument({
      headline: 'Café reopens',
      standfirst: 'After the flood',
      names: ['Noor Haddad', 'Water'],
      body: [
        { type: 'paragraph', content: [{ text: 'First ' }, { text: 'paragraph.', bold: true }] },
        { type: 'readMore', articleId: 'x' },
        { type: 'quote', variant: 'pull', text: 'A quote', attribution: 'Someone' },
      ],
    });
    expect(document.fields).toEqual({
      headline: ['cafe', 'reopens'],
      standfirst: ['after', 'the', 'flood'],
      names: ['noor', 'haddad', 'water'],
      body: ['first', 'paragraph', 'a', 'quote', 'someone'],
    });
    expect(document.bodyText).toBe('First paragraph. A quote Someone');
    expect(tsvectorText(document)).toBe(
      "'cafe':1A 'reopens':2A 'after':4B 'the':5B 'flood':6B 'noor':8D 'haddad':9D 'water':10D 'first':12C 'paragraph':13C 'a':14C 'quote':15C 'someone':16C",
    );
  });

  it('stop at the positions PostgreSQL can hold, on both databases alike', () => {
    const distinct = Array.from({ length: 10 }, (_, block) => ({
      type: 'paragraph' as const,
      content: [{ text: Array.from({ length: 2_000 }, (_, i) => `w${block}x${i}`).join(' ') }],
    }));
    expect(buildSearchDocument({ headline: 'h', standfirst: 's', names: [], body: distinct }).fields.body.length).toBe(MAX_POSITIONS - 2 - 2 - 1);
    const repeated = [{ type: 'paragraph' as const, content: [{ text: `${'word '.repeat(300)} after` }] }];
    expect(buildSearchDocument({ headline: 'word', standfirst: 's', names: [], body: repeated }).fields.body).toEqual(Array(MAX_POSITIONS_PER_WORD - 1).fill('word'));
  });

  it('write the ranked fields alone with the same positions', () => {
    const document = buildSearchDocument({ headline: 'Port', standfirst: 'Strike', names: ['Ana'], body: [{ type: 'heading', level: 2, text: 'Port body' }] });
    expect(tsvectorText(document, RANKED_FIELDS)).toBe("'port':1A 'strike':3B 'ana':5D");
    expect(tsvectorText(document)).toBe("'port':1A,7C 'strike':3B 'ana':5D 'body':8C");
  });
});
