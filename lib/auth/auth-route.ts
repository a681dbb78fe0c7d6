import 'server-only';
import NextAuth from 'next-auth';
import { draftMode } from 'next/headers';
import { NextRequest } from 'next/server';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { readBodyText } from '@/lib/http/body';
import { getRateLimiter } from '@/lib/http/rate-limiter';
import { logSignIn } from './audit-log';
import { getAuthOptions } from './options';
import { getAuthSecret } from './secret';
import { csrfPairMatches, signInCsrfCookieName } from './sign-in-csrf';
import { consumeSignInAttempt, recordSignInSuccess, signInAddress } from './sign-in-throttle';

/**
 * The /api/auth/[...nextauth] endpoint: next-auth's own handler, wrapped so that credential
 * attempts are size-capped, rate limited once past the CSRF check (429 + Retry-After) and logged
 * without the password.
 * Scripts and password managers keep using the standard next-auth endpoints; `_log` is off (404).
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

/** Read as next-auth reads it (next-auth/next/utils getBody), so both see the same fields. */
function parseBody(text: string, contentType: string): Record<string, unknown> {
  try {
    if (contentType.includes('application/json')) {
      const value: unknown = JSON.parse(text);
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    }
    if (!contentType.includes('application/x-www-form-urlencoded')) return {};
    return Object.fromEntries(new URLSearchParams(text));
  } catch {
    return {};
  }
}

function noStore(response: Response): Response {
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

function tooManyAttempts(retryAfterSeconds: number, wantsJson: boolean): Response {
  const message = 'Too many sign-in attempts. Wait a few minutes, then try again.';
  const headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'private, no-store' };
  if (wantsJson) return Response.json({ error: 'RateLimited', message }, { status: 429, headers });
  return new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="robots" content="noindex"><title>Too many attempts</title>` +
      `<p>${message}</p><p><a href="/editor/sign-in">Back to sign-in</a></p></html>`,
    { status: 429, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } },
  );
}

function issuedSession(response: Response): boolean {
  return response.headers
    .getSetCookie()
    .some((cookie) => /^(__Secure-)?next-auth\.session-token(\.\d+)?=[^;]+/.test(cookie));
}

async function handleCredentials(request: NextRequest, context: RouteContext): Promise<Response> {
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (!body.ok) {
    const status = body.reason === 'too-large' ? 413 : 400;
    return noStore(Response.json({ error: body.reason === 'too-large' ? 'Request too large' : 'Unreadable request' }, { status }));
  }
  const contentType = request.headers.get('content-type') ?? '';
  const fields = attemptSchema.parse(parseBody(body.text, contentType));
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
    const refused = new NextRequest(request.url, { method: 'POST', headers, body: stripped });
    return noStore(await NextAuth(refused, context, getAuthOptions()));
  }

  const verdict = await consumeSignInAttempt(limiter, { email: fields.email, address });
  if (!verdict.allowed) {
    logSignIn({ outcome: 'rate-limited', email: fields.email, ip: address });
    return tooManyAttempts(verdict.retryAfterSeconds, wantsJson);
  }

  // next-auth reads the body itself: hand it a copy of the capped text.
  const forwarded = new NextRequest(request.url, { method: 'POST', headers: request.headers, body: body.text });
  const response: Response = await NextAuth(forwarded, context, getAuthOptions());
  if (issuedSession(response)) {
    await recordSignInSuccess(limiter, { email: fields.email, address });
    logSignIn({ outcome: 'success', email: fields.email, ip: address });
  } else {
    logSignIn({ outcome: 'failure', email: fields.email, ip: address });
  }
  return noStore(response);
}

export async function handleAuthRequest(request: NextRequest, context: RouteContext): Promise<Response> {
  const segments = (await context.params).nextauth ?? [];
  // next-auth's `_log` writes any client's text into the server log; only next-auth/react's debug
  // client logger posts there, and this site does not use it.
  if (segments[0] === '_log') {
    await request.body?.cancel().catch(() => undefined);
    return noStore(Response.json({ error: 'Not found' }, { status: 404 }));
  }
  if (request.method === 'POST' && segments[0] === 'callback' && segments[1] === 'credentials') {
    return handleCredentials(request, context);
  }
  if (request.method === 'POST') {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) return noStore(Response.json({ error: 'Request too large' }, { status: 413 }));
  }
  const response: Response = await NextAuth(request, context, getAuthOptions());
  // Signing out also leaves preview: the Draft Mode cookie would otherwise outlive the session (it
  // grants nothing on its own, but the next editor on a shared machine should start clean).
  if (request.method === 'POST' && segments[0] === 'signout') (await draftMode()).disable();
  return noStore(response);
}
