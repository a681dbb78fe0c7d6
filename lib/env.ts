import 'server-only';
import { z } from 'zod';
import { SITE_NAME } from '@/lib/site-name';

/**
 * Server configuration, read from process.env once and validated with zod. The only TypeScript
 * module that reads process.env; the plain .mjs files Next or Node load outside the bundle
 * (next.config.js, scripts/server.mjs, lib/cache/shared-tags-cache-handler.mjs) say why they read it themselves.
 *
 * One flat schema: every key, its default and what it means lives here (the README's configuration
 * table is written from it). A malformed value stops start-up with an error naming the variable,
 * instead of surfacing later as a confusing failure deep inside a request.
 *
 * Adding a key: add it to `envSchema` with a default (or `.optional()`), a one-line comment, and a
 * README row. Empty strings count as "unset", so `FOO=` in a .env file falls back to the default.
 */

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'EnvError';
  }
}

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
    error: 'expected true or false',
  })
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const positiveNumber = (max: number) =>
  z.coerce.number({ error: 'expected a number' }).positive('expected a positive number').max(max, `expected at most ${max}`);

/** `file:relative/or/absolute.db` for SQLite, `postgres://` or `postgresql://` for PostgreSQL. */
export const databaseUrlSchema = z
  .string()
  .refine((value) => /^file:.+/.test(value) || /^postgres(ql)?:\/\/.+/.test(value), {
    error: 'is not a valid URL: expected file:… (SQLite) or postgres://… (PostgreSQL)',
  })
  .refine((value) => !/^postgres(ql)?:/.test(value) || URL.canParse(value), {
    error: 'is not a valid URL: expected postgres://user:password@host:5432/database',
  });

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://news.example.org' });

export const envSchema = z.object({
  /** Where content lives. Default: an SQLite file in the git-ignored `.data/` folder (relative to the working directory). */
  DATABASE_URL: databaseUrlSchema.default('file:.data/meridian.db'),
  /** The public origin of the site, used for canonical URLs, feeds, sitemaps and mails. */
  SITE_URL: httpUrl.default('http://localhost:3000'),
  /** Seed the demo content into an empty database at start-up. Default: true for SQLite, false for PostgreSQL. */
  SEED_DEMO: booleanString.optional(),
  /** Redis for what several app processes share: rate limits and cache-tag expiries. Unset: per process. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'expected redis://host:6379' }).optional(),
  /** Prefix of Meridian's Redis keys and channels, so several sites (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:-]{1,64}$/, 'expected 1-64 letters, digits, "_", "-" or ":"')
    .default('meridian'),
  /** SMTP server for newsletter mail (smtp:// or smtps://). Unset: mails are written to a local outbox folder. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'expected smtp://user:pass@host:587 or smtps://…' }).optional(),
  /** The From address of newsletter mail. */
  MAIL_FROM: z.string().min(3).max(254).default(`${SITE_NAME} <newsletters@localhost>`),
  /** Hours a queued mail keeps being retried (with backoff) before it is marked failed; `npm run mail:retry` re-queues those. */
  MAIL_GIVE_UP_HOURS: positiveNumber(24 * 30).default(24),
  /** Signs unsubscribe and manage links; unset, derived from the application secret (lib/newsletter/secret.ts). Changing it breaks every link already mailed. */
  NEWSLETTER_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  /** An address that handles "unsubscribe" mails, offered in List-Unsubscribe beside the https link. */
  NEWSLETTER_UNSUBSCRIBE_MAILTO: z.email('must be an email address').max(254).optional(),
  /** Secret that signs editor sessions and preview share links. Required in production (checked by lib/auth). */
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  /** The origin next-auth builds callback URLs from; defaults to SITE_URL. */
  NEXTAUTH_URL: httpUrl.optional(),
  /** Trust X-Forwarded-For / X-Real-IP (client IPs, rate limits) and X-Forwarded-Host/Proto (origin check) from a reverse proxy. Only when behind one. */
  TRUST_PROXY: booleanString.default(false),
  /** A note printed under articles about republishing terms; unset shows the default note. */
  REPUBLISHING_NOTE: z.string().max(600).optional(),
  /** Lifetime of preview share links, in hours. */
  PREVIEW_SHARE_TTL_HOURS: positiveNumber(24 * 30).default(48),
  /** URLs per sitemap file; above it /sitemap.xml becomes a sitemap index (the protocol's maximum is 50,000). */
  SITEMAP_SPLIT_SIZE: z.coerce.number({ error: 'expected a number' }).int('expected a whole number').min(1).max(50_000).default(50_000),
  /** A CDN purge endpoint: publish, correction and unpublish POST `{"tags": [...]}` to it (lib/cdn/purge.ts). Unset: no CDN is told. */
  CDN_PURGE_URL: httpUrl.optional(),
  /** Sent as `Authorization: Bearer …` with each purge, when set. */
  CDN_PURGE_TOKEN: z.string().min(8, 'must be at least 8 characters').max(4096).optional(),
  /** The git-ignored data folder, relative to the working directory: the mail outbox (`outbox/`) and uploaded pictures (`media/`). */
  MERIDIAN_DATA_DIR: z.string().max(4096).default('.data'),
  /** Lifetime of an editor session, in hours (kept short on purpose: a stolen session is worth little). */
  SESSION_MAX_AGE_HOURS: positiveNumber(24 * 7).default(8),
  /** The port `npm start` listens on (scripts/server.mjs checks it there); here only part of this instance's lease name (lib/util/instance-name.ts). */
  PORT: z.string().max(64).optional(),
  /**
   * scripts/bench-limiter.ts only: exactly `yes-for-a-benchmark` runs the site without rate limits, to
   * measure what they cost; any other value leaves them on. A benchmark switch, never a real site's
   * configuration, so deliberately not in the README's configuration table.
   */
  MERIDIAN_BENCH_ONLY_DISABLE_RATE_LIMITS: z
    .string()
    .optional()
    .transform((value) => value === 'yes-for-a-benchmark'),
});

