import { connection } from 'next/server';
import type { ReactNode } from 'react';

/** Blocking on purpose: see below. Next asks for this opt-in. */
export const instant = false;

/**
 * Draft views (shared links and the editors' Draft Mode view) render entirely at request time:
 * nothing about a draft may be prerendered. Under Cache Components the shell still goes out before
 * the pages' own checks run, so the status line is decided earlier, in proxy.ts
 * (lib/preview/proxy-gate.ts): a real 404 for dead links and missing sessions, a real 307 once
 * published. The pages check again for themselves; proxy.ts is never the guard.
 */
export default async function PreviewLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
