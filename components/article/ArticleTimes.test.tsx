import { render, screen } from '@testing-library/react';
import { ArticleTimes } from '@/components/article/ArticleTimes';

describe('ArticleTimes', () => {
  it('shows the publication time in a machine-readable time element', () => {
    const { container } = render(<ArticleTimes publishedAt="2026-11-26T14:05:00.000Z" updatedAt="2026-11-26T14:05:00.000Z" />);
    const times = container.querySelectorAll('time');
    expect(times).toHaveLength(1);
    expect(times[0]).toHaveAttribute('dateTime', '2026-11-26T14:05:00.000Z');
    expect(times[0]).toHaveTextContent('26 November 2026, 14:05 UTC');
    expect(screen.queryByText(/Updated/)).toBeNull();
  });

  it('adds an "Updated" time when the article changed after publishing', () => {
    const { container } = render(<ArticleTimes publishedAt="2026-11-26T14:05:00.000Z" updatedAt="2026-11-27T09:30:00.000Z" />);
    expect(container.querySelectorAll('time')).toHaveLength(2);
    expect(screen.getByText(/Updated/)).toHaveTextContent('Updated 27 November 2026, 09:30 UTC');
  });

  it('labels times in Arabic on Arabic articles', () => {
    render(<ArticleTimes publishedAt="2026-11-26T14:05:00.000Z" updatedAt="2026-11-27T09:30:00.000Z" language="ar" />);
    expect(screen.getByText(/نُشر/)).toBeInTheDocument();
    expect(screen.getByText(/حُدّث/)).toBeInTheDocument();
  });
});
