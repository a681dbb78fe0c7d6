import http from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Kysely } from 'kysely';
import { createEditor, disableEditor, findEditorByEmail } from '@/lib/auth/editors';
import { createDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { readState } from './support/state';
import { baseUrl, url } from './support/site';

/**
 * Helpers for the editor, preview and leak suites: accounts written straight into the e2e server's
 * database, and next-auth's sign-in driven over plain HTTP (CSRF token, credentials callback).
 */

export const CANARIES = ['ZEBRAFINCH-DRAFT-001', 'ZEBRAFINCH-DRAFT-002', 'ZEBRAFINCH-DRAFT-003', 'ZEBRAFINCH-SCHEDULED-001'] as const;

let db: Kysely<Database> | undefined;
export function e2eDb(): Kysely<Database> {
  db ??= createDb(readState().databaseUrl);
  return db;
}

export async function closeE2eDb(): Promise<void> {
  await db?.destroy();
  db = undefined;
}

/** Creates the account if it does not exist yet (test files run in any order). */
export async function ensureEditor(email: string, password: string, name = 'Test Editor'): Promise<void> {
  if (await findEditorByEmail(e2eDb(), email)) return;
  try {
    await createEditor(e2eDb(), { email, name }, password);
  } catch (error) {
    if (!(await findEditorByEmail(e2eDb(), email))) throw error;
  }
}

export async function disableAccount(email: string): Promise<void> {
  await disableEditor(e2eDb(), email);
}

export interface DraftArticle {
  id: string;
  slug: string;
  section: string;
  status: string;
  canary: string;
  path: string;
}

/** The demo drafts and scheduled story, found by their canary strings. */
export async function canaryArticles(): Promise<DraftArticle[]> {
  const rows = await e2eDb()
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .select(['a.id', 'a.slug', 's.slug as section', 'a.status', 'a.headline', 'a.body'])
    .where('a.status', '!=', 'published')
    .execute();
  return CANARIES.map((canary) => {
    const row = rows.find((r) => r.headline.includes(canary) || r.body.includes(canary));
    if (!row) throw new Error(`No unpublished demo article carries ${canary}`);
    return { id: row.id, slug: row.slug, section: row.section, status: row.status, canary, path: `/${row.section}/${row.slug}` };
  });
}

/** A tiny cookie jar: name=value pairs from Set-Cookie headers. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  absorb(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

export interface SignInResult {
  response: Response;
  jar: CookieJar;
  setCookies: string[];
  ms: number;
}

/** next-auth's credentials flow as a script or password manager would drive it. */
export async function signIn(
  email: string,
  password: string,
  options: { forwardedFor?: string; base?: string } = {},
): Promise<SignInResult> {
  const at = (pathname: string) => new URL(pathname, options.base ?? baseUrl()).toString();
  const jar = new CookieJar();
  const extra: Record<string, string> = options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {};
  const started = performance.now();
  const csrfResponse = await fetch(at('/api/auth/csrf'), { headers: extra });
  jar.absorb(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(at('/api/auth/callback/credentials'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), ...extra },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/editor' }),
  });
  const ms = performance.now() - started;
  jar.absorb(response);
  return { response, jar, setCookies: response.headers.getSetCookie(), ms };
}

export function hasSession(jar: CookieJar): boolean {
  return jar.has('next-auth.session-token') || jar.has('__Secure-next-auth.session-token');
}

/** Turns Draft Mode on for `articleId` with this session; the jar gains the Draft Mode cookie. */
export async function enablePreview(jar: CookieJar, articleId: string): Promise<Response> {
  const response = await fetch(url(`/api/preview/enable?articleId=${encodeURIComponent(articleId)}`), {
    redirect: 'manual',
    headers: { cookie: jar.header() },
  });
  jar.absorb(response);
  return response;
}

export interface DraftCopy {
  id: string;
  slug: string;
  headline: string;
  /** Defaults to the source's body. */
  body?: string;
  /** A published demo story to copy section, hero, authors and tags from. */
  sourceId?: string;
}

