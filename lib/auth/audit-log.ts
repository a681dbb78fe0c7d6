import 'server-only';
import { createHmac } from 'node:crypto';
import { normaliseEmail } from './email';
import { getAuthSecret } from './secret';

/**
 * Sign-in events for the server log. Addresses and IPs appear only as short keyed hashes: the
 * same person correlates across lines, but the log alone does not reveal who they are.
 * Passwords are never passed here.
 */

export type SignInOutcome = 'success' | 'failure' | 'rate-limited';

export function pseudonym(kind: 'email' | 'ip', value: string): string {
  const normalised = kind === 'email' ? normaliseEmail(value) : value;
  return createHmac('sha256', getAuthSecret()).update(`${kind}:${normalised}`).digest('base64url').slice(0, 12);
}

export function logSignIn(event: { outcome: SignInOutcome; email: string; ip: string; editorId?: string }): void {
  const line = {
    event: 'editor.sign-in',
    outcome: event.outcome,
    editor: event.editorId ?? null,
    email: pseudonym('email', event.email),
    ip: pseudonym('ip', event.ip),
    at: new Date().toISOString(),
  };
  (event.outcome === 'success' ? console.info : console.warn)(JSON.stringify(line));
}
