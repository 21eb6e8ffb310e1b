/**
 * A link to a paper is kept only when it is an absolute http(s) URL: `javascript:`,
 * `data:`, `vbscript:` and protocol-relative `//host` links are dropped (undefined), at
 * ingest and again when a page renders a link from an older dataset.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  // URL() would resolve "//evil.example" against nothing and throw, but be explicit: no scheme, no link.
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
