import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PendingSubmitButton } from '@/components/editor/PendingSubmitButton.client';

describe('PendingSubmitButton', () => {
  it('says the form is on its way and cannot be pressed twice, then comes back', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const received: (string | null)[] = [];
    const action = jest.fn(async (form: FormData) => {
      received.push(form.get('action') as string | null);
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    render(
      <form action={action}>
        <PendingSubmitButton name="action" value="publish" pendingLabel="Publishing…" className="">
          Publish now
        </PendingSubmitButton>
      </form>,
    );

    await user.click(screen.getByRole('button', { name: 'Publish now' }));
    const pending = await screen.findByRole('button', { name: 'Publishing…' });
    expect(pending).toBeDisabled();
    await user.click(pending);
    expect(action).toHaveBeenCalledTimes(1);
    expect(received).toEqual(['publish']);

    finish();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish now' })).toBeEnabled());
  });
});
