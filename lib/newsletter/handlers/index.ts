/**
 * HTTP for the newsletter: the route files (app/api/newsletter, app/newsletter/*) are thin and call
 * these, one module per route. Rules shared by every handler:
 * - JSON in, JSON out; a form post gets a page (or a 303 to one), so everything works without JS;
 * - bodies over 16 KB get 413, other content types 415, cross-site browser posts 403;
 * - nothing is written for a rejected request, and an unexpected failure is a 503 without
 *   details (the database or mail server being away is the usual cause, and retrying helps).
 */
export { createConfirmHandler } from './confirm';
export { createManageHandler } from './manage';
export { NEUTRAL_MESSAGE, createSubscribeHandler, sourcePath } from './signup';
export { createUnsubscribeHandler } from './unsubscribe';
export { MAX_BODY_BYTES, type ContextSource } from './request-gate';
