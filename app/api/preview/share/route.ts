import { createSharePreview } from '@/lib/auth/preview-routes';

/** Creates a signed, expiring share link for one draft (editors only). */
export { createSharePreview as POST };
