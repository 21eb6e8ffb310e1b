import type { UnappliedCorrection } from "../curation/apply-corrections";
import type { Claim, Dataset, Paper, StoredCorrection } from "../schema";
import { searchKey } from "../views/search-key";

/**
 * A dataset with the lookups every query needs, built once per loaded dataset
 * so a request never re-scans papers to join claims with their paper.
 */
export type DatasetIndex = {
  version: string;
  papers: Paper[];
  claims: Claim[];
  paperById: Map<string, Paper>;
  /** "title abstract" per paper id as a search key (lib/views/search-key.ts): case, hyphens and spacing dropped. */
  searchText: Map<string, string>;
  claimsByPaper: Map<string, Claim[]>;
  /**
   * Claims a reviewer rejected (data/overrides.json): kept out of `claims`, charts,
   * counts and the API, and listed on their paper's page with the reason.
   */
  rejectedByPaper: Map<string, Claim[]>;
  /** The database release this is (lib/store/), when it came from one. */
  releaseId?: number;
  /** Approved corrections that took effect, per claim: its history (who, when, why). */
  historyByClaim: Map<string, StoredCorrection[]>;
  /** Approved corrections that no longer apply, with the reason: shown on /review. */
  unappliedCorrections: UnappliedCorrection[];
};

export type CorrectionState = Pick<DatasetIndex, "releaseId" | "historyByClaim" | "unappliedCorrections">;

export function indexDataset(dataset: Dataset, corrections: CorrectionState = { historyByClaim: new Map(), unappliedCorrections: [] }): DatasetIndex {
  const paperById = new Map(dataset.papers.map((p) => [p.id, p]));
  const searchText = new Map(dataset.papers.map((p) => [p.id, searchKey(`${p.title}\n${p.abstract}`)]));
  const claimsByPaper = new Map<string, Claim[]>();
  const rejectedByPaper = new Map<string, Claim[]>();
  const claims: Claim[] = [];
  for (const claim of dataset.claims) {
    const rejected = claim.status === "rejected";
    if (!rejected) claims.push(claim);
    const byPaper = rejected ? rejectedByPaper : claimsByPaper;
    const list = byPaper.get(claim.paperId) ?? [];
    list.push(claim);
    byPaper.set(claim.paperId, list);
  }
  for (const byPaper of [claimsByPaper, rejectedByPaper]) {
    for (const list of byPaper.values()) list.sort((a, b) => a.evidence.start - b.evidence.start);
  }
  return { version: dataset.version, papers: dataset.papers, claims, paperById, searchText, claimsByPaper, rejectedByPaper, ...corrections };
}
