import { render, screen, within } from '@testing-library/react';
import { Pagination } from '@/components/lists/Pagination';

const nav = () => screen.getByRole('navigation', { name: 'Pagination' });

describe('Pagination', () => {
  it('links previous and next with rel and marks the current page', () => {
    render(<Pagination basePath="/news" page={3} pageCount={5} />);
    expect(within(nav()).getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/news?page=2');
    expect(within(nav()).getByRole('link', { name: /Previous/ })).toHaveAttribute('rel', 'prev');
    expect(within(nav()).getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/news?page=4');
    expect(within(nav()).getByRole('link', { name: /Next/ })).toHaveAttribute('rel', 'next');
    expect(within(nav()).getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav()).getByRole('link', { name: 'Page 2' })).not.toHaveAttribute('aria-current');
  });

  it('links page 1 to the bare path so it has one URL', () => {
    render(<Pagination basePath="/tag/climate" page={2} pageCount={2} />);
    expect(within(nav()).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/tag/climate');
    expect(within(nav()).getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/tag/climate');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    const { rerender } = render(<Pagination basePath="/news" page={1} pageCount={3} />);
    expect(within(nav()).queryByRole('link', { name: /Previous/ })).toBeNull();
    expect(within(nav()).getByRole('link', { name: /Next/ })).toBeInTheDocument();
    rerender(<Pagination basePath="/news" page={3} pageCount={3} />);
    expect(within(nav()).queryByRole('link', { name: /Next/ })).toBeNull();
    expect(within(nav()).getByRole('link', { name: /Previous/ })).toBeInTheDocument();
  });

  it('shortens long runs of pages with a gap but keeps first, last and neighbours', () => {
    render(<Pagination basePath="/news" page={10} pageCount={20} />);
    const pages = within(nav())
      .getAllByRole('link', { name: /^Page / })
      .map((link) => link.textContent);
    expect(pages).toEqual(['1', '9', '10', '11', '20']);
    expect(nav()).toHaveTextContent('…');
  });

  it('renders nothing for a single page', () => {
    const { container } = render(<Pagination basePath="/news" page={1} pageCount={1} />);
    expect(container).toBeEmptyDOMElement();
  });
});
