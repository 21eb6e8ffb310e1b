import type { Claim, Dataset, Paper } from "./schema";

/**
 * A dataset with the lookups every query needs, built once per loaded dataset
 * so a request never re-scans papers to join claims with their paper.
 */
export type DatasetIndex = {
  version: string;
  papers: Paper[];
  claims: Claim[];
  paperById: Map<string, Paper>;
  /** Lower-cased "title \n abstract" per paper id, for text search. */
  searchText: Map<string, string>;
  claimsByPaper: Map<string, Claim[]>;
};

export function indexDataset(dataset: Dataset): DatasetIndex {
  const paperById = new Map(dataset.papers.map((p) => [p.id, p]));
  const searchText = new Map(dataset.papers.map((p) => [p.id, `${p.title}\n${p.abstract}`.toLowerCase()]));
  const claimsByPaper = new Map<string, Claim[]>();
  for (const claim of dataset.claims) {
    const list = claimsByPaper.get(claim.paperId) ?? [];
    list.push(claim);
    claimsByPaper.set(claim.paperId, list);
  }
  for (const list of claimsByPaper.values()) list.sort((a, b) => a.evidence.start - b.evidence.start);
  return { version: dataset.version, papers: dataset.papers, claims: dataset.claims, paperById, searchText, claimsByPaper };
}
