import Link from "next/link";
import { Fragment } from "react";
import ShareMenu from "@/app/_components/share-menu";
import VersionNotice from "@/app/_components/version-notice";
import { findPaperToCompare } from "@/app/search-action";
import CompareChart from "@/app/_components/lazy-compare-chart";
import IgnoredNotice from "@/app/_components/ignored-notice";
import ViewToggles from "@/app/_components/view-toggles";
import { claimDifferences, comparabilitySummary, compareComparability } from "@/lib/views/comparability";
import { compareChartRows, compareTable, findPapers, viewCompareTable } from "@/lib/views/compare-view";
import { compareMetadata } from "@/app/view-metadata";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { formatClaimValue, QUALIFIER_LABELS } from "@/lib/views/format-claim";
import { paperColor } from "@/lib/views/hardware-colors";
import { hrefFor, parseUrlState, serializeUrlState } from "@/lib/views/url-state";
import { toggleListValue } from "@/lib/views/view-edits";
import { hasReviewedClaims } from "@/lib/views/facet-groups";
import { explainClaim } from "@/lib/views/explain-claim";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata({ searchParams }: PageProps) {
  return compareMetadata(searchParams);
}

export default async function ComparePage({ searchParams }: PageProps) {
  const { state, ignored } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const table = viewCompareTable(compareTable(index, state.papers), state);
  const comparability = compareComparability(table);
  const issuesByKind = new Map(comparability.map((r) => [r.kind, r.issues]));
  const warnings = Object.fromEntries(comparability.filter((r) => r.issues.length > 0).map((r) => [r.kind, r.issues.map((i) => i.message)]));
  const notices = [...ignored, ...table.unknownIds.map((id) => `papers=${id} (unknown paper)`)];
  const matches = findPapers(index, state.q, 8).filter((p) => !state.papers.includes(p.id));
  const chartRows = compareChartRows(table);
  const withoutQuery = { papers: state.papers };
  return (
    <>
      <h1>Compare papers</h1>
      <IgnoredNotice ignored={notices} />
      <VersionNotice state={state} index={index} inView={table.rows.flatMap((r) => r.cells.flat())} scope={{ kinds: [], papers: state.papers }} />
      <form action={findPaperToCompare} className="toolbar" role="search">
        <input type="hidden" name="view" value={serializeUrlState({ papers: state.papers })} />
        <label className="small">
          Add a paper by title{" "}
          <input type="search" name="q" defaultValue={state.q} maxLength={200} placeholder="title words" />
        </label>
        <button type="submit">Find</button>
      </form>
      {state.q ? (
        matches.length === 0 ? (
          <p className="muted">No other paper title matches “{state.q}”.</p>
        ) : (
          <ul className="chips" aria-label="Matching papers">
            {matches.map((p) => (
              <li key={p.id}>
                <Link className="chip" href={hrefFor("/compare", { papers: [...state.papers, p.id] })}>
                  + {p.title}
                </Link>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {table.papers.length === 0 ? (
        <div className="empty" data-testid="compare-empty">
          <p>
            <strong>No papers chosen yet.</strong> Add papers with “+ compare” in the explorer table, from a paper’s page, or find one by title above.
          </p>
          <Link className="button primary" href="/">
            Open the explorer
          </Link>
        </div>
      ) : (
        <>
          {chartRows.length > 0 ? (
            <div className="chart-card">
              <h2>Best claimed multiplier per kind</h2>
              <CompareChart rows={chartRows} papers={table.papers.map((p) => ({ id: p.id, title: p.title }))} warnings={warnings} />
              <p className="small muted">Largest normalized value each paper claims per kind (×, higher is better). Accuracy changes are in the table only.</p>
            </div>
          ) : null}
          <p className="comparability-summary" data-testid="comparability-summary">
            {comparabilitySummary(comparability, table.papers)} Kinds marked ⚠ compare claims that differ: see the notes in the table.
          </p>
          <ViewToggles state={state} path="/compare" reviewedAvailable={hasReviewedClaims(index)} />
          <h2>Claims side by side</h2>
          <table className="compare" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                {table.papers.map((p, i) => (
                  <th scope="col" key={p.id}>
                    <span className="swatch" style={{ background: paperColor(i) }} aria-hidden="true" />{" "}
                    <Link href={hrefFor(`/papers/${p.id}`, withoutQuery)}>{p.title}</Link>
                    <br />
                    <Link className="small" href={hrefFor("/compare", toggleListValue(state, "papers", p.id))} aria-label={`Remove ${p.title}`}>
                      remove
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <Fragment key={row.kind}>
                {(issuesByKind.get(row.kind) ?? []).length > 0 ? (
                  <tr className="comparability-row">
                    <td colSpan={table.papers.length + 1}>
                      <strong>⚠ {row.kind}: not alike</strong>
                      <ul className="comparability-warnings small" data-testid={`warnings-${row.kind}`}>
                        {(issuesByKind.get(row.kind) ?? []).map((issue) => (
                          <li key={issue.dimension} data-dimension={issue.dimension}>
                            {issue.message}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
                <tr>
                  <th scope="row">
                    {(issuesByKind.get(row.kind)?.length ?? 0) > 0 ? <span aria-hidden="true">⚠ </span> : null}
                    {row.kind}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={table.papers[i]?.id} data-label={table.papers[i]?.title}>
                      {cell.length === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <ul>
                          {cell.map((c) => (
                            <li key={c.id} title={`${explainClaim(c).summary} — “${c.evidence.sentence}”`}>
                              <strong>{formatClaimValue(c)}</strong>{" "}
                              <span className="small muted">
                                {QUALIFIER_LABELS[c.qualifier]} · {c.hardware.class}
                                {c.baseline ? ` · vs ${c.baseline}` : ""}
                              </span>
                              {comparability.find((r) => r.kind === row.kind)?.compared.includes(c) && claimDifferences(c, issuesByKind.get(row.kind) ?? []).length > 0 ? (
                                <span className="small comparability-note" data-testid="cell-warning">
                                  {" "}⚠ compared: {claimDifferences(c, issuesByKind.get(row.kind) ?? []).join("; ")}
                                </span>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ))}
                </tr>
                </Fragment>
              ))}
            </tbody>
          </table>
          <div className="toolbar">
            <ShareMenu state={state} version={index.version} page={{ type: "compare" }} path="/compare" />
            <Link className="button" href={hrefFor("/", { papers: state.papers })}>
              Back to the explorer with this selection
            </Link>
          </div>
        </>
      )}
    </>
  );
}
