import type { DatasetIndex } from "../dataset/dataset-index";
import { queryClaims, type ClaimsQuery } from "./query";
import { chartPayload } from "./explorer-chart";
import { perDatasetMemo } from "./per-dataset-memo";
import type { ViewState } from "./url-state";

/*
 * Recently computed views, per loaded dataset. A shared link is opened by many people and
 * the same filter is clicked again and again; at 100,000 claims a view still costs ~100 ms of
 * filtering, so repeats (and the page's metadata and preview) are served from memory.
 */
const MAX_VIEWS = 128;

export type ExplorerView = ClaimsQuery & ReturnType<typeof chartPayload> & { paperCount: number };

const views = perDatasetMemo<ExplorerView>("explorer-view", MAX_VIEWS);

/** The view state is built field by field in one fixed order, so its JSON is a canonical key. */
export function viewKey(state: ViewState): string {
  return JSON.stringify(state);
}

export function explorerView(index: DatasetIndex, state: ViewState): ExplorerView {
  return views(index, viewKey(state), () => {
    const result = queryClaims(index, state);
    return { ...result, ...chartPayload(index, result.sorted, state), paperCount: new Set(result.sorted.map((c) => c.paperId)).size };
  });
}
