import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { getEnv, provideNextAuthUrl } from '@/lib/env';
import { authLogger } from './auth-logger';
import { authenticateEditor } from './credentials';
import { getAuthSecret } from './secret';
import { routes } from '@/lib/routes';

/**
 * next-auth v4 configuration: the only place that knows next-auth's shape. Everything else in the
 * app goes through lib/auth/session.ts (requireEditor) so the library could be swapped later.
 */

/** What we keep in the session JWT: who, which session generation, and when they signed in. */
export const sessionClaimsSchema = z.object({
  editorId: z.string().min(1),
  sessionVersion: z.number().int(),
  /** Seconds since the epoch; sessions end SESSION_MAX_AGE_HOURS after this, however active. */
  signedInAt: z.number().int(),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

const authorizedUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  sessionVersion: z.number().int(),
});

/** The public origin next-auth builds absolute URLs from. */
export function authBaseUrl(): string {
  const env = getEnv();
  return new URL(env.NEXTAUTH_URL ?? env.SITE_URL).origin;
}

/** next-auth's callback-URL cookie (its default name; `__Secure-` over https, as useSecureCookies). */
export function callbackUrlCookieName(): string {
  return `${authBaseUrl().startsWith('https:') ? '__Secure-' : ''}next-auth.callback-url`;
}

export function sessionMaxAgeSeconds(): number {
  return Math.round(getEnv().SESSION_MAX_AGE_HOURS * 3600);
}

let cached: AuthOptions | undefined;

export function getAuthOptions(): AuthOptions {
  if (cached) return cached;
  // next-auth reads NEXTAUTH_URL itself; our documented default is SITE_URL.
  provideNextAuthUrl(authBaseUrl());
  const maxAge = sessionMaxAgeSeconds();
  const baseUrl = authBaseUrl();

  cached = {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge },
    jwt: { maxAge },
    // `__Secure-`/`__Host-` prefixed, Secure cookies whenever the site is served over https.
    useSecureCookies: baseUrl.startsWith('https:'),
    pages: { signIn: routes.editorSignIn(), error: routes.editorSignIn(), signOut: routes.editorSignIn() },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials) {
          const editor = await authenticateEditor(await getDb(), credentials);
          if (!editor) return null;
          return { id: editor.id, name: editor.name, email: editor.email, sessionVersion: editor.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = authorizedUserSchema.parse(user);
          const claims: SessionClaims = {
            editorId: signedIn.id,
            sessionVersion: signedIn.sessionVersion,
            signedInAt: Math.floor(Date.now() / 1000),
          };
          return { ...token, ...claims };
        }
        return token;
      },
      async session({ session, token }) {
        const claims = sessionClaimsSchema.safeParse(token);
        return claims.success ? { ...session, ...claims.data } : session;
      },
      async redirect({ url }) {
        // Only same-origin destinations; anything else lands on the dashboard.
        if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === baseUrl) return url;
        } catch {
          // not a URL: fall through
        }
        return `${baseUrl}${routes.editorHome()}`;
      },
    },
    logger: authLogger,
  };
  return cached;
}
