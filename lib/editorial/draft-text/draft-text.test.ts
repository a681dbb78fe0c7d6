/**
 * @jest-environment node
 *
 * The draft body's text format (issue 14, docs/decisions/0011-draft-text-format.md): every block
 * type parses to the content model's blocks, serialises back, every demo article survives the
 * round trip, and mistakes are reported with their line in an editor's words.
 */
import { blockSchema, bodySchema, type Block } from '@/lib/content/schema';
import { demoArticles } from '@/lib/db/seed/demo/articles';
import { demoNewsletters } from '@/lib/db/seed/demo/taxonomy';
import {
  draftTextReferences,
  draftTextToBody,
  normaliseBody,
  parseDraftText,
  serialiseBody,
  SYNTAX_REFERENCE,
  type DraftLookups,
  type ResolvedText,
} from '@/lib/editorial/draft-text';
import { DIRECTIVES } from '@/lib/editorial/draft-text/directives';

const ACTIVE = demoNewsletters.filter((n) => n.active).map((n) => n.slug);
const PATHS = new Map(demoArticles.map((a) => [a.id, `/${a.section}/${a.slug}`]));
const BY_PATH = new Map([...PATHS].map(([id, path]) => [path, id]));

const lookups: DraftLookups = {
  imageSize: (src) => (src.startsWith('/images/') ? { width: 1600, height: 900 } : undefined),
  articleIdFor: (ref) => BY_PATH.get(ref) ?? (PATHS.has(ref) ? ref : undefined),
  activeNewsletters: ACTIVE,
};

function body(text: string): Block[] {
  const result = draftTextToBody(text, lookups);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.body;
}

function errors(text: string): string[] {
  const result: ResolvedText = draftTextToBody(text, lookups);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((error) => `line ${error.line}: ${error.message}`);
}

