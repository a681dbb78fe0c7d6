import { sectionList } from '../list-routes';

/**
 * Fully static (ISR): an unknown section renders once, blocking, so it answers a real 404 instead of
 * a streamed 200 with "noindex". Publishing revalidates the section's cache tags.
 */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export const generateStaticParams = sectionList.firstPage.generateStaticParams;
export const generateMetadata = sectionList.firstPage.generateMetadata;
export default sectionList.firstPage.Page;
