import { tagList } from '../../list-routes';

/** Static with blocking ISR for unknown tags, so they answer a real 404. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export const generateStaticParams = tagList.firstPage.generateStaticParams;
export const generateMetadata = tagList.firstPage.generateMetadata;
export default tagList.firstPage.Page;
