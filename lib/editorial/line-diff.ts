/**
 * A line diff of two texts (longest common subsequence), for comparing a revision with the current
 * version. Common lines at both ends are matched first; a middle too large to compare line by line
 * is shown as removed-then-added rather than taking unbounded time or memory.
 */

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

/** Cells of the comparison table allowed (about 16 MB of counters). */
const MAX_CELLS = 4_000_000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((text): DiffLine => ({ kind: 'same', text }));
  const tail = a.slice(endA).map((text): DiffLine => ({ kind: 'same', text }));
  return [...head, ...middle(a.slice(start, endA), b.slice(start, endB)), ...tail];
}

function middle(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    return [...a.map((text): DiffLine => ({ kind: 'removed', text })), ...b.map((text): DiffLine => ({ kind: 'added', text }))];
  }
  // lengths[i][j] = LCS of a[i..] and b[j..], one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] as string });
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      out.push({ kind: 'removed', text: a[i++] as string });
    } else {
      out.push({ kind: 'added', text: b[j++] as string });
    }
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++] as string });
  while (j < m) out.push({ kind: 'added', text: b[j++] as string });
  return out;
}

export type DiffHunk = { kind: 'lines'; lines: DiffLine[] } | { kind: 'skipped'; count: number };

/** Runs of unchanged lines longer than 2 × context are folded to "N unchanged lines". */
export function foldUnchanged(lines: readonly DiffLine[], context = 2): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let shown: DiffLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]?.kind !== 'same') {
      shown.push(lines[i++] as DiffLine);
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]?.kind === 'same') end++;
    const run = lines.slice(i, end);
    const keepBefore = i === 0 ? 0 : context;
    const keepAfter = end === lines.length ? 0 : context;
    if (run.length > keepBefore + keepAfter + 1) {
      shown.push(...run.slice(0, keepBefore));
      if (shown.length) hunks.push({ kind: 'lines', lines: shown });
      hunks.push({ kind: 'skipped', count: run.length - keepBefore - keepAfter });
      shown = run.slice(run.length - keepAfter);
    } else {
      shown.push(...run);
    }
    i = end;
  }
  if (shown.length) hunks.push({ kind: 'lines', lines: shown });
  return hunks;
}
