import type { AuthTables } from '@/lib/auth/tables';
import type { PublishFollowupTables } from '@/lib/content/followup-tables';
import type { EditorialTables } from '@/lib/editorial/tables';
import type { MailTables } from '@/lib/mail/outbox-tables';
import type { MediaTables } from '@/lib/media/tables';
import type { NewsletterTables } from '@/lib/newsletter/tables';
import type { PreviewShareTables } from '@/lib/preview/share-tables';
import type { UnsavedPreviewTables } from '@/lib/preview/unsaved-tables';
import type { ContentTables } from './tables';

/**
 * The whole schema as Kysely sees it. Each feature's tables are declared beside its
 * migration and joined here.
 */
export interface Database extends ContentTables, AuthTables, NewsletterTables, MailTables, PublishFollowupTables, EditorialTables, PreviewShareTables, UnsavedPreviewTables, MediaTables {}
