import type { DatasetIndex } from "../dataset/dataset-index";
import { viewedClaim } from "./query";
import { CLAIM_KINDS, type Claim, type ClaimKind, type Paper } from "../schema";
import { claimDifferences, comparabilitySummary, compareComparability, type ComparabilityIssue } from "./comparability";
import { explainClaim } from "./explain-claim";
import { hasReviewedClaims } from "./facet-groups";
import { formatClaimValue, QUALIFIER_LABELS } from "./format-claim";
import { paperColor } from "./hardware-colors";
import { matchesTitleWords } from "./search-key";
import { hrefFor, serializeUrlState, type ViewState } from "./url-state";
import { toggleListValue } from "./view-edits";

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

/** One claim in a compare cell, as the cell prints it. */
export type CompareCellClaim = {
  id: string;
  value: string;
  /** "up to · GPU · vs vLLM" */
  detail: string;
  /** Tooltip: the claim explained, then its sentence. */
  title: string;
  /** How this paper's compared claim differs from the others in its row; [] for the claims not compared. */
  differences: string[];
};
export type CompareRowView = { kind: ClaimKind; issues: ComparabilityIssue[]; cells: { paperId: string; paperTitle: string; claims: CompareCellClaim[] }[] };
export type ComparePaperColumn = { id: string; title: string; color: string; href: string; removeHref: string };

/** Everything the compare page shows, computed once: the page only renders it. */
export type CompareView = {
  notices: string[];
  /** The query of the "add a paper" form, its hidden view field and the papers it matched. */
  search: { q: string; view: string; matches: { id: string; title: string; href: string }[] };
  papers: ComparePaperColumn[];
  chart: { rows: CompareChartRow[]; papers: { id: string; title: string }[]; warnings: Record<string, string[]> };
  summary: string;
  rows: CompareRowView[];
  /** Every claim the table shows, for the version notice. */
  inView: Claim[];
  reviewedAvailable: boolean;
  explorerHref: string;
};

/** How many title matches the "add a paper" form lists. */
const MATCH_LIMIT = 8;

export function compareView(index: DatasetIndex, state: ViewState): CompareView {
  const table = viewCompareTable(compareTable(index, state.papers), state);
  const comparability = compareComparability(table);
  const withoutQuery = { papers: state.papers };
  const rows = table.rows.map((row, r): CompareRowView => {
    const { compared, issues } = comparability[r]!;
    const cellClaim = (c: Claim): CompareCellClaim => ({
      id: c.id,
      value: formatClaimValue(c),
      detail: `${QUALIFIER_LABELS[c.qualifier]} · ${c.hardware.class}${c.baseline ? ` · vs ${c.baseline}` : ""}`,
      title: `${explainClaim(c).summary} — “${c.evidence.sentence}”`,
      differences: compared.includes(c) ? claimDifferences(c, issues) : [],
    });
    return {
      kind: row.kind,
      issues,
      cells: row.cells.map((cell, i) => ({ paperId: table.papers[i]!.id, paperTitle: table.papers[i]!.title, claims: cell.map(cellClaim) })),
    };
  });
  return {
    notices: table.unknownIds.map((id) => `papers=${id} (unknown paper)`),
    search: {
      q: state.q,
      view: serializeUrlState(withoutQuery),
      matches: findPapers(index, state.q, MATCH_LIMIT)
        .filter((p) => !state.papers.includes(p.id))
        .map((p) => ({ id: p.id, title: p.title, href: hrefFor("/compare", { papers: [...state.papers, p.id] }) })),
    },
    papers: table.papers.map((p, i) => ({
      id: p.id,
      title: p.title,
      color: paperColor(i),
      href: hrefFor(`/papers/${p.id}`, withoutQuery),
      removeHref: hrefFor("/compare", toggleListValue(state, "papers", p.id)),
    })),
    chart: {
      rows: compareChartRows(table),
      papers: table.papers.map((p) => ({ id: p.id, title: p.title })),
      warnings: Object.fromEntries(comparability.filter((r) => r.issues.length > 0).map((r) => [r.kind, r.issues.map((i) => i.message)])),
    },
    summary: comparabilitySummary(comparability, table.papers),
    rows,
    inView: table.rows.flatMap((r) => r.cells.flat()),
    reviewedAvailable: hasReviewedClaims(index),
    explorerHref: hrefFor("/", withoutQuery),
  };
}
