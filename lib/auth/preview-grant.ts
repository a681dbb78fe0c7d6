import 'server-only';
import type { Kysely } from 'kysely';
import { mintPreviewAccess, type PreviewAccess } from '@/lib/content/preview-access';
import type { Database } from '@/lib/db/database';
import { resolveShareToken } from '@/lib/preview/shares';
import type { Editor } from './editors';
import { getAuthSecret } from './secret';

/**
 * The only caller of mintPreviewAccess (eslint.config.mjs refuses the import anywhere else), so
 * unpublished articles open only here: for an editor the caller has ALREADY authenticated
 * (getCurrentEditor in pages, editorFromRequest in proxy.ts), or for a share token verified here
 * (signature, expiry, revocation, creator still valid). Draft Mode alone is never a credential.
 */

export type EditorCredential = { kind: 'editor'; editor: Editor };
export type ShareCredential = { kind: 'share'; token: string };

export interface EditorGrant {
  access: PreviewAccess;
}

export interface ShareGrant {
  access: PreviewAccess;
  /** The one article the link was issued for. */
  articleId: string;
  /** When the link stops working. */
  expiresAt: Date;
}

/** A PreviewAccess for this credential; null for a malformed, forged, expired or revoked share token. */
export function grantPreviewAccess(db: Kysely<Database>, credential: EditorCredential): Promise<EditorGrant>;
export function grantPreviewAccess(db: Kysely<Database>, credential: ShareCredential): Promise<ShareGrant | null>;
export async function grantPreviewAccess(db: Kysely<Database>, credential: EditorCredential | ShareCredential): Promise<EditorGrant | ShareGrant | null> {
  if (credential.kind === 'editor') return { access: mintPreviewAccess('editor', credential.editor.id) };
  const share = await resolveShareToken(db, getAuthSecret(), credential.token);
  if (!share.ok) return null;
  // A share access is scoped to its own article (by id), whatever slug is asked for later.
  return { access: mintPreviewAccess('share', share.articleId), articleId: share.articleId, expiresAt: share.expiresAt };
}
