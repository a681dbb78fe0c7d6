'use client';

import { useState } from 'react';
import { DeviceToggle } from './DeviceToggle.client';
import type { PreviewDevice } from './preview-devices';

const FRAME_WIDTH: Record<PreviewDevice, string> = { phone: 'w-[390px]', desktop: 'w-full' };
const LABELS = { desktop: 'Desktop (full width)' };

interface DevicePreviewProps {
  /** Same-origin URL that turns Draft Mode on and lands on the article (checked server-side). */
  src: string;
  title: string;
}

/**
 * The real article page in a frame whose width is a phone's or a desktop's, so media queries fire
 * as they will for readers (a narrow <div> would not). Framing is allowed for same-origin Draft
 * Mode responses only (proxy.ts).
 */
export function DevicePreview({ src, title }: DevicePreviewProps) {
  const [device, setDevice] = useState<PreviewDevice>('phone');
  return (
    <div className="flex flex-col gap-3">
      <DeviceToggle device={device} onChange={setDevice} labels={LABELS} />
      <div className="overflow-x-auto rounded border border-rule bg-surface p-2">
        <iframe
          src={src}
          title={`${title}, ${device === 'phone' ? 'Phone (390 px)' : LABELS.desktop}`}
          data-device={device}
          className={`mx-auto block h-[80vh] max-w-none border-0 bg-paper ${FRAME_WIDTH[device]}`}
        />
      </div>
    </div>
  );
}