describe('parsing every block type', () => {
  it('reads paragraphs with bold, italic, both and links; lines of one paragraph join with a space', () => {
    expect(body('Plain **bold** *italic* ***both*** and [a **strong** link](https://example.org/a?b=c).\nSame paragraph.\n\nNext one.')).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Plain ' },
          { text: 'bold', bold: true },
          { text: ' ' },
          { text: 'italic', italic: true },
          { text: ' ' },
          { text: 'both', bold: true, italic: true },
          { text: ' and ' },
          { text: 'a ', href: 'https://example.org/a?b=c' },
          { text: 'strong', bold: true, href: 'https://example.org/a?b=c' },
          { text: ' link', href: 'https://example.org/a?b=c' },
          { text: '. Same paragraph.' },
        ],
      },
      { type: 'paragraph', content: [{ text: 'Next one.' }] },
    ]);
  });

  it('reads backslash escapes as plain characters', () => {
    expect(body('2 \\* 3 \\[sic\\] C:\\\\temp \\## not a heading')).toEqual([
      { type: 'paragraph', content: [{ text: '2 * 3 [sic] C:\\temp ## not a heading' }] },
    ]);
    expect(body('\\## Not a heading\n\n1\\. not a list\n\n\\> not a quote')).toEqual([
      { type: 'paragraph', content: [{ text: '## Not a heading' }] },
      { type: 'paragraph', content: [{ text: '1. not a list' }] },
      { type: 'paragraph', content: [{ text: '> not a quote' }] },
    ]);
  });

  it('reads subheadings, quotes with and without attribution, pull quotes and lists', () => {
    const text = [
      '## What happens next',
      '### Smaller',
      '> We were never asked.\n> Not once.\n> — Ana Ruiz, crane operator',
      '> Unattributed words.',
      '>> The port is the city.\n>> -- Union banner',
      '- one **bold**\n- two\ncontinued',
      '1. first\n2) second',
    ].join('\n\n');
    expect(body(text)).toEqual([
      { type: 'heading', level: 2, text: 'What happens next' },
      { type: 'heading', level: 3, text: 'Smaller' },
      { type: 'quote', variant: 'block', text: 'We were never asked. Not once.', attribution: 'Ana Ruiz, crane operator' },
      { type: 'quote', variant: 'block', text: 'Unattributed words.' },
      { type: 'quote', variant: 'pull', text: 'The port is the city.', attribution: 'Union banner' },
      { type: 'list', style: 'bulleted', items: [[{ text: 'one ' }, { text: 'bold', bold: true }], [{ text: 'two continued' }]] },
      { type: 'list', style: 'numbered', items: [[{ text: 'first' }], [{ text: 'second' }]] },
    ]);
  });

  it('reads pictures, Read more cards, newsletter promos and embeds', () => {
    const [target] = [...PATHS];
    const text = [
      '::image[Cranes at dawn](/images/demo/harbour-cranes.jpg){caption="The \\"North\\" Basin" credit="Meridian"}',
      '::image[A remote picture](https://cdn.example.org/a.jpg){width=800 height=600}',
      `::read-more[${target![1]}]`,
      `::newsletter[${ACTIVE[0]}]`,
      '::embed[https://www.youtube.com/watch?v=abc]{title="The debate" description="Two hours"}',
      '::embed[https://social.example/@desk/112233]{title="A federated post"}',
    ].join('\n\n');
    expect(body(text)).toEqual([
      { type: 'image', image: { src: '/images/demo/harbour-cranes.jpg', alt: 'Cranes at dawn', caption: 'The "North" Basin', credit: 'Meridian', width: 1600, height: 900 } },
      { type: 'image', image: { src: 'https://cdn.example.org/a.jpg', alt: 'A remote picture', width: 800, height: 600 } },
      { type: 'readMore', articleId: target![0] },
      { type: 'newsletterPromo', newsletter: ACTIVE[0] },
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', title: 'The debate', description: 'Two hours' },
      { type: 'embed', provider: 'mastodon', url: 'https://social.example/@desk/112233', title: 'A federated post' },
    ]);
  });

  it('accepts a Read more card by article id too, and lists what the lookups must answer', () => {
    const parsed = parseDraftText('::read-more[demo-001]\n\n::image[x](/images/a.jpg)\n\n::image[y](https://e.org/b.jpg){width=1 height=1}');
    expect(draftTextReferences(parsed)).toEqual({ imageSources: ['/images/a.jpg'], readMoreRefs: ['demo-001'] });
  });

  it('ignores Windows line endings, a byte-order mark and extra blank lines', () => {
    expect(body('\uFEFFOne\r\n\r\n\r\n\r\n## Two\r\n')).toEqual([
      { type: 'paragraph', content: [{ text: 'One' }] },
      { type: 'heading', level: 2, text: 'Two' },
    ]);
    expect(body('')).toEqual([]);
    expect(body('  \n \n')).toEqual([]);
  });
});

