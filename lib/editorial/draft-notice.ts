import { z } from 'zod';
import { routes } from '@/lib/routes';

/**
 * Outcomes the edit page is sent back with after a post (a 303 with query parameters): only numbers
 * and fixed reasons travel, never text from the request, so nothing can be injected into the page.
 */
export const REFUSAL_REASONS = ['publish-conflict', 'publish-rejected', 'restore-conflict', 'restore-rejected', 'restore-missing', 'unavailable'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type DraftNoticeKind =
  | { kind: 'saved'; version: number; created: boolean }
  | { kind: 'restored'; version: number; from: number }
  | { kind: 'published' }
  | { kind: 'refused'; reason: RefusalReason };

const version = z.coerce.number().int().positive().max(1_000_000_000);
const paramsSchema = z.object({
  saved: version.optional().catch(undefined),
  created: z.literal('1').optional().catch(undefined),
  restored: version.optional().catch(undefined),
  published: z.literal('1').optional().catch(undefined),
  refused: z.enum(REFUSAL_REASONS).optional().catch(undefined),
});

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseDraftNotice(params: Record<string, string | string[] | undefined>): DraftNoticeKind | null {
  const p = paramsSchema.parse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)])));
  if (p.refused) return { kind: 'refused', reason: p.refused };
  if (p.published) return { kind: 'published' };
  if (p.saved && p.restored) return { kind: 'restored', version: p.saved, from: p.restored };
  if (p.saved) return { kind: 'saved', version: p.saved, created: p.created === '1' };
  return null;
}

/** The edit page's address with an outcome. */
export function editPathWith(articleId: string, outcome: Record<string, string | number>): string {
  return routes.editorEdit(articleId, outcome);
}
