import { sectionList } from '../../../list-routes';

/** `/<section>?page=N` (rewritten here by next.config.js). Static, so page numbers past the end are real 404s. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export const generateStaticParams = sectionList.laterPage.generateStaticParams;
export const generateMetadata = sectionList.laterPage.generateMetadata;
export default sectionList.laterPage.Page;
