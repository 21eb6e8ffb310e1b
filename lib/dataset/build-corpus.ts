import type { Claim, Override, Paper } from "../schema";
import { applyOverrides, type OverrideReport } from "../curation/apply-overrides";
import type { MergedPaper } from "../ingest/merge-papers";
import { extractClaims } from "../extract";
import { classifyModelFamily, tagTechniques } from "../classify/tag-paper";

/**
 * Tags papers, extracts claims and, last, applies reviewed overrides, so corrections are
 * re-applied to every fresh extraction. Throws OverrideError for an override that cannot apply.
 * Validation happens as the dataset is written (lib/dataset/dataset-file.ts), item by item.
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
