import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { IngestResult } from "./types";
import { cleanResult } from "./clean-paper";
import { parseListingText } from "./listing-text";
import { parseJsonLines, readJsonLinesFile } from "./json-lines";
import { parseArxivAtom } from "./arxiv-atom";
import { parseHfDailyPapers } from "./hf-daily-papers";
import { parseBibtex } from "./bibtex";

export const INPUT_FORMATS = ["listing", "jsonl", "arxiv", "hf", "bibtex"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Larger inputs are refused rather than read into memory whole; JSON Lines are streamed and have no limit. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const PARSERS: Record<InputFormat, (text: string, source: string) => IngestResult> = {
  listing: parseListingText,
  jsonl: parseJsonLines,
  arxiv: parseArxivAtom,
  hf: parseHfDailyPapers,
  bibtex: parseBibtex,
};

export function isInputFormat(name: string): name is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(name);
}

/** The --format option of extract and ingest: undefined means "detect per file". */
export function parseFormatOption(value: string | undefined): InputFormat | undefined {
  if (value === undefined || isInputFormat(value)) return value;
  throw new Error(`--format: unknown format "${value}"; accepted: ${INPUT_FORMATS.join(", ")}`);
}

const EXTENSION_FORMATS: [RegExp, InputFormat][] = [
  [/\.(jsonl|ndjson)$/i, "jsonl"],
  [/\.txt$/i, "listing"],
  [/\.(xml|atom)$/i, "arxiv"],
  [/\.bib$/i, "bibtex"],
  // A .json file is a JSON document, and the only one we read is the daily papers array.
  [/\.json$/i, "hf"],
];
/** A BibTeX file opens with an @type{ entry, possibly after % comments or free text. */
const BIBTEX_ENTRY = /^\s*@[a-z]+\s*[{(]/im;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Extension first; otherwise the content decides: markup is an Atom feed, an array is a
 * daily papers response, an object per line is JSON Lines, an @entry{ is BibTeX, and
 * anything else is a scraped listing.
 */
export function detectFormat(path: string, text: string): InputFormat {
  const byExtension = EXTENSION_FORMATS.find(([re]) => re.test(path));
  if (byExtension) return byExtension[1];
  const head = text.trimStart();
  if (head.startsWith("<")) return "arxiv";
  if (head.startsWith("[")) return "hf";
  if (head.startsWith("{")) return "jsonl";
  if (BIBTEX_ENTRY.test(text.slice(0, 64 * 1024))) return "bibtex";
  return "listing";
}

/** Decodes a file strictly, so a binary or mis-encoded input is reported instead of producing mojibake papers. */
export function decodeInput(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new Error(`${source}: file is empty`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new Error(`${source}: binary content (NUL byte at offset ${nul}); expected UTF-8 text`);
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    // Say where: the first replacement character of a lenient decode marks the first bad byte.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const bad = lenient.indexOf("\uFFFD");
    const line = lenient.slice(0, Math.max(0, bad)).split("\n").length;
    throw new Error(`${source}: not valid UTF-8 (first bad byte on line ${line}; another encoding?); re-encode the file as UTF-8`);
  }
}

const HEAD_BYTES = 64 * 1024;

/** The first 64 KB, enough to detect the format without reading a large file whole. */
function readHead(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

function withNoPapersError(result: IngestResult, source: string): IngestResult {
  if (result.papers.length === 0 && result.errors.length === 0) {
    result.errors.push({ file: source, message: "no papers found (expected title/abstract pairs, JSON Lines, an arXiv Atom feed, Hugging Face daily papers JSON or BibTeX)" });
  }
  return result;
}

/** Reads one input; `format` (from --format) overrides detection. */
export function parseInputFile(path: string, format?: InputFormat): IngestResult {
  const source = basename(path);
  try {
    if ((format ?? detectFormat(path, readHead(path))) === "jsonl") return withNoPapersError(readJsonLinesFile(path, source), source);
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) {
      throw new Error(`${source}: ${size} bytes is over the ${MAX_INPUT_BYTES}-byte limit per input file; split it`);
    }
    const text = decodeInput(readFileSync(path), source);
    const parsed = PARSERS[format ?? detectFormat(path, text)](text, source);
    return withNoPapersError(cleanResult(parsed, source), source);
  } catch (e) {
    return { papers: [], errors: [{ file: source, message: (e as Error).message.replace(`${source}: `, "") }] };
  }
}

/** Expands directories (sorted, so runs are reproducible) into their files. */
export function listInputFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => !f.startsWith("."))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
}
