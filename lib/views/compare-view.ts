import type { DatasetIndex } from "../dataset/dataset-index";
import { viewedClaim } from "./query";
import { CLAIM_KINDS, type Claim, type ClaimKind, type Paper } from "../schema";
import { matchesTitleWords } from "./search-key";
import type { ViewState } from "./url-state";

/** Papers in columns, claim kinds in rows: the cells are each paper's claims of that kind. */
export type CompareTable = {
  papers: Paper[];
  unknownIds: string[];
  rows: { kind: ClaimKind; cells: Claim[][] }[];
};

export function compareTable(index: DatasetIndex, paperIds: string[]): CompareTable {
  const papers: Paper[] = [];
  const unknownIds: string[] = [];
  for (const id of paperIds) {
    const paper = index.paperById.get(id);
    if (paper) papers.push(paper);
    else unknownIds.push(id);
  }
  const rows = CLAIM_KINDS.map((kind) => ({
    kind,
    cells: papers.map((p) => (index.claimsByPaper.get(p.id) ?? []).filter((c) => c.kind === kind)),
  })).filter((row) => row.cells.some((cell) => cell.length > 0));
  return { papers, unknownIds, rows };
}

/** The table as the view shows it: reviewed-only and typical figures apply here too. */
export function viewCompareTable(table: CompareTable, state: Pick<ViewState, "reviewed" | "typical">): CompareTable {
  const rows = table.rows
    .map((row) => ({ kind: row.kind, cells: row.cells.map((cell) => cell.flatMap((c) => viewedClaim(c, state) ?? [])) }))
    .filter((row) => row.cells.some((cell) => cell.length > 0));
  return { ...table, rows };
}

export type CompareChartRow = { kind: ClaimKind; values: Record<string, number> };

/** Best (largest) value per paper per multiplier kind; accuracy points can't share a × axis. */
export function compareChartRows(table: CompareTable): CompareChartRow[] {
  return table.rows
    .filter((row) => row.kind !== "accuracy")
    .map((row) => {
      const values: Record<string, number> = {};
      row.cells.forEach((cell, i) => {
        const numbers = cell.map((c) => c.value).filter((v): v is number => v !== null && v > 0);
        const paper = table.papers[i];
        if (paper && numbers.length > 0) values[paper.id] = Math.max(...numbers);
      });
      return { kind: row.kind, values };
    })
    .filter((row) => Object.keys(row.values).length > 0);
}

/** Papers whose title holds every word of the query as a whole word, for the "add a paper" list. */
export function findPapers(index: DatasetIndex, q: string, limit: number): Paper[] {
  if (q.trim() === "") return [];
  const found: Paper[] = [];
  for (const paper of index.papers) {
    if (matchesTitleWords(paper.title, q)) found.push(paper);
    if (found.length >= limit) break;
  }
  return found;
}
