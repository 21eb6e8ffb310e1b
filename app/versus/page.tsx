import Link from "next/link";
import ColumnHeaders from "@/app/_components/column-headers";
import IgnoredNotice from "@/app/_components/ignored-notice";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { formatClaimValue } from "@/lib/views/format-claim";
import { explainClaim } from "@/lib/views/explain-claim";
import { hrefFor, parseUrlState } from "@/lib/views/url-state";
import { describeFilters, NO_FILTERS } from "@/lib/views/view-edits";
import { versusView } from "@/lib/views/versus-view";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Versus · Claimscope", description: "Every claim made against one baseline, side by side." };

/** `/versus?vs=vLLM`: every claim against one baseline. Same URL fields as the explorer. */
export default async function VersusPage({ searchParams }: PageProps) {
  const { state, ignored } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const view = versusView(index, state);
  const otherFilters = describeFilters({ ...state, vs: [] });
  return (
    <>
      <h1>{view.baseline ? `Versus ${view.baseline}` : "Versus: claims against one baseline"}</h1>
      <IgnoredNotice ignored={ignored} />
      <p className="muted">
        Every claim measured against one baseline, side by side per kind, largest first. Baselines are matched by their canonical name when the extractor knows
        it (“vLLM” for “the vLLM baseline”), else as written. <Link href="/methodology#comparability">How comparability is judged</Link>.
      </p>
      <nav aria-label="Baselines">
        <h2 className="small-heading">Pick a baseline</h2>
        <ul className="chips" data-testid="versus-choices">
          {view.choices.map(([name, count]) => (
            <li key={name}>
              <Link
                className="chip"
                href={hrefFor("/versus", { ...state, vs: [name], page: 1 })}
                aria-current={view.baseline === name ? "true" : undefined}
                prefetch={false}
              >
                {name}
                <span className="count">{count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {view.baseline === null ? null : view.total === 0 ? (
        <p className="empty" data-testid="versus-empty">
          No claim against “{view.baseline}” under these filters.
        </p>
      ) : (
        <>
          <p data-testid="versus-summary">
            {view.total} claims against <strong>{view.baseline}</strong>
            {otherFilters !== NO_FILTERS ? ` (filters: ${otherFilters})` : ""}.{" "}
            <Link href={hrefFor("/", { ...state, vs: [view.baseline] })}>Open in the explorer</Link>
          </p>
          {view.groups.map((group) => (
            <section key={`${group.kind}-${group.unit}`} data-testid={`versus-${group.kind}`} aria-labelledby={`versus-${group.kind}-${group.unit}`}>
              <h2 id={`versus-${group.kind}-${group.unit}`}>
                {group.kind} ({group.unit}): {group.claims.length} claims from {group.papers} papers
              </h2>
              {group.issues.length > 0 ? (
                <ul className="comparability-warnings small" data-testid="versus-warnings">
                  {group.issues.map((issue) => (
                    <li key={issue.dimension}>⚠ {issue.message}</li>
                  ))}
                </ul>
              ) : null}
              <table className="claims versus">
                <ColumnHeaders columns={["Paper", "Value", "How it was read", "Hardware", "Baseline as written"]} />
                <tbody>
                  {group.claims.map((claim) => {
                    const e = explainClaim(claim);
                    return (
                      <tr key={claim.id} data-claim-id={claim.id}>
                        <td data-label="Paper">
                          <Link href={`/papers/${claim.paperId}`} prefetch={false}>
                            {index.paperById.get(claim.paperId)?.title ?? claim.paperId}
                          </Link>
                        </td>
                        <td data-label="Value" className="num">
                          {formatClaimValue(claim)} <span className="small muted">{e.qualifier}</span>
                        </td>
                        <td data-label="How it was read" className="small">
                          {e.conversion}
                        </td>
                        <td data-label="Hardware">
                          {e.hardwareClass}
                          {e.device ? ` · ${e.device}` : ""}
                          {e.baselineHardware ? <span className="small muted"> (baseline on {e.baselineHardware})</span> : null}
                        </td>
                        <td data-label="Baseline as written">{claim.baseline ?? "—"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </>
  );
}
