import { useId } from 'react';
import { CONSENT_WORDINGS, CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';
import { CONSENT_CHECKED, SIGNUP_FIELDS } from '@/lib/newsletter/form-fields';
import { SignupFormShell } from './SignupFormShell.client';

export interface SignupNewsletter {
  slug: string;
  name: string;
  description?: string;
  cadence?: string;
}

export interface NewsletterSignupFormProps {
  /** One newsletter: signs up to it (hidden field). Several: the reader ticks which ones. */
  newsletters: readonly SignupNewsletter[];
  /** `inline` in articles, `footer` in the site footer, `page` on /newsletters. */
  variant?: 'inline' | 'footer' | 'page';
  /** Heading text; defaults to the newsletter's name (one) or "Newsletters" (several). */
  heading?: string;
  /** Heading level, so the form fits the page outline (h2 in articles, h2 in the footer). */
  headingLevel?: 2 | 3;
  /** Short pitch under the heading; defaults to the newsletter's description. */
  description?: string;
  /** Path of the page the form is on, recorded with the consent. Defaults to the Referer. */
  sourcePath?: string;
  /** Newsletters ticked initially when several are offered. */
  preselected?: readonly string[];
}

const VARIANT_CLASS = {
  inline: 'signup signup-inline',
  footer: 'signup',
  page: 'signup',
} as const;

/**
 * The newsletter signup form. Server-rendered and complete without JavaScript: a
 * plain POST to /api/newsletter, answered with a result page. SignupFormShell, a small client
 * component, enhances it to submit in place.
 */
export function NewsletterSignupForm({
  newsletters,
  variant = 'inline',
  heading,
  headingLevel = 2,
  description,
  sourcePath,
  preselected = [],
}: NewsletterSignupFormProps) {
  const id = useId();
  if (newsletters.length === 0) return null;
  const single = newsletters.length === 1 ? newsletters[0] : undefined;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `${id}-heading`;
  const pitch = description ?? single?.description;
  return (
    <section className={VARIANT_CLASS[variant]} aria-labelledby={headingId}>
      <SignupFormShell labelledBy={headingId}>
        <Heading id={headingId} className="signup-heading">
          {heading ?? single?.name ?? 'Newsletters'}
        </Heading>
        {pitch ? <p className="signup-note">{pitch}</p> : null}
        {single?.cadence ? <p className="signup-note">{single.cadence}</p> : null}

        {single ? (
          <input type="hidden" name={SIGNUP_FIELDS.newsletter} value={single.slug} />
        ) : (
          <fieldset className="mt-4">
            <legend className="font-semibold">Choose newsletters</legend>
            <ul className="signup-choices">
              {newsletters.map((newsletter) => (
                <li key={newsletter.slug} className="flex gap-3">
                  <input
                    type="checkbox"
                    id={`${id}-${newsletter.slug}`}
                    name={SIGNUP_FIELDS.newsletter}
                    value={newsletter.slug}
                    defaultChecked={preselected.includes(newsletter.slug)}
                    className="checkbox"
                    aria-describedby={newsletter.description ? `${id}-${newsletter.slug}-about` : undefined}
                  />
                  <span>
                    <label htmlFor={`${id}-${newsletter.slug}`} className="font-semibold">
                      {newsletter.name}
                    </label>
                    {newsletter.description ? (
                      <span id={`${id}-${newsletter.slug}-about`} className="block text-sm text-muted">
                        {newsletter.description}
                        {newsletter.cadence ? ` ${newsletter.cadence}.` : ''}
                      </span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
        )}

        <div className="signup-row">
          <div className="min-w-0 grow">
            <label htmlFor={`${id}-email`} className="field-label">
              Email address
            </label>
            <input
              id={`${id}-email`}
              type="email"
              name={SIGNUP_FIELDS.email}
              required
              maxLength={254}
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              className="field"
            />
          </div>
          <button type="submit" className="button">
            Sign up
          </button>
        </div>

        <div className="signup-consent">
          <input
            id={`${id}-consent`}
            type="checkbox"
            name={SIGNUP_FIELDS.consent}
            value={CONSENT_CHECKED}
            required
            className="checkbox"
          />
          <label htmlFor={`${id}-consent`}>{CONSENT_WORDINGS[CURRENT_CONSENT_VERSION]}</label>
        </div>
        <input type="hidden" name={SIGNUP_FIELDS.consentVersion} value={CURRENT_CONSENT_VERSION} />
        {sourcePath ? <input type="hidden" name={SIGNUP_FIELDS.source} value={sourcePath} /> : null}

        {/* Honeypot: off-screen and hidden from assistive technology; people never fill it, bots do. */}
        <div aria-hidden="true" className="sr-only">
          <label htmlFor={`${id}-notes`}>Leave this field empty</label>
          <input id={`${id}-notes`} type="text" name={SIGNUP_FIELDS.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      </SignupFormShell>
    </section>
  );
}
