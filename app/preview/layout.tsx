import { connection } from 'next/server';
import type { ReactNode } from 'react';

/** Blocking on purpose: see below. Next asks for this opt-in. */
export const instant = false;

/**
 * Draft views (shared links and the editors' Draft Mode view) render entirely at request time and
 * before the first byte is sent: nothing about a draft may be prerendered, and "not found" must be
 * a real 404 and "now published" a real redirect, not a 200 with a streamed error.
 */
export default async function PreviewLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
