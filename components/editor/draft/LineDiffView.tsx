import type { DiffHunk } from '@/lib/editorial/line-diff';

/**
 * A line diff as a list: removed lines struck and marked "−", added lines marked "+", unchanged
 * runs folded. The marks are text, not only colour, so the comparison reads the same to everyone.
 */
export function LineDiffView({ hunks, label }: { hunks: readonly DiffHunk[]; label: string }) {
  return (
    <ol className="diff" aria-label={label}>
      {hunks.flatMap((hunk, h) =>
        hunk.kind === 'skipped'
          ? [
              <li key={`skip-${h}`} className="diff-skipped">
                … {hunk.count === 1 ? '1 unchanged line' : `${hunk.count} unchanged lines`} …
              </li>,
            ]
          : hunk.lines.map((line, i) => (
              <li key={`${h}-${i}`} className={`diff-line diff-${line.kind}`}>
                <span className="diff-sign" aria-hidden="true">
                  {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
                </span>
                {line.kind === 'added' ? (
                  <ins>
                    <span className="draft-visually-hidden">Added: </span>
                    {line.text || ' '}
                  </ins>
                ) : line.kind === 'removed' ? (
                  <del>
                    <span className="draft-visually-hidden">Removed: </span>
                    {line.text || ' '}
                  </del>
                ) : (
                  <span>{line.text || ' '}</span>
                )}
              </li>
            )),
      )}
    </ol>
  );
}
