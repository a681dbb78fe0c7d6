/**
 * The publication's name, wherever a reader sees it (titles, wordmark, feeds, cards, mails). One
 * constant with no imports, so client components, OG cards and lib/env.ts can all use it. The name
 * of the software (also Meridian, in operator-facing messages) stays literal.
 */
export const SITE_NAME = 'Meridian';
