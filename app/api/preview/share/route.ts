import { createSharePreview } from '@/lib/preview';

/** Creates a signed, expiring share link for one draft (editors only). */
export { createSharePreview as POST };
