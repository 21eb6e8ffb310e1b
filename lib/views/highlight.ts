import type { Claim } from "../schema";

/**
 * Splits an abstract into plain and highlighted segments at claim evidence
 * offsets. Overlapping evidence (one phrase, two kinds) becomes one segment that
 * carries every claim covering it, so no character is printed twice.
 */
export type AbstractSegment = { text: string; start: number; claims: Claim[] };

export function segmentAbstract(abstract: string, claims: Claim[]): AbstractSegment[] {
  const inBounds = claims.filter((c) => c.evidence.start < c.evidence.end && c.evidence.end <= abstract.length);
  const cuts = new Set<number>([0, abstract.length]);
  for (const c of inBounds) {
    cuts.add(c.evidence.start);
    cuts.add(c.evidence.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: AbstractSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = inBounds.filter((c) => c.evidence.start <= start && c.evidence.end >= end);
    const previous = segments[segments.length - 1];
    // Merge neighbouring plain text so the DOM stays small.
    if (previous && previous.claims.length === 0 && covering.length === 0) {
      previous.text += abstract.slice(start, end);
    } else {
      segments.push({ text: abstract.slice(start, end), start, claims: covering });
    }
  }
  return segments;
}
