import type { Claim } from "../schema";

/** How a claim's normalized value reads to a person: "2.8×", "1.5–3×", "−0.75 pp", "not convertible". */
export function formatClaimValue(claim: Pick<Claim, "kind" | "value" | "min" | "unit">): string {
  if (claim.value === null) return "not convertible";
  const number = (n: number) => {
    const rounded = Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
    return String(rounded).replace("-", "−");
  };
  if (claim.kind === "accuracy") {
    const signed = (n: number) => `${n > 0 ? "+" : ""}${number(n)}`;
    // A range keeps its lower bound: "+0.5 to +1.2 pp" (a dash would read as a minus sign).
    const range = claim.min !== undefined ? `${signed(claim.min)} to ` : "";
    return `${range}${signed(claim.value)} ${claim.unit ?? "pp"}`;
  }
  return claim.min !== undefined ? `${number(claim.min)}–${number(claim.value)}×` : `${number(claim.value)}×`;
}

export const QUALIFIER_LABELS: Record<Claim["qualifier"], string> = {
  exact: "exact",
  up_to: "up to",
  average: "average",
  at_least: "at least",
  at_most: "at most",
  approx: "approx.",
};

/** Splits the evidence sentence around the claimed phrase so the number can be highlighted. */
export function splitEvidence(claim: Pick<Claim, "evidence">): { before: string; match: string; after: string } {
  const { sentence, text } = claim.evidence;
  const at = sentence.indexOf(text);
  if (at === -1) return { before: "", match: text, after: ` — ${sentence}` };
  return { before: sentence.slice(0, at), match: text, after: sentence.slice(at + text.length) };
}

/** Words of context the claims table shows on each side of the claimed phrase; the paper page shows the whole sentence. */
export const TABLE_EVIDENCE_CONTEXT = 100;

/** The evidence cut to `chars` characters on each side of the phrase, at a space, marked "…". */
export function clipEvidence(parts: { before: string; match: string; after: string }, chars: number): { before: string; match: string; after: string } {
  const { before, match, after } = parts;
  const head = () => {
    if (before.length <= chars) return before;
    const space = before.indexOf(" ", before.length - chars);
    return `…${before.slice(space === -1 ? before.length - chars : space + 1)}`;
  };
  const tail = () => {
    if (after.length <= chars) return after;
    const space = after.lastIndexOf(" ", chars);
    return `${after.slice(0, space <= 0 ? chars : space)} …`;
  };
  return { before: head(), match, after: tail() };
}

const REVIEWED_LABELS = { corrected: "corrected", added: "added by a reviewer" } as const;

/** What the badge of a claim a person reviewed says; extracted (and rejected) claims have none. */
export function reviewedLabel(claim: Pick<Claim, "status">): string | undefined {
  return claim.status === "corrected" || claim.status === "added" ? REVIEWED_LABELS[claim.status] : undefined;
}

/** The badge in plain text, for tooltips: " (corrected)", or "" for a claim nobody reviewed. */
export function statusNote(claim: Pick<Claim, "status">): string {
  const label = reviewedLabel(claim);
  return label ? ` (${label})` : "";
}
