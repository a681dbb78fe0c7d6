'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { DeviceToggle } from '@/components/editor/DeviceToggle.client';
import { PREVIEW_DEVICES, type PreviewDevice } from '@/components/editor/preview-devices';
import { SocialCardPreview } from '@/components/editor/SocialCardPreview';
import { useLivePreview } from './useLivePreview.client';

interface LivePreviewProps {
  /** Changes whenever the page puts a new form in place (the form's own React key). */
  formKey: string;
}

const FRAME_HEIGHT = 900;

/** Scale that fits a frame `width` px wide into the box, measured as the box resizes. */
function useFitScale(width: number): [RefObject<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScale(Math.min(1, element.clientWidth / width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);
  return [box, scale];
}

/**
 * The draft as readers will see it, beside the form (the one in the same [data-draft-workspace]): the public article page (same components,
 * rendered by the server from the unsaved form) in a phone- or desktop-width frame, scaled to fit,
 * plus the social cards with the generated image. Two frames take turns, so a refresh swaps in a
 * page that has finished loading, at the reader's scroll position, instead of flashing blank.
 */
export function LivePreview({ formKey }: LivePreviewProps) {
  const section = useRef<HTMLElement>(null);
  const { ready, problem, updating } = useLivePreview(section, formKey);
  const [device, setDevice] = useState<PreviewDevice>('phone');
  const [sources, setSources] = useState<[string | null, string | null]>([null, null]);
  const [shown, setShown] = useState<0 | 1>(0);
  const frames = [useRef<HTMLIFrameElement>(null), useRef<HTMLIFrameElement>(null)] as const;
  const { width } = PREVIEW_DEVICES[device];
  const [box, scale] = useFitScale(width);
  const hidden: 0 | 1 = shown === 0 ? 1 : 0;

  // A new address goes to the hidden frame (set while rendering: React's pattern for state that follows a prop).
  const frame = ready?.frame ?? null;
  const [assigned, setAssigned] = useState<string | null>(null);
  if (frame && frame !== assigned) {
    setAssigned(frame);
    setSources((current) => (current[0] === null ? [frame, null] : hidden === 0 ? [frame, current[1]] : [current[0], frame]));
  }

  function loaded(index: 0 | 1) {
    if (index === shown || sources[index] === null) return;
    const from = frames[shown].current?.contentWindow;
    const to = frames[index].current?.contentWindow;
    try {
      if (from && to) to.scrollTo(0, from.scrollY);
    } catch {
      // A frame showing an error page from elsewhere: nothing to carry over.
    }
    setShown(index);
  }

  const status = problem
    ? problem.kind === 'invalid'
      ? `The preview shows your last text that could be saved. ${problem.problems.length} ${problem.problems.length === 1 ? 'problem' : 'problems'} to fix first.`
      : problem.message
    : 'The preview follows your typing. It is private: readers see nothing until you publish.';

  return (
    <section ref={section} aria-labelledby="live-preview-title" className="draft-panel" data-testid="live-preview" data-revision={ready?.revision ?? 0} data-updating={updating || undefined}>
      <h2 id="live-preview-title" className="draft-subtitle">
        Preview
      </h2>
      <p role="status" className="draft-hint">
        {status}
      </p>
      {problem?.kind === 'invalid' && problem.problems.length > 0 ? (
        <ul className="draft-error-list">
          {problem.problems.slice(0, 5).map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      ) : null}
      <DeviceToggle device={device} onChange={setDevice} />
      <div ref={box} className="relative overflow-hidden rounded border border-rule bg-surface" style={{ height: FRAME_HEIGHT * scale }}>
        {([0, 1] as const).map((index) =>
          sources[index] ? (
            <iframe
              key={index}
              ref={frames[index]}
              src={sources[index] ?? undefined}
              title={index === shown ? `Preview on a ${device === 'phone' ? 'phone' : 'desktop'}` : 'Preview, next version (loading)'}
              aria-hidden={index !== shown || undefined}
              tabIndex={index === shown ? undefined : -1}
              data-testid={index === shown ? 'live-preview-frame' : undefined}
              data-device={device}
              onLoad={() => loaded(index)}
              className="absolute start-0 top-0 origin-top-left border-0 bg-paper"
              style={{ width, height: FRAME_HEIGHT, transform: `scale(${scale})`, visibility: index === shown ? 'visible' : 'hidden' }}
            />
          ) : null,
        )}
      </div>
      {ready ? (
        <>
          <h3 className="draft-label">When shared</h3>
          <SocialCardPreview card={ready.card} compact />
        </>
      ) : null}
    </section>
  );
}
