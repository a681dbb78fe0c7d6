import { authorList } from '../../list-routes';

/** Static with blocking ISR for unknown authors, so they answer a real 404. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export const generateStaticParams = authorList.firstPage.generateStaticParams;
export const generateMetadata = authorList.firstPage.generateMetadata;
export default authorList.firstPage.Page;
