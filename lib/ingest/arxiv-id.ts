/*
 * arXiv identifiers as they appear in feeds, BibTeX and links: "2401.12345v2",
 * "arXiv:2401.12345", "https://arxiv.org/abs/2401.12345v2", "http://arxiv.org/pdf/2401.12345v2.pdf",
 * "10.48550/arXiv.2401.12345", and old-style "cs/0112017v1" / "math.GT/0309136".
 * The id without version is the dedup key; the version is kept separately.
 */

const NEW_STYLE = String.raw`\d{4}\.\d{4,5}`;
const OLD_STYLE = String.raw`[a-z][a-z-]{1,15}(?:\.[A-Z]{2})?/\d{7}`;
const VERSION = String.raw`(?:v(\d{1,3}))?`;
/** A bare id, optionally prefixed "arXiv:", is the whole field. */
const BARE_ID = new RegExp(String.raw`^(?:arxiv:\s?)?(${NEW_STYLE}|${OLD_STYLE})${VERSION}$`, "i");
/** An id inside an arXiv link or the arXiv DOI prefix. */
const LINKED_ID = new RegExp(
  String.raw`(?:arxiv\.org/(?:abs|pdf)/|10\.48550/arxiv\.)(${NEW_STYLE}|${OLD_STYLE})${VERSION}(?![\d])`,
  "i",
);

export interface ArxivId {
  id: string;
  version?: number;
}

function toArxivId(match: RegExpExecArray | null): ArxivId | undefined {
  if (!match) return undefined;
  return match[2] ? { id: match[1]!, version: Number(match[2]) } : { id: match[1]! };
}

/** Reads an id from a field that should hold one (BibTeX eprint, Hugging Face paper id). */
export function parseArxivId(text: string): ArxivId | undefined {
  return toArxivId(BARE_ID.exec(text.trim()));
}

/** Reads an id from an arXiv URL or DOI; anything else (a journal DOI, a GitHub link) gives undefined. */
export function arxivIdFromLink(text: string): ArxivId | undefined {
  return toArxivId(LINKED_ID.exec(text));
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}
