'use client';

import { useState } from 'react';
import { routes } from '@/lib/routes';

/** next-auth's sign-out is a POST with a CSRF token; afterwards we land on the sign-in page. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);

  async function signOut() {
    setPending(true);
    try {
      const csrf = (await (await fetch('/api/auth/csrf', { cache: 'no-store' })).json()) as { csrfToken?: string };
      await fetch('/api/auth/signout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrfToken: csrf.csrfToken ?? '', callbackUrl: routes.editorSignIn(), json: 'true' }),
      });
    } finally {
      // A full load on purpose: it drops the client router's cache of signed-in pages.
      window.location.assign(routes.editorSignIn());
    }
  }

  return (
    <button
      type="button"
      onClick={signOut}
      disabled={pending}
      className="min-h-11 rounded border border-rule px-3 font-sans text-sm font-semibold"
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
