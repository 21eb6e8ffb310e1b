import { Claim, valueProblem, type Override, type Paper } from "../schema";
import { stableClaimId } from "../extract/claim-id";
import { splitSentences } from "../extract/sentences";

/*
 * Reviewed corrections (data/overrides.json) applied after extraction. Pure: the same
 * claims and overrides always give the same result. Overrides apply in file order, so a
 * later override sees what an earlier one did to the same claim.
 */

/** An override whose target is gone: reported, so a reviewer updates or removes it. */
export interface OrphanedOverride {
  index: number;
  override: Override;
  problem: string;
}

export interface OverrideReport {
  applied: number;
  orphaned: OrphanedOverride[];
}

/** An override that cannot be applied as written: the build stops rather than guess. */
export class OverrideError extends Error {
  constructor(
    readonly index: number,
    readonly override: Pick<Override, "paperId">,
    problem: string,
  ) {
    super(`${describeOverride(index, override)}: ${problem}`);
    this.name = "OverrideError";
  }
}

export function describeOverride(index: number, override: Pick<Override, "paperId"> & Partial<Pick<Override, "action" | "evidence">>): string {
  const what = [override.action, `paper "${override.paperId}"`, override.evidence ? `evidence "${override.evidence}"` : undefined]
    .filter(Boolean)
    .join(", ");
  return `overrides[${index}] (${what})`;
}

type PaperText = Pick<Paper, "id" | "abstract">;

function findTargets(claims: Claim[], o: Extract<Override, { action: "reject" | "correct" }>): number[] {
  const found: number[] = [];
  claims.forEach((c, i) => {
    if (c.paperId === o.paperId && c.evidence.text === o.evidence && (o.kind === undefined || c.kind === o.kind)) found.push(i);
  });
  return found;
}

/** A claim a correction produced, validated; or what is wrong with it. Shared with lib/curation/. */
export function validatedClaim(claim: Claim): Claim | string {
  const problem = valueProblem(claim.kind, claim.value);
  if (problem) return problem;
  const parsed = Claim.safeParse(claim);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join(".") || "claim"}: ${issue?.message}`;
}

/** Validates a claim an override produced, so a bad correction fails here, naming the override. */
function checkedClaim(claim: Claim, index: number, o: Override): Claim {
  const result = validatedClaim(claim);
  if (typeof result === "string") throw new OverrideError(index, o, result);
  return result;
}

type AddedFields = Extract<Override, { action: "add" }>["claim"];

/** The claim a reviewer adds: located by its evidence text in the abstract; or why it cannot be placed. */
export function buildAddedClaim(paper: PaperText, evidence: string, claim: AddedFields, reason: string): Claim | string {
  const start = paper.abstract.indexOf(evidence);
  if (start === -1) return "evidence text is not in the paper's abstract; copy the phrase exactly as the abstract writes it";
  const end = start + evidence.length;
  const sentence = splitSentences(paper.abstract).find((s) => s.start <= start && end <= s.end)?.text ?? evidence;
  const { kind, ...fields } = claim;
  return validatedClaim({
    id: `${stableClaimId(paper.id, kind, evidence)}:added`,
    paperId: paper.id,
    kind,
    qualifier: "exact",
    hardware: { class: "unspecified" },
    phase: "unspecified",
    ...fields,
    evidence: { start, end, text: evidence, sentence },
    rule: "override/add",
    status: "added",
    reason,
  });
}

function addedClaim(paper: PaperText, o: Extract<Override, { action: "add" }>, index: number): Claim {
  const result = buildAddedClaim(paper, o.evidence, o.claim, o.reason);
  if (typeof result === "string") throw new OverrideError(index, o, result);
  return result;
}

export function applyOverrides(
  papers: PaperText[],
  extracted: Claim[],
  overrides: Override[],
): { claims: Claim[]; report: OverrideReport } {
  const paperById = new Map(papers.map((p) => [p.id, p]));
  const claims = [...extracted];
  const report: OverrideReport = { applied: 0, orphaned: [] };
  const orphan = (index: number, override: Override, problem: string) => report.orphaned.push({ index, override, problem });
  /** Which override added or rejected a claim, so a later one on the same claim is reported as what it is. */
  const addedBy = new Map<string, number>();
  const rejectedBy = new Map<string, number>();

  overrides.forEach((o, index) => {
    const paper = paperById.get(o.paperId);
    if (!paper) return orphan(index, o, "no paper with this id in the dataset");
    if (o.action === "add") {
      const claim = addedClaim(paper, o, index);
      const earlier = addedBy.get(claim.id);
      if (earlier !== undefined) return orphan(index, o, `duplicate of overrides[${earlier}], which adds the same claim; remove one of them`);
      const known = claims.some((c) => c.paperId === o.paperId && c.evidence.text === o.evidence && c.kind === claim.kind);
      if (known) return orphan(index, o, `the extractor now finds this ${claim.kind} claim itself; remove the override or make it a correction`);
      addedBy.set(claim.id, index);
      claims.push(claim);
      report.applied++;
      return;
    }
    const targets = findTargets(claims, o);
    if (targets.length === 0) {
      const kind = o.kind ? ` of kind ${o.kind}` : "";
      return orphan(index, o, `no claim${kind} with this evidence text; the extractor no longer produces it or the abstract changed`);
    }
    if (targets.length > 1) {
      const kinds = targets.map((i) => claims[i]!.kind).join(", ");
      throw new OverrideError(index, o, `evidence text matches ${targets.length} claims (kinds ${kinds}); add "kind" to choose one`);
    }
    const at = targets[0]!;
    const target = claims[at]!;
    const rejectedAt = rejectedBy.get(target.id);
    if (rejectedAt !== undefined) {
      // Applying it would silently un-reject the claim: the two overrides contradict each other.
      return orphan(index, o, `overrides[${rejectedAt}] rejects this claim; remove one of the two`);
    }
    if (o.action === "reject") rejectedBy.set(target.id, index);
    claims[at] =
      o.action === "reject"
        ? { ...target, status: "rejected", reason: o.reason }
        : checkedClaim({ ...target, ...o.set, status: "corrected", reason: o.reason }, index, o);
    report.applied++;
  });
  return { claims, report };
}
