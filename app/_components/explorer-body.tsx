import Link from "next/link";
import type { ReactNode } from "react";
import ChartControls from "./chart-controls";
import ChartPanel from "./lazy-chart-panel";
import ClaimsTable from "./claims-table";
import ExplorerToolbar from "./explorer-toolbar";
import FilterPanel from "./filter-panel";
import HardwareLegend from "./hardware-legend";
import IgnoredNotice from "./ignored-notice";
import Pagination from "./pagination";
import SoftNavigation from "./soft-navigation";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import type { ExplorerView } from "@/lib/views/explorer-view";
import { TABLE_PAGE_SIZE } from "@/lib/views/query";
import { hrefFor, serializeUrlState, type ViewState } from "@/lib/views/url-state";
import { describeFilters, NO_FILTERS } from "@/lib/views/view-edits";
import { chartHeight, EMBED_CHROME } from "@/lib/views/chart-height";

type Props = {
  state: ViewState;
  ignored: string[];
  index: DatasetIndex;
  result: ExplorerView;
  /** What changed since a pinned release (the server's async VersionNotice), when there is one. */
  versionNotice?: ReactNode;
};

/**
 * The explorer drawn from one view: the server renders it for a large dataset, and
 * BrowserExplorer renders it in the browser from the claims slice for a small one.
 */
export default function ExplorerBody({ state, ignored, index, result, versionNotice }: Props) {
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
      {versionNotice}
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
