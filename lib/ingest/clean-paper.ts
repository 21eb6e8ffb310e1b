import type { RawPaper } from "../schema";
import { safeHttpUrl } from "../http/safe-url";
import { stripInvisibleControls } from "../text/unicode-controls";
import type { IngestError, IngestResult } from "./types";

/*
 * What every paper passes through at ingest, whatever its format: size limits (a 1 MB title
 * would make every page listing it megabytes; a 30 MB abstract costs seconds to extract),
 * invisible controls stripped (lib/text/unicode-controls.ts), links kept only when http(s).
 * arXiv caps abstracts at 1,920 characters and titles are far shorter, so the limits leave
 * a wide margin for real papers.
 */
export const MAX_TITLE_CHARS = 1_000;
export const MAX_ABSTRACT_CHARS = 20_000;
export const MAX_AUTHORS = 2_000;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The paper as stored, or an error naming the field and the limit (the entry is then skipped). */
export function cleanPaper(paper: RawPaper, where: { file: string; line?: number }): RawPaper | IngestError {
  const title = stripInvisibleControls(paper.title);
  const entry = clip(title, 60);
  const tooLong = (field: string, length: number, max: number): IngestError => ({
    ...where,
    entry,
    message: `${field} is ${length.toLocaleString("en")} characters; at most ${max.toLocaleString("en")} are accepted; entry skipped`,
  });
  if (paper.title.length > MAX_TITLE_CHARS) return tooLong("title", paper.title.length, MAX_TITLE_CHARS);
  if (paper.abstract.length > MAX_ABSTRACT_CHARS) return tooLong("abstract", paper.abstract.length, MAX_ABSTRACT_CHARS);
  if ((paper.authors?.length ?? 0) > MAX_AUTHORS) return tooLong("author list", paper.authors!.length, MAX_AUTHORS);
  const abstract = stripInvisibleControls(paper.abstract);
  if (!title.trim() || !abstract.trim()) return { ...where, entry, message: "title or abstract is empty once control characters are removed; entry skipped" };
  // Same keys in the same order as the input (the dataset version hashes the JSON), minus unsafe links.
  const cleaned: RawPaper = { ...paper, title, abstract };
  if (paper.authors) cleaned.authors = paper.authors.map(stripInvisibleControls);
  for (const field of ["url", "pdfUrl"] as const) {
    const safe = safeHttpUrl(paper[field]);
    if (safe) cleaned[field] = safe;
    else delete cleaned[field];
  }
  return cleaned;
}

/** cleanPaper over a parsed file: papers that fail become errors of the file. */
export function cleanResult(result: IngestResult, file: string): IngestResult {
  const papers: RawPaper[] = [];
  const errors = [...result.errors];
  for (const paper of result.papers) {
    const cleaned = cleanPaper(paper, { file });
    if ("message" in cleaned) errors.push(cleaned);
    else papers.push(cleaned);
  }
  return { papers, errors };
}
