import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim } from "../schema";
import { stripInvisibleControls } from "../text/unicode-controls";
import { baselineName } from "./baseline-name";
import { explainClaim } from "./explain-claim";
import { clipEvidence, formatClaimValue, QUALIFIER_LABELS, splitEvidence, TABLE_EVIDENCE_CONTEXT } from "./format-claim";
import { hrefFor, type ViewState } from "./url-state";
import { toggleListValue } from "./view-edits";

/**
 * One claims-table row as plain data: what the row shows, already worded, and nothing else
 * (issue 11, payload diet). The server hands these to the client table, so a page's payload
 * holds each row once as data instead of as a tree of server-rendered elements.
 */
export type TableRow = {
  id: string;
  paperId: string;
  title: string;
  /** The explorer with this paper added to (or removed from) the compare selection. */
  compareHref: string;
  selected: boolean;
  kind: Claim["kind"];
  value: number | null;
  valueText: string;
  status?: "corrected" | "added";
  reason?: string;
  conversion: string;
  qualifier: string;
  hw: Claim["hardware"]["class"];
  device?: string;
  baseline?: string;
  /** The baseline as written, when the shown name is its canonical form. */
  written?: string;
  baselineHardware?: string;
  /** Evidence around the claimed phrase, controls stripped: before, phrase, after. */
  evidence: [string, string, string];
};

export function tableRows(index: DatasetIndex, rows: Claim[], state: ViewState): TableRow[] {
  return rows.map((claim) => {
    const { before, match, after } = clipEvidence(splitEvidence(claim), TABLE_EVIDENCE_CONTEXT);
    const baseline = baselineName(claim);
    const reviewed = claim.status === "corrected" || claim.status === "added" ? claim.status : undefined;
    return {
      id: claim.id,
      paperId: claim.paperId,
      title: index.paperById.get(claim.paperId)?.title ?? claim.paperId,
      compareHref: hrefFor("/", toggleListValue(state, "papers", claim.paperId)),
      selected: state.papers.includes(claim.paperId),
      kind: claim.kind,
      value: claim.value,
      valueText: formatClaimValue(claim),
      ...(reviewed ? { status: reviewed, ...(claim.reason ? { reason: claim.reason } : {}) } : {}),
      conversion: explainClaim(claim).conversion,
      qualifier: QUALIFIER_LABELS[claim.qualifier],
      hw: claim.hardware.class,
      ...(claim.hardware.device ? { device: claim.hardware.device } : {}),
      ...(baseline ? { baseline } : {}),
      ...(claim.baselineCanonical && claim.baseline ? { written: claim.baseline } : {}),
      ...(claim.baselineHardware ? { baselineHardware: claim.baselineHardware } : {}),
      evidence: [stripInvisibleControls(before), stripInvisibleControls(match), stripInvisibleControls(after)],
    };
  });
}
