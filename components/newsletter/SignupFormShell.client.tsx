'use client';

import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { SIGNUP_ENDPOINT, SIGNUP_FIELDS, type SignupJsonAnswer } from '@/lib/newsletter/form-fields';

interface SignupFormShellProps {
  className?: string;
  /** Accessible name of the form (id of its heading). */
  labelledBy?: string;
  children: ReactNode;
}

type Status = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/**
 * The one client piece of the signup form. The server renders a complete
 * `<form action="/api/newsletter" method="post">` that works without JavaScript; this shell only
 * takes over submission when JavaScript runs: it posts JSON with fetch, shows the answer in a live
 * region and moves focus to it (or to the field the server named). If the network fails it falls
 * back to the plain form post.
 */
export function SignupFormShell({ className, labelledBy, children }: SignupFormShellProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const message = useRef<HTMLParagraphElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (status.kind === 'sending') return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    const body = {
      email: text(SIGNUP_FIELDS.email),
      newsletters: data.getAll(SIGNUP_FIELDS.newsletter).map(String),
      consent: data.get(SIGNUP_FIELDS.consent) !== null,
      consentVersion: text(SIGNUP_FIELDS.consentVersion),
      source: text(SIGNUP_FIELDS.source) || location.pathname,
      [SIGNUP_FIELDS.honeypot]: text(SIGNUP_FIELDS.honeypot),
    };
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    setStatus({ kind: 'sending' });
    let answer: SignupJsonAnswer;
    try {
      const response = await fetch(SIGNUP_ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      answer = (await response.json()) as SignupJsonAnswer;
    } catch {
      // Offline, or an answer that is not ours: let the browser do the plain post instead.
      form.submit();
      return;
    }
    if (answer.ok) {
      setStatus({ kind: 'done', message: answer.message });
      form.reset();
      requestAnimationFrame(() => message.current?.focus());
      return;
    }
    setStatus({ kind: 'error', message: answer.error.message });
    const fieldName = answer.error.field === 'newsletters' ? SIGNUP_FIELDS.newsletter : answer.error.field;
    const field = fieldName ? form.querySelector<HTMLInputElement>(`[name="${CSS.escape(fieldName)}"]:not([type="hidden"])`) : null;
    requestAnimationFrame(() => {
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      } else {
        message.current?.focus();
      }
    });
  }

  const shown = status.kind === 'done' || status.kind === 'error' ? status.message : status.kind === 'sending' ? 'Sending…' : '';
  return (
    <form action={SIGNUP_ENDPOINT} method="post" className={className} aria-labelledby={labelledBy} onSubmit={onSubmit} aria-busy={status.kind === 'sending'}>
      {children}
      <p
        ref={message}
        tabIndex={-1}
        role={status.kind === 'error' ? 'alert' : 'status'}
        className={`mt-3 text-sm ${status.kind === 'error' ? 'font-semibold text-accent' : ''} ${shown ? '' : 'sr-only'}`}
      >
        {shown}
      </p>
    </form>
  );
}
