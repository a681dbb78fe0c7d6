import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { buildRootMetadata } from '@/lib/seo/metadata';
import { Document } from '@/components/layout/Document';
import './globals.css';

export const metadata: Metadata = buildRootMetadata();

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcf9' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <Document>{children}</Document>;
}
