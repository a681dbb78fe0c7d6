/**
 * @jest-environment node
 *
 * Issue 14: the pure parts of the edit form: reading a post, checking it in plain words, the slug
 * suggested from a headline, the line diff of revisions and the outcome notices.
 */
import { EMPTY_VALUES, readDraftForm, type DraftFormValues } from '@/lib/editorial/draft-form';
import { parseDraftNotice } from '@/lib/editorial/draft-notice';
import { draftTextToBody } from '@/lib/editorial/draft-text';
import { checkDraftForm, type DraftContext } from '@/lib/editorial/draft-validation';
import { foldUnchanged, lineDiff } from '@/lib/editorial/line-diff';
import { slugify } from '@/lib/editorial/slugify';

const lookups = { imageSize: () => ({ width: 1600, height: 900 }), articleIdFor: () => undefined, activeNewsletters: [] };

function context(values: DraftFormValues, overrides: Partial<DraftContext> = {}): DraftContext {
  return {
    sections: [{ slug: 'news', name: 'News' }],
    authors: [{ slug: 'amara-okafor', name: 'Amara Okafor' }],
    tags: [{ slug: 'climate', name: 'Climate' }],
    body: draftTextToBody(values.body, lookups),
    imageSize: lookups.imageSize,
    suggestedSlug: 'suggested-slug',
    current: null,
    ...overrides,
  };
}

const GOOD: DraftFormValues = {
  ...EMPTY_VALUES,
  headline: '  Port strike: day two  ',
  section: 'news',
  authors: ['amara-okafor', 'amara-okafor'],
  tags: 'climate, Energy Policy,  energy policy , ',
  heroSrc: '/images/demo/harbour-cranes.jpg',
  heroAlt: 'Cranes',
  body: 'Hello **world**.',
};

describe('reading a posted form', () => {
  it('reads text fields, every author, the article and its version; drops NUL characters', () => {
    const form = new FormData();
    form.set('headline', 'A\u0000B');
    form.append('authors', 'a');
    form.append('authors', 'b');
    form.set('body', 'one\r\ntwo');
    form.set('articleId', 'demo-001');
    form.set('version', '7');
    const read = readDraftForm(form);
    expect(read).toMatchObject({ articleId: 'demo-001', version: 7, overwrite: null, values: { headline: 'AB', authors: ['a', 'b'], body: 'one\ntwo', slug: '' } });
  });

  it('treats malformed control fields as absent rather than failing', () => {
    const form = new FormData();
    form.set('articleId', '../../x');
    form.set('version', '-3');
    form.set('overwrite', 'NaN');
    form.set('headline', new Blob(['not text']));
    expect(readDraftForm(form)).toMatchObject({ articleId: null, version: null, overwrite: null, values: { headline: '' } });
  });
});

