/** What the "Share preview link" action answers; the link itself is shown once and never stored. */
export type ShareLinkState =
  | { status: 'idle' }
  | { status: 'created'; url: string; expiresAt: string }
  | { status: 'error'; message: string };

export const INITIAL_SHARE_STATE: ShareLinkState = { status: 'idle' };
