import { Dataset, type Claim, type Override, type Paper } from "./schema";
import { datasetVersion } from "./dataset-file";
import { applyOverrides, type OverrideReport } from "./apply-overrides";
import type { MergedPaper } from "./ingest/merge-papers";
import { extractClaims } from "./extract";
import { classifyModelFamily, tagTechniques } from "./classify/tag-paper";

export { datasetVersion };

/**
 * Tags papers, extracts claims and, last, applies reviewed overrides, so corrections are
 * re-applied to every fresh extraction. Throws OverrideError for an override that cannot apply.
 */
export function buildCorpus(
  merged: MergedPaper[],
  overrides: Override[] = [],
): { papers: Paper[]; claims: Claim[]; overrideReport: OverrideReport } {
  const papers: Paper[] = merged.map((p) => ({
    ...p,
    techniques: tagTechniques(p.title, p.abstract),
    modelFamily: classifyModelFamily(p.title, p.abstract),
  }));
  const extracted = papers.flatMap((p) => extractClaims(p));
  const { claims, report } = applyOverrides(papers, extracted, overrides);
  return { papers, claims, overrideReport: report };
}

/** The whole dataset validated in memory, for callers with small inputs (tests, eval). */
export function buildDatasetWithReport(
  merged: MergedPaper[],
  overrides: Override[] = [],
): { dataset: Dataset; overrideReport: OverrideReport } {
  const { papers, claims, overrideReport: report } = buildCorpus(merged, overrides);
  // Validation is the gate between extraction and the file: a schema violation is a bug, never written.
  const dataset = Dataset.parse({ version: datasetVersion(papers, claims), papers, claims });
  return { dataset, overrideReport: report };
}

export function buildDataset(merged: MergedPaper[], overrides: Override[] = []): Dataset {
  return buildDatasetWithReport(merged, overrides).dataset;
}