type RawEnv = z.infer<typeof envSchema>;

export interface ServerEnv extends Omit<RawEnv, 'SEED_DEMO'> {
  SEED_DEMO: boolean;
  /** Derived from DATABASE_URL. */
  databaseDialect: 'sqlite' | 'postgres';
}

/** Parses an environment (pure; tests pass their own object). Throws EnvError naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const keys = Object.keys(envSchema.shape) as (keyof RawEnv)[];
  const input: Record<string, string> = {};
  for (const key of keys) {
    const value = source[key]?.trim();
    if (value) input[key] = value;
  }
  const result = envSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const message = issue?.message ?? 'is invalid';
    // Messages written as "is …"/"must …" read as a sentence after the name; zod's own need a joint.
    const sentence = /^(is|must) /.test(message) ? `${variable} ${message}` : `${variable} is invalid: ${message}`;
    throw new EnvError(variable, sentence);
  }
  const raw = result.data;
  const databaseDialect = raw.DATABASE_URL.startsWith('file:') ? 'sqlite' : 'postgres';
  return {
    ...raw,
    SEED_DEMO: raw.SEED_DEMO ?? databaseDialect === 'sqlite',
    databaseDialect,
  };
}

let cached: ServerEnv | undefined;

/** The validated server environment, read once per process. */
export function getEnv(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * `next dev` rather than a build. NODE_ENV is set by Next, not by whoever runs the site, so it is
 * not in the schema; written out literally so the bundler inlines it.
 */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === 'development';
}

/** next-auth reads NEXTAUTH_URL straight from process.env: hands it our default when it is unset. */
export function provideNextAuthUrl(origin: string): void {
  process.env.NEXTAUTH_URL ??= origin;
}
