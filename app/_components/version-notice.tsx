import Link from "next/link";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { formatClaimValue } from "@/lib/views/format-claim";
import type { ClaimSummary } from "@/lib/store/release-diff";
import { VERSION_CHANGES_LISTED, type VersionChange } from "@/lib/views/version-diff";
import type { VersionNotice as Notice } from "@/lib/views/version-notice";


function summaryValue(c: ClaimSummary): string {
  return formatClaimValue({ kind: c.kind, value: c.value, ...(c.min !== null ? { min: c.min } : {}) });
}

function ChangeLine({ change, index }: { change: VersionChange; index: DatasetIndex }) {
  const title = index.paperById.get(change.paperId)?.title ?? change.paperId;
  const paper = index.paperById.has(change.paperId) ? <Link href={`/papers/${change.paperId}`}>{title}</Link> : <span>{title}</span>;
  if (change.change === "added") {
    return <>added: {change.after.kind} {formatClaimValue(change.after)} — {paper}</>;
  }
  if (change.change === "changed") {
    return <>changed: {change.before.kind} {summaryValue(change.before)} → {change.after.kind} {formatClaimValue(change.after)} — {paper}</>;
  }
  return <>no longer in the data: {change.before.kind} {summaryValue(change.before)} — {paper}</>;
}

/**
 * Shown when a link was made on another release (v=): the view shows the current data and
 * lists what changed in it since (loaded by the page with lib/views/version-notice.ts).
 */
export default function VersionNotice({ notice, index }: { notice: Notice; index: DatasetIndex }) {
  if (notice.kind === "none") return null;
  if (notice.kind === "unknown") {
    return (
      <div className="notice version-notice" role="status" data-testid="version-notice">
        This link was made on data version {notice.from}; you are seeing the current data ({notice.current}). No summary of that version was kept, so the differences cannot be listed.
      </div>
    );
  }
  const { diff } = notice;
  if (diff.changes.length === 0) {
    return (
      <div className="notice version-notice" role="status" data-testid="version-notice">
        This link was made on data version {diff.from}; the data changed since ({notice.current}), but nothing in this view did.
      </div>
    );
  }
  const removed = diff.removed > 0 ? `, ${diff.removed} no longer in the data` : "";
  return (
    <details className="notice version-notice" data-testid="version-notice" open>
      <summary>
        The data changed since this link was made: {diff.added} claims added, {diff.changed} changed in this view{removed}. You are seeing the current data ({notice.current}; the link was made on {diff.from}).
      </summary>
      <ul className="small" data-testid="version-changes">
        {diff.changes.slice(0, VERSION_CHANGES_LISTED).map((change) => (
          <li key={`${change.change}:${change.id}`} data-change={change.change} data-claim-id={change.id}>
            <ChangeLine change={change} index={index} />
          </li>
        ))}
        {diff.changes.length > VERSION_CHANGES_LISTED ? <li>…and {diff.changes.length - VERSION_CHANGES_LISTED} more.</li> : null}
      </ul>
    </details>
  );
}
