import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim } from "../schema";
import { CASE_INSENSITIVE_FACETS, FACET_FIELDS, facetValues } from "./facet-values";

/*
 * The facet values of every claim of a loaded dataset as numbers, worked out once with the
 * dataset: a filter click at 100,000 claims then compares small integers instead of building
 * eight lists of strings per claim (~100 ms a click on the server path). A new release or an
 * approved correction is a new DatasetIndex, so its columns are built afresh; nothing outlives it.
 */

/** One facet over `index.claims`: claim i's values are ids `offsets[i]` up to `offsets[i + 1]`. */
export type FacetColumn = {
  offsets: Int32Array;
  /** Ids into `shown`: the values as counted and displayed. */
  shownIds: Int32Array;
  shown: string[];
  /** Ids into `matchId`: the values as a filter compares them (lower case for device and baseline). */
  matchIds: Int32Array;
  matchId: Map<string, number>;
};

export type FacetColumns = { columns: FacetColumn[]; position: Map<Claim, number> };

function idOf(ids: Map<string, number>, value: string, list?: string[]): number {
  let id = ids.get(value);
  if (id === undefined) {
    ids.set(value, (id = ids.size));
    list?.push(value);
  }
  return id;
}

function buildColumn(index: DatasetIndex, field: (typeof FACET_FIELDS)[number]): FacetColumn {
  const offsets = new Int32Array(index.claims.length + 1);
  const shownIds: number[] = [];
  const matchIds: number[] = [];
  const shownId = new Map<string, number>();
  const shown: string[] = [];
  const matchId = new Map<string, number>();
  const lower = CASE_INSENSITIVE_FACETS.has(field);
  index.claims.forEach((claim, i) => {
    for (const value of facetValues(claim, index.paperById.get(claim.paperId), field)) {
      shownIds.push(idOf(shownId, value, shown));
      matchIds.push(idOf(matchId, lower ? value.toLowerCase() : value));
    }
    offsets[i + 1] = shownIds.length;
  });
  return { offsets, shownIds: Int32Array.from(shownIds), shown, matchIds: Int32Array.from(matchIds), matchId };
}

const columnsByIndex = new WeakMap<DatasetIndex, FacetColumns>();

export function facetColumns(index: DatasetIndex): FacetColumns {
  let built = columnsByIndex.get(index);
  if (!built) {
    const position = new Map(index.claims.map((claim, i) => [claim, i]));
    built = { columns: FACET_FIELDS.map((field) => buildColumn(index, field)), position };
    columnsByIndex.set(index, built);
  }
  return built;
}

const positionsByOrder = new WeakMap<DatasetIndex, WeakMap<readonly Claim[], Int32Array | null>>();

/**
 * Where each claim of `ordered` (the dataset in one sort order, kept with the dataset) sits in
 * `index.claims`, or null when it holds a claim the index doesn't (then the caller reads strings).
 */
export function positionsOf(index: DatasetIndex, ordered: readonly Claim[]): Int32Array | null {
  let byOrder = positionsByOrder.get(index);
  if (!byOrder) positionsByOrder.set(index, (byOrder = new WeakMap()));
  let positions = byOrder.get(ordered);
  if (positions === undefined) {
    const { position } = facetColumns(index);
    positions = new Int32Array(ordered.length);
    for (let k = 0; k < ordered.length; k++) {
      const i = position.get(ordered[k]!);
      if (i === undefined) {
        positions = null;
        break;
      }
      positions[k] = i;
    }
    byOrder.set(ordered, positions);
  }
  return positions;
}
