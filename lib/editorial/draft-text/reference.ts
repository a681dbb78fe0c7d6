/**
 * The syntax reference editors see in the help panel of the edit page (and docs/decisions/0011-draft-text-format.md).
 * Every example is parsed by the unit tests, so the help can never describe a syntax that fails.
 */
export interface SyntaxExample {
  name: string;
  /** What to type (may span lines). */
  example: string;
  note: string;
}

export const SYNTAX_REFERENCE: readonly SyntaxExample[] = [
  {
    name: 'Paragraph',
    example: 'Leave a blank line between paragraphs.\nLines next to each other join into one paragraph.',
    note: 'A blank line starts a new block of any kind.',
  },
  {
    name: 'Bold, italic, links',
    example: 'Talks resumed on **Monday** under the *Calvera 2030* plan, [the union said](https://example.org/statement).',
    note: 'Links start with https:// or are a path on this site such as /news/some-story. Type \\* or \\[ for a plain asterisk or bracket.',
  },
  {
    name: 'Subheadings',
    example: '## What happens next\n\n### A smaller subheading',
    note: 'One line each. The headline above the form is the only top-level heading.',
  },
  {
    name: 'Quote',
    example: '> We were never asked what we thought of the plan.\n> — Ana Ruiz, crane operator',
    note: 'Every line starts with "> ". An optional last line starting with "— " (or "-- ") names who said it.',
  },
  {
    name: 'Pull quote',
    example: '>> The port is the city.\n>> — Union banner',
    note: 'Like a quote, with ">> ": a line lifted from the story and shown large.',
  },
  {
    name: 'Lists',
    example: '- Bulleted item with **bold** text\n- Another item\n\n1. First step\n2. Second step',
    note: 'One item per line. Leave a blank line between a bulleted and a numbered list.',
  },
  {
    name: 'Picture',
    example: '::image[Cranes standing idle at dawn](/images/demo/harbour-cranes.jpg){caption="The North Basin on Tuesday" credit="Illustration: Meridian"}',
    note: 'The words in [ ] describe the picture for people who cannot see it (required). Pictures stored on this site get their size by themselves; others need {width=1600 height=900}.',
  },
  {
    name: 'Read more card',
    example: '::read-more[/news/port-of-calvera-strike]',
    note: 'The address of another story on this site (or its short name). The card shows once that story is published.',
  },
  {
    name: 'Newsletter promo',
    example: '::newsletter[morning-briefing]',
    note: 'The short name of one of the active newsletters.',
  },
  {
    name: 'Embed',
    example: '::embed[https://www.youtube.com/watch?v=dQw4w9WgXcQ]{title="The council debate in full"}',
    note: 'YouTube, Vimeo, Bluesky, SoundCloud or a Mastodon post, shown as a link card with your title (and an optional description="…").',
  },
];
