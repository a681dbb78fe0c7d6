import 'server-only';
import { headers } from 'next/headers';
import type { DraftFormState } from './draft-form';

/**
 * Hands a refused save's form state from the server action to the page rendered in the same
 * request. Why: with Cache Components, Next answers a server action posted without JavaScript by
 * resuming the page's prerendered shell, and a resumed render does not receive React's form state
 * (useActionState's progressive enhancement), so the page would come back without the errors and
 * without the editor's text. The action and the render share the request's header object, so the
 * state is kept against it: nothing is stored, and it lives exactly as long as the request.
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
