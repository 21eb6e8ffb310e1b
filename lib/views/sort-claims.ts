import type { DatasetIndex } from "../dataset/dataset-index";
import { baselineName } from "./baseline-name";
import { CLAIM_KINDS, type Claim, type Paper } from "../schema";
import type { Sort } from "./url-state";

/**
 * The table's order: one sort key, ties broken the same way every time, missing values
 * last in both directions, values compared only within their unit.
 */

type Comparable = string | number | null;

function sortValue(claim: Claim, paper: Paper | undefined, key: Sort["key"]): Comparable {
  switch (key) {
    case "paper":
      return paper?.title.toLowerCase() ?? claim.paperId;
    case "kind":
      return claim.kind;
    case "value":
      return claim.value;
    case "hw":
      return claim.hardware.class;
    case "device":
      return claim.hardware.device?.toLowerCase() ?? null;
    case "qual":
      return claim.qualifier;
    case "baseline":
      return baselineName(claim)?.toLowerCase() ?? null;
  }
}

function compare(a: Comparable, b: Comparable): number {
  if (a === b) return 0;
  if (a === null) return 1; // missing values sort last in both directions
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/**
 * Values sort within their unit: kinds in their fixed order, accuracy by unit, then the
 * value, so a 2× speedup and +2 pp never land next to each other as if comparable.
 */
function unitGroup(claim: Claim): string {
  const kind = String(CLAIM_KINDS.indexOf(claim.kind)).padStart(2, "0");
  return claim.kind === "accuracy" ? `${kind}:${claim.unit ?? "pp"}` : kind;
}

/** Deterministic order: the chosen key, then paper title, position in the abstract, id. */
export function sortClaims(index: DatasetIndex, claims: Claim[], sort: Sort): Claim[] {
  const keyed = claims.map((claim) => {
    const paper = index.paperById.get(claim.paperId);
    const group = sort.key === "value" ? unitGroup(claim) : "";
    return { claim, group, key: sortValue(claim, paper, sort.key), title: paper?.title.toLowerCase() ?? "" };
  });
  keyed.sort((x, y) => {
    const unit = compare(x.group, y.group);
    if (unit !== 0) return unit;
    const primary = compare(x.key, y.key);
    if (primary !== 0) {
      const bothPresent = x.key !== null && y.key !== null;
      return sort.desc && bothPresent ? -primary : primary;
    }
    return (
      compare(x.title, y.title) ||
      x.claim.evidence.start - y.claim.evidence.start ||
      compare(x.claim.id, y.claim.id)
    );
  });
  return keyed.map((k) => k.claim);
}
