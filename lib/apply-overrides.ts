import { Claim, valueProblem, type Override, type Paper } from "./schema";
import { stableClaimId } from "./extract/claim-id";
import { splitSentences } from "./extract/sentences";

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

/** Validates a claim an override produced, so a bad correction fails here, naming the override. */
function checkedClaim(claim: Claim, index: number, o: Override): Claim {
  const problem = valueProblem(claim.kind, claim.value);
  if (problem) throw new OverrideError(index, o, problem);
  const parsed = Claim.safeParse(claim);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OverrideError(index, o, `${issue?.path.join(".") || "claim"}: ${issue?.message}`);
  }
  return parsed.data;
}

function addedClaim(paper: PaperText, o: Extract<Override, { action: "add" }>, index: number): Claim {
  const start = paper.abstract.indexOf(o.evidence);
  if (start === -1) {
    throw new OverrideError(index, o, "evidence text is not in the paper's abstract; copy the phrase exactly as the abstract writes it");
  }
  const end = start + o.evidence.length;
  const sentence = splitSentences(paper.abstract).find((s) => s.start <= start && end <= s.end)?.text ?? o.evidence;
  const { kind, ...fields } = o.claim;
  return checkedClaim(
    {
      id: `${stableClaimId(paper.id, kind, o.evidence)}:added`,
      paperId: paper.id,
      kind,
      qualifier: "exact",
      hardware: { class: "unspecified" },
      phase: "unspecified",
      ...fields,
      evidence: { start, end, text: o.evidence, sentence },
      rule: "override/add",
      status: "added",
      reason: o.reason,
    },
    index,
    o,
  );
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

  overrides.forEach((o, index) => {
    const paper = paperById.get(o.paperId);
    if (!paper) return orphan(index, o, "no paper with this id in the dataset");
    if (o.action === "add") {
      const claim = addedClaim(paper, o, index);
      const known = claims.some((c) => c.paperId === o.paperId && c.evidence.text === o.evidence && c.kind === claim.kind);
      if (known) return orphan(index, o, `the extractor now finds this ${claim.kind} claim itself; remove the override or make it a correction`);
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
    claims[at] =
      o.action === "reject"
        ? { ...target, status: "rejected", reason: o.reason }
        : checkedClaim({ ...target, ...o.set, status: "corrected", reason: o.reason }, index, o);
    report.applied++;
  });
  return { claims, report };
}
