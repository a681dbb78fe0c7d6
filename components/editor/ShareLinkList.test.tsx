import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditorialList } from '@/components/editor/EditorialList';
import { ShareLinkList, type LiveShareLink } from '@/components/editor/ShareLinkList';
import { INITIAL_SHARE_STATE } from '@/components/editor/share-state';
import { fixtureSummary } from '@/tests/helpers/fixtures/articles';

const LINKS: LiveShareLink[] = [
  { id: 'AAAAAAAAAAAAAAAAAAAAAA', createdAt: '2026-11-30T09:15:00.000Z', expiresAt: '2026-12-02T09:15:00.000Z', createdByName: 'Ana Editor' },
  { id: 'BBBBBBBBBBBBBBBBBBBBBB', createdAt: '2026-11-30T10:00:00.000Z', expiresAt: '2026-12-02T10:00:00.000Z', createdByName: null },
];

describe('ShareLinkList', () => {
  it('lists each live link with who made it, until when it works, and a Revoke button posting its id', async () => {
    const user = userEvent.setup();
    const received: Record<string, FormDataEntryValue>[] = [];
    const revoke = jest.fn(async (form: FormData) => {
      received.push(Object.fromEntries(form));
    });
    render(<ShareLinkList articleId="demo-021" headline="Harbour draft" links={LINKS} revokeAction={revoke} returnTo="dashboard" />);

    expect(screen.getByText('2 live share links')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Live share links: Harbour draft' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/Created .*2026.* by Ana Editor, works until .*2 December 2026/);
    expect(items[1]).not.toHaveTextContent(' by ');

    const buttons = screen.getAllByRole('button', { name: /^Revoke the link created .*: Harbour draft$/ });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    expect(received).toEqual([{ articleId: 'demo-021', shareId: 'BBBBBBBBBBBBBBBBBBBBBB', returnTo: 'dashboard' }]);
  });

  it('says so when a draft has no live links, with no button', () => {
    render(<ShareLinkList articleId="demo-021" headline="Harbour draft" links={[]} revokeAction={jest.fn()} returnTo="article" />);
    expect(screen.getByText('No live share links.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('the dashboard list of drafts', () => {
  it('shows each draft’s own live links under it, with their revoke buttons', () => {
    const withLinks = fixtureSummary({ id: 'draft-with-links', slug: 'linked', status: 'draft', headline: 'Linked draft' });
    const withoutLinks = fixtureSummary({ id: 'draft-without', slug: 'lonely', status: 'draft', headline: 'Lonely draft' });
    render(
      <EditorialList
        title="Drafts"
        empty="No drafts."
        articles={[withLinks, withoutLinks]}
        shareAction={async () => INITIAL_SHARE_STATE}
        shares={{ 'draft-with-links': LINKS }}
        revokeAction={jest.fn()}
      />,
    );
    const linked = document.getElementById('article-draft-with-links');
    const lonely = document.getElementById('article-draft-without');
    expect(linked).not.toBeNull();
    expect(within(linked!).getAllByRole('button', { name: /^Revoke the link created .*: Linked draft$/ })).toHaveLength(2);
    expect(within(linked!).getByRole('button', { name: 'Share preview link: Linked draft' })).toBeInTheDocument();
    expect(within(lonely!).getByText('No live share links.')).toBeInTheDocument();
    expect(within(lonely!).queryByRole('button', { name: /^Revoke/ })).toBeNull();
  });
});
