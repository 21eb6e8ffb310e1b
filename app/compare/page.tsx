import Link from "next/link";
import ShareMenu from "@/app/_components/share-menu";
import VersionNotice from "@/app/_components/version-notice";
import { loadVersionNotice } from "@/lib/views/version-notice";
import { findPaperToCompare } from "@/app/search-action";
import CompareChart from "@/app/_components/lazy-compare-chart";
import IgnoredNotice from "@/app/_components/ignored-notice";
import ViewToggles from "@/app/_components/view-toggles";
import CompareClaimsTable from "@/app/_components/compare-claims-table";
import { compareView } from "@/lib/views/compare-view";
import { compareMetadata } from "@/app/view-metadata";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { parseUrlState } from "@/lib/views/url-state";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata({ searchParams }: PageProps) {
  return compareMetadata(searchParams);
}

export default async function ComparePage({ searchParams }: PageProps) {
  const { state, ignored } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const view = compareView(index, state);
  return (
    <>
      <h1>Compare papers</h1>
      <IgnoredNotice ignored={[...ignored, ...view.notices]} />
      <VersionNotice notice={await loadVersionNotice(state, index, view.inView, { kinds: [], papers: state.papers })} index={index} />
      <form action={findPaperToCompare} className="toolbar" role="search">
        <input type="hidden" name="view" value={view.search.view} />
        <label className="small">
          Add a paper by title{" "}
          <input type="search" name="q" defaultValue={view.search.q} maxLength={200} placeholder="title words" />
        </label>
        <button type="submit">Find</button>
      </form>
      {view.search.q ? (
        view.search.matches.length === 0 ? (
          <p className="muted">No other paper title matches “{view.search.q}”.</p>
        ) : (
          <ul className="chips" aria-label="Matching papers">
            {view.search.matches.map((p) => (
              <li key={p.id}>
                <Link className="chip" href={p.href}>
                  + {p.title}
                </Link>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {view.papers.length === 0 ? (
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
          {view.chart.rows.length > 0 ? (
            <div className="chart-card">
              <h2>Best claimed multiplier per kind</h2>
              <CompareChart rows={view.chart.rows} papers={view.chart.papers} warnings={view.chart.warnings} />
              <p className="small muted">Largest normalized value each paper claims per kind (×, higher is better). Accuracy changes are in the table only.</p>
            </div>
          ) : null}
          <p className="comparability-summary" data-testid="comparability-summary">
            {view.summary} Kinds marked ⚠ compare claims that differ: see the notes in the table.
          </p>
          <ViewToggles state={state} path="/compare" reviewedAvailable={view.reviewedAvailable} />
          <h2>Claims side by side</h2>
          <CompareClaimsTable papers={view.papers} rows={view.rows} />
          <div className="toolbar">
            <ShareMenu state={state} version={index.version} page={{ type: "compare" }} path="/compare" />
            <Link className="button" href={view.explorerHref}>
              Back to the explorer with this selection
            </Link>
          </div>
        </>
      )}
    </>
  );
}
