import { z } from 'zod';
import { slugSchema } from '@/lib/content/schema';
import { CONSENT_VERSIONS, CURRENT_CONSENT_VERSION } from './consent';
import { EMAIL_PROBLEM_MESSAGES, normaliseEmail } from './email';
import { CONSENT_CHECKED, SIGNUP_FIELDS } from './form-fields';

/**
 * The signup request, validated the same way whether it arrived as JSON or as a form post.
 * Unknown keys are rejected (a typo should not silently drop a field, and `__proto__` or
 * `constructor` keys never reach our code as anything but an error).
 */

export const MAX_NEWSLETTERS_PER_SIGNUP = 20;

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .max(1_000, EMAIL_PROBLEM_MESSAGES['too-long'])
  .transform((value, ctx) => {
    const result = normaliseEmail(value);
    if (result.ok) return result.email;
    ctx.addIssue({ code: 'custom', message: EMAIL_PROBLEM_MESSAGES[result.problem] });
    return z.NEVER;
  });

const chooseNewsletter = 'Choose at least one newsletter.';

export const newsletterSlugsSchema = z
  .union([slugSchema, z.array(slugSchema).min(1).max(MAX_NEWSLETTERS_PER_SIGNUP)], { error: chooseNewsletter })
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]);

export const subscribeInputSchema = z.strictObject(
  {
    email: emailSchema,
    newsletters: newsletterSlugsSchema,
    consent: z.literal(true, { error: 'Tick the box to agree to receive the newsletter.' }),
    consentVersion: z.enum(CONSENT_VERSIONS, { error: 'The form is out of date. Reload the page and try again.' }).default(CURRENT_CONSENT_VERSION),
    source: z.string({ error: 'The page address is not valid.' }).max(2_048, 'The page address is too long.').optional(),
    [SIGNUP_FIELDS.honeypot]: z.string().max(1_000).optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unexpected field: ${issue.keys.join(', ')}` : 'Send a JSON object.') },
);

export type SubscribeInput = z.output<typeof subscribeInputSchema>;

/** A field-level problem, as both the JSON and the HTML answers present it. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function firstProblem(error: z.ZodError): FieldProblem {
  const issue = error.issues[0];
  if (!issue) return { field: 'body', message: 'The request is not valid.' };
  const head = issue.path[0];
  const field = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? 'body') : typeof head === 'string' ? head : 'body';
  return { field: field === 'newsletters' ? 'newsletters' : field, message: issue.message };
}

/**
 * Maps a form post onto the JSON shape. Only known fields are read; a scalar field sent twice
 * (two `email` values) is kept as an array so validation rejects it instead of picking one.
 */
export function formToInput(form: URLSearchParams): Record<string, unknown> {
  const one = (name: string): unknown => {
    const values = form.getAll(name);
    return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
  };
  const consent = form.getAll(SIGNUP_FIELDS.consent);
  const input: Record<string, unknown> = {
    email: one(SIGNUP_FIELDS.email),
    newsletters: form.getAll(SIGNUP_FIELDS.newsletter),
    consent: consent.length === 1 && consent[0] === CONSENT_CHECKED ? true : consent.length === 0 ? undefined : false,
    consentVersion: one(SIGNUP_FIELDS.consentVersion),
    source: one(SIGNUP_FIELDS.source),
    [SIGNUP_FIELDS.honeypot]: one(SIGNUP_FIELDS.honeypot),
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return input;
}
