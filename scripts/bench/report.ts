/** Printing helpers shared by the benches: medians, the machine's load, sizes and plain tables. */
import os from 'node:os';

export const median = (values: number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The value below which `p` percent of `values` fall (nearest rank). */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Other builds on a shared machine skew every timing, so benches print this before and after. */
export const load = (): string => `load ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`;

export const cpuCount = (): number => os.cpus().length;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Left-aligned columns, each as wide as its widest cell. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}
