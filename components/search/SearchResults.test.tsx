import { render, screen, within } from '@testing-library/react';
import { SearchResults } from '@/components/search/SearchResults';
import { SearchView } from '@/components/search/SearchView';
import type { SearchPageModel } from '@/lib/search/search-page-model';
import { fixtureSummary } from '@/tests/helpers/fixtures/articles';

const tokens = new Set(['tonnage']);
const hit = (overrides: Parameters<typeof fixtureSummary>[0] = {}, bodyText = 'The eastern terminal handled record tonnage in October, the port said.') => ({
  article: fixtureSummary(overrides),
  bodyText,
});

function results(overrides: Partial<Extract<SearchPageModel, { kind: 'results' }>> = {}): SearchPageModel {
  return { kind: 'results', query: 'tonnage', tokens, hits: [hit()], total: 1, page: 1, pageCount: 1, ...overrides };
}

describe('SearchResults', () => {
  it('lists each story with its section, linked headline, standfirst, excerpt and date, matched words marked', () => {
    render(<SearchResults hits={[hit()]} tokens={tokens} start={1} />);
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('News')).toBeInTheDocument();
    const link = within(item).getByRole('link', { name: 'Port handles record tonnage as new berth opens' });
    expect(link).toHaveAttribute('href', '/news/port-tonnage-record');
    expect(within(item).getByText(/eastern terminal moved more cargo/)).toBeInTheDocument();
    const marks = item.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['tonnage', 'tonnage']);
    expect(within(item).getByText(/26 November 2026/)).toHaveAttribute('dateTime', '2026-11-26T14:05:00.000Z');
  });

  it('renders markup in stored text and queries as text, never as HTML', () => {
    const hostile = hit({ headline: 'Tonnage <img src=x onerror=alert(1)> record' }, '<script>alert(1)</script> tonnage');
    const { container } = render(<SearchResults hits={[hostile]} tokens={tokens} start={1} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container).toHaveTextContent('<script>alert(1)</script> tonnage');
  });

  it('gives Arabic results their language and direction', () => {
    render(<SearchResults hits={[hit({ language: 'ar', headline: 'محطة تحلية المياه' })]} tokens={new Set(['المياه'])} start={11} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveAttribute('lang', 'ar');
    expect(item).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('list')).toHaveAttribute('start', '11');
    expect(item.querySelector('mark')?.textContent).toBe('المياه');
  });
});

describe('SearchView', () => {
  it('says how many stories were found and pages with the query kept', () => {
    render(<SearchView model={results({ total: 25, pageCount: 3, page: 2 })} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results for “tonnage”, page 2');
    expect(screen.getByRole('status')).toHaveTextContent('25 stories found. Showing 11–11.');
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/search?q=tonnage&page=3');
    expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/search?q=tonnage');
  });

  it('keeps the query in a labelled search field', () => {
    render(<SearchView model={results()} />);
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search the archive' })).toHaveValue('tonnage');
  });

  it.each<[SearchPageModel, RegExp]>([
    [{ kind: 'empty' }, /Type a word/],
    [{ kind: 'too-long', query: 'x'.repeat(200), length: 10_240 }, /10,240 characters long; the limit is 200/],
    [{ kind: 'too-many-terms', query: 'a b c', count: 40 }, /40 words; the limit is 32/],
    [results({ hits: [], total: 0 }), /No stories match every word/],
    [results({ hits: [], total: 3, page: 9 }), /only 1 page of results/],
  ])('answers %j with a clear message', (model, message) => {
    render(<SearchView model={model} />);
    expect(screen.getByRole('status')).toHaveTextContent(message);
    expect(screen.queryByRole('list')).toBeNull();
  });
});
