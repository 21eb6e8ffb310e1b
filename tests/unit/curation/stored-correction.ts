import type { Claim, StoredCorrection } from "@/lib/schema";

/** An approved correction of `target`, every field the test does not care about filled in. */
export function storedCorrection(
  target: Pick<Claim, "id" | "paperId" | "kind"> & { evidence: { text: string } },
  c: Partial<StoredCorrection> & Pick<StoredCorrection, "id" | "action">,
): StoredCorrection {
  return {
    claimId: target.id,
    paperId: target.paperId,
    kind: target.kind,
    evidence: target.evidence.text,
    fields: {},
    reason: "because",
    submitter: "Ada",
    createdAt: "2026-01-01T00:00:00Z",
    status: "approved",
    decidedAt: "2026-01-02T00:00:00Z",
    ...c,
  };
}
