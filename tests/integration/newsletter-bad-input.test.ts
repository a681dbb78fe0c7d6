/**
 * @jest-environment node
 */
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { createSubscribeHandler } from '@/lib/newsletter/handlers';
import { browserHeaders, countRows, insertNewsletters, SITE, testContext, type TestContext } from './newsletter-helpers';

/**
 * Hostile and broken signups. Every case must be refused with a 4xx that is not a success:
 * never a 2xx/3xx (nothing accepted), never a 5xx, and no row written anywhere.
 */

jest.setTimeout(120_000);

const VALID = { email: 'reader@example.org', newsletters: ['morning-briefing'], consent: true };
const validJson = JSON.stringify(VALID);

interface Case {
  name: string;
  request: () => Request;
  /** Expected status when one is specific (otherwise any refusing 4xx). */
  status?: number;
}

const post = (body: BodyInit | null, headers: Record<string, string>) =>
  new Request(`${SITE}/api/newsletter`, { method: 'POST', headers, body });
const json = (body: string, extra: Record<string, string> = {}) => post(body, browserHeaders('application/json', extra));
const jsonOf = (value: unknown) => json(JSON.stringify(value));
const form = (fields: [string, string][]) => post(new URLSearchParams(fields).toString(), browserHeaders('application/x-www-form-urlencoded'));

