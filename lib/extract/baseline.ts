/*
 * The baseline is what follows "over", "than", "compared to", "against"... after the number,
 * or a leading "Compared to X," before it. It is reported as written, trimmed at the next
 * clause boundary.
 */
const AFTER_MARKER = /^(?:[^,;:.]{0,60}?)\b(?:over|than|compared (?:to|with)|relative to|against|versus|vs\.?|in comparison (?:to|with))\s+/i;
const BEFORE_MARKER = /\b(?:compared (?:to|with)|relative to|against|versus|in comparison (?:to|with))\s+([^,;:]{2,80}),/i;
const STOP = /\s*(?:[,;:]|\.(?:\s|$)|\b(?:while|whereas|which|and (?:achieves?|reduces?|improves?|uses?|requires?)|with|on|in|at|for|when|across|by|respectively)\b)/i;
const MAX_BASELINE_CHARS = 80;

function trimBaseline(text: string): string | undefined {
  const stop = STOP.exec(text);
  const cut = (stop ? text.slice(0, stop.index) : text).slice(0, MAX_BASELINE_CHARS).trim();
  return cut.length >= 2 ? cut : undefined;
}

export function findBaseline(after: string, before: string): string | undefined {
  const marker = AFTER_MARKER.exec(after.slice(0, 200));
  if (marker) return trimBaseline(after.slice(marker[0].length, marker[0].length + 200));
  const leading = BEFORE_MARKER.exec(before.slice(-200));
  return leading ? trimBaseline(leading[1]!) : undefined;
}
