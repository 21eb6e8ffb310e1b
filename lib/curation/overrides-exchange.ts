import { buildAddedClaim } from "./apply-overrides";
import type { Claim, Override, Paper, StoredCorrection } from "../schema";
import type { NewCorrection } from "../store/corrections";

/*
 * Approved corrections ⇄ data/overrides.json, so reviewing through git keeps working: an
 * export writes each approved correction as the override that has the same effect; an import
 * turns overrides into approved corrections, targeting claims by paper, evidence and kind.
 */

export function overrideOf(c: StoredCorrection): Override {
  const target = { paperId: c.paperId, evidence: c.evidence, reason: c.reason };
  if (c.action === "reject") return { action: "reject", ...target, kind: c.kind };
  if (c.action === "correct") return { action: "correct", ...target, kind: c.kind, set: c.fields };
  const { kind, value, ...rest } = c.fields;
  return { action: "add", ...target, claim: { ...rest, kind: kind ?? c.kind, value: value ?? 0 } };
}

/** Existing entries first, unchanged; then every exported one not already there. */
export function mergeOverrides(existing: Override[], exported: Override[]): { overrides: Override[]; added: number } {
  const seen = new Set(existing.map((o) => JSON.stringify(o)));
  const fresh = exported.filter((o) => {
    const key = JSON.stringify(o);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { overrides: [...existing, ...fresh], added: fresh.length };
}

/** One override per line: small diffs in git, still valid JSON. */
export function formatOverridesFile(overrides: Override[]): string {
  if (overrides.length === 0) return '{ "overrides": [] }\n';
  return `{ "overrides": [\n${overrides.map((o) => `  ${JSON.stringify(o)}`).join(",\n")}\n] }\n`;
}

export type ImportedOverride = { ok: true; correction: NewCorrection } | { ok: false; index: number; problem: string };

/** The correction an override stands for, against the claims of a release. */
export function correctionOfOverride(o: Override, index: number, papers: ReadonlyMap<string, Paper>, claims: readonly Claim[], source: string): ImportedOverride {
  const decided = { status: "approved" as const, note: `imported from ${source}` };
  const common = { paperId: o.paperId, evidence: o.evidence, reason: o.reason, submitter: source, decided };
  if (o.action === "add") {
    const paper = papers.get(o.paperId);
    if (!paper) return { ok: false, index, problem: "no paper with this id in the current release" };
    const claim = buildAddedClaim(paper, o.evidence, o.claim, o.reason);
    if (typeof claim === "string") return { ok: false, index, problem: claim };
    return { ok: true, correction: { ...common, action: "add", claimId: claim.id, kind: claim.kind, fields: o.claim } };
  }
  const targets = claims.filter((c) => c.paperId === o.paperId && c.evidence.text === o.evidence && (o.kind === undefined || c.kind === o.kind));
  if (targets.length !== 1) {
    return { ok: false, index, problem: targets.length === 0 ? "no claim with this evidence text in the current release" : `evidence text matches ${targets.length} claims; add "kind"` };
  }
  const target = targets[0]!;
  const fields = o.action === "correct" ? o.set : {};
  return { ok: true, correction: { ...common, action: o.action, claimId: target.id, kind: target.kind, fields } };
}

/** The same correction, already stored: an import run twice adds nothing. */
export function sameCorrection(a: NewCorrection, b: StoredCorrection): boolean {
  return a.claimId === b.claimId && a.action === b.action && a.reason === b.reason && JSON.stringify(a.fields) === JSON.stringify(b.fields);
}
