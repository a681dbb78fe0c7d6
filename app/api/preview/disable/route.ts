import { disablePreview } from '@/lib/auth/preview-routes';

/** "Exit preview" posts here (a POST, so link prefetching can never switch preview off). */
export { disablePreview as POST };