function cases(): Case[] {
  const list: Case[] = [];
  const add = (name: string, request: () => Request, status?: number) => list.push({ name, request, status });

  // Malformed and truncated JSON: every proper prefix of a valid body.
  for (let cut = 0; cut < validJson.length; cut += 1) add(`truncated JSON at ${cut}`, () => json(validJson.slice(0, cut)), 400);
  for (const text of ['{', '}', '{"email":}', "{'email':'a@b.org'}", '{"email":"a@b.org",}', 'NaN', 'undefined', '{"a":1}{"b":2}', '\u0000', '{"email":"a@b.org" "consent":true}']) {
    add(`malformed JSON ${JSON.stringify(text)}`, () => json(text), 400);
  }
  // Not an object.
  for (const value of [null, [], [VALID], 'reader@example.org', 42, true]) add(`JSON ${JSON.stringify(value)}`, () => jsonOf(value), 400);

  // Wrong types per field.
  for (const email of [123, null, [], ['reader@example.org'], {}, true, { toString: 'x' }]) add(`email ${JSON.stringify(email)}`, () => jsonOf({ ...VALID, email }), 400);
  for (const newsletters of [123, null, [], [123], {}, ['Morning-Briefing'], ['a'.repeat(121)], ['morning briefing'], ['../etc'], Array.from({ length: 21 }, (_, i) => `n-${i}`), [['morning-briefing']]]) {
    add(`newsletters ${JSON.stringify(newsletters).slice(0, 60)}`, () => jsonOf({ ...VALID, newsletters }), 400);
  }
  for (const consent of ['yes', 'true', 1, false, null, 'on', [true], {}]) add(`consent ${JSON.stringify(consent)}`, () => jsonOf({ ...VALID, consent }), 400);
  add('missing consent', () => jsonOf({ email: VALID.email, newsletters: VALID.newsletters }), 400);
  add('missing email', () => jsonOf({ newsletters: VALID.newsletters, consent: true }), 400);
  add('missing newsletters', () => jsonOf({ email: VALID.email, consent: true }), 400);
  add('unknown consent version', () => jsonOf({ ...VALID, consentVersion: '1999-01-v0' }), 400);
  add('source too long', () => jsonOf({ ...VALID, source: `/${'a'.repeat(3000)}` }), 400);
  add('source wrong type', () => jsonOf({ ...VALID, source: 5 }), 400);
  add('honeypot too long', () => jsonOf({ ...VALID, nl_notes_x7: 'x'.repeat(2000) }), 400);

  // Prototype keys and unknown fields.
  for (const text of [
    `{"__proto__":{"consent":true},"email":"reader@example.org","newsletters":["morning-briefing"]}`,
    `{"email":"reader@example.org","newsletters":["morning-briefing"],"consent":true,"__proto__":{"admin":true}}`,
    `{"email":"reader@example.org","newsletters":["morning-briefing"],"consent":true,"constructor":{"prototype":{"x":1}}}`,
    `{"email":"reader@example.org","newsletters":["morning-briefing"],"consent":true,"prototype":1}`,
    `{"email":"reader@example.org","newsletters":["morning-briefing"],"consent":true,"isAdmin":true}`,
    `{"email":"reader@example.org","newsletters":{"__proto__":["morning-briefing"]},"consent":true}`,
  ]) {
    add(`prototype/unknown keys ${text.slice(0, 50)}`, () => json(text), 400);
  }

  // Bodies too large.
  add('1 MB JSON', () => jsonOf({ ...VALID, source: 'a'.repeat(1024 * 1024) }), 413);
  add('10 MB JSON', () => json(`{"email":"${'a'.repeat(10 * 1024 * 1024)}"}`), 413);
  add('17 KB form', () => form([['email', 'a'.repeat(17 * 1024)]]), 413);
  add('1 MB body without content-length', () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 16) controller.close();
        else controller.enqueue(chunk);
      },
    });
    return new Request(`${SITE}/api/newsletter`, { method: 'POST', headers: browserHeaders('application/json'), body: stream, duplex: 'half' } as RequestInit);
  }, 413);

  // Wrong content types.
  for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'text/html', 'application/json-patch+json', 'application/jsonx', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded; charset=iso-8859-1', 'image/png', '*/*']) {
    add(`content type ${type}`, () => post(validJson, browserHeaders(type)), 415);
  }
  add('no content type', () => post(validJson, { Origin: SITE, 'Sec-Fetch-Site': 'same-origin' }), 415);

  // Cross-site browser posts.
  // Sec-Fetch-Site: same-origin is set by the browser and proves the origin, so a foreign Origin is
  // checked as a browser that sends no Sec-Fetch-Site (older ones, or plain http at a LAN address) sends it.
  add('foreign Origin', () => post(validJson, { 'Content-Type': 'application/json', Origin: 'https://evil.example' }), 403);
  add('Origin null', () => post(validJson, { 'Content-Type': 'application/json', Origin: 'null' }), 403);
  add('Sec-Fetch-Site cross-site', () => json(validJson, { 'Sec-Fetch-Site': 'cross-site' }), 403);
  add('Sec-Fetch-Site same-site', () => json(validJson, { 'Sec-Fetch-Site': 'same-site' }), 403);
  add('cross-site form post', () => post('email=reader%40example.org&newsletter=morning-briefing&consent=yes', browserHeaders('application/x-www-form-urlencoded', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })), 403);

  // Invalid UTF-8.
  add('invalid UTF-8 bytes', () => post(new Uint8Array([0x7b, 0x22, 0x65, 0xff, 0xfe, 0x22, 0x7d]), browserHeaders('application/json')), 400);

  // Addresses: injection, invisible characters, homoglyphs, lists, lengths.
  const badAddresses = [
    'reader@example.org\r\nBcc: victim@example.com',
    'reader@example.org\nBcc: victim@example.com',
    'reader@example.org\rX-Injected: 1',
    'reader@example.org\r\n',
    'reader\r\n@example.org',
    'reader@example.org%0d%0aBcc:victim@example.com',
    'reader\u0000@example.org',
    'reader@example.org\u0000',
    'reader@exa\u0000mple.org',
    'reader\u202e@example.org',
    'reader@\u202eexample.org',
    '\u202ereader@example.org',
    'reader\u2066@example.org',
    'reader\u200b@example.org',
    'reader@exam\u200dple.org',
    '\ufeffreader@example.org',
    'reader\u0007@example.org',
    'reader\u001b[31m@example.org',
    'reader\u0085@example.org',
    'reader\u2028@example.org',
    'reader@gm\u0430il.com',
    'reader@\u0430\u0440\u0440\u04cf\u0435.com',
    'reader@p\u0430ypal.com',
    'reader@\u03bf\u03bf.com',
    'reader@xn--80ak6aa92e.com',
    'reader@g\u043e\u043egle.com',
    'reader@micro\u0455oft.com',
    'Reader <reader@example.org>',
    '"Reader" <reader@example.org>',
    'reader@example.org (Reader)',
    'reader@example.org, other@example.org',
    'reader@example.org;other@example.org',
    'reader@example.org other@example.org',
    'reader@example.org@example.org',
    'reader',
    '@example.org',
    'reader@',
    '',
    '   ',
    'reader@localhost',
    'reader@example',
    'reader@127.0.0.1',
    'reader@[127.0.0.1]',
    'reader@[IPv6:::1]',
    'reader@-example.org',
    'reader@example-.org',
    'reader@exa_mple.org',
    'reader@example..org',
    'reader@.example.org',
    'reader@example.org.',
    '.reader@example.org',
    'reader.@example.org',
    're..ader@example.org',
    '"quoted"@example.org',
    'reader\\@example.org',
    'a'.repeat(65) + '@example.org',
    'é'.repeat(33) + '@example.org',
    `reader@${'a'.repeat(64)}.org`,
    `reader@${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.org`,
    `${'a'.repeat(64)}@${Array.from({ length: 4 }, () => 'b'.repeat(46)).join('.')}.org`,
    'a'.repeat(10_000) + '@example.org',
    'reader@example.123',
    'reader@exa mple.org',
    'reader@exa<mple.org',
    'reader:x@example.org',
    'reader@example.org\t',
    'reader@ex\tample.org',
    '\uff55\uff53\uff45\uff52@\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com', // ｕｓｅｒ@ｅｘａｍｐｌｅ.com
    '\uff52eader@example.org',
    'reader\uff20example.org',
    '\ufb01nance@example.org',
  ];
  for (const email of badAddresses) add(`address ${JSON.stringify(email).slice(0, 60)}`, () => jsonOf({ ...VALID, email }), 400);
  for (const email of badAddresses.slice(0, 30)) {
    add(`form address ${JSON.stringify(email).slice(0, 50)}`, () => form([['email', email], ['newsletter', 'morning-briefing'], ['consent', 'yes']]), 400);
  }

  // Newsletters that do not exist or are not active.
  for (const newsletters of [['election-night'], ['does-not-exist'], ['morning-briefing', 'election-night'], ['climate-week', 'no-such-list']]) {
    add(`newsletters ${newsletters.join('+')}`, () => jsonOf({ ...VALID, newsletters }), 400);
  }

  // Form-specific shapes.
  add('form without consent', () => form([['email', 'reader@example.org'], ['newsletter', 'morning-briefing']]), 400);
  add('form consent=no', () => form([['email', 'reader@example.org'], ['newsletter', 'morning-briefing'], ['consent', 'no']]), 400);
  add('form consent twice', () => form([['email', 'reader@example.org'], ['newsletter', 'morning-briefing'], ['consent', 'yes'], ['consent', 'yes']]), 400);
  add('form email twice', () => form([['email', 'reader@example.org'], ['email', 'other@example.org'], ['newsletter', 'morning-briefing'], ['consent', 'yes']]), 400);
  add('form no newsletter', () => form([['email', 'reader@example.org'], ['consent', 'yes']]), 400);
  add('form inactive newsletter', () => form([['email', 'reader@example.org'], ['newsletter', 'election-night'], ['consent', 'yes']]), 400);
  add('form empty body', () => form([]), 400);
  add('form garbage', () => post('%%%&&&===', browserHeaders('application/x-www-form-urlencoded')), 400);
  return list;
}

describeEachDialect('newsletter signup refuses bad input', (dialect) => {
  let test: TestDatabase;
  let ctx: TestContext;
  const sent: string[] = [];

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await insertNewsletters(test.db);
    ctx = testContext(test.db, { mailer: { send: async (m) => (sent.push(m.to), { messageId: 'x' }) } });
  });
  afterAll(() => test?.destroy());

  it('answers every bad request with a refusing 4xx, and writes and sends nothing', async () => {
    const handler = createSubscribeHandler(async () => ctx);
    const all = cases();
    expect(all.length).toBeGreaterThanOrEqual(200);
    const results: { name: string; status: number; expected?: number }[] = [];
    for (const item of all) {
      const response = await handler(item.request());
      const text = await response.text();
      expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|Error:/); // no stack traces
      results.push({ name: item.name, status: response.status, expected: item.status });
    }
    await ctx.settle();
    const wrong = results.filter((r) => r.status < 400 || r.status >= 500 || (r.expected !== undefined && r.status !== r.expected));
    expect(wrong).toEqual([]);
    expect(await countRows(test.db)).toEqual({ subscribers: 0, subscriptions: 0, tokens: 0, events: 0 });
    expect(sent).toEqual([]);
    console.info(`[bad-input ${dialect}] ${results.length} cases, ${results.filter((r) => r.status >= 500).length} 5xx, 0 accepted, 0 rows`);
  });

  it('names the field in JSON and answers form posts with an HTML page', async () => {
    const handler = createSubscribeHandler(async () => ctx);
    const jsonAnswer = await handler(jsonOf({ ...VALID, email: 'reader@gm\u0430il.com' }));
    expect(await jsonAnswer.json()).toEqual({ ok: false, error: { field: 'email', message: expect.stringMatching(/look-alike/) } });
    const fullWidth = await handler(jsonOf({ ...VALID, email: '\uff55\uff53\uff45\uff52@\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com' }));
    expect(fullWidth.status).toBe(400);
    expect(await fullWidth.json()).toEqual({ ok: false, error: { field: 'email', message: expect.stringMatching(/before the @: it contains full-width/) } });
    const consent = await handler(jsonOf({ ...VALID, consent: false }));
    expect(await consent.json()).toMatchObject({ error: { field: 'consent' } });
    const inactive = await handler(jsonOf({ ...VALID, newsletters: ['election-night'] }));
    expect(await inactive.json()).toMatchObject({ error: { field: 'newsletters', message: expect.stringContaining('election-night') } });
    const page = await handler(form([['email', 'nope'], ['newsletter', 'morning-briefing'], ['consent', 'yes']]));
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Enter one email address only');
  });

  it('still accepts a good signup afterwards (the suite is not refusing everything)', async () => {
    const handler = createSubscribeHandler(async () => ctx);
    const response = await handler(jsonOf({ ...VALID, email: 'Reader@Bücher.example' }));
    expect(response.status).toBe(200);
    const row = await test.db.selectFrom('newsletter_subscribers').select('email').executeTakeFirstOrThrow();
    expect(row.email).toBe('Reader@xn--bcher-kva.example');
  });
});
