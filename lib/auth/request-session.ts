import 'server-only';
import { getToken } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import type { Editor } from './editors';
import { authBaseUrl } from './options';
import { getAuthSecret } from './secret';
import { editorForClaims } from './session-claims';

/**
 * The signed-in editor of a raw request, for proxy.ts, where next/headers (and so
 * getServerSession) is not available. Same cookie, same secret, same checks as getCurrentEditor
 * (session-claims.ts). Only the session cookie counts: next-auth's getToken would also accept an
 * `Authorization: Bearer` JWT, which the pages' own check does not, so the proxy is never more
 * generous than the page behind it.
 */
export async function editorFromRequest(request: Request): Promise<Editor | null> {
  const cookiesOnly = new NextRequest(request.url, { headers: { cookie: request.headers.get('cookie') ?? '' } });
  const claims: unknown = await getToken({
    req: cookiesOnly,
    secret: getAuthSecret(),
    // The same rule as options.ts's useSecureCookies: `__Secure-` cookies whenever the site is https.
    secureCookie: authBaseUrl().startsWith('https:'),
  });
  return claims ? editorForClaims(claims) : null;
}