describe('round trips', () => {
  it.each(demoArticles.map((article) => [article.id, article]))('%s: text -> blocks -> text -> blocks is lossless', (_id, article) => {
    const text = serialiseBody(article.body, { readMoreRef: (id) => PATHS.get(id) ?? id });
    const parsed = body(text);
    expect(parsed).toEqual(normaliseBody(article.body));
    expect(serialiseBody(parsed, { readMoreRef: (id) => PATHS.get(id) ?? id })).toBe(text);
  });

  it('leaves out a picture size the parser finds by itself, and still round-trips', () => {
    const sizeIsImplied = (image: { src: string; width: number; height: number }) => {
      const size = lookups.imageSize(image.src);
      return size !== undefined && size.width === image.width && size.height === image.height;
    };
    const image: Block = { type: 'image', image: { src: '/images/demo/harbour-cranes.jpg', alt: 'Cranes', width: 1600, height: 900 } };
    const odd: Block = { type: 'image', image: { src: '/images/demo/harbour-cranes.jpg', alt: 'Cropped', width: 800, height: 900 } };
    const text = serialiseBody([image, odd], { sizeIsImplied });
    expect(text).toBe('::image[Cranes](/images/demo/harbour-cranes.jpg)\n\n::image[Cropped](/images/demo/harbour-cranes.jpg){width=800 height=900}');
    expect(body(text)).toEqual([image, odd]);
  });

  it('keeps text that looks like markup plain, through every block type', () => {
    const tricky: Block[] = [
      { type: 'paragraph', content: [{ text: '## not a heading *or* [link](x) \\ end' }] },
      { type: 'paragraph', content: [{ text: '12. not a list' }] },
      { type: 'paragraph', content: [{ text: '- not a list either' }] },
      { type: 'paragraph', content: [{ text: ':: not a directive' }] },
      { type: 'paragraph', content: [{ text: '>> not a quote' }] },
      { type: 'paragraph', content: [{ text: 'a', bold: true }, { text: 'b', bold: true, italic: true }, { text: 'c', italic: true }, { text: 'd' }] },
      { type: 'paragraph', content: [{ text: 'x', href: '/a' }, { text: 'y', href: '/b' }, { text: 'z', bold: true, href: '/b' }] },
      { type: 'paragraph', content: [{ text: 'link (with) parens', href: 'https://e.org/a_(b)' }] },
      { type: 'heading', level: 3, text: '**literal** stars' },
      { type: 'quote', variant: 'block', text: '— starts with a dash', attribution: 'A [person]' },
      { type: 'quote', variant: 'pull', text: '\\o/ *cheers*' },
      { type: 'list', style: 'numbered', items: [[{ text: '- dash item' }], [{ text: '1. numbered-looking' }]] },
      { type: 'image', image: { src: '/images/a_(1).jpg', alt: 'A [bracketed] alt', caption: 'Line one\nline two with "quotes" and } brace', credit: '', width: 10, height: 20 } },
      { type: 'embed', provider: 'mastodon', url: 'https://www.youtube.com/watch?v=mastodon-hosted', title: 'Odd but valid' },
    ];
    expect(bodySchema.parse(tricky)).toEqual(tricky);
    expect(body(serialiseBody(tricky))).toEqual(tricky);
  });

  it('parses every example of the help panel', () => {
    const lenient: DraftLookups = { ...lookups, articleIdFor: () => 'demo-001', activeNewsletters: ['morning-briefing'] };
    for (const example of SYNTAX_REFERENCE) {
      const result = draftTextToBody(example.example, lenient);
      expect({ name: example.name, ok: result.ok, errors: result.ok ? [] : result.errors }).toEqual({ name: example.name, ok: true, errors: [] });
    }
  });

  it('shows every directive in the help panel', () => {
    const shown = new Set(SYNTAX_REFERENCE.flatMap((example) => [...example.example.matchAll(/^::([a-z-]+)/gm)].map((match) => match[1])));
    expect([...shown].sort()).toEqual(Object.keys(DIRECTIVES).sort());
  });

  it('has a demo article using every block type, so each one goes through the round trip', () => {
    const used = new Set(demoArticles.flatMap((article) => article.body.map((block) => block.type)));
    const unused = blockSchema.options.map((option) => option.shape.type.value).filter((type) => !used.has(type));
    expect(unused).toEqual([]);
  });
});

