import { render, screen } from '@testing-library/react';
import { HeroFigure } from '@/components/article/HeroFigure';
import { fixtureImage } from '@/tests/helpers/fixtures/articles';

describe('HeroFigure', () => {
  it('shows the image with its alt text, dimensions, and a caption with the credit', () => {
    render(<HeroFigure image={fixtureImage} />);
    const image = screen.getByRole('img', { name: fixtureImage.alt });
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '900');
    expect(image).toHaveAttribute('sizes');
    const caption = image.closest('figure')!.querySelector('figcaption');
    expect(caption).toHaveTextContent(fixtureImage.caption!);
    expect(caption).toHaveTextContent('Illustration: Meridian');
  });

  it('is not lazy-loaded (it is the largest element on an article page)', () => {
    render(<HeroFigure image={fixtureImage} />);
    expect(screen.getByRole('img')).not.toHaveAttribute('loading', 'lazy');
  });

  it('omits the caption when there is neither caption nor credit', () => {
    render(<HeroFigure image={{ ...fixtureImage, caption: undefined, credit: undefined }} />);
    expect(screen.getByRole('img').closest('figure')!.querySelector('figcaption')).toBeNull();
  });
});
