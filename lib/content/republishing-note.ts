import 'server-only';
import { getEnv } from '@/lib/env';
import { SITE_NAME } from '@/lib/site-name';

const DEFAULT_REPUBLISHING_NOTE = `Want to republish this story? Ask the ${SITE_NAME} desk first, credit the author and ${SITE_NAME}, and link back to this page.`;

/** The terms under every article (REPUBLISHING_NOTE, or ours), for the public page and the editors' live preview alike. */
export function republishingNote(): string {
  return getEnv().REPUBLISHING_NOTE ?? DEFAULT_REPUBLISHING_NOTE;
}
