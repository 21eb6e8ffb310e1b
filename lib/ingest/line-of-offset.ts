/**
 * Structured parsers (XML, JSON, BibTeX) lose positions; errors still name a line, so the
 * offsets of an entry in the raw text are mapped back with one pass over the newlines.
 */
export function lineOfOffset(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines.push(i);
  return (offset) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
