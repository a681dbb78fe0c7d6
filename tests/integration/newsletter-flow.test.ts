/**
 * @jest-environment node
 */
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { createConfirmHandler, createManageHandler, createSubscribeHandler, createUnsubscribeHandler, NEUTRAL_MESSAGE } from '@/lib/newsletter/handlers';
import { confirmPage, createManagePage, createUnsubscribePage } from '@/lib/newsletter/pages';
import { parse } from 'node-html-parser';
import { CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';
import { countRows, formRequest, insertNewsletters, jsonRequest, linkIn, SITE, startSmtp, testContext, type TestContext, type TestSmtp } from './newsletter-helpers';

/**
 * The whole double opt-in journey against a real database and a real SMTP server:
 * sign up, receive and parse the mail, confirm as a browser would, receive a newsletter mail,
 * and leave with the RFC 8058 one-click POST exactly as a mail provider sends it.
 */

jest.setTimeout(60_000);

describeEachDialect('newsletter double opt-in', (dialect) => {
  let test: TestDatabase;
  let smtp: TestSmtp;
  let ctx: TestContext;
  const handlers = () => {
    const get = async () => ctx;
    return {
      subscribe: createSubscribeHandler(get),
      confirm: createConfirmHandler(get),
      unsubscribe: createUnsubscribeHandler(get),
      manage: createManageHandler(get),
    };
  };

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await insertNewsletters(test.db);
    smtp = await startSmtp();
    ctx = testContext(test.db, { smtpUrl: smtp.url, mailto: 'unsubscribe@news.test' });
  });
  // Mail deliveries run after each response: let the previous test's finish first.
  beforeEach(() => ctx.settle());
  afterAll(async () => {
    await ctx?.settle();
    await smtp?.close();
    await test?.destroy();
  });

  const subscription = (email: string, slug: string) =>
    test.db
      .selectFrom('newsletter_subscriptions as s')
      .innerJoin('newsletter_subscribers as p', 'p.id', 's.subscriber_id')
      .innerJoin('newsletters as n', 'n.id', 's.newsletter_id')
      .selectAll('s')
      .where('p.email', '=', email)
      .where('n.slug', '=', slug)
      .executeTakeFirst();

  it('signs up, mails a link, confirms through the page form, and unsubscribes with one click', async () => {
    const { subscribe, confirm, unsubscribe } = handlers();
    const response = await subscribe(
      jsonRequest('/api/newsletter', {
        email: '  Reader@Example.ORG ',
        newsletters: ['morning-briefing'],
        consent: true,
        source: '/news/some-story',
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, message: NEUTRAL_MESSAGE });
    await ctx.settle();

    const [mail] = await smtp.waitFor(1);
    expect(mail?.to).toMatchObject({ value: [{ address: 'Reader@example.org' }] });
    expect(mail?.subject).toBe('Confirm your subscription to The Morning Briefing');
    const pending = await subscription('Reader@example.org', 'morning-briefing');
    expect(pending).toMatchObject({ status: 'pending', consent_version: CURRENT_CONSENT_VERSION, source_path: '/news/some-story', confirmed_at: null });

    // The link opens a page (GET never confirms); the page's form then POSTs the token.
    const link = new URL(linkIn(mail!, '/newsletter/confirm?token='));
    expect(link.origin).toBe(SITE);
    const page = confirmPage(new Request(link));
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const form = parse(await page.text()).querySelector('form#newsletter-confirm');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.querySelector('button')?.text).toBe('Confirm my subscription');
    const token = form!.querySelector('input[name="token"]')!.getAttribute('value')!;
    expect(token).toBe(link.searchParams.get('token'));
    expect((await subscription('Reader@example.org', 'morning-briefing'))?.status).toBe('pending');
    const confirmed = await confirm(formRequest(form!.getAttribute('action')!, { token }));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/newsletter/status/confirmed');
    const row = await subscription('Reader@example.org', 'morning-briefing');
    expect(row?.status).toBe('confirmed');
    expect(row?.confirmed_at).not.toBeNull();

    // The token is single-use.
    const again = await confirm(formRequest('/newsletter/confirm', { token }));
    expect(again.headers.get('location')).toBe('/newsletter/status/already-confirmed');

    // The welcome mail is a newsletter mail: it carries RFC 2369 + RFC 8058 headers.
    await ctx.settle();
    const welcome = (await smtp.waitFor(2))[1]!;
    expect(welcome.subject).toBe('Welcome to The Morning Briefing');
    const rawHeaders = new Map(welcome.headerLines.map((h) => [h.key, h.line.replace(/\r?\n\s+/g, ' ')]));
    expect(rawHeaders.get('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const listUnsubscribe = rawHeaders.get('list-unsubscribe') ?? '';
    const targets = [...listUnsubscribe.matchAll(/<([^>]+)>/g)].map((m) => m[1]!);
    const https = targets.find((t) => t.startsWith(`${SITE}/newsletter/unsubscribe?token=`));
    expect(https).toBeDefined();
    expect(targets.some((t) => t.startsWith('mailto:unsubscribe@news.test?subject='))).toBe(true);

    // A GET of that URL (a reader clicking it) never unsubscribes: it shows a page with a button.
    const get = await createUnsubscribePage(async () => ctx)(new Request(https!));
    expect(get.status).toBe(200);
    const getHtml = parse(await get.text());
    expect(getHtml.querySelector('p[role="status"]')?.text).toBe('Stop sending The Morning Briefing to R•••@example.org?');
    expect(getHtml.querySelector('form button')?.text).toBe('Unsubscribe');
    expect((await subscription('Reader@example.org', 'morning-briefing'))?.status).toBe('confirmed');

    // Exactly what a mail provider sends: POST, form body, no cookie, no Origin, no Sec-Fetch-*.
    const oneClick = await unsubscribe(
      new Request(https!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.get('location')).toBeNull();
    expect((await subscription('Reader@example.org', 'morning-briefing'))?.status).toBe('unsubscribed');
    const events = await test.db.selectFrom('newsletter_events').select(['type', 'channel']).orderBy('occurred_at').execute();
    expect(events.map((e) => `${e.type}:${e.channel}`)).toEqual(['requested:form', 'confirmed:confirm-link', 'unsubscribed:one-click']);

    // Repeating the one-click is harmless and appends nothing.
    const repeat = await unsubscribe(
      new Request(https!, { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' }, body: '--xyz\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--xyz--\r\n' }),
    );
    expect(repeat.status).toBe(200);
    expect((await countRows(test.db)).events).toBe(3);
  });

  it('gives one neutral answer for new, pending, confirmed and honeypot signups, and never weakens a confirmed one', async () => {
    const { subscribe, confirm } = handlers();
    const before = smtp.mails.length;
    const signup = (email: string, extra: Record<string, unknown> = {}) =>
      subscribe(jsonRequest('/api/newsletter', { email, newsletters: ['the-long-read'], consent: true, ...extra }));

    const fresh = await signup('fresh@example.net');
    await ctx.settle();
    await smtp.waitFor(before + 1);
    const token = new URL(linkIn(smtp.mails[before]!, '/newsletter/confirm?token=')).searchParams.get('token')!;
    const pending = await signup('fresh@example.net');
    await confirm(formRequest('/newsletter/confirm', { token }));
    await ctx.settle();
    const confirmedAnswer = await signup('fresh@example.net');
    const honeypot = await signup('bot@example.net', { nl_notes_x7: 'http://spam.example' });

    const answers = await Promise.all([fresh, pending, confirmedAnswer, honeypot].map(async (r) => [r.status, await r.text()]));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);

    expect((await subscription('fresh@example.net', 'the-long-read'))?.status).toBe('confirmed');
    const bot = await test.db.selectFrom('newsletter_subscribers').select('id').where('email', '=', 'bot@example.net').executeTakeFirst();
    expect(bot).toBeUndefined();
    await ctx.settle();
    // Mails: one confirmation and one welcome; the pending repeat (throttled) and the confirmed repeat sent none.
    expect(smtp.mails.length - before).toBe(2);
  });

  it('asks to confirm only the newsletter added to a confirmed address', async () => {
    const { subscribe, confirm } = handlers();
    const before = smtp.mails.length;
    // fresh@example.net is confirmed for the-long-read (previous test); the throttle window has passed.
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 11 * 60_000);
    await subscribe(jsonRequest('/api/newsletter', { email: 'fresh@example.net', newsletters: ['the-long-read', 'climate-week'], consent: true }));
    await ctx.settle();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.subject).toBe('Confirm your subscription to Climate Week');
    expect((await subscription('fresh@example.net', 'the-long-read'))?.status).toBe('confirmed');
    const token = new URL(linkIn(mail!, '/newsletter/confirm?token=')).searchParams.get('token')!;
    await confirm(formRequest('/newsletter/confirm', { token }));
    expect((await subscription('fresh@example.net', 'climate-week'))?.status).toBe('confirmed');
  });

  it('shows distinct outcomes for expired and unknown tokens', async () => {
    const { subscribe, confirm } = handlers();
    const before = smtp.mails.length;
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 11 * 60_000);
    const form = await subscribe(
      formRequest('/api/newsletter', [
        ['email', 'late@example.com'],
        ['newsletter', 'climate-week'],
        ['consent', 'yes'],
      ]),
    );
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/newsletter/status/check-inbox');
    await ctx.settle();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    const token = new URL(linkIn(mail!, '/newsletter/confirm?token=')).searchParams.get('token')!;

    ctx.clock.now = new Date(ctx.clock.now.getTime() + 24 * 60 * 60_000 + 1_000);
    const expired = await confirm(formRequest('/newsletter/confirm', { token }));
    expect(expired.headers.get('location')).toBe('/newsletter/status/link-expired');
    expect((await subscription('late@example.com', 'climate-week'))?.status).toBe('pending');

    const unknown = await confirm(formRequest('/newsletter/confirm', { token: 'A'.repeat(43) }));
    expect(unknown.headers.get('location')).toBe('/newsletter/status/invalid-link');
    const malformed = await confirm(jsonRequest('/newsletter/confirm', { token: '<script>' }));
    expect(malformed.status).toBe(404);
  });

  it('lets a reader keep some newsletters from the manage page', async () => {
    const { manage } = handlers();
    const welcome = smtp.mails.filter((m) => m.subject === 'Welcome to Climate Week').at(-1)!;
    const manageLink = new URL(linkIn(welcome, '/newsletter/manage?token='));
    const page = parse(await (await createManagePage(async () => ctx)(new Request(manageLink))).text());
    expect(page.querySelectorAll('input[name="keep"]').map((box) => box.getAttribute('value'))).toEqual(['the-long-read', 'climate-week']);
    const saved = await manage(formRequest('/newsletter/manage', [['token', manageLink.searchParams.get('token')!], ['keep', 'climate-week']]));
    expect(saved.headers.get('location')).toBe('/newsletter/status/preferences-saved');
    expect((await subscription('fresh@example.net', 'climate-week'))?.status).toBe('confirmed');
    expect((await subscription('fresh@example.net', 'the-long-read'))?.status).toBe('unsubscribed');

    const forged = await manage(formRequest('/newsletter/manage', { token: `${manageLink.searchParams.get('token')!.slice(0, -2)}xx` }));
    expect(forged.headers.get('location')).toBe('/newsletter/status/invalid-link');
  });
});
