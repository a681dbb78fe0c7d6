'use client';

import { PREVIEW_DEVICES, type PreviewDevice } from './preview-devices';

interface DeviceToggleProps {
  device: PreviewDevice;
  onChange(device: PreviewDevice): void;
  /** Overrides the devices' own labels (e.g. "Desktop (full width)"). */
  labels?: Partial<Record<PreviewDevice, string>>;
}

/** Two pressed-state buttons choosing the preview's width. */
export function DeviceToggle({ device, onChange, labels = {} }: DeviceToggleProps) {
  return (
    <div role="group" aria-label="Preview width" className="flex flex-wrap gap-2 font-sans text-sm">
      {(Object.keys(PREVIEW_DEVICES) as PreviewDevice[]).map((key) => (
        <button
          key={key}
          type="button"
          aria-pressed={device === key}
          onClick={() => onChange(key)}
          className="min-h-11 rounded border border-rule px-3 font-semibold aria-pressed:bg-ink aria-pressed:text-paper"
        >
          {labels[key] ?? PREVIEW_DEVICES[key].label}
        </button>
      ))}
    </div>
  );
}
