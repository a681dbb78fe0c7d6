/**
 * @jest-environment node
 */
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { DEFAULT_RULES } from '@/lib/newsletter/context';
import { createSubscribeHandler } from '@/lib/newsletter/handlers';
import { addressKey } from '@/lib/newsletter/subscribe';
import { insertNewsletters, jsonRequest, testContext } from './newsletter-helpers';

/**
 * Case variants of one address ("Ana@x.org", "aNa@x.org", …) share the per-address signup limit and
 * the one-mail-per-window throttle, so they cannot multiply confirmation mails; each is still stored
 * exactly as typed.
 */

jest.setTimeout(60_000);

const body = (email: string) => ({ email, newsletters: ['morning-briefing'], consent: true });
/** Every request from its own client IP, so only the per-address rules can refuse. */
const from = (i: number) => ({ 'X-Forwarded-For': `198.51.100.${i + 1}` });

describeEachDialect('newsletter limits on case variants of an address', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await insertNewsletters(test.db);
  });
  afterAll(() => test?.destroy());

  const storedEmails = async (domain: string) =>
    (await test.db.selectFrom('newsletter_subscribers').select('email').where('email', 'like', `%@${domain}`).execute()).map((row) => row.email).sort();

  it('sends one confirmation mail for all case variants inside the window, and stores each as typed', async () => {
    const sent: string[] = [];
    const ctx = testContext(test.db, {
      mailer: { send: async (mail) => (sent.push(mail.to), { messageId: 'x' }) },
      rules: { signupPerAddress: DEFAULT_RULES.signupPerAddress },
    });
    const handler = createSubscribeHandler(async () => ctx);
    const variants = ['Ana@mail.example', 'aNa@mail.example', 'ANA@mail.example', 'ana@MAIL.example'];
    const statuses = [];
    for (const [i, email] of variants.entries()) statuses.push((await handler(jsonRequest('/api/newsletter', body(email), from(i)))).status);
    await ctx.settle();
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(sent).toEqual(['Ana@mail.example']);
    expect(await storedEmails('mail.example')).toEqual(['ANA@mail.example', 'Ana@mail.example', 'aNa@mail.example', 'ana@mail.example'].sort());
  });

  it('counts case variants against one per-address limit', async () => {
    const ctx = testContext(test.db, { rules: { signupPerAddress: DEFAULT_RULES.signupPerAddress } });
    const handler = createSubscribeHandler(async () => ctx);
    const variants = ['bo@post.example', 'Bo@post.example', 'bO@post.example', 'BO@post.example', 'bo@POST.example', 'Bo@Post.Example', 'BO@POST.EXAMPLE'];
    const statuses = [];
    for (const [i, email] of variants.entries()) statuses.push((await handler(jsonRequest('/api/newsletter', body(email), from(i)))).status);
    expect(DEFAULT_RULES.signupPerAddress.limit).toBe(6);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    // A different address is not affected.
    expect((await handler(jsonRequest('/api/newsletter', body('cy@post.example'), from(9)))).status).toBe(200);
    await ctx.settle();
  });
});

describe('addressKey', () => {
  it('folds case, including characters whose upper case is longer', () => {
    expect(addressKey('Ana@x.org')).toBe(addressKey('aNA@x.org'));
    expect(addressKey('straße@x.org')).toBe(addressKey('STRASSE@x.org'));
    expect(addressKey('ana@x.org')).not.toBe(addressKey('anna@x.org'));
  });
});
