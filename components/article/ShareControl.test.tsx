import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareControl } from '@/components/article/ShareControl.client';

describe('ShareControl', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share');
  });

  it('copies the absolute link and announces it when the Web Share API is missing', async () => {
    const user = userEvent.setup();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<ShareControl url="/news/port-tonnage-record" title="Port record" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost/news/port-tonnage-record');
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it('uses the system share sheet when there is one', async () => {
    const user = userEvent.setup();
    const share = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<ShareControl url="/news/port-tonnage-record" title="Port record" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: 'Port record', url: 'http://localhost/news/port-tonnage-record' });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
