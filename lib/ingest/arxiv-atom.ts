import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { RawPaper } from "../schema";
import type { IngestError, IngestResult } from "./types";
import { arxivAbsUrl, arxivIdFromLink } from "./arxiv-id";
import { collapseWhitespace, isoDatePart } from "./collapse-whitespace";
import { lineOfOffset } from "./line-of-offset";

/*
 * A saved response of export.arxiv.org/api/query: an Atom <feed> of <entry> elements.
 * The API reports a bad query as a single entry whose id is an api/errors URL; that is
 * an error, not a paper.
 */

const ENTRY_OPEN = /<entry[\s>]/g;
const API_ERROR_ID = /arxiv\.org\/api\/errors/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // "arxiv:primary_category" and "category" read the same; the feed uses one namespace per name.
  removeNSPrefix: true,
  // Ids such as "2401.10000" must stay strings, never become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: false,
  isArray: (name) => ["entry", "author", "link", "category"].includes(name),
});

type XmlText = string | { "#text"?: string } | undefined;
interface AtomLink {
  "@href"?: string;
  "@rel"?: string;
  "@title"?: string;
  "@type"?: string;
}
interface AtomEntry {
  id?: XmlText;
  title?: XmlText;
  summary?: XmlText;
  published?: XmlText;
  updated?: XmlText;
  author?: { name?: XmlText }[];
  link?: AtomLink[];
  category?: { "@term"?: string }[];
  doi?: XmlText;
}

function textOf(node: XmlText): string {
  if (node === undefined) return "";
  return collapseWhitespace(typeof node === "string" ? node : String(node["#text"] ?? ""));
}

/** Elements carry no positions after parsing; the n-th <entry tag in the text is the n-th entry. */
function entryLines(text: string): number[] {
  const lineAt = lineOfOffset(text);
  return [...text.matchAll(ENTRY_OPEN)].map((m) => lineAt(m.index));
}

function toRawPaper(entry: AtomEntry, source: string): RawPaper | string {
  const title = textOf(entry.title);
  const abstract = textOf(entry.summary);
  const idText = textOf(entry.id);
  if (API_ERROR_ID.test(idText)) return `the arXiv API returned an error instead of a paper: ${abstract || title}`;
  if (!title) return "no <title>";
  if (!abstract) return "no <summary> (abstract); an entry needs one to be read for claims";
  const links = entry.link ?? [];
  const arxiv = arxivIdFromLink(idText) ?? arxivIdFromLink(links.find((l) => l["@rel"] === "alternate")?.["@href"] ?? "");
  const pdfUrl = links.find((l) => l["@title"] === "pdf" || l["@type"] === "application/pdf")?.["@href"];
  const authors = (entry.author ?? []).map((a) => textOf(a.name)).filter(Boolean);
  const categories = (entry.category ?? []).map((c) => c["@term"]).filter((t): t is string => !!t);
  const date = isoDatePart(textOf(entry.published));
  const updated = isoDatePart(textOf(entry.updated));
  const doi = textOf(entry.doi);
  return {
    title,
    abstract,
    source,
    ...(arxiv ? { arxivId: arxiv.id, url: arxivAbsUrl(arxiv.id) } : idText ? { url: idText } : {}),
    ...(arxiv?.version ? { version: arxiv.version } : {}),
    ...(date ? { date } : {}),
    ...(updated && updated !== date ? { updated } : {}),
    ...(authors.length ? { authors, authorCount: authors.length } : {}),
    ...(categories.length ? { categories } : {}),
    ...(pdfUrl ? { pdfUrl } : {}),
    ...(doi ? { doi } : {}),
  };
}

export function parseArxivAtom(text: string, source: string): IngestResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line } = valid.err;
    return { papers: [], errors: [{ file: source, line, message: `not well-formed XML (${msg}); expected an arXiv API Atom feed` }] };
  }
  let feed: { entry?: AtomEntry[] } | undefined;
  try {
    feed = (parser.parse(text) as { feed?: { entry?: AtomEntry[] } }).feed;
  } catch (e) {
    // The validator lets a few malformed declarations through that the parser then refuses.
    return { papers: [], errors: [{ file: source, message: `not well-formed XML (${(e as Error).message}); expected an arXiv API Atom feed` }] };
  }
  if (!feed) {
    return { papers: [], errors: [{ file: source, message: "no <feed> element; expected an arXiv API Atom feed (export.arxiv.org/api/query)" }] };
  }
  const lines = entryLines(text);
  const papers: RawPaper[] = [];
  const errors: IngestError[] = [];
  (feed.entry ?? []).forEach((entry, i) => {
    const paper = toRawPaper(entry, source);
    if (typeof paper !== "string") return void papers.push(paper);
    const entryName = textOf(entry.title) || textOf(entry.id) || `entry ${i + 1}`;
    errors.push({ file: source, line: lines[i], entry: entryName, message: paper });
  });
  return { papers, errors };
}
