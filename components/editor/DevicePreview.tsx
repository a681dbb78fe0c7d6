'use client';

import { useState } from 'react';

const DEVICES = {
  phone: { label: 'Phone (390 px)', frame: 'w-[390px]' },
  desktop: { label: 'Desktop (full width)', frame: 'w-full' },
} as const;
type Device = keyof typeof DEVICES;

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
  const [device, setDevice] = useState<Device>('phone');
  return (
    <div className="flex flex-col gap-3">
      <div role="group" aria-label="Preview width" className="flex gap-2 font-sans text-sm">
        {(Object.keys(DEVICES) as Device[]).map((key) => (
          <button
            key={key}
            type="button"
            aria-pressed={device === key}
            onClick={() => setDevice(key)}
            className="min-h-11 rounded border border-rule px-3 font-semibold aria-pressed:bg-ink aria-pressed:text-paper"
          >
            {DEVICES[key].label}
          </button>
        ))}
      </div>
      <div className="overflow-x-auto rounded border border-rule bg-surface p-2">
        <iframe
          src={src}
          title={`${title}, ${DEVICES[device].label}`}
          data-device={device}
          className={`mx-auto block h-[80vh] max-w-none border-0 bg-paper ${DEVICES[device].frame}`}
        />
      </div>
    </div>
  );
}
