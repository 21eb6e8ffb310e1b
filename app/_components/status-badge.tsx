import type { Claim } from "@/lib/schema";
import { reviewedLabel } from "@/lib/views/format-claim";

/** Marks a claim a person reviewed (data/overrides.json); extracted claims get no badge. */
export default function StatusBadge({ claim }: { claim: Pick<Claim, "status" | "reason"> }) {
  const label = reviewedLabel(claim);
  if (!label) return null;
  return (
    <span className={`badge badge-${claim.status}`} title={claim.reason ? `Reviewed: ${claim.reason}` : "Reviewed"} data-status={claim.status}>
      {label}
    </span>
  );
}
