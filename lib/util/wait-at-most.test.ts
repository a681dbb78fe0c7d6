import { waitAtMost } from './wait-at-most';

// Fake timers: the bound fires only when a test moves the clock, so each case shows which side returned.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('waitAtMost', () => {
  it('returns as soon as the work finishes, without waiting for the bound', async () => {
    await expect(waitAtMost(Promise.resolve('done'), 60_000)).resolves.toBeUndefined();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('returns once the bound has passed while the work goes on', async () => {
    let finish = () => {};
    let finished = false;
    const work = new Promise<void>((resolve) => {
      finish = () => {
        finished = true;
        resolve();
      };
    });
    const waited = waitAtMost(work, 20);
    await jest.advanceTimersByTimeAsync(20);
    await expect(waited).resolves.toBeUndefined();
    expect(finished).toBe(false);
    finish();
    await work;
    expect(finished).toBe(true);
  });

  it('does not reject when the work fails', async () => {
    await expect(waitAtMost(Promise.reject(new Error('away')), 1_000)).resolves.toBeUndefined();
  });
});