describe('checking the form', () => {
  it('makes a snapshot: trimmed text, the suggested slug, known and new topics, picture size looked up', () => {
    const result = checkDraftForm(GOOD, context(GOOD));
    expect(result).toEqual({
      ok: true,
      snapshot: {
        slug: 'suggested-slug',
        section: 'news',
        language: 'en',
        headline: 'Port strike: day two',
        standfirst: '',
        hero: { src: '/images/demo/harbour-cranes.jpg', alt: 'Cranes', width: 1600, height: 900 },
        body: [{ type: 'paragraph', content: [{ text: 'Hello ' }, { text: 'world', bold: true }, { text: '.' }] }],
        authors: ['amara-okafor'],
        tags: [
          { slug: 'climate', name: 'Climate' },
          { slug: 'energy-policy', name: 'Energy Policy' },
        ],
        social: {},
      },
    });
  });

  it('says what is wrong with each field in plain words', () => {
    const bad: DraftFormValues = {
      ...EMPTY_VALUES,
      slug: 'Not A Slug!',
      section: 'sport',
      language: 'fr',
      heroSrc: 'ftp://x/y.jpg',
      heroWidth: '12',
      standfirst: 's'.repeat(601),
      body: '> ',
    };
    const result = checkDraftForm(bad, context(bad, { imageSize: () => undefined }));
    if (result.ok) throw new Error('expected errors');
    expect(result.fieldErrors).toEqual({
      headline: 'Write a headline.',
      standfirst: 'The standfirst can be at most 600 characters; this one has 601.',
      slug: 'An address may use only lower-case letters a–z, digits and hyphens, at most 120 characters (for example port-strike-day-two).',
      section: 'Choose a section.',
      language: 'Choose the language the article is written in.',
      authors: 'Choose at least one author.',
      heroSrc: 'A picture address must start with https:// or be a path on this site such as /images/….',
      heroAlt: 'Describe the main picture for people who cannot see it.',
      heroHeight: 'Give both the width and the height, or leave both empty.',
      body: 'The text has a problem: see below.',
    });
    expect(result.bodyErrors).toEqual([{ line: 1, message: "a quote needs text after '> '" }]);
  });

  it('asks for a size only when the picture is not on this site', () => {
    const remote = { ...GOOD, heroSrc: 'https://cdn.example.org/a.jpg' };
    const result = checkDraftForm(remote, context(remote, { imageSize: () => undefined }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { heroWidth: expect.stringMatching(/only for pictures stored on this site/) } });
    const sized = { ...remote, heroWidth: '800', heroHeight: '450' };
    expect(checkDraftForm(sized, context(sized, { imageSize: () => undefined }))).toMatchObject({ ok: true, snapshot: { hero: { width: 800, height: 450 } } });
  });

  it('keeps the social image the form does not edit', () => {
    const image = { src: '/images/demo/ballot-box.jpg', alt: 'Ballot', width: 1200, height: 630 };
    const made = checkDraftForm(GOOD, context(GOOD));
    if (!made.ok) throw new Error('expected a snapshot');
    const current = { ...made.snapshot, social: { image } };
    expect(checkDraftForm(GOOD, context(GOOD, { current }))).toMatchObject({ ok: true, snapshot: { social: { image } } });
  });
});

describe('slugs suggested from headlines', () => {
  it.each([
    ['Port strike: day two', 'port-strike-day-two'],
    ['Café owners’ “fury” at rent rises', 'cafe-owners-fury-at-rent-rises'],
    ['  --Already--slugged--  ', 'already-slugged'],
    ['مياه النهر', ''],
    ['word '.repeat(40), 'word-'.repeat(16).replace(/-$/, '')],
  ])('%s -> %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
    expect(slugify(headline).length).toBeLessThanOrEqual(80);
  });
});

describe('line diff', () => {
  it('marks added and removed lines and folds long unchanged runs', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const after = ['a', 'B', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].join('\n');
    expect(lineDiff(before, after)).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      ...['c', 'd', 'e', 'f', 'g', 'h'].map((text) => ({ kind: 'same', text })),
      { kind: 'added', text: 'i' },
    ]);
    expect(foldUnchanged(lineDiff(before, after), 1).map((hunk) => (hunk.kind === 'skipped' ? `…${hunk.count}` : hunk.lines.map((l) => l.text).join('')))).toEqual([
      'abBc',
      '…4',
      'hi',
    ]);
  });

  it('stays bounded on huge inputs', () => {
    const before = Array.from({ length: 5_000 }, (_, i) => `old ${i}`).join('\n');
    const after = Array.from({ length: 5_000 }, (_, i) => `new ${i}`).join('\n');
    const started = performance.now();
    const diff = lineDiff(before, after);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(diff.filter((line) => line.kind === 'removed')).toHaveLength(5_000);
    expect(diff.filter((line) => line.kind === 'added')).toHaveLength(5_000);
  });
});

describe('outcome notices', () => {
  it('reads only numbers and fixed reasons from the query', () => {
    expect(parseDraftNotice({ saved: '3' })).toEqual({ kind: 'saved', version: 3, created: false });
    expect(parseDraftNotice({ saved: '1', created: '1' })).toEqual({ kind: 'saved', version: 1, created: true });
    expect(parseDraftNotice({ saved: '5', restored: '2' })).toEqual({ kind: 'restored', version: 5, from: 2 });
    expect(parseDraftNotice({ refused: 'publish-conflict' })).toEqual({ kind: 'refused', reason: 'publish-conflict' });
    expect(parseDraftNotice({ refused: '<script>', saved: 'x' })).toBeNull();
    expect(parseDraftNotice({ saved: ['2', '3'] })).toEqual({ kind: 'saved', version: 2, created: false });
  });
});
