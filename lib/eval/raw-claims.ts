import type { Claim } from "../schema";
import { extractClaims, type PaperText } from "../extract";

/*
 * Eval scores the extractor and the reviewed dataset separately. A dataset file holds
 * claims after overrides; a corrected claim no longer carries what the extractor said, so
 * the raw claims are re-extracted from the papers. Without overrides the file's claims are
 * the raw ones and are used as they are (the file may come from another extractor version).
 */

export function hasOverrides(claims: Claim[]): boolean {
  return claims.some((c) => c.status !== undefined && c.status !== "extracted");
}

export function rawClaims(dataset: { papers: PaperText[]; claims: Claim[] }): Claim[] {
  if (!hasOverrides(dataset.claims)) return dataset.claims;
  return dataset.papers.flatMap((p) => extractClaims(p));
}

/** The claims the dashboard counts: everything but rejected ones. */
export function reviewedClaims(claims: Claim[]): Claim[] {
  return claims.filter((c) => c.status !== "rejected");
}

export function overrideCounts(claims: Claim[]): Record<"corrected" | "added" | "rejected", number> {
  const count = (s: Claim["status"]) => claims.filter((c) => c.status === s).length;
  return { corrected: count("corrected"), added: count("added"), rejected: count("rejected") };
}
