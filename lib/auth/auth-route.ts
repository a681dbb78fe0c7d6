import 'server-only';
import NextAuth from 'next-auth';
import { draftMode } from 'next/headers';
import { NextRequest } from 'next/server';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { getRateLimiter } from '@/lib/http/rate-limiter';
import { logSignIn } from './audit-log';
import { readAuthBody, refuseCallbackUrl, refuseRoute, type Refusal } from './auth-request-guard';
import { callbackUrlCookieName, getAuthOptions } from './options';
import { editorFromRequest } from './request-session';
import { getAuthSecret } from './secret';
import { csrfPairMatches, signInCsrfCookieName } from './sign-in-csrf';
import { consumeSignInAttempt, recordSignInSuccess, signInAddress } from './sign-in-throttle';
import { PRIVATE_CACHE_CONTROL } from '@/lib/http/private-headers.mjs';
import { routes } from '@/lib/routes';

/**
 * The /api/auth/[...nextauth] endpoint: next-auth's own handler, wrapped so that credential
 * attempts are size-capped, rate limited once past the CSRF check (429 + Retry-After) and logged
 * without the password.
 * Scripts and password managers keep using the standard next-auth endpoints; `_log` is off (404).
 * Every request passes auth-request-guard.ts first: next-auth answers some malformed ones with a 500.
 */

const MAX_BODY_BYTES = 8 * 1024;

interface RouteContext {
  params: Promise<{ nextauth: string[] }>;
}

const attemptSchema = z.object({
  email: z.string().max(1024).catch(''),
  csrfToken: z.string().max(256).optional().catch(undefined),
  json: z.string().optional().catch(undefined),
});

function noStore(response: Response): Response {
  response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
  return response;
}

function refused(refusal: Refusal): Response {
  const response = noStore(Response.json({ error: refusal.error }, { status: refusal.status }));
  if (refusal.allow) response.headers.set('Allow', refusal.allow);
  if (refusal.clearCookie) response.headers.append('Set-Cookie', expiredCookie(refusal.clearCookie));
  return response;
}

function expiredCookie(name: string): string {
  return `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith('__') ? '; Secure' : ''}`;
}

function tooManyAttempts(retryAfterSeconds: number, wantsJson: boolean): Response {
  const message = 'Too many sign-in attempts. Wait a few minutes, then try again.';
  const headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': PRIVATE_CACHE_CONTROL };
  if (wantsJson) return Response.json({ error: 'RateLimited', message }, { status: 429, headers });
  return new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="robots" content="noindex"><title>Too many attempts</title>` +
      `<p>${message}</p><p><a href="${routes.editorSignIn()}">Back to sign-in</a></p></html>`,
    { status: 429, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } },
  );
}

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

function issuedSession(response: Response): boolean {
  return response.headers
    .getSetCookie()
    .some((cookie) => /^(__Secure-)?next-auth\.session-token(\.\d+)?=[^;]+/.test(cookie));
}

/** The same request with the body already read (next-auth reads it again from this copy). */
function withBody(request: NextRequest, text: string): NextRequest {
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  return new NextRequest(request.url, { method: request.method, headers, body: text === '' ? undefined : text });
}

async function handleCredentials(request: NextRequest, context: RouteContext, body: { text: string; fields: Record<string, unknown> }): Promise<Response> {
  const fields = attemptSchema.parse(body.fields);
  const wantsJson = fields.json === 'true' || (request.headers.get('accept') ?? '').includes('application/json');
  const address = signInAddress(request.headers, getEnv().TRUST_PROXY);
  const limiter = getRateLimiter();

  // Without a valid CSRF pair the post is no attempt, so it must not count towards anyone's
  // lock-out. next-auth gives its own refusal (csrf=true) from a body without token or password,
  // so even a disagreement between our check and its own could never reach a password check.
  if (!csrfPairMatches(request.cookies.get(signInCsrfCookieName())?.value, fields.csrfToken, getAuthSecret())) {
    const headers = new Headers(request.headers);
    headers.delete('content-length');
    headers.set('content-type', 'application/x-www-form-urlencoded');
    const stripped = new URLSearchParams(fields.json ? { json: fields.json } : {}).toString();
    const refusedAttempt = new NextRequest(request.url, { method: 'POST', headers, body: stripped });
    return noStore(await NextAuth(refusedAttempt, context, getAuthOptions()));
  }

  const verdict = await consumeSignInAttempt(limiter, { email: fields.email, address });
  if (!verdict.allowed) {
    logSignIn({ outcome: 'rate-limited', email: fields.email, ip: address });
    return tooManyAttempts(verdict.retryAfterSeconds, wantsJson);
  }

  const response: Response = await NextAuth(withBody(request, body.text), context, getAuthOptions());
  if (issuedSession(response)) {
    await recordSignInSuccess(limiter, { email: fields.email, address });
    logSignIn({ outcome: 'success', email: fields.email, ip: address });
  } else {
    logSignIn({ outcome: 'failure', email: fields.email, ip: address });
  }
  return noStore(response);
}

/**
 * GET session with a cookie whose editor is no longer live (disabled, reset, past the absolute end):
 * next-auth would describe, and re-issue, a session that every page refuses. Answer "nobody", as
 * next-auth does for no session, and clear the cookie.
 */
async function deadSession(request: NextRequest): Promise<Response | null> {
  const sessionCookies = request.cookies.getAll().filter((cookie) => SESSION_COOKIE.test(cookie.name));
  if (sessionCookies.length === 0 || (await editorFromRequest(request))) return null;
  const response = noStore(Response.json({}));
  for (const cookie of sessionCookies) response.headers.append('Set-Cookie', expiredCookie(cookie.name));
  return response;
}

export async function handleAuthRequest(request: NextRequest, context: RouteContext): Promise<Response> {
  const segments = (await context.params).nextauth ?? [];
  // next-auth's `_log` writes any client's text into the server log; only next-auth/react's debug
  // client logger posts there, and this site does not use it.
  if (segments[0] === '_log') {
    await request.body?.cancel().catch(() => undefined);
    return noStore(Response.json({ error: 'Not found' }, { status: 404 }));
  }
  const callbackCookie = callbackUrlCookieName();
  const refusal =
    refuseRoute(segments, request.method) ?? refuseCallbackUrl(request.nextUrl.searchParams, callbackCookie, request.cookies.get(callbackCookie)?.value);
  if (refusal) {
    await request.body?.cancel().catch(() => undefined);
    return refused(refusal);
  }
  if (request.method === 'GET') {
    if (segments[0] === 'session') {
      const dead = await deadSession(request);
      if (dead) return dead;
    }
    return noStore(await NextAuth(request, context, getAuthOptions()));
  }
  const body = await readAuthBody(request, MAX_BODY_BYTES);
  if (!body.ok) return refused(body.refusal);
  if (segments[0] === 'callback' && segments[1] === 'credentials') return handleCredentials(request, context, body);
  const response: Response = await NextAuth(withBody(request, body.text), context, getAuthOptions());
  // Signing out also leaves preview: the Draft Mode cookie would otherwise outlive the session (it
  // grants nothing on its own, but the next editor on a shared machine should start clean).
  if (segments[0] === 'signout') (await draftMode()).disable();
  return noStore(response);
}
