import type { Claim, CorrectionFields, StoredCorrection } from "../schema";

/** One line of what a correction proposes: field, the claim's value now, the proposed one. */
export type FieldChange = { field: string; before: string; after: string };

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "object") {
    const hw = value as { class?: string; device?: string };
    return hw.device ? `${hw.class} (${hw.device})` : String(hw.class ?? JSON.stringify(value));
  }
  return String(value);
}

/** The proposed fields beside the claim's current ones (an added claim has no "before"). */
export function proposedChanges(correction: Pick<StoredCorrection, "action" | "fields">, claim: Claim | undefined): FieldChange[] {
  if (correction.action === "reject") return [];
  const fields = correction.fields as CorrectionFields;
  return (Object.keys(fields) as (keyof CorrectionFields)[]).map((field) => ({
    field,
    before: correction.action === "add" || !claim ? "—" : show(claim[field as keyof Claim]),
    after: show(fields[field]),
  }));
}
