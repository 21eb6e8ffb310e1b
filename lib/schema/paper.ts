import { z } from "zod";
import { ModelFamily, Technique } from "./vocabulary";

/** A paper as ingested from any source format, before claims are attached. */
export const RawPaper = z.object({
  title: z.string().min(1),
  abstract: z.string().min(1),
  url: z.string().optional(),
  date: z.string().optional(),
  authors: z.array(z.string()).optional(),
  authorCount: z.number().int().nonnegative().optional(),
  upvotes: z.number().int().nonnegative().optional(),
  /** arXiv identifier without version ("2401.12345", "cs/0112017"); the first dedup key. */
  arxivId: z.string().optional(),
  /** arXiv version number of the ingested text ("v2" → 2), when the source says. */
  version: z.number().int().positive().optional(),
  /** Date of the ingested version (ISO date), when it differs from the first publication. */
  updated: z.string().optional(),
  categories: z.array(z.string()).optional(),
  pdfUrl: z.string().optional(),
  doi: z.string().optional(),
  source: z.string(),
});
export type RawPaper = z.infer<typeof RawPaper>;

export const Paper = RawPaper.omit({ source: true }).extend({
  /** Stable slug of the normalized title; survives re-ingest and reordering of sources. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  sources: z.array(z.string()).min(1),
  techniques: z.array(Technique),
  modelFamily: ModelFamily,
});
export type Paper = z.infer<typeof Paper>;
