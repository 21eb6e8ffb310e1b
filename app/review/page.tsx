import Link from "next/link";
import ColumnHeaders from "@/app/_components/column-headers";
import { connection } from "next/server";
import CorrectionEvidence from "@/app/_components/correction-evidence";
import { DecisionButtons, ReviewDesk } from "@/app/_components/review-desk";
import { describeCorrection } from "@/lib/curation/describe-correction";
import { proposedChanges } from "@/lib/curation/proposed-change";
import { findClaim } from "@/lib/curation/submit-correction";
import { datasetStore, loadDataset } from "@/lib/dataset/load-dataset";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { formatClaimValue } from "@/lib/views/format-claim";
import type { StoredCorrection } from "@/lib/schema";
import { listCorrections } from "@/lib/store/corrections";

export const metadata = { title: "Review corrections · Claimscope", robots: { index: false } };

const MAX_LISTED = 200;

function PendingItem({ c, index }: { c: StoredCorrection; index: DatasetIndex }) {
  const claim = c.action === "add" ? undefined : findClaim(index, c.claimId);
  const paper = index.paperById.get(c.paperId);
  const changes = proposedChanges(c, claim);
  return (
    <li className="review-item" data-correction-id={c.id} data-testid="review-item">
      <p>
        <strong>
          #{c.id} {c.action === "reject" ? "Reject" : c.action === "add" ? "Add a claim" : "Correct"}
        </strong>{" "}
        {paper ? <Link href={`/papers/${paper.id}`}>{paper.title}</Link> : <span>{c.paperId}</span>}
      </p>
      {claim ? (
        <p className="small">
          Claim now: {claim.kind} {formatClaimValue(claim)}
        </p>
      ) : c.action !== "add" ? (
        <p className="small notice" data-testid="review-vanished">
          Its claim is not in the current release: the extractor no longer produces it or the abstract changed.
        </p>
      ) : null}
      <CorrectionEvidence paper={paper} evidence={c.evidence} />
      {changes.length > 0 ? (
        <table className="small review-changes">
          <ColumnHeaders columns={["Field", "Now", "Proposed"]} />
          <tbody>
            {changes.map((f) => (
              <tr key={f.field}>
                <td>{f.field}</td>
                <td>{f.before}</td>
                <td>{f.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="small">
        “{c.reason}” — {c.submitter}, {c.createdAt.slice(0, 16).replace("T", " ")} UTC
      </p>
      <DecisionButtons id={c.id} />
    </li>
  );
}

/** /review: pending corrections with their claim, evidence in context and the proposed change. */
export default async function ReviewPage() {
  // Rendered per request: the queue changes with every suggestion.
  await connection();
  const index = await loadDataset();
  const pending = await listCorrections(await datasetStore(), { status: "pending", limit: MAX_LISTED });
  const unapplied = index.unappliedCorrections;
  return (
    <article>
      <h1>Review corrections</h1>
      <p className="small muted">
        Suggested by readers on paper pages. An approved correction shows at once in the explorer, the API and exports, and stays through re-extraction.
      </p>
      <ReviewDesk>
        <h2>Pending ({pending.length})</h2>
        {pending.length === 0 ? (
          <p className="muted" data-testid="review-empty">
            Nothing waits for review.
          </p>
        ) : (
          <ol className="review-list" data-testid="review-pending">
            {pending.map((c) => (
              <PendingItem key={c.id} c={c} index={index} />
            ))}
          </ol>
        )}
      </ReviewDesk>
      {unapplied.length > 0 ? (
        <>
          <h2>Approved, but no longer applying ({unapplied.length})</h2>
          <ul className="small" data-testid="review-unapplied">
            {unapplied.map((u) => (
              <li key={u.correction.id} data-correction-id={u.correction.id}>
                {describeCorrection(u.correction)}: {u.problem}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
