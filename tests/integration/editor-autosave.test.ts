/**
 * @jest-environment node
 *
 * Issue 14, "Nothing lost": the edit form's autosave (POST /api/editor/articles/[id]/autosave) on
 * real SQLite and PostgreSQL, called as Next calls the route, with real session cookies. An
 * autosave is a real save (version + 1, refused from a stale version with the text kept as a
 * conflict revision), but one editor's streak of autosaves stays one revision row until an explicit
 * save, a restore, another editor's save or ten minutes end it. Bad text and unchanged text write
 * nothing. Also the Read more picker's article search (GET /api/editor/articles/lookup).
 */
import { NextRequest } from 'next/server';
import type { Kysely } from 'kysely';
import type { Editor } from '@/lib/auth/editors';
import type { Database } from '@/lib/db/database';
import { EMPTY_VALUES } from '@/lib/editorial/draft-form';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { goodSession } from './hostile-sessions';

let current: NextRequest | undefined;
let currentDb: Kysely<Database> | undefined;

jest.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [], get: (name: string) => current?.cookies.get(name) }),
  headers: async () => new Headers(current?.headers),
  draftMode: async () => ({ isEnabled: false, enable: () => undefined, disable: () => undefined }),
}));
// connection() only marks a render as request-time; outside Next it would throw.
jest.mock('next/server', () => ({ ...jest.requireActual<object>('next/server'), connection: async () => undefined, after: () => undefined }));
// The routes (and the session check) use the database of the dialect under test.
jest.mock('@/lib/db/client', () => ({
  ...jest.requireActual<object>('@/lib/db/client'),
  getDb: async () => {
    if (!currentDb) throw new Error('no test database');
    return currentDb;
  },
}));

const SITE = 'http://news.test';
const SECRET = 'autosave-tests-secret-0123456789abcdef0123456789';
Object.assign(process.env, { SEED_DEMO: 'false', SITE_URL: SITE, NEXTAUTH_URL: SITE, NEXTAUTH_SECRET: SECRET, SESSION_MAX_AGE_HOURS: '8' });


const FIELDS = {
  ...EMPTY_VALUES,
  headline: 'HERON autosave draft',
  standfirst: 'Written for the autosave tests.',
  section: 'news',
  tags: 'Climate',
  authors: ['amara-okafor'],
  heroSrc: '/images/demo/harbour-cranes.jpg',
  heroAlt: 'Cranes at the harbour',
  body: 'HERON first paragraph.',
};
type Fields = Record<string, string | string[] | Blob | undefined>;

function formOf(fields: Fields): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...FIELDS, ...fields })) {
    if (Array.isArray(value)) value.forEach((item) => data.append(key, item));
    else if (value !== undefined) data.set(key, value);
  }
  return data;
}

interface Call {
  who: Editor | null;
  cross?: boolean;
  body?: BodyInit;
  type?: string;
}

async function requestFor(path: string, method: string, call: Call): Promise<NextRequest> {
  const headers: Record<string, string> = { host: 'news.test' };
  Object.assign(headers, call.cross ? { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } : { origin: SITE, 'sec-fetch-site': 'same-origin' });
  if (call.who) headers.cookie = await goodSession(SECRET, call.who);
  if (call.type) headers['content-type'] = call.type;
  current = new NextRequest(`${SITE}${path}`, { method, headers, body: call.body });
  return current;
}

