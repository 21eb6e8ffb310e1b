/*
 * The offset map of canonical text (canonical-text.ts): the canonical text is literal pieces of
 * the abstract and rewritten pieces, in order; an offset in it maps back to the abstract as
 * written, so evidence offsets slice the paper's own words.
 */

/** A piece of the canonical text and the original span it stands for. */
export interface Segment {
  out: number;
  orig: number;
  outLen: number;
  origLen: number;
  literal: boolean;
}

export interface CanonicalText {
  text: string;
  /** Original offset of a canonical start offset. */
  originalStart(offset: number): number;
  /** Original offset of a canonical (exclusive) end offset. */
  originalEnd(offset: number): number;
}

const sameOffset = (offset: number) => offset;
export function identity(text: string): CanonicalText {
  return { text, originalStart: sameOffset, originalEnd: sameOffset };
}

function segmentAt(segments: Segment[], offset: number): Segment {
  let lo = 0, hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.out <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo]!;
}

/** The canonical text made of `segments`, with its map back to the original. */
export function mappedText(text: string, segments: Segment[]): CanonicalText {
  return {
    text,
    originalStart(offset) {
      const s = segmentAt(segments, offset);
      return s.literal ? s.orig + (offset - s.out) : s.orig;
    },
    originalEnd(offset) {
      if (offset <= 0) return 0;
      const s = segmentAt(segments, offset - 1);
      return s.literal ? s.orig + (offset - s.out) : s.orig + s.origLen;
    },
  };
}
