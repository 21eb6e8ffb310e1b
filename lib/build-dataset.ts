import { createHash } from "node:crypto";
import { Dataset, type Claim, type Paper } from "./schema";
import type { MergedPaper } from "./ingest/merge-papers";
import { extractClaims } from "./extract";
import { classifyModelFamily, tagTechniques } from "./classify/tag-paper";

/** The version is a hash of the content, so the same inputs always give the same file. */
export function datasetVersion(papers: Paper[], claims: Claim[]): string {
  return createHash("sha256").update(JSON.stringify({ papers, claims })).digest("hex").slice(0, 16);
}

export function buildDataset(merged: MergedPaper[]): Dataset {
  const papers: Paper[] = merged.map((p) => ({
    ...p,
    techniques: tagTechniques(p.title, p.abstract),
    modelFamily: classifyModelFamily(p.title, p.abstract),
  }));
  const claims = papers.flatMap((p) => extractClaims(p));
  // Validation is the gate between extraction and the file: a schema violation is a bug, never written.
  return Dataset.parse({ version: datasetVersion(papers, claims), papers, claims });
}
