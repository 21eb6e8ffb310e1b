import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim } from "../schema";
import { perDatasetMemo } from "./per-dataset-memo";

/**
 * The words a claim came from, for a chart tooltip: chart marks carry only what they draw
 * (issue 11, payload diet), and the sentence and full title load when a tooltip opens.
 */
export type ClaimEvidence = { id: string; paperId: string; paperTitle: string; sentence: string; text: string };

const claimsById = perDatasetMemo<Map<string, Claim>>("claims-by-id", 1);

export function claimEvidence(index: DatasetIndex, id: string): ClaimEvidence | null {
  const claim = claimsById(index, "served", () => new Map(index.claims.map((c) => [c.id, c]))).get(id);
  if (!claim) return null;
  const paperTitle = index.paperById.get(claim.paperId)?.title ?? claim.paperId;
  return { id, paperId: claim.paperId, paperTitle, sentence: claim.evidence.sentence, text: claim.evidence.text };
}
