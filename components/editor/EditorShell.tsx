import Link from 'next/link';
import type { ReactNode } from 'react';
import { SITE_NAME } from '@/lib/site-name';
import { SignOutButton } from './SignOutButton.client';
import { routes } from '@/lib/routes';

interface EditorShellProps {
  editorName: string;
  children: ReactNode;
}

/** The editors' frame: who is signed in, the way back to the dashboard, sign-out. */
export function EditorShell({ editorName, children }: EditorShellProps) {
  return (
    <>
      <header className="border-b-4 border-double border-rule">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="flex items-baseline gap-3">
            <Link href={routes.editorHome()} className="inline-flex min-h-11 items-center font-serif text-2xl font-bold no-underline">
              {SITE_NAME}
            </Link>
            <span className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">Editors</span>
          </p>
          <div className="flex items-center gap-3 font-sans text-sm">
            <span>
              Signed in as <strong>{editorName}</strong>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
