/**
 * @jest-environment node
 *
 * Issue 14, the data under the editor's form, on real SQLite and PostgreSQL: every save is a
 * revision with its editor; a save from an older version is refused and kept as a conflict copy;
 * restoring saves an old snapshot as a new version; a public article's saves wait in its working
 * copy until publish.ts publishes them; a public slug change leaves a redirect; topics a draft
 * invents are created only when it goes public.
 */
import type { ArticleSnapshot } from '@/lib/content/article-snapshot';
import { publishArticle, PublishConflictError, unpublishArticle, updateArticle, type PublishOptions } from '@/lib/content/publish';
import { findSlugRedirect, getPublishedArticle } from '@/lib/content/repository';
import { createEditor, type Editor } from '@/lib/auth/editors';
import { createDraft, freeSlug, loadEditable, saveDraft } from '@/lib/editorial/draft-store';
import { getRevision, listRevisions, restoreRevision } from '@/lib/editorial/revision-history';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';

const snapshot = (overrides: Partial<ArticleSnapshot> = {}): ArticleSnapshot => ({
  slug: 'osprey-store-test',
  section: 'news',
  language: 'en',
  headline: 'OSPREY first headline',
  standfirst: 'A draft written for the store tests.',
  hero: { src: '/images/demo/harbour-cranes.jpg', alt: 'Cranes', width: 1600, height: 900 },
  body: [{ type: 'paragraph', content: [{ text: 'OSPREY body one.' }] }],
  authors: ['amara-okafor'],
  tags: [{ slug: 'climate', name: 'Climate' }],
  social: {},
  ...overrides,
});

