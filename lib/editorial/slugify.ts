/**
 * A slug suggested from a headline: lower-case ASCII letters, digits and hyphens, at most `max`
 * characters cut at a word. Accents are dropped ("Café" -> "cafe"); a headline with no Latin
 * letters or digits (e.g. Arabic) gives '' and the caller falls back to another suggestion.
 */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > max / 2 ? cut.slice(0, atWord) : slug.slice(0, max)).replace(/-+$/, '');
}
