import { waitAtMost } from './wait-at-most';

describe('waitAtMost', () => {
  it('returns as soon as the work finishes', async () => {
    const started = Date.now();
    await waitAtMost(new Promise((resolve) => setTimeout(resolve, 10)), 5_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('returns after the bound when the work takes longer, leaving it running', async () => {
    let finished = false;
    const work = new Promise<void>((resolve) => setTimeout(() => { finished = true; resolve(); }, 300));
    await waitAtMost(work, 20);
    expect(finished).toBe(false);
    await work;
    expect(finished).toBe(true);
  });

  it('does not reject when the work fails', async () => {
    await expect(waitAtMost(Promise.reject(new Error('away')), 1_000)).resolves.toBeUndefined();
  });
});
