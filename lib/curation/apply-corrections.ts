import { buildAddedClaim, validatedClaim } from "./apply-overrides";
import type { Claim, Paper, StoredCorrection } from "../schema";

/*
 * What every view shows: the current release with approved corrections applied, in the
 * order they were approved. Pure. A correction that cannot apply (its claim vanished in a
 * new release, it contradicts an earlier one, or it would make an invalid claim) is kept in
 * `unapplied` with the reason, for the review page and `npm run corrections`, never dropped
 * silently. Applying the same correction to a release that already holds it changes nothing,
 * so corrections exported to data/overrides.json and extracted into a release stay harmless.
 */

export type UnappliedCorrection = { correction: StoredCorrection; problem: string };

export type CorrectedClaims = {
  claims: Claim[];
  /** Approved corrections that took effect, per claim id, oldest first: the claim's history. */
  historyByClaim: Map<string, StoredCorrection[]>;
  unapplied: UnappliedCorrection[];
};

type PaperText = Pick<Paper, "id" | "abstract">;

export function applyCorrections(papers: ReadonlyMap<string, PaperText>, released: readonly Claim[], approved: readonly StoredCorrection[]): CorrectedClaims {
  const claims = [...released];
  const at = new Map(claims.map((c, i) => [c.id, i]));
  const historyByClaim = new Map<string, StoredCorrection[]>();
  const unapplied: UnappliedCorrection[] = [];
  const rejectedBy = new Map<string, number>();
  const addedBy = new Map<string, number>();
  const record = (claimId: string, c: StoredCorrection) => historyByClaim.set(claimId, [...(historyByClaim.get(claimId) ?? []), c]);

  for (const correction of approved) {
    const skip = (problem: string) => unapplied.push({ correction, problem });
    if (correction.action === "add") {
      const paper = papers.get(correction.paperId);
      if (!paper) {
        skip("its paper is not in the current release");
        continue;
      }
      const { kind, value, ...rest } = correction.fields;
      if (kind === undefined || value === undefined || value === null) {
        skip("an added claim needs a kind and a value");
        continue;
      }
      const claim = buildAddedClaim(paper, correction.evidence, { kind, value, ...rest }, correction.reason);
      if (typeof claim === "string") {
        skip(claim);
        continue;
      }
      const earlier = addedBy.get(claim.id);
      if (earlier !== undefined) {
        skip(`duplicate of correction #${earlier}, which adds the same claim`);
        continue;
      }
      const existing = at.get(claim.id);
      if (existing !== undefined && claims[existing]!.status === "added") {
        // The release already carries it (exported to data/overrides.json and re-extracted).
        addedBy.set(claim.id, correction.id);
        record(claim.id, correction);
        continue;
      }
      if (claims.some((c) => c.paperId === claim.paperId && c.kind === claim.kind && c.evidence.text === claim.evidence.text)) {
        skip(`the extractor now finds this ${claim.kind} claim itself`);
        continue;
      }
      addedBy.set(claim.id, correction.id);
      at.set(claim.id, claims.length);
      claims.push(claim);
      record(claim.id, correction);
      continue;
    }
    const index = at.get(correction.claimId);
    if (index === undefined) {
      skip("its claim is not in the current release: the extractor no longer produces it or the abstract changed");
      continue;
    }
    const target = claims[index]!;
    const rejectedAt = rejectedBy.get(target.id);
    if (rejectedAt !== undefined) {
      // Applying it would silently un-reject the claim.
      skip(`correction #${rejectedAt} rejected this claim; a later correction cannot bring it back`);
      continue;
    }
    if (correction.action === "reject") {
      claims[index] = { ...target, status: "rejected", reason: correction.reason };
      rejectedBy.set(target.id, correction.id);
      record(target.id, correction);
      continue;
    }
    const corrected = validatedClaim({ ...target, ...correction.fields, status: target.status === "added" ? "added" : "corrected", reason: correction.reason } as Claim);
    if (typeof corrected === "string") {
      skip(`it would make an invalid claim: ${corrected}`);
      continue;
    }
    claims[index] = corrected;
    record(target.id, correction);
  }
  return { claims, historyByClaim, unapplied };
}
