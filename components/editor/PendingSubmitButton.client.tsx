'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

interface PendingSubmitButtonProps {
  name: string;
  value: string;
  /** Shown, and the button disabled, while the form's action runs (a publish takes about a second). */
  pendingLabel: string;
  className: string;
  children: ReactNode;
}

/**
 * A submit button that says its form is on its way and cannot be pressed twice. Without
 * JavaScript it is a plain submit button.
 */
export function PendingSubmitButton({ name, value, pendingLabel, className, children }: PendingSubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </button>
  );
}
