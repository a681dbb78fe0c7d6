'use client';

import { useState } from 'react';

interface ShareControlProps {
  /** Site-relative or absolute URL of the article. */
  url: string;
  title: string;
}

/**
 * The article page's only client component: the system share sheet where there is one (phones),
 * otherwise copies the link. The outcome is announced through a polite live region.
 */
export function ShareControl({ url, title }: ShareControlProps) {
  const [status, setStatus] = useState('');

  async function share() {
    const href = new URL(url, window.location.href).href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url: href });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to report.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(href);
      setStatus('Link copied');
    } catch {
      setStatus(`Copy this link: ${href}`);
    }
  }

  return (
    <div className="share">
      <button
        type="button"
        onClick={share}
        className="button-outline"
      >
        Share
      </button>
      <p role="status" aria-live="polite" className="text-muted">
        {status}
      </p>
    </div>
  );
}
