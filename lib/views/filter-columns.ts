import type { Claim } from "../schema";
import type { FacetColumn, FacetColumns } from "./facet-columns";
import { CASE_INSENSITIVE_FACETS, FACET_FIELDS } from "./facet-values";
import type { FacetCounts, FilterResult } from "./query";
import type { ViewState } from "./url-state";

/** Per facet, which match ids the view selects (null: nothing selected, everything passes). */
function wantedIds(columns: FacetColumn[], state: ViewState): (Uint8Array | null)[] {
  return FACET_FIELDS.map((field, f) => {
    const selected = state[field];
    if (selected.length === 0) return null;
    const column = columns[f]!;
    const wanted = new Uint8Array(column.matchId.size);
    for (const value of selected) {
      const id = column.matchId.get(CASE_INSENSITIVE_FACETS.has(field) ? value.toLowerCase() : value);
      if (id !== undefined) wanted[id] = 1;
    }
    return wanted;
  });
}

function matches(column: FacetColumn, wanted: Uint8Array, i: number): boolean {
  for (let j = column.offsets[i]!; j < column.offsets[i + 1]!; j++) if (wanted[column.matchIds[j]!]) return true;
  return false;
}

/** Counts per shown id, and the ids in the order first counted (a facet's Map keeps that order, as the string path did). */
type Tally = { counts: Int32Array; order: number[] };

function tally(column: FacetColumn, into: Tally, i: number): void {
  for (let j = column.offsets[i]!; j < column.offsets[i + 1]!; j++) {
    const id = column.shownIds[j]!;
    const before = into.counts[id]!;
    into.counts[id] = before + 1;
    if (before === 0) into.order.push(id);
  }
}

/**
 * filterClaims over the dataset's facet columns (lib/views/facet-columns.ts), with the same
 * rule: a claim failing no facet counts towards every facet, one failing exactly one facet
 * towards that facet. `positions` walks `claims` in the view's order; `keep` is the view's
 * claim-level test (status, typical, range, search), returning the claim as shown or null.
 */
export function filterByColumns(built: FacetColumns, claims: readonly Claim[], positions: Int32Array, state: ViewState, keep: (claim: Claim) => Claim | null): FilterResult {
  const { columns } = built;
  const wanted = wantedIds(columns, state);
  const tallies: Tally[] = columns.map((column) => ({ counts: new Int32Array(column.shown.length), order: [] }));
  const kept: Claim[] = [];
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    const claim = keep(claims[i]!);
    if (!claim) continue;
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < columns.length; f++) {
      const selected = wanted[f];
      if (selected && !matches(columns[f]!, selected, i)) {
        failed = f;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      kept.push(claim);
      for (let f = 0; f < columns.length; f++) tally(columns[f]!, tallies[f]!, i);
    } else if (failures === 1) {
      tally(columns[failed]!, tallies[failed]!, i);
    }
  }
  const facets = Object.fromEntries(
    FACET_FIELDS.map((field, f) => [field, new Map(tallies[f]!.order.map((id) => [columns[f]!.shown[id]!, tallies[f]!.counts[id]!]))]),
  ) as FacetCounts;
  return { claims: kept, facets };
}
