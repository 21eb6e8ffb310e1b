import { z } from "zod";
import type { RawPaper } from "../schema";
import type { IngestError, IngestResult } from "./types";
import { parseArxivId } from "./arxiv-id";
import { collapseWhitespace, isoDatePart } from "./collapse-whitespace";
import { lineOfOffset } from "./line-of-offset";

/*
 * A saved response of huggingface.co/api/daily_papers: a JSON array of
 * {paper: {id, title, summary, authors: [{name}], publishedAt, upvotes}, ...}.
 * paper.id is the arXiv id. The shape is checked per entry, so one odd entry is an error
 * for that entry and the rest are still read.
 */

const EXPECTED_SHAPE = "expected a saved Hugging Face /api/daily_papers response: a JSON array of {paper: {id, title, summary, ...}}";

const DailyPaper = z.object({
  paper: z.object({
    id: z.string().trim().min(1, "paper.id is empty"),
    title: z.string().optional(),
    summary: z.string().optional(),
    authors: z.array(z.object({ name: z.string() }).loose()).optional(),
    publishedAt: z.string().optional(),
    upvotes: z.number().int().nonnegative().optional(),
  }).loose(),
  title: z.string().optional(),
}).loose();

export function hfPaperUrl(id: string): string {
  return `https://huggingface.co/papers/${id}`;
}

function toRawPaper(entry: z.infer<typeof DailyPaper>, source: string): RawPaper | string {
  const { paper } = entry;
  const title = collapseWhitespace(paper.title ?? entry.title ?? "");
  const abstract = collapseWhitespace(paper.summary ?? "");
  if (!title) return "paper.title is missing or empty";
  if (!abstract) return "paper.summary (the abstract) is missing or empty; an entry needs one to be read for claims";
  const arxiv = parseArxivId(paper.id);
  const authors = (paper.authors ?? []).map((a) => collapseWhitespace(a.name)).filter(Boolean);
  const date = isoDatePart(paper.publishedAt);
  return {
    title,
    abstract,
    source,
    url: hfPaperUrl(paper.id),
    ...(arxiv ? { arxivId: arxiv.id } : {}),
    ...(arxiv?.version ? { version: arxiv.version } : {}),
    ...(date ? { date } : {}),
    ...(authors.length ? { authors, authorCount: authors.length } : {}),
    ...(paper.upvotes !== undefined ? { upvotes: paper.upvotes } : {}),
  };
}

export function parseHfDailyPapers(text: string, source: string): IngestResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { papers: [], errors: [{ file: source, message: `not valid JSON (${(e as Error).message}); ${EXPECTED_SHAPE}` }] };
  }
  if (!Array.isArray(json)) {
    const got = json === null ? "null" : typeof json === "object" ? `an object with keys ${Object.keys(json).slice(0, 5).join(", ")}` : typeof json;
    return { papers: [], errors: [{ file: source, message: `got ${got}; ${EXPECTED_SHAPE} (one paper per line is .jsonl)` }] };
  }
  const lineAt = lineOfOffset(text);
  let searchFrom = 0;
  /** JSON.parse keeps no positions; an entry's line is where its id first appears after the previous one. */
  const lineOfId = (id: string): number | undefined => {
    const at = text.indexOf(JSON.stringify(id), searchFrom);
    if (at === -1) return undefined;
    searchFrom = at + 1;
    return lineAt(at);
  };
  const papers: RawPaper[] = [];
  const errors: IngestError[] = [];
  json.forEach((item, i) => {
    const parsed = DailyPaper.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".") || "entry";
      errors.push({ file: source, entry: `[${i}]`, message: `${field}: ${issue?.message ?? "invalid"}; ${EXPECTED_SHAPE}` });
      return;
    }
    const line = lineOfId(parsed.data.paper.id);
    const paper = toRawPaper(parsed.data, source);
    if (typeof paper !== "string") return void papers.push(paper);
    const name = collapseWhitespace(parsed.data.paper.title ?? "") || parsed.data.paper.id;
    errors.push({ file: source, ...(line ? { line } : {}), entry: name, message: paper });
  });
  return { papers, errors };
}