describe('mistakes, reported with their line in plain words', () => {
  it('names the line of each problem, all at once', () => {
    const text = ['Fine.', '', '> ', '', '## ', '', 'Some **bold', '', '# Big', '', '- a', '1. b'].join('\n');
    expect(errors(text)).toEqual([
      "line 3: a quote needs text after '> '",
      "line 5: a subheading needs text after '## '",
      "line 7: '**' starts bold text that is never closed with another '**' (write \\* for a plain asterisk)",
      "line 9: the headline is the only top-level heading: start a subheading with '## ' (or '### ' for a smaller one)",
      "line 12: a list is either bulleted ('- ') or numbered ('1. '): leave a blank line between two lists",
    ]);
  });

  it('points at the line inside a multi-line paragraph where the problem starts', () => {
    expect(errors('First line\nsecond *line\nthird line')).toEqual([
      "line 2: '*' starts italic text that is never closed with another '*' (write \\* for a plain asterisk)",
    ]);
    expect(errors('a\n\nb [half a link\nmore')).toEqual([
      "line 3: '[' starts a link that is never finished: write [link text](address), or \\[ for a plain bracket",
    ]);
  });

  it('refuses unsafe link and picture addresses through the content schema', () => {
    expect(errors('[click](javascript:alert(1\\))')).toEqual([
      "line 1: the link address 'javascript:alert(1)' cannot be used: links start with https:// or http://, or are a path on this site such as /news/…",
    ]);
    expect(errors('::image[x](javascript:alert(1\\)){width=1 height=1}')[0]).toMatch(/^line 1: the picture address 'javascript:alert\(1\)' cannot be used/);
    expect(errors('::image[x](//evil.example/a.jpg){width=1 height=1}')[0]).toMatch(/picture address/);
  });

  it('explains directives that are wrong or incomplete', () => {
    expect(errors('::video[x]')).toEqual(['line 1: there is no ::video; use one of ::image, ::read-more, ::newsletter, ::embed']);
    expect(errors('::image[](/images/a.jpg)')[0]).toMatch(/^line 1: a picture needs a description/);
    expect(errors('::image[Alt](https://e.org/a.jpg)')[0]).toMatch(/^line 1: give the picture’s size in pixels/);
    expect(errors('::image[Alt](/images/a.jpg){width=10}')).toEqual(['line 1: give both the picture width and height, or neither']);
    expect(errors('::image[Alt](/images/a.jpg){colour="red"}')).toEqual(["line 1: ::image has no setting 'colour' (it takes width, height, caption, credit)"]);
    expect(errors('::image[Alt](/images/a.jpg){caption="open')).toEqual(["line 1: '{' after ::image is never closed with '}'"]);
    expect(errors('::read-more[/news/no-such-story]')[0]).toMatch(/^line 1: no story found at '\/news\/no-such-story'/);
    expect(errors('::newsletter[election-night]')).toEqual([`line 1: 'election-night' is not an active newsletter: choose one of ${ACTIVE.join(', ')}`]);
    expect(errors('::embed[https://evil.example/video]{title="x"}')[0]).toMatch(/^line 1: embeds come from youtube, vimeo, bluesky, mastodon, soundcloud/);
    expect(errors('::embed[http://www.youtube.com/watch?v=a]{title="x"}')).toEqual(['line 1: an embed address must start with https://']);
    expect(errors('::embed[https://vimeo.com/1]')[0]).toMatch(/^line 1: an embed needs a title/);
    expect(errors('::embed[https://evil.example/a]{title="x" provider=youtube}')).toEqual(["line 1: this address does not belong to youtube: check the embed's provider"]);
    expect(errors('::newsletter[morning-briefing] trailing')).toEqual(["line 1: unexpected text after ::newsletter: 'trailing'"]);
    expect(errors('::newsletter[morning-briefing]\nmore text')).toEqual(["line 2: a '::' line stands alone: leave a blank line after it"]);
  });

  it('reports limits of the content model in words, not schema jargon', () => {
    expect(errors(`## ${'x'.repeat(2_001)}`)).toEqual(['line 1: the text is too long: at most 2,000 characters']);
    expect(errors(`::image[${'a'.repeat(401)}](/images/a.jpg)`)).toEqual(['line 1: the picture description is too long: at most 400 characters']);
    const many = Array.from({ length: 101 }, (_, i) => `- item ${i}`).join('\n');
    expect(errors(many)).toEqual(['line 1: a list can have at most 100 items']);
    const blocks = Array.from({ length: 501 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    expect(errors(blocks)).toEqual(['line 1001: an article can have at most 500 blocks; this one has 501']);
  });

  it('survives hostile text without throwing', () => {
    const hostile = [
      '*'.repeat(10_000),
      '['.repeat(5_000),
      '::image['.repeat(1_000),
      '> '.repeat(3_000),
      '\\'.repeat(9_999),
      '\u0000\u202e<script>alert(1)</script>',
      '::embed[\u0000]{title="\\',
    ];
    for (const text of hostile) {
      const result = draftTextToBody(text, lookups);
      if (result.ok) expect(bodySchema.parse(result.body)).toEqual(result.body);
      else expect(result.errors.length).toBeGreaterThan(0);
    }
    // Markup-looking text is only ever text: the renderer escapes it.
    expect(body('<script>alert(1)</script>')).toEqual([{ type: 'paragraph', content: [{ text: '<script>alert(1)</script>' }] }]);
  });
});