/** The autosave route as Next calls it, with the edit form as a browser's fetch would send it. */
async function autosave(id: string, fields: Fields, who: Editor | null, extra: Partial<Call> = {}): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const { POST } = await import('@/app/api/editor/articles/[id]/autosave/route');
  const body = new Request('http://x', { method: 'POST', body: formOf({ version: '1', articleId: id, ...fields }) });
  const type = body.headers.get('content-type') ?? '';
  const response = await POST(await requestFor(`/api/editor/articles/${encodeURIComponent(id)}/autosave`, 'POST', { who, type, body: await body.arrayBuffer(), ...extra }), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

describeEachDialect('autosave', (dialect) => {
  let test: TestDatabase;
  let editor: Editor;
  let other: Editor;
  let serial = 0;

  beforeAll(async () => {
    test = await createTestDatabase(dialect, { seed: true });
    currentDb = test.db;
    const { createEditor } = await import('@/lib/auth/editors');
    editor = await createEditor(test.db, { email: 'auto-a@example.org', name: 'Auto A' }, 'autosave test passphrase');
    other = await createEditor(test.db, { email: 'auto-b@example.org', name: 'Auto B' }, 'autosave test passphrase');
  });
  beforeEach(() => {
    currentDb = test.db;
  });
  afterAll(async () => {
    await test?.destroy();
  });

  /** A new draft at version 1 (its first save, by `editor`). */
  async function draft(): Promise<string> {
    const { submitDraft } = await import('@/lib/editorial/draft-submission');
    serial += 1;
    const created = await submitDraft(test.db, formOf({ slug: `heron-autosave-${serial}` }), editor);
    if (!created.ok) throw new Error(JSON.stringify(created.state.fieldErrors));
    return created.articleId;
  }

  const revisions = async (id: string) => {
    const { listRevisions } = await import('@/lib/editorial/revision-history');
    return (await listRevisions(test.db, id, { limit: 50 })).map((r) => `${r.version}:${r.kind}${r.autosave ? ':auto' : ''}:${r.editorName}`);
  };
  const stored = async (id: string) => {
    const row = await test.db.selectFrom('articles').select(['version', 'body']).where('id', '=', id).executeTakeFirstOrThrow();
    return { version: Number(row.version), body: row.body };
  };
  /** Everything an autosave could write. */
  const everything = async () =>
    JSON.stringify(
      await Promise.all([
        test.db.selectFrom('articles').select(['id', 'version', 'headline', 'body', 'updated_at', 'working_copy']).orderBy('id').execute(),
        test.db.selectFrom('article_revisions').select(['id', 'version', 'kind', 'created_at', 'snapshot', 'autosave_since']).orderBy('id').execute(),
      ]),
    );

  it('coalesces one editor’s streak of autosaves into one revision, each a new version, until ten minutes have passed', async () => {
    const id = await draft();
    const first = await autosave(id, { version: '1', body: 'HERON typed a little.' }, editor);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ status: 'saved', version: 2, savedAt: expect.any(String) });
    expect(first.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    expect(first.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(await revisions(id)).toEqual(['2:save:auto:Auto A', '1:save:Auto A']);

    for (const [version, body] of [
      [2, 'HERON typed a little more.'],
      [3, 'HERON typed a little more still.'],
    ] as const) {
      expect((await autosave(id, { version: String(version), body }, editor)).json).toMatchObject({ status: 'saved', version: version + 1 });
    }
    expect(await revisions(id)).toEqual(['4:save:auto:Auto A', '1:save:Auto A']);
    const { getRevision, listRevisions } = await import('@/lib/editorial/revision-history');
    const streak = (await listRevisions(test.db, id, { limit: 1 }))[0]!;
    expect((await getRevision(test.db, id, streak.id))?.snapshot.body).toEqual([{ type: 'paragraph', content: [{ text: 'HERON typed a little more still.' }] }]);
    expect((await stored(id)).version).toBe(4);

    // The streak began eleven minutes ago: the next autosave starts a new revision.
    await test.db
      .updateTable('article_revisions')
      .set({ autosave_since: new Date(Date.now() - 11 * 60 * 1000).toISOString() })
      .where('id', '=', streak.id)
      .execute();
    expect((await autosave(id, { version: '4', body: 'HERON after a long streak.' }, editor)).json).toMatchObject({ status: 'saved', version: 5 });
    expect(await revisions(id)).toEqual(['5:save:auto:Auto A', '4:save:auto:Auto A', '1:save:Auto A']);
  });

  it('ends the streak at an explicit save and at a restore: the next autosave is a new revision', async () => {
    const { submitDraft } = await import('@/lib/editorial/draft-submission');
    const { restoreRevision, listRevisions } = await import('@/lib/editorial/revision-history');
    const id = await draft();
    await autosave(id, { version: '1', body: 'HERON autosaved once.' }, editor);
    const saved = await submitDraft(test.db, formOf({ articleId: id, version: '2', slug: `heron-autosave-${serial}`, body: 'HERON saved on purpose.' }), editor);
    expect(saved).toMatchObject({ ok: true, version: 3 });
    expect((await autosave(id, { version: '3', body: 'HERON autosaved after the save.' }, editor)).json).toMatchObject({ status: 'saved', version: 4 });
    expect((await autosave(id, { version: '4', body: 'HERON autosaved again after the save.' }, editor)).json).toMatchObject({ status: 'saved', version: 5 });
    expect(await revisions(id)).toEqual(['5:save:auto:Auto A', '3:save:Auto A', '2:save:auto:Auto A', '1:save:Auto A']);

    const firstSave = (await listRevisions(test.db, id, { limit: 50 })).find((r) => r.version === 1)!;
    expect(await restoreRevision(test.db, { articleId: id, revisionId: firstSave.id, expectedVersion: 5, editorId: editor.id })).toMatchObject({ ok: true, version: 6 });
    expect((await autosave(id, { version: '6', body: 'HERON autosaved after the restore.' }, editor)).json).toMatchObject({ status: 'saved', version: 7 });
    expect((await autosave(id, { version: '7', body: 'HERON autosaved twice after the restore.' }, editor)).json).toMatchObject({ status: 'saved', version: 8 });
    expect((await revisions(id)).slice(0, 2)).toEqual(['8:save:auto:Auto A', '6:restore:Auto A']);
  });

  it('ends the streak when another editor saves in between', async () => {
    const id = await draft();
    await autosave(id, { version: '1', body: 'HERON A writes.' }, editor);
    await autosave(id, { version: '2', body: 'HERON A writes more.' }, editor);
    expect((await autosave(id, { version: '3', body: 'HERON B writes on top.' }, other)).json).toMatchObject({ status: 'saved', version: 4 });
    expect((await autosave(id, { version: '4', body: 'HERON A again.' }, editor)).json).toMatchObject({ status: 'saved', version: 5 });
    expect(await revisions(id)).toEqual(['5:save:auto:Auto A', '4:save:auto:Auto B', '3:save:auto:Auto A', '1:save:Auto A']);
  });

  it('refuses the second of two editors’ autosaves from the same version, and keeps both texts', async () => {
    const { getRevision } = await import('@/lib/editorial/revision-history');
    const id = await draft();
    expect((await autosave(id, { version: '1', body: 'HERON A got there first.' }, editor)).status).toBe(200);
    const refused = await autosave(id, { version: '1', body: 'HERON B typed this meanwhile.' }, other);
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ status: 'conflict', currentVersion: 2, keptRevisionId: expect.any(String), message: expect.stringMatching(/Someone else saved/) });
    expect(refused.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    expect((await stored(id)).body).toContain('HERON A got there first.');
    const kept = await getRevision(test.db, id, refused.json.keptRevisionId as string);
    expect(kept).toMatchObject({ kind: 'conflict', version: 1, editorName: 'Auto B', autosave: false });
    expect(kept?.snapshot.body).toEqual([{ type: 'paragraph', content: [{ text: 'HERON B typed this meanwhile.' }] }]);
    expect(await revisions(id)).toEqual(expect.arrayContaining(['2:save:auto:Auto A', '1:conflict:Auto B']));
  });

  it('writes nothing for text with mistakes (422 with each problem) or for text that is already stored (200, same version)', async () => {
    const id = await draft();
    await autosave(id, { version: '1', body: 'HERON saved text.' }, editor);
    const before = await everything();
    const invalid = await autosave(id, { version: '2', headline: '', body: 'HERON\n\n> \n\n::newsletter[no-such-letter]' }, editor);
    expect(invalid.status).toBe(422);
    expect(invalid.json).toMatchObject({ status: 'invalid', fieldErrors: { headline: expect.any(String) }, bodyErrors: [expect.objectContaining({ line: 3 }), expect.objectContaining({ line: 5 })] });
    expect(await everything()).toBe(before);

    const { loadDraftEditor } = await import('@/lib/editorial/draft-editor');
    const { values } = (await loadDraftEditor(test.db, id))!;
    const same = await autosave(id, { ...values, version: '2' }, editor);
    expect(same.status).toBe(200);
    expect(same.json).toMatchObject({ status: 'saved', version: 2, unchanged: true });
    expect(await everything()).toBe(before);
  });

  it('answers without a session, cross-site, for unknown articles and wrong bodies with a 4xx, writing nothing', async () => {
    const id = await draft();
    const before = await everything();
    expect((await autosave(id, {}, null)).status).toBe(401);
    expect((await autosave(id, {}, editor, { cross: true })).status).toBe(403);
    expect((await autosave('no-such-article', {}, editor)).status).toBe(404);
    expect((await autosave('../etc', {}, editor)).status).toBe(404);
    expect((await autosave(id, {}, editor, { type: 'application/json', body: '{}' })).status).toBe(415);
    expect((await autosave(id, {}, editor, { type: 'multipart/form-data; boundary=x', body: 'not multipart' })).status).toBe(400);
    expect((await autosave(id, {}, editor, { type: 'multipart/form-data; boundary=x', body: 'x'.repeat(2 * 1024 * 1024 + 1) })).status).toBe(413);
    const files = await autosave(id, { headline: new Blob(['x']) }, editor);
    expect(files).toMatchObject({ status: 422, json: { status: 'invalid', fieldErrors: { headline: expect.any(String) } } });
    const versionless = await autosave(id, { version: '' }, editor);
    expect(versionless).toMatchObject({ status: 422, json: { status: 'invalid', message: expect.stringMatching(/lost track/) } });
    expect(await everything()).toBe(before);
  });
});

