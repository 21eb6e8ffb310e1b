/**
 * Feeds wrap titles and abstracts at ~80 columns with indentation; arXiv's pages show
 * them with every whitespace run (newlines included) as one space. Evidence offsets are
 * computed on this form, so every structured source goes through it.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "2024-01-22T18:59:59Z" → "2024-01-22"; anything not starting with an ISO date gives undefined. */
export function isoDatePart(timestamp: string | undefined): string | undefined {
  return timestamp ? /^\d{4}-\d{2}-\d{2}/.exec(timestamp.trim())?.[0] : undefined;
}
