import { z } from 'zod';

/**
 * Editor sign-in names. Normalised once (trim, NFC, lower-case) before they are stored or
 * looked up, so "Ana@Example.org " and "ana@example.org" are one account.
 */
export function normaliseEmail(value: string): string {
  return value.trim().normalize('NFC').toLowerCase();
}

export const editorEmailSchema = z
  .string()
  .max(254)
  .transform(normaliseEmail)
  .pipe(z.email({ message: 'Enter an email address such as name@example.org' }).max(254));
