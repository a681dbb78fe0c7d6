import 'server-only';
import type { Kysely } from 'kysely';
import type { ArticleSnapshot } from '@/lib/content/article-snapshot';
import { listAuthors, listNewsletters, listSections, listTags } from '@/lib/content/repository';
import type { AuthorRef, Newsletter, SectionRef, TagRef } from '@/lib/content/schema';
import type { Database } from '@/lib/db/database';
import { valuesOfSnapshot, type DraftFormValues } from './draft-form';
import { articlePaths, pictureSizes } from './draft-lookups';
import { loadEditable, type EditableArticle } from './draft-store';
import { getRevision, listRevisions, type Revision, type RevisionSummary } from './revision-history';
import { serialiseBody } from './draft-text';
import { foldUnchanged, lineDiff, type DiffHunk } from './line-diff';
import { snapshotText } from './snapshot-text';

/** What the editor's pages show: the form's values, the choices of its lists, revisions and comparisons. */

export const REVISIONS_SHOWN = 50;

export interface DraftChoices {
  sections: SectionRef[];
  authors: AuthorRef[];
  tags: TagRef[];
  newsletters: Newsletter[];
}

export async function loadDraftChoices(db: Kysely<Database>): Promise<DraftChoices> {
  const [sections, authors, tags, newsletters] = await Promise.all([listSections(db), listAuthors(db), listTags(db), listNewsletters(db, { activeOnly: true })]);
  return {
    sections: sections.map(({ slug, name }) => ({ slug, name })),
    authors: authors.map(({ slug, name }) => ({ slug, name })),
    tags,
    newsletters,
  };
}

/**
 * The body in the editing syntax, with Read more cards written as the paths editors know, and
 * pictures stored on this site without the size that is read from their files anyway.
 */
export async function bodyText(db: Kysely<Database>, snapshot: ArticleSnapshot): Promise<string> {
  const ids = snapshot.body.flatMap((block) => (block.type === 'readMore' ? [block.articleId] : []));
  const sources = [...new Set(snapshot.body.flatMap((block) => (block.type === 'image' ? [block.image.src] : [])))];
  const [paths, fileSizes] = await Promise.all([articlePaths(db, ids), pictureSizes(db, sources)]);
  return serialiseBody(snapshot.body, {
    readMoreRef: (id) => paths.get(id) ?? id,
    sizeIsImplied: (image) => {
      const file = fileSizes.get(image.src);
      return file !== undefined && file.width === image.width && file.height === image.height;
    },
  });
}

export interface DraftEditorData {
  editable: EditableArticle;
  values: DraftFormValues;
  revisions: RevisionSummary[];
}

export async function loadDraftEditor(db: Kysely<Database>, articleId: string): Promise<DraftEditorData | null> {
  const editable = await loadEditable(db, articleId);
  if (!editable) return null;
  const [body, revisions] = await Promise.all([bodyText(db, editable.snapshot), listRevisions(db, articleId, { limit: REVISIONS_SHOWN })]);
  return { editable, values: valuesOfSnapshot(editable.snapshot, body), revisions };
}

export interface RevisionComparison {
  editable: EditableArticle;
  revision: Revision;
  hunks: DiffHunk[];
  /** Nothing differs between the revision and the current text. */
  identical: boolean;
}

/** A revision against the current text, line by line (old = the revision, new = current). */
export async function compareRevision(db: Kysely<Database>, articleId: string, revisionId: string): Promise<RevisionComparison | null> {
  const [editable, revision] = await Promise.all([loadEditable(db, articleId), getRevision(db, articleId, revisionId)]);
  if (!editable || !revision) return null;
  const [before, after] = await Promise.all([bodyText(db, revision.snapshot), bodyText(db, editable.snapshot)]);
  const lines = lineDiff(snapshotText(revision.snapshot, before), snapshotText(editable.snapshot, after));
  return { editable, revision, hunks: foldUnchanged(lines), identical: lines.every((line) => line.kind === 'same') };
}
