import { revokeSharePreview } from '@/lib/preview';

/** Revokes a share link (editors only). */
export { revokeSharePreview as POST };
