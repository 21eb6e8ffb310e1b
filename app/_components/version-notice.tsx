import Link from "next/link";
import { datasetStore } from "@/lib/dataset/load-dataset";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { formatClaimValue } from "@/lib/views/format-claim";
import type { Claim } from "@/lib/schema";
import type { ClaimSummary } from "@/lib/store/release-diff";
import { changesSinceVersion } from "@/lib/store/pinned-version";
import type { ViewState } from "@/lib/views/url-state";
import { diffView, type VersionChange } from "@/lib/views/version-diff";

const MAX_LISTED = 20;

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
 * lists what changed in it since, from a query between the two releases.
 */
export default async function VersionNotice({ state, index, inView, scope }: { state: ViewState; index: DatasetIndex; inView: Claim[]; scope: { kinds: string[]; papers: string[] } }) {
  if (state.v === "" || state.v === index.version) return null;
  const changes = index.releaseId === undefined ? null : await changesSinceVersion(await datasetStore(), state.v, index.releaseId);
  if (!changes) {
    return (
      <div className="notice version-notice" role="status" data-testid="version-notice">
        This link was made on data version {state.v}; you are seeing the current data ({index.version}). No summary of that version was kept, so the differences cannot be listed.
      </div>
    );
  }
  const diff = diffView(state.v, index, changes, inView, scope);
  if (diff.changes.length === 0) {
    return (
      <div className="notice version-notice" role="status" data-testid="version-notice">
        This link was made on data version {diff.from}; the data changed since ({index.version}), but nothing in this view did.
      </div>
    );
  }
  const removed = diff.removed > 0 ? `, ${diff.removed} no longer in the data` : "";
  return (
    <details className="notice version-notice" data-testid="version-notice" open>
      <summary>
        The data changed since this link was made: {diff.added} claims added, {diff.changed} changed in this view{removed}. You are seeing the current data ({index.version}; the link was made on {diff.from}).
      </summary>
      <ul className="small" data-testid="version-changes">
        {diff.changes.slice(0, MAX_LISTED).map((change) => (
          <li key={`${change.change}:${change.id}`} data-change={change.change} data-claim-id={change.id}>
            <ChangeLine change={change} index={index} />
          </li>
        ))}
        {diff.changes.length > MAX_LISTED ? <li>…and {diff.changes.length - MAX_LISTED} more.</li> : null}
      </ul>
    </details>
  );
}
