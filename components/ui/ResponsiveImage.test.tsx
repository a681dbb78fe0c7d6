import { render, screen } from '@testing-library/react';
import { ResponsiveImage } from '@/components/ui/ResponsiveImage';

const base = { alt: 'Cranes at the harbour', width: 1600, height: 900, sizes: '100vw' };

describe('ResponsiveImage', () => {
  it('serves site images through the optimiser with a responsive srcset and reserved dimensions', () => {
    render(<ResponsiveImage {...base} src="/images/demo/harbour-cranes.jpg" />);
    const image = screen.getByRole('img', { name: base.alt });
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '900');
    expect(image).toHaveAttribute('sizes', '100vw');
    expect(image.getAttribute('srcset')).toMatch(/\/_next\/image\?url=%2Fimages%2Fdemo%2Fharbour-cranes\.jpg&w=640&q=75 640w/);
  });

  it('loads ordinary images lazily and the priority image eagerly with high fetch priority', () => {
    const { rerender } = render(<ResponsiveImage {...base} src="/images/demo/harbour-cranes.jpg" />);
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'lazy');
    expect(screen.getByRole('img')).not.toHaveAttribute('fetchpriority');
    rerender(<ResponsiveImage {...base} src="/images/demo/harbour-cranes.jpg" priority />);
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'eager');
    expect(screen.getByRole('img')).toHaveAttribute('fetchpriority', 'high');
  });

  it('shows external images as they are (the optimiser only serves our own files)', () => {
    render(<ResponsiveImage {...base} src="https://images.example.org/cranes.jpg" />);
    expect(screen.getByRole('img')).toHaveAttribute('src', 'https://images.example.org/cranes.jpg');
    expect(screen.getByRole('img')).not.toHaveAttribute('srcset');
  });
});
