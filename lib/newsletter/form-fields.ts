import { routes } from '@/lib/routes';

/**
 * Names of the signup form's fields, shared by the server-rendered form, its client enhancement
 * and the route handler, so the three cannot drift apart.
 */
export const SIGNUP_FIELDS = {
  email: 'email',
  /** Repeated once per chosen newsletter (checkboxes or a hidden input). */
  newsletter: 'newsletter',
  /** Checkbox; its value is CONSENT_CHECKED. */
  consent: 'consent',
  consentVersion: 'consent_version',
  /** Path of the page the form was on, for the consent record. */
  source: 'source',
  /**
   * Honeypot. The name avoids every token browsers' autofill heuristics look for (name, email,
   * url, website, phone, company, address…), so a real reader's browser never fills it.
   */
  honeypot: 'nl_notes_x7',
} as const;

export const CONSENT_CHECKED = 'yes';

/** The endpoint every signup form posts to. */
export const SIGNUP_ENDPOINT = routes.newsletterSignup();

/** JSON body the enhanced form sends (and API clients may send). */
export interface SignupJsonBody {
  email: string;
  newsletters: string[];
  consent: boolean;
  consentVersion?: string;
  source?: string;
  [SIGNUP_FIELDS.honeypot]?: string;
}

/** JSON answer of the signup endpoint. */
export type SignupJsonAnswer =
  | { ok: true; message: string }
  | { ok: false; error: { field?: string; message: string } };
