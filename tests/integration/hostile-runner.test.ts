/**
 * @jest-environment node
 *
 * The hostile corpus runner catches what it claims to: a deliberately broken handler (a 5xx, a
 * throw, a written row, an accepted bad request, a leaked stack trace, an off-site redirect) makes
 * it report a problem, so a green corpus means something.
 */
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/db';
import { runCorpus, staysOn, type HostileCase } from './hostile-helpers';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase('sqlite');
});
afterAll(() => test.destroy());

const refusal = () => Promise.resolve(Response.json({ error: 'Bad request' }, { status: 400 }));

async function problemsOf(item: HostileCase): Promise<string[]> {
  return (await runCorpus(test.db, [item])).problems;
}

describe('the hostile corpus runner', () => {
  it('passes a handler that refuses cleanly', async () => {
    expect(await problemsOf({ name: 'clean', send: refusal, expect: 400 })).toEqual([]);
  });

  it.each<[string, () => Promise<Response>, RegExp]>([
    ['answers 500', () => Promise.resolve(new Response('oops', { status: 500 })), /server error 500/],
    ['throws', () => Promise.reject(new TypeError('x.startsWith is not a function')), /handler threw/],
    ['accepts the bad request', () => Promise.resolve(Response.json({ ok: true })), /status 200, expected 400/],
    ['leaks a stack trace', () => Promise.resolve(new Response(`Error: boom\n    at handler (/app/route.js:1:2)`, { status: 400 })), /leaks internals/],
    [
      'writes a row',
      async () => {
        await test.db.insertInto('sections').values({ id: 'broken', slug: 'broken', name: 'Broken', description: '', position: 99 }).execute();
        return new Response('refused', { status: 400 });
      },
      /changed rows in sections/,
    ],
    [
      'updates a row in place (same count)',
      async () => {
        await test.db.updateTable('sections').set({ name: 'Renamed' }).where('id', '=', 'broken').execute();
        return new Response('refused', { status: 400 });
      },
      /changed rows in sections/,
    ],
  ])('reports a handler that %s', async (_name, send, problem) => {
    const problems = await problemsOf({ name: 'broken', send, expect: 400 });
    expect(problems.join('\n')).toMatch(problem);
  });

  it('reports a redirect off-site', async () => {
    const send = () => Promise.resolve(new Response(null, { status: 302, headers: { Location: 'https://evil.example/' } }));
    expect(await problemsOf({ name: 'redirect', send, expect: 302, check: staysOn('http://news.test') })).toEqual(['redirect: redirects off-site to https://evil.example/']);
  });
});
