import type { Quantity } from "../types";

/**
 * Several rules can read the same characters ("2.91x to 3.51x" is a range and two
 * multipliers). The longest reading wins; ties go to the earlier rule in the pipeline.
 */
export function dropOverlaps(quantities: Quantity[]): Quantity[] {
  const byLength = quantities
    .map((q, order) => ({ q, order }))
    .sort((a, b) => b.q.end - b.q.start - (a.q.end - a.q.start) || a.order - b.order);
  const kept: Quantity[] = [];
  for (const { q } of byLength) {
    if (!kept.some((k) => q.start < k.end && k.start < q.end)) kept.push(q);
  }
  return kept.sort((a, b) => a.start - b.start);
}
