import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BodyInserts } from '@/components/editor/draft/BodyInserts.client';
import { TopicSuggestions } from '@/components/editor/draft/TopicSuggestions.client';

/**
 * Issue 14's pickers: existing topics suggested while typing in Topics (completing the entry at the
 * cursor, keyboard reachable, the count announced); "Insert a Read more card" searches articles and
 * writes `::read-more[/section/slug]` as its own paragraph at the cursor; "Insert newsletter promo"
 * writes `::newsletter[slug]`. Each insertion fires `input`, so the preview and autosave notice.
 */

const TOPICS = [
  { slug: 'climate', name: 'Climate' },
  { slug: 'climate-policy', name: 'Climate policy' },
  { slug: 'energy', name: 'Energy' },
  { slug: 'harbour', name: 'Harbour' },
];
const NEWSLETTERS = [
  { slug: 'morning-briefing', name: 'Morning Briefing' },
  { slug: 'weekend-reads', name: 'Weekend Reads' },
];

describe('TopicSuggestions', () => {
  function renderTopics(value = '') {
    render(
      <form>
        <label>
          Topics
          <input type="text" name="tags" defaultValue={value} />
        </label>
        <TopicSuggestions topics={TOPICS} />
      </form>,
    );
    return screen.getByLabelText('Topics') as HTMLInputElement;
  }

  it('suggests existing topics matching the entry being typed and completes it', async () => {
    const user = userEvent.setup();
    const input = renderTopics();
    const inputs: string[] = [];
    input.addEventListener('input', () => inputs.push(input.value));
    await user.type(input, 'Energy, cli');
    const list = screen.getByRole('list', { name: 'Existing topics' });
    expect([...list.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Climate', 'Climate policy']);
    expect(screen.getByText('2 existing topics match: arrow down to choose.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Climate policy' }));
    expect(input).toHaveValue('Energy, Climate policy, ');
    expect(input).toHaveFocus();
    expect(inputs.at(-1)).toBe('Energy, Climate policy, ');
    expect(screen.queryByRole('list', { name: 'Existing topics' })).toBeNull();
  });

  it('is keyboard operable: Arrow Down reaches the suggestions, Enter chooses, topics already named are left out', async () => {
    const user = userEvent.setup();
    const input = renderTopics('Climate, Har');
    await user.click(input);
    await user.keyboard('{End}b');
    expect(input).toHaveValue('Climate, Harb');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Harbour' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Climate, Harbour, ');
    await user.type(input, 'clim');
    expect(screen.getByRole('button', { name: 'Climate policy' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Climate' })).toBeNull();
  });

  it('lists topics starting with what was typed before those that merely contain it', async () => {
    const user = userEvent.setup();
    const input = renderTopics();
    await user.type(input, 'e');
    expect([...screen.getByRole('list', { name: 'Existing topics' }).querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Energy', 'Climate', 'Climate policy']);
  });

  it('replaces the entry at the cursor, not the last one', async () => {
    const user = userEvent.setup();
    const input = renderTopics('ene, Harbour');
    await user.click(input);
    input.setSelectionRange(3, 3);
    await user.keyboard('r');
    await user.click(screen.getByRole('button', { name: 'Energy' }));
    expect(input).toHaveValue('Energy, Harbour');
  });
});

describe('BodyInserts', () => {
  const fetchMock = jest.fn<Promise<{ ok: boolean; status: number; json: () => Promise<unknown> }>, [string, RequestInit?]>();
  beforeEach(() => {
    fetchMock.mockReset();
    Object.defineProperty(window, 'fetch', { value: fetchMock, configurable: true, writable: true });
  });

  function renderBody(value: string) {
    render(
      <form>
        <label>
          Text
          <textarea name="body" defaultValue={value} />
        </label>
        <BodyInserts newsletters={NEWSLETTERS} />
      </form>,
    );
    const textarea = screen.getByLabelText('Text') as HTMLTextAreaElement;
    const seen: string[] = [];
    textarea.addEventListener('input', () => seen.push(textarea.value));
    return { textarea, seen };
  }

  it('searches articles and inserts the chosen one as its own paragraph at the cursor, announcing the results', async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValue({
      ok: true,
      status: 200,
      json: async () => ({
        ok: true,
        results: [
          { headline: 'Harbour cranes return', path: '/news/harbour-cranes-return', status: 'published' },
          { headline: 'Harbour draft', path: '/business/harbour-draft', status: 'draft' },
        ],
      }),
    });
    const { textarea, seen } = renderBody('First paragraph.\n\nSecond paragraph.');
    await user.click(textarea);
    textarea.setSelectionRange('First paragraph.'.length, 'First paragraph.'.length);

    const open = screen.getByRole('button', { name: 'Insert a Read more card' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    await user.type(screen.getByLabelText('Find the article by headline, address or slug'), 'harbour{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 articles found.'));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/editor/articles/lookup?q=harbour', expect.objectContaining({ signal: expect.any(AbortSignal) }));

    await user.click(screen.getByRole('button', { name: /Harbour draft/ }));
    expect(textarea).toHaveValue('First paragraph.\n\n::read-more[/business/harbour-draft]\n\nSecond paragraph.');
    expect(seen.at(-1)).toBe(textarea.value);
    expect(textarea).toHaveFocus();
    expect(open).toHaveAttribute('aria-expanded', 'false');
  });

  it('says when nothing matches or the search fails', async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValueOnce({ ok: true, status: 200, json: async () => ({ ok: true, results: [] }) });
    renderBody('');
    await user.click(screen.getByRole('button', { name: 'Insert a Read more card' }));
    const search = screen.getByLabelText('Find the article by headline, address or slug');
    await user.type(search, 'zzz');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No article matches.'));
    fetchMock.mockResolvedValueOnce({ ok: false, status: 503, json: async () => ({ ok: false }) });
    await user.type(search, 'z');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The search did not answer; try again.'));
  });

  it('inserts the chosen newsletter promo at the end of an untouched text', async () => {
    const user = userEvent.setup();
    const { textarea, seen } = renderBody('Only paragraph.');
    await user.selectOptions(screen.getByLabelText('Insert newsletter promo'), 'weekend-reads');
    await user.click(screen.getByRole('button', { name: 'Insert' }));
    expect(textarea).toHaveValue('Only paragraph.\n\n::newsletter[weekend-reads]\n');
    expect(seen).toHaveLength(1);
  });
});
