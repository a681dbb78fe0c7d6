import 'server-only';

/**
 * Proof that the caller may read unpublished content. It can only be obtained from
 * `mintPreviewAccess()`, which ONLY lib/auth/preview-grant.ts calls (an eslint rule refuses the
 * import elsewhere), after checking an editor session or a valid signed share token (Draft Mode
 * alone is not authorisation). The brand stops a plain object literal from type-checking; the
 * registry below stops a cast from working at run time.
 */
declare const previewAccessBrand: unique symbol;

export type PreviewAccessKind = 'editor' | 'share';

export type PreviewAccess = Readonly<{
  kind: PreviewAccessKind;
  /** The editor id, or the article id a share token was issued for. */
  subject: string;
}> & { readonly [previewAccessBrand]: true };

const minted = new WeakSet<object>();

/**
 * Only lib/auth/preview-grant.ts may call this, after verifying the editor session or share token.
 * Everything else receives a PreviewAccess as an argument and never creates one.
 */
export function mintPreviewAccess(kind: PreviewAccessKind, subject: string): PreviewAccess {
  if (!subject) throw new Error('A preview access needs a subject');
  const access = Object.freeze({ kind, subject }) as PreviewAccess;
  minted.add(access);
  return access;
}

/** True only for values returned by mintPreviewAccess in this process. */
export function isPreviewAccess(value: unknown): value is PreviewAccess {
  return typeof value === 'object' && value !== null && minted.has(value);
}

export class PreviewAccessDeniedError extends Error {
  constructor() {
    super('Preview access was not granted by lib/auth');
    this.name = 'PreviewAccessDeniedError';
  }
}
