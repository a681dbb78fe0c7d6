'use client';

import { useState, type FormEvent } from 'react';

interface SignInFormProps {
  /** Same-origin path to open after signing in (already checked on the server). */
  callbackPath: string;
  /** An error carried in the URL by next-auth's own redirects. */
  initialError?: string | null;
  /**
   * next-auth's CSRF token matching this browser's cookie, rendered by the server so the form also
   * works as a plain HTML POST without JavaScript. Null: the script fetches one first.
   */
  csrfToken?: string | null;
}

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'That email address and password do not match an editor account.',
  RateLimited: 'Too many sign-in attempts. Wait a few minutes, then try again.',
  Network: 'The server could not be reached. Check your connection and try again.',
  SessionRequired: 'Please sign in to continue.',
};

function messageFor(code: string | null | undefined): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? 'Sign-in failed. Try again.';
}

/**
 * Posts to next-auth's standard credentials endpoint, so the form, scripts and password managers
 * all use one path. Without JavaScript it is a plain POST (next-auth redirects to the callback, or
 * back here with ?error=…); with JavaScript it stays on the page to show errors and the 429 wording.
 * The error wording is the same whether the address is unknown or the password wrong.
 */
export function SignInForm({ callbackPath, initialError, csrfToken }: SignInFormProps) {
  const [error, setError] = useState<string | null>(messageFor(initialError));
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      let token = String(form.get('csrfToken') ?? '');
      if (!token) {
        const csrf = (await (await fetch('/api/auth/csrf', { cache: 'no-store' })).json()) as { csrfToken?: string };
        token = csrf.csrfToken ?? '';
      }
      const body = new URLSearchParams({
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        csrfToken: token,
        callbackUrl: callbackPath,
        json: 'true',
      });
      const response = await fetch('/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
      if (response.status === 429) {
        setError(messageFor('RateLimited'));
      } else if (!response.ok) {
        setError(messageFor('CredentialsSignin'));
      } else {
        // A full navigation, so every server component re-reads the new session.
        window.location.assign(callbackPath);
        return;
      }
    } catch {
      setError(messageFor('Network'));
    }
    setPending(false);
  }

  return (
    <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {csrfToken ? <input type="hidden" name="csrfToken" value={csrfToken} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackPath} />
      {error ? (
        <p role="alert" className="border-s-4 border-accent bg-surface px-3 py-2 font-sans text-sm">
          {error}
        </p>
      ) : null}
      <label className="flex flex-col gap-1 font-sans text-sm font-semibold">
        Email
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          className="min-h-11 rounded border border-rule bg-paper px-3 font-normal text-ink"
        />
      </label>
      <label className="flex flex-col gap-1 font-sans text-sm font-semibold">
        Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          className="min-h-11 rounded border border-rule bg-paper px-3 font-normal text-ink"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-accent px-4 font-sans font-semibold text-accent-ink disabled:opacity-70"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
