import { authorList } from '../../../../list-routes';

/** `/author/<slug>?page=N`, rewritten here by next.config.js. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export const generateStaticParams = authorList.laterPage.generateStaticParams;
export const generateMetadata = authorList.laterPage.generateMetadata;
export default authorList.laterPage.Page;
