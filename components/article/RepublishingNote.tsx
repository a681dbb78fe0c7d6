/** Republishing terms under the article; the text is configured by the operator (REPUBLISHING_NOTE). */
export function RepublishingNote({ text }: { text?: string | null }) {
  if (!text) return null;
  return (
    <aside aria-label="Republishing" className="republishing-note">
      <p>{text}</p>
    </aside>
  );
}
