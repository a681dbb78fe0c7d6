/** Element ids of a form field, its hint and its error message (for aria-describedby). */
export function fieldIds(name: string): { input: string; hint: string; error: string } {
  return { input: `field-${name}`, hint: `field-${name}-hint`, error: `field-${name}-error` };
}

/** aria-describedby for a field that may have a hint and an error. */
export function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = fieldIds(name);
  const list = [hasHint ? ids.hint : null, hasError ? ids.error : null].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}
