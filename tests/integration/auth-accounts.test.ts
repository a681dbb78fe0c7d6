/**
 * @jest-environment node
 *
 * Editor accounts, the credentials check and preview share links against real SQLite and
 * PostgreSQL databases (the same assertions for both dialects).
 */
import { authenticateEditor } from '@/lib/auth/credentials';
import { createEditor, disableEditor, EditorAccountError, enableEditor, findEditorById, resetEditorPassword } from '@/lib/auth/editors';
import { createShare, listLiveShares, resolveShareToken, revokeShare } from '@/lib/preview/shares';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'integration-secret-0123456789abcdef012345';

describeEachDialect('editor accounts', (dialect) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(dialect, { seed: true });
  });
  afterAll(async () => {
    await test?.destroy();
  });

  it('creates an editor with a normalised, unique address and never a stored plain password', async () => {
    const editor = await createEditor(test.db, { email: ' Ana@Example.org ', name: 'Ana' }, PASSWORD);
    expect(editor.email).toBe('ana@example.org');
    const row = await test.db.selectFrom('editors').selectAll().where('id', '=', editor.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    await expect(createEditor(test.db, { email: 'ANA@example.org', name: 'Ana again' }, PASSWORD)).rejects.toThrow(EditorAccountError);
  });

  it('refuses a password shorter than 12 characters', async () => {
    await expect(createEditor(test.db, { email: 'short@example.org', name: 'Short' }, 'elevenchars')).rejects.toThrow();
  });

  it('answers the same (null) for an unknown address, a wrong password and a disabled account', async () => {
    await createEditor(test.db, { email: 'ben@example.org', name: 'Ben' }, PASSWORD);
    expect(await authenticateEditor(test.db, { email: 'BEN@example.org', password: PASSWORD })).toMatchObject({ email: 'ben@example.org' });
    expect(await authenticateEditor(test.db, { email: 'ben@example.org', password: 'wrong password!!' })).toBeNull();
    expect(await authenticateEditor(test.db, { email: 'nobody@example.org', password: PASSWORD })).toBeNull();
    expect(await authenticateEditor(test.db, { email: ['x'], password: 5 })).toBeNull();
    await disableEditor(test.db, 'ben@example.org');
    expect(await authenticateEditor(test.db, { email: 'ben@example.org', password: PASSWORD })).toBeNull();
  });

  it('bumps the session version on disable and password reset, so older sessions die', async () => {
    const editor = await createEditor(test.db, { email: 'cy@example.org', name: 'Cy' }, PASSWORD);
    const disabled = await disableEditor(test.db, 'cy@example.org');
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(editor.sessionVersion + 1);
    const enabled = await enableEditor(test.db, 'cy@example.org');
    expect(enabled.disabledAt).toBeNull();
    expect(enabled.sessionVersion).toBe(disabled.sessionVersion);
    const reset = await resetEditorPassword(test.db, 'cy@example.org', 'a brand new passphrase');
    expect(reset.sessionVersion).toBe(enabled.sessionVersion + 1);
    expect(await authenticateEditor(test.db, { email: 'cy@example.org', password: PASSWORD })).toBeNull();
    expect((await authenticateEditor(test.db, { email: 'cy@example.org', password: 'a brand new passphrase' }))?.id).toBe(editor.id);
    expect((await findEditorById(test.db, editor.id))?.sessionVersion).toBe(reset.sessionVersion);
  });

  describe('preview share links', () => {
    const now = new Date();
    let editorId: string;
    let sessionVersion: number;
    let draftId: string;

    beforeAll(async () => {
      ({ id: editorId, sessionVersion } = await createEditor(test.db, { email: 'share@example.org', name: 'Sharer' }, PASSWORD));
      const draft = await test.db.selectFrom('articles').select('id').where('status', '=', 'draft').executeTakeFirstOrThrow();
      draftId = draft.id;
    });

    it('resolves a fresh link to its article and stores only a hash of it', async () => {
      const share = await createShare(test.db, SECRET, { articleId: draftId, createdBy: editorId, createdSessionVersion: sessionVersion, ttlSeconds: 3600, now });
      const resolved = await resolveShareToken(test.db, SECRET, share.token, now);
      expect(resolved).toMatchObject({ ok: true, articleId: draftId, shareId: share.id });
      const rows = await test.db.selectFrom('preview_shares').select(['token_hash']).execute();
      for (const row of rows) expect(row.token_hash).not.toBe(share.token);
    });

    it('stops resolving a link after its expiry', async () => {
      const share = await createShare(test.db, SECRET, { articleId: draftId, createdBy: editorId, createdSessionVersion: sessionVersion, ttlSeconds: 60, now });
      const later = new Date(now.getTime() + 61_000);
      expect(await resolveShareToken(test.db, SECRET, share.token, later)).toEqual({ ok: false, reason: 'expired' });
    });

    it('stops resolving a revoked link, and lists only live ones', async () => {
      const share = await createShare(test.db, SECRET, { articleId: draftId, createdBy: editorId, createdSessionVersion: sessionVersion, ttlSeconds: 3600, now });
      expect((await listLiveShares(test.db, draftId, now)).map((s) => s.id)).toContain(share.id);
      expect(await revokeShare(test.db, { shareId: share.id, articleId: draftId })).toBe(true);
      expect(await resolveShareToken(test.db, SECRET, share.token, now)).toEqual({ ok: false, reason: 'revoked' });
      expect((await listLiveShares(test.db, draftId, now)).map((s) => s.id)).not.toContain(share.id);
    });

    it('refuses a well-signed token whose row was never stored', async () => {
      const share = await createShare(test.db, SECRET, { articleId: draftId, createdBy: editorId, createdSessionVersion: sessionVersion, ttlSeconds: 3600, now });
      await test.db.deleteFrom('preview_shares').where('id', '=', share.id).execute();
      expect(await resolveShareToken(test.db, SECRET, share.token, now)).toEqual({ ok: false, reason: 'unknown' });
    });
  });
});
