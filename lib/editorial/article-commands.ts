import 'server-only';
import { z } from 'zod';
import {
  ArticleNotFoundError,
  articlePatchSchema,
  publishArticle,
  PublishRejectedError,
  scheduleArticle,
  unpublishArticle,
  updateArticle,
  type PublishOptions,
} from '@/lib/content/publish';
import type { Article } from '@/lib/content/schema';

/**
 * What an editor can ask of an article, as one validated command. The editor dashboard's server
 * actions and the JSON API (/api/editor/articles/[id]) both go through here, so the rules are
 * written once; authorisation (requireEditor) is the caller's job, before this runs.
 */
export const articleCommandSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('publish') }).strict(),
  z.object({ action: z.literal('unpublish') }).strict(),
  z.object({ action: z.literal('schedule'), at: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ action: z.literal('update'), patch: articlePatchSchema }).strict(),
]);
export type ArticleCommand = z.infer<typeof articleCommandSchema>;

export type CommandResult =
  | { ok: true; article: Article }
  | { ok: false; status: 400 | 404; error: string };

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
    if (error instanceof PublishRejectedError) return { ok: false, status: 400, error: error.message };
    throw error;
  }
}

function apply(articleId: string, command: ArticleCommand, options: PublishOptions): Promise<Article> {
  switch (command.action) {
    case 'publish':
      return publishArticle(articleId, options);
    case 'unpublish':
      return unpublishArticle(articleId, options);
    case 'schedule':
      return scheduleArticle(articleId, new Date(command.at), options);
    case 'update':
      return updateArticle(articleId, command.patch, options);
  }
}
