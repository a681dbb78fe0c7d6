import { render, screen } from '@testing-library/react';
import { Byline } from '@/components/article/Byline';

describe('Byline', () => {
  it('links each author to their page and shows their role', () => {
    render(
      <Byline
        authors={[
          { slug: 'amara-okafor', name: 'Amara Okafor', role: 'Africa correspondent' },
          { slug: 'lukas-brandt', name: 'Lukas Brandt', role: 'Europe editor' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Amara Okafor' })).toHaveAttribute('href', '/author/amara-okafor');
    expect(screen.getByRole('link', { name: 'Lukas Brandt' })).toHaveAttribute('href', '/author/lukas-brandt');
    const line = screen.getByText(/^By/).closest('p');
    expect(line).toHaveTextContent('By Amara Okafor, Africa correspondent and Lukas Brandt, Europe editor');
  });

  it('joins three authors with commas and a final "and"', () => {
    render(
      <Byline
        authors={[
          { slug: 'a', name: 'Ada' },
          { slug: 'b', name: 'Ben' },
          { slug: 'c', name: 'Cy' },
        ]}
      />,
    );
    expect(screen.getByText(/^By/).closest('p')).toHaveTextContent('By Ada, Ben and Cy');
  });

  it('renders nothing without authors', () => {
    const { container } = render(<Byline authors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
