import { formatDate, formatDateTime, wasUpdated } from '@/components/ui/format-date';

describe('formatDateTime', () => {
  it('formats English dates in UTC with a label', () => {
    expect(formatDateTime('2026-11-26T14:05:00.000Z')).toBe('26 November 2026, 14:05 UTC');
  });

  it('converts offsets to UTC, including across midnight', () => {
    expect(formatDateTime('2026-01-01T01:30:00+03:00')).toBe('31 December 2025, 22:30 UTC');
  });

  it('pads single-digit hours and minutes', () => {
    expect(formatDateTime('2026-03-05T07:04:00Z')).toBe('5 March 2026, 07:04 UTC');
  });

  it('formats Arabic dates with an Arabic month name and Latin digits', () => {
    const text = formatDateTime('2026-11-26T14:05:00Z', 'ar');
    expect(text).toContain('نوفمبر');
    expect(text).toContain('2026');
    expect(text).toContain('14:05');
    expect(text.endsWith('UTC')).toBe(true);
  });

  it('rejects a string that is not a date', () => {
    expect(() => formatDateTime('yesterday')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('drops the time of day', () => {
    expect(formatDate('2026-11-26T23:59:00Z')).toBe('26 November 2026');
  });
});

describe('wasUpdated', () => {
  it('is false for the same instant or a correction within a minute', () => {
    expect(wasUpdated('2026-11-26T14:05:00Z', '2026-11-26T14:05:00Z')).toBe(false);
    expect(wasUpdated('2026-11-26T14:05:00Z', '2026-11-26T14:05:59Z')).toBe(false);
  });

  it('is true once the update is a minute or more later', () => {
    expect(wasUpdated('2026-11-26T14:05:00Z', '2026-11-26T14:06:00Z')).toBe(true);
  });
});
