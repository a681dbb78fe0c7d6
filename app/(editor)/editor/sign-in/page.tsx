import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/editor/SignInForm.client';
import { getCurrentEditor, safeCallbackPath } from '@/lib/auth/session';
import { readSignInCsrfToken } from '@/lib/auth/sign-in-csrf';
import { SITE_NAME } from '@/lib/site-name';

export const metadata: Metadata = { title: 'Sign in' };
// Per request (session, CSRF cookie), so navigations to it wait; says so to `next dev`'s check.
export const instant = false;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function SignIn({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(first(params.callbackUrl));
  // Signed in already: straight on. (getCurrentEditor checks the database, not just the cookie.)
  if (await getCurrentEditor()) redirect(callbackPath);
  const error = first(params.error) ?? (first(params.csrf) ? 'SessionRequired' : null);
  // Issued by proxy.ts when the browser had no CSRF cookie; with it the form needs no JavaScript.
  const csrfToken = await readSignInCsrfToken();
  return (
    <>
      <SignInForm callbackPath={callbackPath} initialError={error ?? null} csrfToken={csrfToken} />
      {csrfToken ? null : (
        <noscript>
          <p className="font-sans text-sm">Signing in needs JavaScript here (it fetches a one-time security token first).</p>
        </noscript>
      )}
    </>
  );
}

export default function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <header className="flex flex-col gap-1 border-b-4 border-double border-rule pb-4">
        <p className="font-serif text-4xl font-bold">{SITE_NAME}</p>
        <h1 className="font-sans text-lg font-semibold">Editors&rsquo; sign-in</h1>
        <p className="font-sans text-sm text-muted">Preview drafts exactly as readers will see them.</p>
      </header>
      {/* No Suspense boundary on purpose: the form must arrive in the HTML itself, not as a streamed
          chunk that only a script can reveal, so signing in works without JavaScript. */}
      <SignIn searchParams={searchParams} />
    </main>
  );
}
