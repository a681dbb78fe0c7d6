/** The widths editors preview at: a common phone's, and a desktop's (its media queries fire for real in a frame). */
export const PREVIEW_DEVICES = {
  phone: { label: 'Phone (390 px)', width: 390 },
  desktop: { label: 'Desktop (1280 px)', width: 1280 },
} as const;
export type PreviewDevice = keyof typeof PREVIEW_DEVICES;
