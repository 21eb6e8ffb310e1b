import { parse, type Creator, type Entry } from "@retorquere/bibtex-parser";
import type { RawPaper } from "../schema";
import type { IngestError, IngestResult } from "./types";
import { arxivAbsUrl, arxivIdFromLink, parseArxivId, type ArxivId } from "./arxiv-id";
import { collapseWhitespace } from "./collapse-whitespace";
import { lineOfOffset } from "./line-of-offset";

/*
 * BibTeX with `abstract` fields, as Zotero and Google Scholar export it. The parser turns
 * LaTeX accents, braces and math ("$3.5\times$") into Unicode text; a few commands come
 * back as HTML-like markup, which is flattened here so evidence offsets index plain text.
 */

/** Markup the parser emits for \emph, \textbf, \textsc, case protection, ... */
const INLINE_MARKUP = /<\/?(?:i|b|em|strong|sc|span|nc|ncx|u|tt|code|sub)(?:\s[^<>]{0,200})?>/g;
/** "10<sup>4</sup>" must not read as "104": keep the exponent visible. */
const SUPERSCRIPT_OPEN = /<sup>/g;
const SUPERSCRIPT_CLOSE = /<\/sup>/g;
/** `{\'\i}` gives a dotless i plus a combining accent, which has no composed form: use a plain i. */
const DOTLESS_I_WITH_ACCENT = /\u0131(?=[\u0300-\u036f])/g;
/** The parser reports positions only inside its message text. */
const ERROR_LINE = /\bline (\d+)/;

const PARSE_OPTIONS = {
  // Titles are kept as written: sentence-casing would break matching against other sources.
  english: false,
  sentenceCase: false,
  caseProtection: false,
  unsupported: "ignore",
} as const;

function plainText(value: string | undefined): string {
  if (!value) return "";
  const flat = value.replace(SUPERSCRIPT_OPEN, "^").replace(SUPERSCRIPT_CLOSE, "").replace(INLINE_MARKUP, "");
  return collapseWhitespace(flat.replace(DOTLESS_I_WITH_ACCENT, "i").normalize("NFC"));
}

function authorName(c: Creator): string {
  if (c.name) return plainText(c.name);
  return plainText([c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(" "));
}

function isoDate(year: string | undefined, month: string | undefined): string | undefined {
  const y = /^\d{4}$/.exec(year?.trim() ?? "")?.[0];
  if (!y) return undefined;
  const m = Number(month);
  return Number.isInteger(m) && m >= 1 && m <= 12 ? `${y}-${String(m).padStart(2, "0")}` : y;
}

/** eprint holds the id for arXiv exports; url and doi point at arXiv for Google Scholar ones. */
function findArxivId(fields: Entry["fields"]): ArxivId | undefined {
  const eprintIsArxiv = !fields.archiveprefix || /arxiv/i.test(fields.archiveprefix);
  return (
    (fields.eprint && eprintIsArxiv ? parseArxivId(fields.eprint) : undefined) ??
    arxivIdFromLink(fields.url ?? "") ??
    arxivIdFromLink(fields.doi ?? "") ??
    (fields.journal ? parseArxivId(fields.journal.replace(/^arxiv preprint\s+/i, "")) : undefined)
  );
}

function toRawPaper(entry: Entry, source: string): RawPaper | string {
  const { fields } = entry;
  const title = plainText(fields.title);
  const abstract = plainText(fields.abstract);
  if (!title) return "no title field";
  if (!abstract) return "no abstract field; an entry needs one to be read for claims (export with abstracts)";
  const arxiv = findArxivId(fields);
  const authors = (fields.author ?? []).map(authorName).filter(Boolean);
  const date = isoDate(fields.year, fields.month);
  const url = arxiv ? arxivAbsUrl(arxiv.id) : fields.url || (fields.doi ? `https://doi.org/${fields.doi}` : undefined);
  return {
    title,
    abstract,
    source,
    ...(url ? { url } : {}),
    ...(arxiv ? { arxivId: arxiv.id } : {}),
    ...(arxiv?.version ? { version: arxiv.version } : {}),
    ...(date ? { date } : {}),
    ...(authors.length ? { authors, authorCount: authors.length } : {}),
    ...(fields.doi ? { doi: fields.doi } : {}),
  };
}

export function parseBibtex(text: string, source: string): IngestResult {
  let library;
  try {
    library = parse(text, PARSE_OPTIONS);
  } catch (e) {
    return { papers: [], errors: [{ file: source, message: `not parseable as BibTeX (${(e as Error).message})` }] };
  }
  const lineAt = lineOfOffset(text);
  let searchFrom = 0;
  /** Entries keep their source text, so the first occurrence after the previous entry is its position. */
  const lineOfInput = (input: string | undefined): number | undefined => {
    if (!input) return undefined;
    const at = text.indexOf(input, searchFrom);
    if (at === -1) return undefined;
    searchFrom = at + input.length;
    return lineAt(at);
  };
  const papers: RawPaper[] = [];
  const errors: IngestError[] = [];
  for (const entry of library.entries) {
    // An entry the parser gave up on comes back empty; its problem is in library.errors.
    if (!entry.input && Object.keys(entry.fields).length === 0) continue;
    const line = lineOfInput(entry.input);
    const paper = toRawPaper(entry, source);
    if (typeof paper !== "string") {
      papers.push(paper);
      continue;
    }
    errors.push({ file: source, ...(line ? { line } : {}), entry: entry.key || plainText(entry.fields.title), message: paper });
  }
  for (const e of library.errors) {
    const line = ERROR_LINE.exec(e.error)?.[1];
    const key = /^@\w+\s*[{(]\s*([^,\s]+)/.exec(e.input ?? "")?.[1];
    errors.push({
      file: source,
      ...(line ? { line: Number(line) } : {}),
      ...(key ? { entry: key } : {}),
      message: `BibTeX syntax: ${e.error}; the entry was skipped`,
    });
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { papers, errors };
}
