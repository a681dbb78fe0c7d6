/**
 * Runs once when a Next.js server starts (not during `next build`). The Node.js work lives in
 * lib/db/startup.ts, imported only for the nodejs runtime so the edge bundle never sees it.
 */
export async function register() {
  // Next's own variable, written out so the edge bundle drops this branch (not configuration: not lib/env.ts).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { openDatabaseAtStartup } = await import('./lib/db/startup');
    await openDatabaseAtStartup();
    // Mail queued before a crash or restart goes out now, then retries run on a timer.
    const { startMailOutbox } = await import('./lib/mail/outbox-runtime');
    startMailOutbox();
    // Cache expiries and CDN purges that publishes before a crash or restart still owe.
    const { startPublishFollowups } = await import('./lib/content/followup-runtime');
    startPublishFollowups();
  }
}
