import { createHash } from "node:crypto";
import { Dataset, type Claim, type Override, type Paper } from "./schema";
import { applyOverrides, type OverrideReport } from "./apply-overrides";
import type { MergedPaper } from "./ingest/merge-papers";
import { extractClaims } from "./extract";
import { classifyModelFamily, tagTechniques } from "./classify/tag-paper";

/** The version is a hash of the content, so the same inputs always give the same file. */
export function datasetVersion(papers: Paper[], claims: Claim[]): string {
  return createHash("sha256").update(JSON.stringify({ papers, claims })).digest("hex").slice(0, 16);
}

/**
 * Tags papers, extracts claims and, last, applies reviewed overrides, so corrections are
 * re-applied to every fresh extraction. Throws OverrideError for an override that cannot apply.
 */
export function buildDatasetWithReport(
  merged: MergedPaper[],
  overrides: Override[] = [],
): { dataset: Dataset; overrideReport: OverrideReport } {
  const papers: Paper[] = merged.map((p) => ({
    ...p,
    techniques: tagTechniques(p.title, p.abstract),
    modelFamily: classifyModelFamily(p.title, p.abstract),
  }));
  const extracted = papers.flatMap((p) => extractClaims(p));
  const { claims, report } = applyOverrides(papers, extracted, overrides);
  // Validation is the gate between extraction and the file: a schema violation is a bug, never written.
  const dataset = Dataset.parse({ version: datasetVersion(papers, claims), papers, claims });
  return { dataset, overrideReport: report };
}

export function buildDataset(merged: MergedPaper[], overrides: Override[] = []): Dataset {
  return buildDatasetWithReport(merged, overrides).dataset;
}
