import { z } from "zod";
import type { RawPaper } from "../schema";
import type { IngestError, IngestResult } from "./types";
import { forEachLineSync } from "./read-lines";
import { cleanPaper } from "./clean-paper";

/** The generic input format: one `{title, abstract, url?, date?, authors?}` object per line. */
const JsonLinesEntry = z.object({
  title: z.string().trim().min(1, "title is empty"),
  abstract: z.string().trim().min(1, "abstract is empty"),
  url: z.string().optional(),
  date: z.string().optional(),
  authors: z.array(z.string()).optional(),
});

/** One line of a JSON Lines file: a paper, an error naming the line, or nothing for a blank line. */
export function parseJsonLine(raw: string, line: number, source: string): RawPaper | IngestError | undefined {
  if (!raw.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { file: source, line, message: `not valid JSON (${(e as Error).message})` };
  }
  const parsed = JsonLinesEntry.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "entry";
    return { file: source, line, message: `${field}: ${issue?.message ?? "invalid"}; expected {title, abstract, url?, date?, authors?}` };
  }
  const { title, abstract, url, date, authors } = parsed.data;
  const paper = {
    title,
    abstract,
    source,
    ...(url ? { url } : {}),
    ...(date ? { date } : {}),
    ...(authors ? { authors, authorCount: authors.length } : {}),
  };
  return cleanPaper(paper, { file: source, line });
}

function collect(result: IngestResult, item: RawPaper | IngestError | undefined): void {
  if (item === undefined) return;
  if ("message" in item) result.errors.push(item);
  else result.papers.push(item);
}

export function parseJsonLines(text: string, source: string): IngestResult {
  const result: IngestResult = { papers: [], errors: [] };
  text.split(/\r?\n/).forEach((raw, i) => collect(result, parseJsonLine(raw, i + 1, source)));
  return result;
}

/** Streams a JSON Lines file line by line, so a corpus of any size is never held as one string. */
export function readJsonLinesFile(path: string, source: string): IngestResult {
  const result: IngestResult = { papers: [], errors: [] };
  forEachLineSync(
    path,
    source,
    (raw, line) => collect(result, parseJsonLine(raw, line, source)),
    (line, message) => result.errors.push({ file: source, line, message }),
  );
  return result;
}