describeEachDialect('draft saves, revisions and conflicts', (dialect) => {
  let test: TestDatabase;
  let editor: Editor;
  let other: Editor;
  let expired: string[];
  const publishOptions = (): PublishOptions => ({ db: test.db, settleMs: 0, afterResponse: null, purgeCdn: null, revalidate: (tag) => expired.push(tag) });

  beforeAll(async () => {
    test = await createTestDatabase(dialect, { seed: true });
    editor = await createEditor(test.db, { email: 'store-a@example.org', name: 'Store A' }, 'store test passphrase');
    other = await createEditor(test.db, { email: 'store-b@example.org', name: 'Store B' }, 'store test passphrase');
  });
  afterAll(async () => {
    await test?.destroy();
  });
  beforeEach(() => {
    expired = [];
  });

  const headline = async (id: string) => (await test.db.selectFrom('articles').select('headline').where('id', '=', id).executeTakeFirstOrThrow()).headline;

  it('creates a draft as revision 1, saves revision 2, refuses a stale save and keeps its text, restores revision 1 as 3', async () => {
    const created = await createDraft(test.db, { snapshot: snapshot(), editorId: editor.id });
    if (!created.ok) throw new Error(created.message);
    const id = created.id;
    expect(await loadEditable(test.db, id)).toMatchObject({ status: 'draft', live: false, version: 1, unpublishedChanges: false, snapshot: snapshot() });

    const second = await saveDraft(test.db, { articleId: id, expectedVersion: 1, editorId: editor.id, snapshot: snapshot({ headline: 'OSPREY second headline' }) });
    expect(second).toEqual({ ok: true, version: 2, live: false, pendingTags: [] });
    expect(await headline(id)).toBe('OSPREY second headline');

    // The other editor still has version 1 open.
    const stale = await saveDraft(test.db, { articleId: id, expectedVersion: 1, editorId: other.id, snapshot: snapshot({ headline: 'OSPREY their headline' }) });
    expect(stale).toEqual({ ok: false, reason: 'conflict', currentVersion: 2, keptRevisionId: expect.any(String) });
    expect(await headline(id)).toBe('OSPREY second headline');
    if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict');
    expect(await getRevision(test.db, id, stale.keptRevisionId)).toMatchObject({ kind: 'conflict', version: 1, editorName: 'Store B', snapshot: { headline: 'OSPREY their headline' } });

    const first = (await listRevisions(test.db, id, { limit: 10 })).find((r) => r.version === 1 && r.kind === 'save');
    const restored = await restoreRevision(test.db, { articleId: id, revisionId: first!.id, expectedVersion: 2, editorId: other.id });
    expect(restored).toMatchObject({ ok: true, version: 3 });
    expect(await headline(id)).toBe('OSPREY first headline');

    const revisions = await listRevisions(test.db, id, { limit: 10 });
    expect(revisions[0]).toMatchObject({ version: 3, kind: 'restore', editorName: 'Store B', restoredFrom: 1 });
    expect(revisions.map((r) => `${r.version}:${r.kind}:${r.editorName}`).sort()).toEqual(['1:conflict:Store B', '1:save:Store A', '2:save:Store A', '3:restore:Store B']);
  });

  it('lets exactly one of two simultaneous saves from the same version through', async () => {
    const created = await createDraft(test.db, { snapshot: snapshot({ slug: 'osprey-race' }), editorId: editor.id });
    if (!created.ok) throw new Error(created.message);
    const results = await Promise.all(
      [editor, other].map((who, i) =>
        saveDraft(test.db, { articleId: created.id, expectedVersion: 1, editorId: who.id, snapshot: snapshot({ slug: 'osprey-race', headline: `OSPREY racer ${i}` }) }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
    const versions = await test.db.selectFrom('article_revisions').select(['version', 'kind']).where('article_id', '=', created.id).orderBy('version').execute();
    expect(versions.map((v) => `${v.version}:${v.kind}`).sort()).toEqual(['1:conflict', '1:save', '2:save']);
  });

  it('refuses a taken address, an unknown section or author, and writes nothing', async () => {
    const created = await createDraft(test.db, { snapshot: snapshot({ slug: 'osprey-refusals' }), editorId: editor.id });
    if (!created.ok) throw new Error(created.message);
    const taken = (await test.db.selectFrom('articles').select('slug').where('id', '=', 'demo-001').executeTakeFirstOrThrow()).slug;
    const before = await test.db.selectFrom('article_revisions').select('id').where('article_id', '=', created.id).execute();
    const refusals: [Partial<ArticleSnapshot>, string][] = [
      [{ slug: taken }, 'slug'],
      [{ section: 'no-such-section' }, 'section'],
      [{ authors: ['nobody-at-all'] }, 'authors'],
    ];
    for (const [change, field] of refusals) {
      const result = await saveDraft(test.db, { articleId: created.id, expectedVersion: 1, editorId: editor.id, snapshot: snapshot({ slug: 'osprey-refusals', ...change }) });
      expect(result).toMatchObject({ ok: false, reason: 'rejected', field });
    }
    expect(await createDraft(test.db, { snapshot: snapshot({ slug: taken }), editorId: editor.id })).toMatchObject({ ok: false, field: 'slug' });
    expect(await loadEditable(test.db, created.id)).toMatchObject({ version: 1 });
    expect(await test.db.selectFrom('article_revisions').select('id').where('article_id', '=', created.id).execute()).toEqual(before);
    expect(await freeSlug(test.db, taken, null)).toBe(`${taken}-2`);
    expect(await freeSlug(test.db, 'osprey-refusals', created.id)).toBe('osprey-refusals');
  });

  it('creates a topic a draft invents only when the draft is published', async () => {
    const invented = { slug: 'osprey-secret-topic', name: 'OSPREY secret topic' };
    const created = await createDraft(test.db, { snapshot: snapshot({ slug: 'osprey-topics', tags: [{ slug: 'climate', name: 'Climate' }, invented] }), editorId: editor.id });
    if (!created.ok) throw new Error(created.message);
    expect(await test.db.selectFrom('tags').select('id').where('slug', '=', invented.slug).executeTakeFirst()).toBeUndefined();
    expect(await loadEditable(test.db, created.id)).toMatchObject({ pendingTags: [invented], snapshot: { tags: [{ slug: 'climate' }, invented] } });

    const published = await publishArticle(created.id, publishOptions());
    expect(published.tags).toEqual([{ slug: 'climate', name: 'Climate' }, invented]);
    expect(await loadEditable(test.db, created.id)).toMatchObject({ pendingTags: [], unpublishedChanges: false, live: true });
  });

  it('keeps a public article as readers know it until "Update live article", then redirects its old slug', async () => {
    const id = 'demo-001';
    const live = await loadEditable(test.db, id);
    if (!live) throw new Error('demo-001 missing');
    const oldSlug = live.snapshot.slug;
    const oldHeadline = live.snapshot.headline;
    expect(live).toMatchObject({ live: true, status: 'published', version: 1 });

    const saved = await saveDraft(test.db, {
      articleId: id,
      expectedVersion: 1,
      editorId: editor.id,
      snapshot: { ...live.snapshot, slug: 'osprey-moved-story', headline: 'OSPREY corrected headline' },
    });
    expect(saved).toMatchObject({ ok: true, version: 2, live: true });
    // Readers: unchanged.
    expect((await getPublishedArticle(test.db, oldSlug))?.headline).toBe(oldHeadline);
    expect(await getPublishedArticle(test.db, 'osprey-moved-story')).toBeNull();
    expect(await loadEditable(test.db, id)).toMatchObject({ unpublishedChanges: true, snapshot: { headline: 'OSPREY corrected headline' } });
    // The text as it was before its first save here is kept too.
    expect((await listRevisions(test.db, id, { limit: 5 })).map((r) => `${r.version}:${r.kind}`)).toEqual(['2:save', '1:baseline']);

    await expect(publishArticle(id, { ...publishOptions(), expectedVersion: 1 })).rejects.toBeInstanceOf(PublishConflictError);
    expect((await getPublishedArticle(test.db, oldSlug))?.headline).toBe(oldHeadline);

    const updated = await publishArticle(id, { ...publishOptions(), expectedVersion: 2 });
    expect(updated).toMatchObject({ slug: 'osprey-moved-story', headline: 'OSPREY corrected headline', status: 'published' });
    expect(expired).toEqual(expect.arrayContaining([`article-slug:${oldSlug}`, 'article-slug:osprey-moved-story']));
    expect(await getPublishedArticle(test.db, oldSlug)).toBeNull();
    expect(await findSlugRedirect(test.db, oldSlug)).toEqual({ articleId: id, path: `/${updated.section.slug}/osprey-moved-story` });
    expect(await loadEditable(test.db, id)).toMatchObject({ unpublishedChanges: false, version: 2 });

    // A correction through the JSON API moves the version on: a form still on version 2 is refused.
    await updateArticle(id, { standfirst: 'Corrected through the API.' }, publishOptions());
    const current = (await loadEditable(test.db, id))!;
    expect(current.version).toBe(3);
    expect(await saveDraft(test.db, { articleId: id, expectedVersion: 2, editorId: editor.id, snapshot: current.snapshot })).toMatchObject({ ok: false, reason: 'conflict', currentVersion: 3 });

    // Unpublished, the redirect leads nowhere (it never reveals a draft's address).
    await unpublishArticle(id, publishOptions());
    expect(await findSlugRedirect(test.db, oldSlug)).toBeNull();
    await publishArticle(id, publishOptions());
    expect(await findSlugRedirect(test.db, oldSlug)).not.toBeNull();

    // Moving back to the old slug releases it.
    const back = (await loadEditable(test.db, id))!;
    await saveDraft(test.db, { articleId: id, expectedVersion: back.version, editorId: editor.id, snapshot: { ...back.snapshot, slug: oldSlug } });
    await publishArticle(id, publishOptions());
    expect(await findSlugRedirect(test.db, oldSlug)).toBeNull();
    expect(await findSlugRedirect(test.db, 'osprey-moved-story')).toEqual({ articleId: id, path: expect.stringMatching(new RegExp(`/${oldSlug}$`)) });
  });
});