/**
 * A private draft copied from a published demo story (complete enough to pass publish checks), so
 * suites that publish or unpublish never change the demo articles other suites rely on. Returns the
 * public path the story will have once published.
 */
export async function insertDraftCopy(copy: DraftCopy): Promise<string> {
  const { id, slug, headline, sourceId = 'demo-012' } = copy;
  const db = e2eDb();
  await db.deleteFrom('article_authors').where('article_id', '=', id).execute();
  await db.deleteFrom('article_tags').where('article_id', '=', id).execute();
  await db.deleteFrom('articles').where('id', '=', id).execute();
  const row = await db.selectFrom('articles').selectAll().where('id', '=', sourceId).executeTakeFirstOrThrow();
  await db
    .insertInto('articles')
    .values({ ...row, id, slug, status: 'draft', headline, body: copy.body ?? row.body, published_at: null })
    .execute();
  const authors = await db.selectFrom('article_authors').selectAll().where('article_id', '=', sourceId).execute();
  for (const author of authors) await db.insertInto('article_authors').values({ ...author, article_id: id }).execute();
  const tags = await db.selectFrom('article_tags').selectAll().where('article_id', '=', sourceId).execute();
  for (const tag of tags) await db.insertInto('article_tags').values({ ...tag, article_id: id }).execute();
  const section = await db.selectFrom('sections').select('slug').where('id', '=', row.section_id).executeTakeFirstOrThrow();
  return `/${section.slug}/${slug}`;
}

/** An HTTP request from a chosen local address (all of 127.0.0.0/8 reaches the server on Linux). */
export function requestFrom(localAddress: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers = { ...init.headers, ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}) };
    const request = http.request(new URL(path, `${baseUrl()}/`), { method: init.method ?? 'GET', localAddress, agent: false, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) answer.append(name, item);
        }
        const status = response.statusCode ?? 500;
        resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers: answer }));
      });
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

/** signIn() from a given client address, as `npm start` sees it (the socket's, not a header). */
export async function signInFrom(localAddress: string, email: string, password: string): Promise<SignInResult> {
  const jar = new CookieJar();
  const started = performance.now();
  const csrf = await requestFrom(localAddress, '/api/auth/csrf');
  jar.absorb(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await requestFrom(localAddress, '/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/editor' }).toString(),
  });
  const ms = performance.now() - started;
  jar.absorb(response);
  return { response, jar, setCookies: response.headers.getSetCookie(), ms };
}

/** WCAG 2.2 A and AA: what every axe check in the browser suite asks for. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** /section/slug of the newest published story (a "Read more" target the suites can rely on). */
export async function newestPublishedPath(): Promise<string> {
  const target = await e2eDb()
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .select(['a.slug', 's.slug as section'])
    .where('a.status', '=', 'published')
    .orderBy('a.published_at', 'desc')
    .executeTakeFirstOrThrow();
  return `/${target.section}/${target.slug}`;
}

/**
 * Takes a story a suite published off the site again and has the lists re-rendered without it: the
 * page cache on disk outlives this server, and a run reusing the build (E2E_REUSE_BUILD) starts a fresh database.
 */
export async function unpublishAfterSuite(articleId: string, who: { email: string; password: string }, forwardedFor: string): Promise<void> {
  const { jar } = await signIn(who.email, who.password, { forwardedFor });
  const headers = { 'content-type': 'application/json', cookie: jar.header(), origin: new URL(url('/')).origin };
  await fetch(url(`/api/editor/articles/${articleId}`), { method: 'POST', headers, body: JSON.stringify({ action: 'unpublish' }) });
  for (const path of ['/', '/news', '/feed.xml', '/news/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) await (await fetch(url(path))).text();
}

/** Signs `who` in through the sign-in form in a new browser context, and lands on /editor. */
export async function signInInBrowser(
  browser: Browser,
  who: { email: string; password: string },
  options: { width?: number; initScript?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1366, height: 900 } });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(url('/editor/sign-in'));
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await Promise.all([page.waitForURL(url('/editor')), page.getByRole('button', { name: 'Sign in' }).click()]);
  return { context, page };
}
