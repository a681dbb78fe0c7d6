import 'server-only';
import type { Kysely } from 'kysely';
import type { ArticleSnapshot } from '@/lib/content/article-snapshot';
import { parseWorkingCopy } from '@/lib/content/snapshot-writer';
import type { Database } from '@/lib/db/database';
import { saveDraft, type SaveResult } from './draft-store';
import type { RevisionKind } from './tables';

/** An article's revisions, newest first, one of them whole, and restoring one (a new save, see draft-store.ts). */

type Db = Kysely<Database>;

export interface RevisionSummary {
  id: string;
  version: number;
  kind: RevisionKind;
  editorName: string | null;
  restoredFrom: number | null;
  createdAt: string;
  /** Written by autosave (kind 'save'). */
  autosave: boolean;
}

export interface Revision extends RevisionSummary {
  snapshot: ArticleSnapshot;
}

const revisionColumns = ['r.id', 'r.version', 'r.kind', 'r.restored_from', 'r.created_at', 'r.autosave_since', 'e.name as editor_name'] as const;

function revisionsOf(db: Db, articleId: string) {
  return db
    .selectFrom('article_revisions as r')
    .leftJoin('editors as e', 'e.id', 'r.editor_id')
    .where('r.article_id', '=', articleId);
}

type RevisionRow = { id: string; version: number; kind: RevisionKind; restored_from: number | null; created_at: string; autosave_since: string | null; editor_name: string | null };

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    version: Number(row.version),
    kind: row.kind,
    editorName: row.editor_name,
    restoredFrom: row.restored_from === null ? null : Number(row.restored_from),
    createdAt: row.created_at,
    autosave: row.autosave_since !== null,
  };
}

/** Newest first. */
export async function listRevisions(db: Db, articleId: string, options: { limit: number }): Promise<RevisionSummary[]> {
  const rows = await revisionsOf(db, articleId)
    .select(revisionColumns)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.version', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map(toSummary);
}

export async function getRevision(db: Db, articleId: string, revisionId: string): Promise<Revision | null> {
  const row = await revisionsOf(db, articleId).select([...revisionColumns, 'r.snapshot']).where('r.id', '=', revisionId).executeTakeFirst();
  if (!row) return null;
  return { ...toSummary(row), snapshot: parseWorkingCopy(`${articleId} revision ${row.id}`, row.snapshot) };
}

/** Restoring is saving an older snapshot again, as a new version (nothing is ever rewritten). */
export async function restoreRevision(
  db: Db,
  input: { articleId: string; revisionId: string; expectedVersion: number; editorId: string; now?: Date },
): Promise<SaveResult> {
  const revision = await getRevision(db, input.articleId, input.revisionId);
  if (!revision) return { ok: false, reason: 'not-found' };
  return saveDraft(db, { ...input, snapshot: revision.snapshot, restoredFrom: revision.version });
}
