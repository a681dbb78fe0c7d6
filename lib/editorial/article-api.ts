import 'server-only';
import { mediaType, parseJson, readBodyText } from '@/lib/http/body';
import { routes } from '@/lib/routes';
import { articleCommandSchema, runArticleCommand } from './article-commands';
import { apiFailure as fail, articleIdSchema, editorOfRequest, privateJson } from './editor-api';

/**
 * POST /api/editor/articles/[id] — the editors' JSON API onto the one publish function:
 * `{"action":"publish"}`, `{"action":"unpublish"}`, `{"action":"schedule","at":"…"}`,
 * `{"action":"update","patch":{"headline":"…"}}`. Signed-in editors only (checked against the
 * database, not just the cookie); same-origin for browsers; JSON only; 64 KB cap (a long body
 * of blocks fits). Answers are private and never cached.
 */
const MAX_BODY_BYTES = 64 * 1024;

export async function handleArticleCommand(request: Request, rawId: string): Promise<Response> {
  const caller = await editorOfRequest(request);
  if (!caller.ok) return caller.response;
  const id = articleIdSchema.safeParse(rawId);
  if (!id.success) return fail(404, 'No such article.');
  if (mediaType(request) !== 'application/json') return fail(415, 'Send application/json.');
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (!body.ok) return body.reason === 'too-large' ? fail(413, 'Body over 64 KB.') : fail(400, 'Body is not valid UTF-8.');
  const json = parseJson(body.text);
  if (!json.ok) return fail(400, 'Body is not valid JSON.');
  const command = articleCommandSchema.safeParse(json.value);
  if (!command.success) {
    const issue = command.error.issues[0];
    return fail(400, `Invalid ${issue?.path.join('.') || 'command'}: ${issue?.message ?? 'invalid'}`);
  }
  let result;
  try {
    result = await runArticleCommand(id.data, command.data);
  } catch (error) {
    console.error(`[editor-api] ${command.data.action} ${id.data} failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    return fail(503, 'The change could not be saved; nothing was changed. Try again shortly.');
  }
  if (!result.ok) return fail(result.status, result.error);
  const { article } = result;
  return privateJson(
    200,
    {
      ok: true,
      article: {
        id: article.id,
        status: article.status,
        headline: article.headline,
        path: routes.article(article.section.slug, article.slug),
        publishedAt: article.publishedAt,
        updatedAt: article.updatedAt,
      },
    },
  );
}
