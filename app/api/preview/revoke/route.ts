import { revokeSharePreview } from '@/lib/auth/preview-routes';

/** Revokes a share link (editors only). */
export { revokeSharePreview as POST };
