/**
 * Waits for `work`, but no longer than `ms`: past that it returns and `work` goes on in the
 * background. Never rejects: what waits here (an editor's answer) must not fail because a helper
 * service was slow or away; `work` reports its own errors.
 */
export async function waitAtMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([work.then(ignore, ignore), bound]);
  } finally {
    clearTimeout(timer);
  }
}

function ignore(): void {}
