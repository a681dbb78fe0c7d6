/**
 * @jest-environment node
 *
 * Issue 11 item 5: share links die with their editor's session version (disable or password reset
 * kills every link they made, at once, and re-enabling does not bring them back), and live links
 * are capped per editor and per draft, concurrency included. Real SQLite and PostgreSQL.
 */
import { createEditor, disableEditor, enableEditor, resetEditorPassword, type Editor } from '@/lib/auth/editors';
import { createShare, listLiveShares, listLiveSharesFor, resolveShareToken, revokeShare, SHARE_LIMITS, ShareLimitError } from '@/lib/preview/shares';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';

const PASSWORD = 'share lifecycle passphrase';
const SECRET = 'share-lifecycle-secret-0123456789abcdef0123';

describeEachDialect('share links and their editor', (dialect) => {
  let test: TestDatabase;
  let articleIds: string[];

  beforeAll(async () => {
    test = await createTestDatabase(dialect, { seed: true });
    articleIds = (await test.db.selectFrom('articles').select('id').orderBy('id').execute()).map((row) => row.id);
    expect(articleIds.length).toBeGreaterThanOrEqual(6);
  });
  afterAll(async () => {
    await test?.destroy();
  });

  let counter = 0;
  async function newEditor(): Promise<Editor> {
    counter += 1;
    return createEditor(test.db, { email: `sharer-${counter}@example.org`, name: `Sharer ${counter}` }, PASSWORD);
  }
  const share = (editor: Editor, articleId: string) =>
    createShare(test.db, SECRET, { articleId, createdBy: editor.id, createdSessionVersion: editor.sessionVersion, ttlSeconds: 3600 });

  it('kills every link of an editor who is disabled, and re-enabling does not revive them', async () => {
    const editor = await newEditor();
    const links = [await share(editor, articleIds[0]!), await share(editor, articleIds[1]!)];
    for (const link of links) expect(await resolveShareToken(test.db, SECRET, link.token)).toMatchObject({ ok: true });

    await disableEditor(test.db, editor.email);
    for (const link of links) expect(await resolveShareToken(test.db, SECRET, link.token)).toEqual({ ok: false, reason: 'creator-signed-out' });
    expect((await listLiveShares(test.db, articleIds[0]!)).map((s) => s.id)).not.toContain(links[0]!.id);

    await enableEditor(test.db, editor.email);
    for (const link of links) expect(await resolveShareToken(test.db, SECRET, link.token)).toEqual({ ok: false, reason: 'creator-signed-out' });
  });

  it('kills an editor’s links on a password reset; links made in the new session work', async () => {
    const editor = await newEditor();
    const before = await share(editor, articleIds[2]!);
    const other = await newEditor();
    const bystander = await share(other, articleIds[2]!);

    const reset = await resetEditorPassword(test.db, editor.email, 'a fresh passphrase here');
    expect(await resolveShareToken(test.db, SECRET, before.token)).toEqual({ ok: false, reason: 'creator-signed-out' });
    // Another editor's link to the same draft is untouched.
    expect(await resolveShareToken(test.db, SECRET, bystander.token)).toMatchObject({ ok: true, shareId: bystander.id });
    // A link stamped with the old version (a request that raced the reset) is born dead.
    const raced = await share(editor, articleIds[2]!);
    expect(await resolveShareToken(test.db, SECRET, raced.token)).toEqual({ ok: false, reason: 'creator-signed-out' });
    const after = await share(reset, articleIds[2]!);
    expect(await resolveShareToken(test.db, SECRET, after.token)).toMatchObject({ ok: true, shareId: after.id });
    const listed = (await listLiveSharesFor(test.db, [articleIds[2]!])).get(articleIds[2]!)?.map((s) => s.id);
    expect(listed?.sort()).toEqual([bystander.id, after.id].sort());
  });

  it(`caps a draft at ${SHARE_LIMITS.perDraft} live links; revoked and dead links free a place`, async () => {
    const draft = articleIds[3]!;
    const first = await newEditor();
    const second = await newEditor();
    const made = [];
    for (let i = 0; i < SHARE_LIMITS.perDraft; i++) made.push(await share(i % 2 ? first : second, draft));
    await expect(share(first, draft)).rejects.toEqual(new ShareLimitError('draft'));
    const rows = await test.db.selectFrom('preview_shares').select('id').where('article_id', '=', draft).execute();
    expect(rows).toHaveLength(SHARE_LIMITS.perDraft);

    expect(await revokeShare(test.db, { shareId: made[0]!.id, articleId: draft })).toBe(true);
    await share(first, draft);
    await expect(share(first, draft)).rejects.toBeInstanceOf(ShareLimitError);
    // The second editor's links die with their session, which frees their places.
    await disableEditor(test.db, second.email);
    await share(first, draft);
  });

  it(`caps an editor at ${SHARE_LIMITS.perEditor} live links across drafts`, async () => {
    const editor = await newEditor();
    const drafts = articleIds.slice(0, Math.ceil(SHARE_LIMITS.perEditor / SHARE_LIMITS.perDraft) + 1);
    // Free the drafts of earlier tests' links so only the per-editor cap can bite.
    await test.db.deleteFrom('preview_shares').execute();
    for (let i = 0; i < SHARE_LIMITS.perEditor; i++) await share(editor, drafts[Math.floor(i / SHARE_LIMITS.perDraft)]!);
    await expect(share(editor, drafts.at(-1)!)).rejects.toEqual(new ShareLimitError('editor'));
    const count = await test.db.selectFrom('preview_shares').select('id').where('created_by', '=', editor.id).execute();
    expect(count).toHaveLength(SHARE_LIMITS.perEditor);
    // Another editor still can.
    await share(await newEditor(), drafts.at(-1)!);
  });

  it('holds the draft cap under concurrent creation', async () => {
    const draft = articleIds[5]!;
    await test.db.deleteFrom('preview_shares').where('article_id', '=', draft).execute();
    const editors = await Promise.all(Array.from({ length: 4 }, () => newEditor()));
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => share(editors[i % 4]!, draft)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(SHARE_LIMITS.perDraft);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ShareLimitError);
    const rows = await test.db.selectFrom('preview_shares').select('id').where('article_id', '=', draft).execute();
    expect(rows).toHaveLength(SHARE_LIMITS.perDraft);
  });
});
