import type { Quantity } from "../types";

/**
 * Several rules can read the same characters ("2.91x to 3.51x" is a range and two
 * multipliers). Of overlapping readings the longest wins; ties go to the earlier rule in
 * the pipeline. One sweep over start-sorted quantities keeps this O(n log n) on text with
 * thousands of numbers in a row.
 */
export function dropOverlaps(quantities: Quantity[]): Quantity[] {
  const sorted = quantities.map((q, order) => ({ q, order })).sort((a, b) => a.q.start - b.q.start || a.order - b.order);
  const kept: Quantity[] = [];
  let current: { q: Quantity; order: number } | undefined;
  for (const next of sorted) {
    if (!current) {
      current = next;
    } else if (next.q.start >= current.q.end) {
      kept.push(current.q);
      current = next;
    } else {
      const longer = next.q.end - next.q.start - (current.q.end - current.q.start);
      if (longer > 0 || (longer === 0 && next.order < current.order)) current = next;
    }
  }
  if (current) kept.push(current.q);
  return kept;
}
