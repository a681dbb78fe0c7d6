import type { ReactNode } from 'react';
import type { DraftChoices } from '@/lib/editorial/draft-editor';
import type { DraftFormState } from '@/lib/editorial/draft-form';
import type { UploadedPicture } from '@/lib/media/upload';
import { DraftForm } from './DraftForm.client';
import { DraftSyntaxHelp } from './DraftSyntaxHelp';
import { LivePreview } from './LivePreview.client';
import { PictureUploadPanel } from './PictureUploadPanel';

interface DraftWorkspaceProps {
  action: (previous: DraftFormState, form: FormData) => Promise<DraftFormState>;
  initialState: DraftFormState;
  choices: DraftChoices;
  submitLabel: string;
  /** Changes whenever the page puts a new form in place (after a save, a restore or a publish). */
  formKey: string;
  /** Where a picture uploaded without JavaScript comes back to, and the picture it brought. */
  returnTo: string;
  picture: UploadedPicture | null;
  /** Panels under the preview (publication, revisions). */
  children?: ReactNode;
}

/**
 * The writing screen shared by the new and edit pages: the form, and beside it the picture panel,
 * the live preview and whatever the page adds. One [data-draft-workspace] element holds them, which
 * is how the preview finds its form (components/editor/draft/useLivePreview.client.ts).
 */
export function DraftWorkspace({ action, initialState, choices, submitLabel, formKey, returnTo, picture, children }: DraftWorkspaceProps) {
  return (
    <div className="draft-layout" data-draft-workspace>
      <DraftForm
        key={formKey}
        action={action}
        initialState={initialState}
        sections={choices.sections}
        authors={choices.authors}
        help={<DraftSyntaxHelp newsletters={choices.newsletters} />}
        topics={choices.tags}
        newsletters={choices.newsletters}
        submitLabel={submitLabel}
      />
      <div className="draft-aside">
        <PictureUploadPanel returnTo={returnTo} picture={picture} />
        <LivePreview formKey={formKey} />
        {children}
      </div>
    </div>
  );
}
