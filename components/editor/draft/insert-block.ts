/**
 * Inserting a directive line (`::read-more[…]`, `::newsletter[…]`) into the body textarea as a
 * paragraph of its own, at the cursor, then firing `input` so the live preview and autosave notice.
 */

/** Textareas the editor has put the cursor in; an untouched one gets the line at its end. */
const touched = new WeakSet<HTMLTextAreaElement>();

export function trackCursor(textarea: HTMLTextAreaElement): () => void {
  const mark = () => touched.add(textarea);
  textarea.addEventListener('focus', mark);
  return () => textarea.removeEventListener('focus', mark);
}

export function insertBlock(textarea: HTMLTextAreaElement, line: string): void {
  const { value } = textarea;
  const start = touched.has(textarea) ? textarea.selectionStart : value.length;
  const end = touched.has(textarea) ? Math.max(start, textarea.selectionEnd) : value.length;
  const before = value.slice(0, start).replace(/[ \t]+$/, '');
  const after = value.slice(end).replace(/^[ \t]+/, '');
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const head = `${before}${lead}${line}${trail}`;
  textarea.value = `${head}${after}`;
  textarea.focus();
  textarea.setSelectionRange(head.length, head.length);
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The form control named `name` in the form around `inside`, if it is of the expected kind. */
export function formControl<T extends Element>(inside: Element | null, name: string, kind: new () => T): T | null {
  const control = inside?.closest('form')?.elements.namedItem(name);
  return control instanceof kind ? control : null;
}
