import { enablePreview } from '@/lib/preview';

/** Draft Mode on for a signed-in editor, then to the article's own URL (lib/auth checks everything). */
export { enablePreview as GET, enablePreview as POST };
