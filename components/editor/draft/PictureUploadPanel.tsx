import type { UploadedPicture } from '@/lib/media/upload';
import { routes } from '@/lib/routes';

/**
 * Pictures without JavaScript: a plain upload form (in <noscript>: with JavaScript the article
 * form's own picture button does this without leaving the page), and after an upload the new
 * picture's address with the exact text to paste into the article form.
 */

function UploadedNotice({ picture }: { picture: UploadedPicture }) {
  return (
    <div role="status" className="draft-saved" data-testid="picture-notice">
      <p>
        Picture uploaded ({picture.width} × {picture.height}): <code>{picture.src}</code>
      </p>
      <p className="draft-hint">To show it in the text, paste this line into the text box:</p>
      <pre className="draft-help-example">{picture.text}</pre>
      <p className="draft-hint">To make it the main picture, fill in these fields:</p>
      <dl className="draft-help-example">
        <dt>Picture address</dt>
        <dd>{picture.src}</dd>
        <dt>Picture description</dt>
        <dd>{picture.alt}</dd>
        <dt>Width in pixels</dt>
        <dd>{picture.width}</dd>
        <dt>Height in pixels</dt>
        <dd>{picture.height}</dd>
      </dl>
    </div>
  );
}

export function PictureUploadPanel({ returnTo, picture }: { returnTo: string; picture: UploadedPicture | null }) {
  return (
    <div className="draft-panel" id="picture-upload">
      {picture ? <UploadedNotice picture={picture} /> : null}
      <noscript>
        <h2 className="draft-subtitle">
          Upload a picture
        </h2>
        <form method="post" action={routes.editorMediaUpload()} encType="multipart/form-data" className="draft-panel">
          <input type="hidden" name="returnTo" value={returnTo} />
          <p className="draft-hint">JPEG, PNG, WebP or AVIF, up to 10 MB. Save your text first: uploading reloads this page.</p>
          <div className="draft-field">
            <label htmlFor="picture-upload-file" className="draft-label">
              Picture file
            </label>
            <input id="picture-upload-file" type="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif" required className="draft-input" />
          </div>
          <div className="draft-field">
            <label htmlFor="picture-upload-alt" className="draft-label">
              Description of the new picture
            </label>
            <span id="picture-upload-alt-hint" className="draft-hint">
              What the picture shows, for people who cannot see it. Required.
            </span>
            <input id="picture-upload-alt" type="text" name="alt" required maxLength={400} aria-describedby="picture-upload-alt-hint" className="draft-input" />
          </div>
          <div className="draft-actions">
            <button type="submit" className="draft-button">
              Upload picture
            </button>
          </div>
        </form>
      </noscript>
    </div>
  );
}
