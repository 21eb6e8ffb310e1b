import { comparabilityIssues, type ComparabilityIssue } from "./comparability";
import type { DatasetIndex } from "../dataset/dataset-index";
import { filterClaims } from "./query";
import { CLAIM_KINDS, type Claim, type ClaimKind } from "../schema";
import { baselineCounts } from "./facet-groups";
import type { ViewState } from "./url-state";

/**
 * Versus: every claim made against one baseline ("all speedups claimed over vLLM"),
 * side by side per kind and unit, largest first, with how those claims still differ
 * (hardware, qualifier, metric …). The baseline is `vs=` (its canonical name when the
 * extractor knows one); the other filters of the view apply as in the explorer.
 */

export type VersusGroup = { kind: ClaimKind; unit: string; claims: Claim[]; issues: ComparabilityIssue[]; papers: number };
export type VersusView = {
  baseline: string | null;
  /** Baselines to pick from, most claims first. */
  choices: [string, number][];
  groups: VersusGroup[];
  total: number;
};

const MAX_CHOICES = 40;

function unitOf(claim: Claim): string {
  return claim.kind === "accuracy" ? (claim.unit ?? "pp") : "×";
}

export function versusView(index: DatasetIndex, state: ViewState): VersusView {
  const all = baselineCounts(index);
  const wanted = state.vs[0];
  // The link may spell the baseline in any case: show the dataset's spelling.
  const baseline = wanted ? (all.find(([name]) => name.toLowerCase() === wanted.toLowerCase())?.[0] ?? wanted) : null;
  const choices = all.slice(0, MAX_CHOICES);
  if (!baseline) return { baseline: null, choices, groups: [], total: 0 };
  const { claims } = filterClaims(index, { ...state, vs: [baseline] });
  const byGroup = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.kind}|${unitOf(claim)}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), claim]);
  }
  const groups = [...byGroup.values()]
    .map((list) => {
      const sorted = [...list].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.id.localeCompare(b.id));
      const first = sorted[0]!;
      return { kind: first.kind, unit: unitOf(first), claims: sorted, issues: comparabilityIssues(sorted), papers: new Set(sorted.map((c) => c.paperId)).size };
    })
    .sort((a, b) => CLAIM_KINDS.indexOf(a.kind) - CLAIM_KINDS.indexOf(b.kind) || b.claims.length - a.claims.length);
  return { baseline, choices, groups, total: claims.length };
}
