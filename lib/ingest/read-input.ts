import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { IngestResult } from "./types";
import { parseListingText } from "./listing-text";
import { parseJsonLines } from "./json-lines";

export const INPUT_FORMATS = ["listing", "jsonl"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Larger inputs are refused rather than read into memory whole. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const PARSERS: Record<InputFormat, (text: string, source: string) => IngestResult> = {
  listing: parseListingText,
  jsonl: parseJsonLines,
};

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Extension first; otherwise a file whose first non-blank character opens an object is JSON Lines. */
export function detectFormat(path: string, text: string): InputFormat {
  if (/\.(jsonl|ndjson)$/i.test(path)) return "jsonl";
  if (/\.txt$/i.test(path)) return "listing";
  return text.trimStart().startsWith("{") ? "jsonl" : "listing";
}

/** Decodes a file strictly, so a binary or mis-encoded input is reported instead of producing mojibake papers. */
export function decodeInput(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new Error(`${source}: file is empty`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new Error(`${source}: binary content (NUL byte at offset ${nul}); expected UTF-8 text`);
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new Error(`${source}: not valid UTF-8; re-encode the file as UTF-8`);
  }
}

export function parseInputFile(path: string): IngestResult {
  const source = basename(path);
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) {
      throw new Error(`${source}: ${size} bytes is over the ${MAX_INPUT_BYTES}-byte limit per input file; split it`);
    }
    const text = decodeInput(readFileSync(path), source);
    const result = PARSERS[detectFormat(path, text)](text, source);
    if (result.papers.length === 0 && result.errors.length === 0) {
      result.errors.push({ file: source, message: "no papers found (expected title/abstract pairs or JSON Lines)" });
    }
    return result;
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
