/** The id of each page's h1: the skip link points here, so keyboard users land on the page's title. */
export const MAIN_HEADING_ID = 'main-heading';
