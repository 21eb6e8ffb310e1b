import Link from "next/link";
import ChartControls from "./_components/chart-controls";
import ChartPanel from "./_components/lazy-chart-panel";
import ClaimsTable from "./_components/claims-table";
import ExplorerToolbar from "./_components/explorer-toolbar";
import FilterPanel from "./_components/filter-panel";
import HardwareLegend from "./_components/hardware-legend";
import IgnoredNotice from "./_components/ignored-notice";
import VersionNotice from "./_components/version-notice";
import { loadVersionNotice } from "@/lib/views/version-notice";
import Pagination from "./_components/pagination";
import SoftNavigation from "./_components/soft-navigation";
import { explorerMetadata } from "./view-metadata";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { TABLE_PAGE_SIZE } from "@/lib/views/query";
import { explorerView } from "@/lib/views/explorer-view";
import { hrefFor, parseUrlState, serializeUrlState } from "@/lib/views/url-state";
import { describeFilters, NO_FILTERS } from "@/lib/views/view-edits";
import { chartHeight, EMBED_CHROME } from "@/lib/views/chart-height";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata({ searchParams }: PageProps) {
  return explorerMetadata(searchParams);
}

export default async function ExplorerPage({ searchParams }: PageProps) {
  const { state, ignored } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const result = explorerView(index, state);
  const { chart, caption, title, paperCount } = result;
  // The pinned version (v=) is not part of what the view shows.
  const view = serializeUrlState({ ...state, v: "" });
  const filters = describeFilters(state);
  const clearHref = hrefFor("/", { chart: state.chart, scale: state.scale, sort: state.sort, papers: state.papers });
  return (
    <>
      <h1>Claims explorer</h1>
      <p className="muted result-summary" data-testid="result-summary">
        <span data-testid="result-count">{result.total}</span> of {index.claims.length} claims from {paperCount} papers · data {index.version}
      </p>
      <IgnoredNotice ignored={ignored} />
      <VersionNotice notice={await loadVersionNotice(state, index, result.sorted, { kinds: state.kind, papers: [] })} index={index} />
      <a className="button mobile-only" href="#results">
        Skip the filters: see the {result.total} claims ↓
      </a>
      <SoftNavigation />
      <div className="explorer" data-soft-nav>
        <FilterPanel state={state} facets={result.facets} index={index} />
        <section aria-label="Results" id="results" data-view={view}>
          <ExplorerToolbar state={state} view={view} hasFilters={filters !== NO_FILTERS} clearHref={clearHref} index={index} embedHeight={chartHeight(chart) + EMBED_CHROME} />
          {result.total === 0 ? (
            <div className="empty" data-testid="empty-state">
              <p>
                <strong>No claims match these filters.</strong>
              </p>
              <Link className="button primary" href={clearHref}>
                Clear all filters
              </Link>
            </div>
          ) : (
            <>
              <figure className="chart-card" aria-labelledby="chart-caption">
                <h2>Chart</h2>
                <ChartControls state={state} />
                <ChartPanel chart={chart} view={serializeUrlState({ ...state, page: 1, v: "" })} version={index.version} filters={filters} title={title} link={hrefFor("/", { ...state, page: 1, v: index.version })} />
                <HardwareLegend />
                <figcaption className="small muted" id="chart-caption" data-testid="chart-caption">
                  {caption}
                </figcaption>
              </figure>
              <div className="claims-section">
              <h2>Claims</h2>
              <p className="small muted">
                Rows {(result.page - 1) * TABLE_PAGE_SIZE + 1}–{(result.page - 1) * TABLE_PAGE_SIZE + result.rows.length} of {result.total}. Values are normalized (× multipliers; accuracy in points).
              </p>
              <ClaimsTable rows={result.rows} state={state} index={index} />
              <Pagination state={state} page={result.page} pageCount={result.pageCount} />
              </div>
            </>
          )}
        </section>
      </div>
    </>
  );
}
