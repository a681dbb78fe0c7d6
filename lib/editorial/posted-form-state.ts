import 'server-only';
import { headers } from 'next/headers';
import type { DraftFormState } from './draft-form';

/**
 * Hands a refused save's form state from the server action to the page rendered in the same request,
 * kept against the request's header object they share (nothing is stored; it lives as long as the
 * request). Why a resumed render needs this: docs/decisions/0011-draft-text-format.md, "Without JavaScript".
 */
const posted = new WeakMap<object, DraftFormState>();

export async function rememberPostedState(state: DraftFormState): Promise<DraftFormState> {
  posted.set(await headers(), state);
  return state;
}

/** The state a server action of this very request refused, or null. */
export async function postedFormState(): Promise<DraftFormState | null> {
  return posted.get(await headers()) ?? null;
}