describeEachDialect('article lookup for Read more cards', (dialect) => {
  let test: TestDatabase;
  let editor: Editor;

  beforeAll(async () => {
    test = await createTestDatabase(dialect, { seed: true });
    currentDb = test.db;
    const { createEditor } = await import('@/lib/auth/editors');
    editor = await createEditor(test.db, { email: 'lookup@example.org', name: 'Lookup' }, 'lookup test passphrase');
    await test.db.updateTable('articles').set({ headline: 'GANNET 100% sure_thing' }).where('id', '=', 'demo-001').execute();
  });
  beforeEach(() => {
    currentDb = test.db;
  });
  afterAll(async () => {
    await test?.destroy();
  });

  async function lookup(q: string | null, who: Editor | null = editor): Promise<{ status: number; json: { results?: { headline: string; path: string; status: string }[] } }> {
    const { GET } = await import('@/app/api/editor/articles/lookup/route');
    const url = q === null ? '/api/editor/articles/lookup' : `/api/editor/articles/lookup?q=${encodeURIComponent(q)}`;
    const response = await GET(await requestFor(url, 'GET', { who }));
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    return { status: response.status, json: (await response.json()) as { results?: { headline: string; path: string; status: string }[] } };
  }

  it('finds articles by headline words in any case, by slug, and by a pasted address, at most ten', async () => {
    const { results } = (await lookup('gannet')).json;
    expect(results).toEqual([{ headline: 'GANNET 100% sure_thing', path: expect.stringMatching(/^\/[a-z-]+\/[a-z0-9-]+$/), status: expect.any(String) }]);
    const path = results![0]!.path;
    expect((await lookup(path.split('/')[2]!.slice(0, 12))).json.results?.map((r) => r.path)).toContain(path);
    expect((await lookup(`https://news.test${path}`)).json.results?.map((r) => r.path)).toEqual([path]);
    expect((await lookup('e')).json.results).toHaveLength(10);
  });

  it('drops control characters from the query (PostgreSQL cannot compare NUL)', async () => {
    expect((await lookup('GAN\u0000NET')).json.results?.map((r) => r.headline)).toEqual(['GANNET 100% sure_thing']);
  });

  it('treats % and _ as the characters themselves', async () => {
    expect((await lookup('100%')).json.results?.map((r) => r.headline)).toEqual(['GANNET 100% sure_thing']);
    expect((await lookup('e_t')).json.results?.map((r) => r.headline)).toEqual(['GANNET 100% sure_thing']);
    expect((await lookup('%%%')).json.results).toEqual([]);
    expect((await lookup('\\')).json.results).toEqual([]);
  });

  it('refuses an empty or overlong query with 400 and a caller without a session with 401', async () => {
    expect((await lookup(null)).status).toBe(400);
    expect((await lookup('   ')).status).toBe(400);
    expect((await lookup('x'.repeat(201))).status).toBe(400);
    expect((await lookup('\u0000\u0001')).status).toBe(400);
    expect((await lookup('gannet', null)).status).toBe(401);
  });
});
