import type { StoredCorrection } from "@/lib/schema";

const VERBS = { reject: "rejected", correct: "corrected", add: "added" } as const;
const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : "");

/** Who changed a claim, when and why: the approved corrections that apply to it, oldest first. */
export default function CorrectionHistory({ history }: { history: StoredCorrection[] | undefined }) {
  if (!history || history.length === 0) return null;
  return (
    <ul className="small correction-history" data-testid="correction-history">
      {history.map((c) => (
        <li key={c.id} data-correction-id={c.id}>
          {VERBS[c.action]} on {day(c.decidedAt)} — suggested by {c.submitter} on {day(c.createdAt)}: “{c.reason}”
          {c.reviewerNote ? <> · reviewer: “{c.reviewerNote}”</> : null}
        </li>
      ))}
    </ul>
  );
}
