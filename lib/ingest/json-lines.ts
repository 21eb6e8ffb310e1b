import { z } from "zod";
import type { RawPaper } from "../schema";
import type { IngestError, IngestResult } from "./types";

/** The generic input format: one `{title, abstract, url?, date?, authors?}` object per line. */
const JsonLinesEntry = z.object({
  title: z.string().trim().min(1, "title is empty"),
  abstract: z.string().trim().min(1, "abstract is empty"),
  url: z.string().optional(),
  date: z.string().optional(),
  authors: z.array(z.string()).optional(),
});

export function parseJsonLines(text: string, source: string): IngestResult {
  const papers: RawPaper[] = [];
  const errors: IngestError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      errors.push({ file: source, line: i + 1, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    const parsed = JsonLinesEntry.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".") || "entry";
      errors.push({
        file: source,
        line: i + 1,
        message: `${field}: ${issue?.message ?? "invalid"}; expected {title, abstract, url?, date?, authors?}`,
      });
      return;
    }
    const { title, abstract, url, date, authors } = parsed.data;
    papers.push({
      title,
      abstract,
      source,
      ...(url ? { url } : {}),
      ...(date ? { date } : {}),
      ...(authors ? { authors, authorCount: authors.length } : {}),
    });
  });
  return { papers, errors };
}
