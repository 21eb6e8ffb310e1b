import { buildAddedClaim, validatedClaim } from "./apply-overrides";
import type { DatasetIndex } from "../dataset/dataset-index";
import type { Claim, CorrectionRequest } from "../schema";
import type { NewCorrection } from "../store/corrections";

/*
 * A reader's correction, checked against the data served now before it is queued: the claim
 * must exist, the change must make a valid claim, an added claim's evidence must be in the
 * abstract. What fails is named by field, as the API's 400 says it.
 */
export type CheckedCorrection = { ok: true; correction: NewCorrection } | { ok: false; status: 400 | 404; field: string; error: string };

const ANONYMOUS = "anonymous";

const claimMaps = new WeakMap<DatasetIndex, Map<string, Claim>>();

/** A served claim by id, rejected ones included; the lookup is built once per served dataset. */
export function findClaim(index: DatasetIndex, id: string): Claim | undefined {
  let byId = claimMaps.get(index);
  if (!byId) {
    byId = new Map();
    for (const list of [index.claimsByPaper, index.rejectedByPaper]) for (const claims of list.values()) for (const c of claims) byId.set(c.id, c);
    claimMaps.set(index, byId);
  }
  return byId.get(id);
}

export function checkCorrection(index: DatasetIndex, request: CorrectionRequest): CheckedCorrection {
  const common = { reason: request.reason, submitter: request.submitter ?? ANONYMOUS };
  if (request.action === "add") {
    const paper = index.paperById.get(request.paperId);
    if (!paper) return { ok: false, status: 404, field: "paperId", error: `paperId: no paper "${request.paperId.slice(0, 80)}" in the current data` };
    const claim = buildAddedClaim(paper, request.evidence, request.fields, request.reason);
    if (typeof claim === "string") return { ok: false, status: 400, field: claim.startsWith("evidence") ? "evidence" : "fields", error: claim };
    return { ok: true, correction: { action: "add", claimId: claim.id, paperId: paper.id, kind: claim.kind, evidence: request.evidence, fields: request.fields, ...common } };
  }
  const target = findClaim(index, request.claimId);
  if (!target) return { ok: false, status: 404, field: "claimId", error: `claimId: no claim "${request.claimId.slice(0, 120)}" in the current data` };
  const base = { claimId: target.id, paperId: target.paperId, kind: target.kind, evidence: target.evidence.text, ...common };
  if (request.action === "reject") return { ok: true, correction: { ...base, action: "reject", fields: {} } };
  const result = validatedClaim({ ...target, ...request.fields } as Claim);
  if (typeof result === "string") return { ok: false, status: 400, field: "fields", error: `fields: ${result}` };
  return { ok: true, correction: { ...base, action: "correct", fields: request.fields } };
}
