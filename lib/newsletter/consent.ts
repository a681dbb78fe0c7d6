/**
 * The consent wording shown beside every signup form, versioned. The version a reader saw is
 * stored with their subscription (consent record), so when the wording changes we can
 * still show what each reader agreed to. Never edit a published version: add a new one and point
 * CURRENT_CONSENT_VERSION at it. Old versions stay here because a cached page may still show them.
 * The site's name is written out (not SITE_NAME): a published wording is frozen text; a renamed site adds a version.
 */
export const CONSENT_WORDINGS = {
  '2026-11-v1':
    'Email me the newsletters I chose. I can unsubscribe at any time with the link in every issue, and Meridian uses my address for nothing else.',
} as const satisfies Record<string, string>;

export type ConsentVersion = keyof typeof CONSENT_WORDINGS;
export const CURRENT_CONSENT_VERSION: ConsentVersion = '2026-11-v1';
export const CONSENT_VERSIONS = Object.keys(CONSENT_WORDINGS) as [ConsentVersion, ...ConsentVersion[]];
