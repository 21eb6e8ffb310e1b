import type { Claim } from "@/lib/schema";

const LABELS = { corrected: "corrected", added: "added by a reviewer" } as const;

/** Marks a claim a person reviewed (data/overrides.json); extracted claims get no badge. */
export default function StatusBadge({ claim }: { claim: Pick<Claim, "status" | "reason"> }) {
  if (claim.status !== "corrected" && claim.status !== "added") return null;
  return (
    <span className={`badge badge-${claim.status}`} title={claim.reason ? `Reviewed: ${claim.reason}` : "Reviewed"} data-status={claim.status}>
      {LABELS[claim.status]}
    </span>
  );
}

/** Plain-text form of the badge, for tooltips. */
export function statusNote(claim: Pick<Claim, "status">): string {
  return claim.status === "corrected" ? " (corrected)" : claim.status === "added" ? " (added by a reviewer)" : "";
}
