import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim, Paper } from "../schema";
import { baselineName } from "./baseline-name";
import type { ListFieldName } from "./url-state";

export const FACET_FIELDS = ["hw", "kind", "device", "vs", "tech", "model", "phase", "qual"] as const;
export type FacetField = (typeof FACET_FIELDS)[number] & ListFieldName;

/** Free-text values (device, baseline) come from links people type or paste: they match ignoring case. */
export const CASE_INSENSITIVE_FACETS: ReadonlySet<FacetField> = new Set(["device", "vs"]);

/** The facet values a claim carries (a claim has every technique of its paper). */
export function facetValues(claim: Claim, paper: Paper | undefined, field: FacetField): string[] {
  switch (field) {
    case "hw":
      return [claim.hardware.class];
    case "kind":
      return [claim.kind];
    case "device":
      return claim.hardware.device ? [claim.hardware.device] : [];
    case "vs": {
      const baseline = baselineName(claim);
      return baseline ? [baseline] : [];
    }
    case "tech":
      return paper?.techniques ?? [];
    case "model":
      return paper ? [paper.modelFamily] : [];
    case "phase":
      return [claim.phase];
    case "qual":
      return [claim.qualifier];
  }
}
