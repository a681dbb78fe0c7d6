import { disablePreview } from '@/lib/preview';

/** "Exit preview" posts here (a POST, so link prefetching can never switch preview off). */
export { disablePreview as POST };
