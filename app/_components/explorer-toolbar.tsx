import Link from "next/link";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { hrefFor, type ViewState } from "@/lib/views/url-state";
import { toggleListValue } from "@/lib/views/view-edits";
import ShareMenu from "./share-menu";

type Props = { state: ViewState; view: string; hasFilters: boolean; clearHref: string; index: DatasetIndex; embedHeight: number };

/** Share, export and compare actions for the current view, and the papers picked for comparison. */
export default function ExplorerToolbar({ state, view, hasFilters, clearHref, index, embedHeight }: Props) {
  const csvHref = `/api/claims?${view ? `${view}&` : ""}format=csv`;
  const metaHref = `/api/claims?${view ? `${view}&` : ""}format=meta`;
  return (
    <>
      <div className="toolbar">
        <ShareMenu state={state} version={index.version} page={{ type: "explorer" }} path="/" embeddable embedHeight={embedHeight} />
        <a className="button" href={csvHref} download="claimscope-claims.csv" data-testid="download-csv">
          Download CSV
        </a>
        <a className="button" href={metaHref} download="claimscope-claims.meta.json" data-testid="download-csv-meta">
          CSV metadata (JSON)
        </a>
        <Link className="button" href={hrefFor("/compare", { papers: state.papers })} prefetch={false}>
          Compare ({state.papers.length} selected)
        </Link>
        {hasFilters ? (
          <Link className="button" href={clearHref} prefetch={false}>
            Clear filters
          </Link>
        ) : null}
      </div>
      {state.papers.length > 0 ? (
        <ul className="chips selected-papers" aria-label="Selected for comparison">
          <li className="small muted">For comparison:</li>
          {state.papers.map((id) => (
            <li key={id}>
              <Link className="chip" href={hrefFor("/", toggleListValue(state, "papers", id))} prefetch={false} scroll={false}>
                {index.paperById.get(id)?.title ?? id} <span aria-label="remove from comparison">×</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
