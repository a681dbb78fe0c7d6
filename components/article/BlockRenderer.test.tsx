import { render, screen, within } from '@testing-library/react';
import type { RenderBlock } from '@/lib/content/render-blocks';
import { BlockRenderer } from '@/components/article/BlockRenderer';
import { allBlocks, coveredTypes } from '@/tests/helpers/fixtures/blocks';

describe('BlockRenderer', () => {
  it('has a fixture block for every block type', () => {
    const types = new Set(allBlocks.map((block) => block.type));
    expect([...types].sort()).toEqual(Object.keys(coveredTypes).sort());
  });

  it('renders paragraphs with bold, italic and links', () => {
    const { container } = render(<BlockRenderer blocks={allBlocks} />);
    const paragraph = screen.getByText(/The council voted/).closest('p');
    expect(paragraph).not.toBeNull();
    expect(within(paragraph!).getByText('unanimously').tagName).toBe('STRONG');
    expect(within(paragraph!).getByText('Tuesday').tagName).toBe('EM');
    expect(within(paragraph!).getByRole('link', { name: 'full minutes' })).toHaveAttribute('href', 'https://example.org/minutes');
    expect(within(paragraph!).getByRole('link', { name: 'earlier report' })).toHaveAttribute('href', '/news/earlier-report');
    expect(container.querySelector('iframe, script')).toBeNull();
  });

  it('renders headings at levels 2 and 3 (never a second h1)', () => {
    render(<BlockRenderer blocks={allBlocks} />);
    expect(screen.getByRole('heading', { level: 2, name: 'What happens next' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'The timetable' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('renders an image block as a figure with caption and credit', () => {
    render(<BlockRenderer blocks={allBlocks} />);
    const image = screen.getByRole('img', { name: /container cranes/ });
    const figure = image.closest('figure');
    expect(figure).not.toBeNull();
    expect(within(figure!).getByText('The harbour at first light.')).toBeInTheDocument();
    expect(within(figure!).getByText('Photo: Meridian')).toBeInTheDocument();
  });

  it('renders block and pull quotes as blockquotes with attribution', () => {
    const { container } = render(<BlockRenderer blocks={allBlocks} />);
    const quotes = container.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toHaveTextContent('We have never moved this much cargo in a month.');
    expect(quotes[0]!.closest('figure')).toHaveTextContent('Port authority statement');
    expect(quotes[1]!.closest('figure')).toHaveAttribute('data-variant', 'pull');
  });

  it('renders bulleted and numbered lists', () => {
    render(<BlockRenderer blocks={allBlocks} />);
    const lists = screen.getAllByRole('list');
    const bulleted = lists.find((list) => list.tagName === 'UL');
    const numbered = lists.find((list) => list.tagName === 'OL');
    expect(within(bulleted!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['First bullet', 'Second bullet']);
    expect(within(numbered!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Step one', 'Step two']);
  });

  it('renders a read-more card linking to the other article under its section', () => {
    render(<BlockRenderer blocks={allBlocks} />);
    const card = screen.getByRole('complementary', { name: 'Read more' });
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/analysis/berth-construction-delays');
    expect(card).toHaveTextContent('Why the new berth took six years');
  });

  it('renders the newsletter promo with a form that works without JavaScript', () => {
    render(<BlockRenderer blocks={allBlocks} />);
    const promo = screen.getByRole('region', { name: 'The Morning Briefing' });
    const form = promo.querySelector('form');
    expect(form).toHaveAttribute('action', '/api/newsletter');
    expect(form).toHaveAttribute('method', 'post');
    expect(within(promo).getByLabelText('Email address')).toHaveAttribute('type', 'email');
    expect(within(promo).getByRole('checkbox')).toBeRequired();
    expect(promo.querySelector('input[type=hidden][name=newsletter]')).toHaveValue('morning-briefing');
  });

  it('does not promote an inactive newsletter', () => {
    const inactive: RenderBlock = {
      type: 'newsletterPromo',
      newsletter: { slug: 'election-night', name: 'Election Night', description: '', cadence: '', active: false },
    };
    const { container } = render(<BlockRenderer blocks={[inactive]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders an embed as a labelled link card, never an iframe', () => {
    const { container } = render(<BlockRenderer blocks={allBlocks} />);
    const card = screen.getByRole('complementary', { name: 'YouTube link' });
    expect(within(card).getByRole('link', { name: 'Time-lapse of the berth construction' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=abc123',
    );
    expect(card).toHaveTextContent('YouTube');
    expect(container.querySelector('iframe')).toBeNull();
  });

  it('renders unsafe link targets as plain text, not links', () => {
    const hostile = [
      { type: 'paragraph', content: [{ text: 'click me', href: 'javascript:alert(1)' }] },
      { type: 'paragraph', content: [{ text: 'data link', href: 'data:text/html,<b>x</b>' }] },
      { type: 'paragraph', content: [{ text: 'protocol relative', href: '//evil.example/' }] },
    ] as RenderBlock[];
    render(<BlockRenderer blocks={hostile} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText('click me')).toBeInTheDocument();
  });

  it('throws on a block type it does not know instead of silently dropping it', () => {
    const unknown = [{ type: 'poll', question: 'Yes?' }] as unknown as RenderBlock[];
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<BlockRenderer blocks={unknown} />)).toThrow(/Unhandled block type/);
  });
});
