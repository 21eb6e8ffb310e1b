import type { DatasetIndex } from "../dataset/dataset-index";
import { queryClaims, type ClaimsQuery } from "./query";
import { chartPayload } from "./explorer-chart";
import type { ViewState } from "./url-state";

/*
 * Recently computed views, per loaded dataset. A shared link is opened by many people and
 * the same filter is clicked again and again; at 100,000 papers a view costs ~200 ms of
 * filtering, so repeats are served from memory. Bounded (least recently used goes first),
 * and dropped with the dataset when a new file is loaded.
 */
const MAX_VIEWS = 128;

export type ExplorerView = ClaimsQuery & ReturnType<typeof chartPayload> & { paperCount: number };

const caches = new WeakMap<DatasetIndex, Map<string, ExplorerView>>();

/** The view state is built field by field in one fixed order, so its JSON is a canonical key. */
function keyOf(state: ViewState): string {
  return JSON.stringify(state);
}

export function explorerView(index: DatasetIndex, state: ViewState): ExplorerView {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const key = keyOf(state);
  const hit = cache.get(key);
  if (hit) {
    // Re-insert to mark it most recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = queryClaims(index, state);
  const view = { ...result, ...chartPayload(index, result.sorted, state), paperCount: new Set(result.sorted.map((c) => c.paperId)).size };
  cache.set(key, view);
  if (cache.size > MAX_VIEWS) cache.delete(cache.keys().next().value!);
  return view;
}
