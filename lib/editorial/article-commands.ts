import 'server-only';
import { z } from 'zod';
import {
  ArticleNotFoundError,
  publishArticle,
  PublishConflictError,
  PublishRejectedError,
  scheduleArticle,
  unpublishArticle,
  updateArticle,
  type PublishOptions,
} from '@/lib/content/publish';
import { articlePatchSchema } from '@/lib/content/article-patch';
import type { Article } from '@/lib/content/schema';
import { SnapshotRejectedError } from '@/lib/content/snapshot-writer';

/**
 * What an editor can ask of an article, as one validated command. The editor dashboard's server
 * actions and the JSON API (/api/editor/articles/[id]) both go through here, so the rules are
 * written once; authorisation (requireEditor) is the caller's job, before this runs.
 */
export const articleCommandSchema = z.discriminatedUnion('action', [
  // expectedVersion: the version the editor saw; a later save refuses the publish (409).
  z.object({ action: z.literal('publish'), expectedVersion: z.number().int().positive().optional() }).strict(),
  z.object({ action: z.literal('unpublish') }).strict(),
  z.object({ action: z.literal('schedule'), at: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ action: z.literal('update'), patch: articlePatchSchema }).strict(),
]);
export type ArticleCommand = z.infer<typeof articleCommandSchema>;

export type CommandResult =
  | { ok: true; article: Article }
  | { ok: false; status: 400 | 404 | 409; error: string };

export async function runArticleCommand(
  articleId: string,
  command: ArticleCommand,
  options: PublishOptions = {},
): Promise<CommandResult> {
  try {
    const article = await apply(articleId, command, options);
    return { ok: true, article };
  } catch (error) {
    if (error instanceof ArticleNotFoundError) return { ok: false, status: 404, error: 'No such article' };
    if (error instanceof PublishRejectedError || error instanceof SnapshotRejectedError) return { ok: false, status: 400, error: error.message };
    if (error instanceof PublishConflictError) {
      return { ok: false, status: 409, error: `Someone saved this article since you loaded it (now version ${error.currentVersion}). Reload to see their changes before publishing.` };
    }
    throw error;
  }
}

function apply(articleId: string, command: ArticleCommand, options: PublishOptions): Promise<Article> {
  switch (command.action) {
    case 'publish':
      return publishArticle(articleId, command.expectedVersion === undefined ? options : { ...options, expectedVersion: command.expectedVersion });
    case 'unpublish':
      return unpublishArticle(articleId, options);
    case 'schedule':
      return scheduleArticle(articleId, new Date(command.at), options);
    case 'update':
      return updateArticle(articleId, command.patch, options);
  }
}
