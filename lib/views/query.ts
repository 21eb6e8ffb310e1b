import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim, Paper } from "../schema";
import { searchWords } from "./search-key";
import { CASE_INSENSITIVE_FACETS, FACET_FIELDS, facetValues, type FacetField } from "./facet-values";
import { facetColumns, positionsOf } from "./facet-columns";
import { filterByColumns } from "./filter-columns";
import { sortClaims } from "./sort-claims";
import { rangeApplies, type Sort, type ViewState } from "./url-state";

/**
 * Pure filtering, faceting and sorting over the dataset, shared by the pages and
 * GET /api/claims so the explorer and the API can never disagree about a view.
 */

export { FACET_FIELDS, type FacetField } from "./facet-values";
export type FacetCounts = Record<FacetField, Map<string, number>>;

export const TABLE_PAGE_SIZE = 50;

function matchesFacet(claim: Claim, paper: Paper | undefined, field: FacetField, selected: string[]): boolean {
  if (selected.length === 0) return true;
  const values = facetValues(claim, paper, field);
  if (CASE_INSENSITIVE_FACETS.has(field)) {
    const wanted = new Set(selected.map((s) => s.toLowerCase()));
    return values.some((v) => wanted.has(v.toLowerCase()));
  }
  return values.some((v) => selected.includes(v));
}

/** The unit a value range is read in: the one selected kind's, accuracy in points. */
const RANGE_ACCURACY_UNIT = "pp";

function inRange(claim: Claim, state: ViewState): boolean {
  if (!rangeApplies(state) || (state.min === null && state.max === null)) return true;
  if (claim.value === null) return false;
  if (claim.kind === "accuracy" && (claim.unit ?? "pp") !== RANGE_ACCURACY_UNIT) return false;
  return (state.min === null || claim.value >= state.min) && (state.max === null || claim.value <= state.max);
}

function matchesNonFacet(claim: Claim, index: DatasetIndex, state: ViewState, words: string[]): boolean {
  if (!inRange(claim, state)) return false;
  if (words.length > 0) {
    const text = index.searchText.get(claim.paperId) ?? "";
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

/** A claim a person reviewed: corrected or added through data/overrides.json. */
export function isReviewed(claim: Claim): boolean {
  return claim.status === "corrected" || claim.status === "added";
}

/**
 * The claim as the view shows it, or null when the view leaves it out: rejected claims
 * never count; `reviewed` keeps reviewed ones; `typical` drops "up to" figures and
 * reads a range at its lower end, so a chart shows only typical figures.
 */
export function viewedClaim(claim: Claim, state: Pick<ViewState, "reviewed" | "typical">): Claim | null {
  if (claim.status === "rejected") return null;
  if (state.reviewed && !isReviewed(claim)) return null;
  if (!state.typical) return claim;
  if (claim.qualifier === "up_to") return null;
  if (claim.min === undefined) return claim;
  const { min, ...rest } = claim;
  return { ...rest, value: min };
}

export type FilterResult = { claims: Claim[]; facets: FacetCounts };

/**
 * One pass: a claim that fails no facet counts towards every facet; a claim that
 * fails exactly one facet still counts towards that facet's values, which is what
 * "count under the other filters" means.
 */
export function filterClaims(index: DatasetIndex, state: ViewState, ordered: Claim[] = index.claims): FilterResult {
  const words = searchWords(state.q);
  // The dataset's own orders read the facet columns built with it; any other list reads strings.
  if (ordered === index.claims || isDatasetOrder(index, ordered)) {
    const positions = positionsOf(index, ordered);
    const keep = (listed: Claim) => {
      const claim = viewedClaim(listed, state);
      return claim && matchesNonFacet(claim, index, state, words) ? claim : null;
    };
    if (positions) return filterByColumns(facetColumns(index), index.claims, positions, state, keep);
  }
  return filterByStrings(index, state, ordered, words);
}

function filterByStrings(index: DatasetIndex, state: ViewState, ordered: Claim[], words: string[]): FilterResult {
  const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, new Map<string, number>()])) as FacetCounts;
  const claims: Claim[] = [];
  const count = (claim: Claim, paper: Paper | undefined, field: FacetField) => {
    const map = facets[field];
    for (const v of facetValues(claim, paper, field)) map.set(v, (map.get(v) ?? 0) + 1);
  };
  for (const listed of ordered) {
    const claim = viewedClaim(listed, state);
    if (!claim || !matchesNonFacet(claim, index, state, words)) continue;
    const paper = index.paperById.get(claim.paperId);
    let failed: FacetField | null = null;
    let failures = 0;
    for (const field of FACET_FIELDS) {
      if (!matchesFacet(claim, paper, field, state[field])) {
        failed = field;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      claims.push(claim);
      for (const field of FACET_FIELDS) count(claim, paper, field);
    } else if (failures === 1 && failed) {
      count(claim, paper, failed);
    }
  }
  return { claims, facets };
}

export type ClaimsQuery = {
  /** All matching claims in table order (the API and CSV return all of them). */
  sorted: Claim[];
  /** The current table page. */
  rows: Claim[];
  total: number;
  page: number;
  pageCount: number;
  facets: FacetCounts;
};

/**
 * The whole dataset sorted once per sort order and kept with the loaded dataset:
 * filtering a pre-sorted list keeps its order, so a request never sorts 20k claims.
 */
const sortedCache = new WeakMap<DatasetIndex, Map<string, Claim[]>>();

function sortedDataset(index: DatasetIndex, sort: Sort): Claim[] {
  let bySort = sortedCache.get(index);
  if (!bySort) sortedCache.set(index, (bySort = new Map()));
  const key = `${sort.desc ? "-" : ""}${sort.key}`;
  let sorted = bySort.get(key);
  if (!sorted) bySort.set(key, (sorted = sortClaims(index, index.claims, sort)));
  return sorted;
}

function isDatasetOrder(index: DatasetIndex, ordered: Claim[]): boolean {
  for (const sorted of sortedCache.get(index)?.values() ?? []) if (sorted === ordered) return true;
  return false;
}

export function queryClaims(index: DatasetIndex, state: ViewState): ClaimsQuery {
  const { claims: sorted, facets } = filterClaims(index, state, sortedDataset(index, state.sort));
  const pageCount = Math.max(1, Math.ceil(sorted.length / TABLE_PAGE_SIZE));
  const page = Math.min(state.page, pageCount);
  const rows = sorted.slice((page - 1) * TABLE_PAGE_SIZE, page * TABLE_PAGE_SIZE);
  return { sorted, rows, total: sorted.length, page, pageCount, facets };
}
