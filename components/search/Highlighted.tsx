import type { TextPiece } from '@/lib/search/excerpt';

/** Text with the query's words in `<mark>`; every piece is rendered as text (React escapes it). */
export function Highlighted({ pieces }: { pieces: readonly TextPiece[] }) {
  return pieces.map((piece, index) => (piece.mark ? <mark key={index}>{piece.text}</mark> : piece.text));
}
