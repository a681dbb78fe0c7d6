import type { Language } from '@/lib/content/schema';

/**
 * Readable, deterministic dates for articles. We print UTC with an explicit "UTC" label: the page
 * is cached and shared worldwide, so a server-local or reader-local time would be wrong for someone.
 * English is formatted by hand so the output never depends on the runtime's ICU data.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

function parse(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${iso}`);
  return date;
}

/** "26 November 2026, 14:05 UTC" (or the Arabic equivalent with Latin digits). */
export function formatDateTime(iso: string, language: Language = 'en'): string {
  const date = parse(iso);
  if (language === 'ar') {
    const formatted = new Intl.DateTimeFormat('ar', {
      timeZone: 'UTC',
      numberingSystem: 'latn',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(date);
    return `${formatted} UTC`;
  }
  const day = date.getUTCDate();
  const month = MONTHS[date.getUTCMonth()];
  return `${day} ${month} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** "26 November 2026": for cards, where the time of day is noise. */
export function formatDate(iso: string, language: Language = 'en'): string {
  const date = parse(iso);
  if (language === 'ar') {
    return new Intl.DateTimeFormat('ar', {
      timeZone: 'UTC',
      numberingSystem: 'latn',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(date);
  }
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Corrections within a minute of publishing are not worth an "Updated" line. */
const UPDATE_THRESHOLD_MS = 60_000;

/** Whether an article's update time should be shown next to its publication time. */
export function wasUpdated(publishedAt: string, updatedAt: string): boolean {
  return parse(updatedAt).getTime() - parse(publishedAt).getTime() >= UPDATE_THRESHOLD_MS;
}
