import type { Paper } from "../schema";
import { safeHttpUrl } from "../http/safe-url";

/**
 * Where a reader can get at the paper itself, and what each ingested source was.
 * arXiv and Hugging Face pages when the arXiv id is known, otherwise a title search,
 * so every paper page leads to the paper.
 */

export type PaperLink = { label: string; href: string; kind: "arxiv" | "huggingface" | "search" | "source" };

/** arXiv ids are "2401.12345" or "cs/0112017": keep the slash of old-style ids. */
function arxivPath(id: string): string {
  return encodeURIComponent(id).replace(/%2F/gi, "/");
}

export function paperLinks(paper: Pick<Paper, "arxivId" | "title" | "url">): PaperLink[] {
  const links: PaperLink[] = [];
  if (paper.arxivId) {
    links.push({ label: "arXiv", href: `https://arxiv.org/abs/${arxivPath(paper.arxivId)}`, kind: "arxiv" });
    links.push({ label: "Hugging Face", href: `https://huggingface.co/papers/${arxivPath(paper.arxivId)}`, kind: "huggingface" });
  } else {
    const query = new URLSearchParams({ query: paper.title, searchtype: "title" });
    links.push({ label: "Search arXiv by title", href: `https://arxiv.org/search/?${query}`, kind: "search" });
    links.push({ label: "Search Hugging Face", href: `https://huggingface.co/papers?${new URLSearchParams({ q: paper.title })}`, kind: "search" });
  }
  // Older datasets may hold links from before ingest checked them: only http(s) is rendered.
  const source = safeHttpUrl(paper.url);
  if (source) links.push({ label: "Source page", href: source, kind: "source" });
  return links;
}

/** The listings the seed corpus was saved from: "000_<hash>.txt" pages of Hugging Face Daily Papers. */
const SEED_LISTING = /^(\d{3})_[0-9a-f]{16}\.txt$/;

const LISTING_BY_EXTENSION: [RegExp, string][] = [
  [/\.(xml|atom)$/i, "arXiv listing (Atom feed)"],
  [/\.jsonl$/i, "JSON Lines export"],
  [/\.json$/i, "Hugging Face Daily Papers (saved API response)"],
  [/\.bib$/i, "BibTeX bibliography"],
  [/\.txt$/i, "listing text (title and abstract pairs)"],
];

/** A source file named by the listing it came from: "Hugging Face Daily Papers listing no. 3 (000_….txt)". */
export function describeSource(name: string): string {
  const seed = SEED_LISTING.exec(name);
  if (seed) return `Hugging Face Daily Papers listing no. ${Number(seed[1]) + 1} (saved page, ${name})`;
  const listing = LISTING_BY_EXTENSION.find(([pattern]) => pattern.test(name))?.[1] ?? "ingested file";
  return `${listing} (${name})`;
}
