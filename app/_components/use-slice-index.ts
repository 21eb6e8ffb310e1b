"use client";
import { use } from "react";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { sliceIndex, type ClaimsSlice } from "@/lib/views/claims-slice";
import { sliceForRender, sliceUrl } from "@/lib/views/slice-for-render";

/* One fetch per slice and page: every view of the explorer reads the same slice. */
const loads = new Map<string, Promise<DatasetIndex>>();

function loadSliceIndex(hash: string): Promise<DatasetIndex> {
  let pending = loads.get(hash);
  if (!pending) {
    pending = fetch(sliceUrl(hash))
      .then((r) => {
        // No slice for the served data (a release past the threshold since the page was rendered):
        // the server renders the explorer of such data itself, so the page is asked for again.
        if (r.status === 404) {
          location.reload();
          return new Promise<never>(() => {});
        }
        if (!r.ok) throw new Error(`the claims slice answered ${r.status}`);
        return r.json() as Promise<ClaimsSlice>;
      })
      .then(sliceIndex);
    // A failed load is tried again on the next render (the error page's "Try again").
    pending.catch(() => loads.delete(hash));
    loads.set(hash, pending);
  }
  return pending;
}

/**
 * The claims slice of this hash as a dataset index: on the server the one the page decoded
 * (lib/views/slice-for-render.ts), in the browser the one fetched from /api/slice. While the
 * fetch runs the caller suspends; during hydration React then keeps the server's HTML on
 * screen (its links work as plain links) and hydrates once the slice is here.
 */
export function useSliceIndex(hash: string): DatasetIndex {
  const kept = sliceForRender(hash);
  if (kept) return kept;
  if (typeof window === "undefined") throw new Error(`no claims slice ${hash} kept for the server's render`);
  return use(loadSliceIndex(hash));
}
