'use client';

import { useActionState, type ReactNode } from 'react';
import type { AuthorRef, SectionRef } from '@/lib/content/schema';
import type { DraftField, DraftFormState } from '@/lib/editorial/draft-form';
import { AutosaveStatus } from './AutosaveStatus.client';
import { BodyInserts } from './BodyInserts.client';
import { FIELD_LABELS } from './field-labels';
import { fieldIds } from './field-ids';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from './FormField';
import { PictureUpload } from './PictureUpload.client';
import { TopicSuggestions } from './TopicSuggestions.client';
import { routes } from '@/lib/routes';

interface DraftFormProps {
  action: (previous: DraftFormState, form: FormData) => Promise<DraftFormState>;
  initialState: DraftFormState;
  sections: readonly SectionRef[];
  authors: readonly AuthorRef[];
  /** The syntax reference, rendered on the server (no script needed to read it). */
  help: ReactNode;
  submitLabel: string;
  /** Existing topics, suggested while typing in Topics. */
  topics?: readonly { slug: string; name: string }[];
  /** Active newsletters, for the "Insert newsletter promo" control. */
  newsletters?: readonly { slug: string; name: string }[];
}


const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'ar', label: 'Arabic (right to left)' },
];

/** Above the form after a refused save: every problem, each a link to its field. */
function ErrorSummary({ state }: { state: DraftFormState }) {
  const fields = (Object.keys(state.fieldErrors) as DraftField[]).filter((field) => state.fieldErrors[field]);
  if (state.status === 'conflict' || (fields.length === 0 && !state.message)) return null;
  return (
    <div role="alert" className="draft-summary" id="draft-problems">
      <p className="draft-summary-title">{state.message ?? 'The draft was not saved. Please fix:'}</p>
      {fields.length > 0 ? (
        <ul className="draft-summary-list">
          {fields.map((field) => (
            <li key={field}>
              <a href={`#${fieldIds(field).input}`}>
                {FIELD_LABELS[field]}: {state.fieldErrors[field]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Someone saved first: say so, keep the text, offer the comparison and a deliberate overwrite. */
function ConflictNotice({ state }: { state: DraftFormState }) {
  if (state.status !== 'conflict' || !state.conflict || !state.articleId) return null;
  return (
    <div role="alert" className="draft-summary" id="draft-conflict">
      <p className="draft-summary-title">{state.message}</p>
      <ul className="draft-summary-list">
        <li>
          <a href={routes.editorRevision(state.articleId, state.conflict.keptRevisionId)}>Compare your text with revision {state.conflict.currentVersion}</a>
        </li>
        <li>
          <a href={routes.editorEdit(state.articleId, { opened: state.conflict.currentVersion })}>Open revision {state.conflict.currentVersion} instead (your text stays in the revisions)</a>
        </li>
        <li>Or, at the end of the form, replace revision {state.conflict.currentVersion} with your text on purpose.</li>
      </ul>
    </div>
  );
}

function BodyErrors({ state }: { state: DraftFormState }) {
  if (state.bodyErrors.length === 0) return null;
  return (
    <ul id="field-body-lines" className="draft-error-list" aria-label="Problems in the text">
      {state.bodyErrors.map((error, index) => (
        <li key={index}>
          Line {error.line}: {error.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * The article form. A plain <form> posting to a server action: without JavaScript the page is sent
 * back with the same state (the editor's text and the errors beside each field); with it, the
 * same happens without a reload. Unsaved text is never replaced by the stored one.
 */
export function DraftForm({ action, initialState, sections, authors, help, submitLabel, topics = [], newsletters = [] }: DraftFormProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const { values, fieldErrors: errors } = state;
  return (
    <form data-draft-form action={formAction} noValidate className="draft-form" aria-describedby={state.status === 'editing' ? undefined : 'draft-problems'}>
      {state.articleId ? <input type="hidden" name="articleId" value={state.articleId} /> : null}
      {/* defaultValue: autosave moves it on in the page (useAutosave.ts), and a re-render must not put it back. */}
      {state.version !== null ? <input type="hidden" name="version" defaultValue={state.version} /> : null}
      <ErrorSummary state={state} />
      <ConflictNotice state={state} />

      <TextField name="headline" label="Headline" defaultValue={values.headline} error={errors.headline} required maxLength={2000} />
      <TextAreaField name="standfirst" label="Standfirst" hint="One or two sentences under the headline." defaultValue={values.standfirst} error={errors.standfirst} rows={3} />

      <div className="draft-columns">
        <SelectField
          name="section"
          label="Section"
          defaultValue={values.section}
          error={errors.section}
          options={[{ value: '', label: 'Choose a section' }, ...sections.map((section) => ({ value: section.slug, label: section.name }))]}
        />
        <SelectField name="language" label="Language" defaultValue={values.language} error={errors.language} options={LANGUAGES} />
      </div>
      <TextField
        name="slug"
        label="Address"
        hint="The last part of the article’s web address: a–z, 0–9 and hyphens. Leave it empty to make one from the headline. A published article keeps answering at its old address."
        defaultValue={values.slug}
        error={errors.slug}
        maxLength={2000}
      />
      <CheckboxGroup
        name="authors"
        label="Authors"
        hint="At least one."
        checked={values.authors}
        error={errors.authors}
        options={authors.map((author) => ({ value: author.slug, label: author.name }))}
      />
      <TextField
        name="tags"
        label="Topics"
        hint="Separate topics with commas. A topic that does not exist yet is created when the article is published."
        defaultValue={values.tags}
        error={errors.tags}
      />
      <TopicSuggestions topics={topics} />

      <fieldset className="draft-fieldset">
        <legend className="draft-label">Main picture</legend>
        <TextField name="heroSrc" label="Picture address" hint="A path on this site such as /images/demo/harbour-cranes.jpg, or an https:// address." defaultValue={values.heroSrc} error={errors.heroSrc} />
        <TextField name="heroAlt" label="Picture description" hint="What the picture shows, for people who cannot see it." defaultValue={values.heroAlt} error={errors.heroAlt} />
        <TextField name="heroCaption" label="Caption" defaultValue={values.heroCaption} error={errors.heroCaption} />
        <TextField name="heroCredit" label="Credit" defaultValue={values.heroCredit} error={errors.heroCredit} />
        <div className="draft-columns">
          <TextField name="heroWidth" label="Width in pixels" hint="Filled in by itself for pictures on this site." defaultValue={values.heroWidth} error={errors.heroWidth} inputMode="numeric" />
          <TextField name="heroHeight" label="Height in pixels" defaultValue={values.heroHeight} error={errors.heroHeight} inputMode="numeric" />
        </div>
      </fieldset>
      <PictureUpload />

      <fieldset className="draft-fieldset">
        <legend className="draft-label">When shared on social networks</legend>
        <TextField name="socialTitle" label="Social headline" hint="Leave empty to use the headline." defaultValue={values.socialTitle} error={errors.socialTitle} />
        <TextAreaField name="socialDescription" label="Social description" hint="Leave empty to use the standfirst." defaultValue={values.socialDescription} error={errors.socialDescription} rows={2} />
      </fieldset>

      <TextAreaField
        name="body"
        label="Text"
        hint="Blank lines separate paragraphs. The formatting guide below the box lists everything you can write."
        defaultValue={values.body}
        error={errors.body}
        rows={24}
        className="draft-input draft-body"
        describedByExtra={state.bodyErrors.length > 0 ? 'field-body-lines' : undefined}
        after={
          <>
            <BodyInserts newsletters={newsletters} />
            <BodyErrors state={state} />
            {help}
          </>
        }
      />

      <div className="draft-actions">
        {/* First in the form's order, so Enter in a field saves and never overwrites. */}
        <button type="submit" disabled={pending} className="draft-button-primary">
          {pending ? 'Saving…' : submitLabel}
        </button>
        {state.status === 'conflict' && state.conflict ? (
          <button type="submit" name="overwrite" value={state.conflict.currentVersion} disabled={pending} className="draft-button">
            Replace revision {state.conflict.currentVersion} with my text
          </button>
        ) : null}
      </div>
      <AutosaveStatus articleId={state.articleId} stopped={state.status === 'conflict'} />
    </form>
  );
}
