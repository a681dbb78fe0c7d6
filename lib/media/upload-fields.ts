import { z } from 'zod';
import { LIMITS } from '@/lib/content/schema';
import { routes } from '@/lib/routes';

/**
 * The upload form's fields (`file`, `alt`, `returnTo`), checked with messages an editor
 * understands. The file's own name and declared type are never read: processImage decides what
 * the bytes are.
 */

export const ALT_REQUIRED = 'Describe the picture: say what it shows, for people who cannot see it. A picture without a description is not uploaded.';

/** Line breaks and runs of spaces become one space: a description is one line of the draft text. */
const altSchema = z
  .string({ error: ALT_REQUIRED })
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, ALT_REQUIRED)
      .max(LIMITS.alt, `The description is too long (at most ${LIMITS.alt} characters). Say what the picture shows in a sentence or two.`)
      .refine((value) => !/[\u0000-\u001f\u007f-\u009f]/.test(value), 'The description contains invisible control characters. Type it again.'),
  );

/** An editor page to come back to after a plain form post; anything else goes to the dashboard. */
const EDITOR_PATH = /^\/editor(?:\/[A-Za-z0-9_-]{1,64}){0,4}$/;
export const DEFAULT_RETURN = routes.editorHome();

export function editorReturnPath(value: unknown): string {
  return typeof value === 'string' && EDITOR_PATH.test(value) ? value : DEFAULT_RETURN;
}

export const uploadFieldsSchema = z.object({
  file: z.instanceof(File, { error: 'Choose a picture file to upload.' }),
  alt: altSchema,
  returnTo: z.unknown().transform(editorReturnPath),
});

export type UploadFields = z.infer<typeof uploadFieldsSchema>;

/** The fields of a posted form, or the first problem in words. Exactly one file is accepted. */
export function readUploadFields(form: FormData): { ok: true; fields: UploadFields } | { ok: false; message: string } {
  const files = form.getAll('file');
  if (files.length > 1) return { ok: false, message: 'Upload one picture at a time.' };
  const parsed = uploadFieldsSchema.safeParse({ file: files[0], alt: form.get('alt') ?? undefined, returnTo: form.get('returnTo') ?? undefined });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'The upload form was not filled in correctly.' };
  return { ok: true, fields: parsed.data };
}
