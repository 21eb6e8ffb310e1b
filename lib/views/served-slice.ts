import { createHash } from "node:crypto";
import type { DatasetIndex } from "../dataset/dataset-index";
import { safeJsonText } from "../http/safe-json";
import { claimsSlice, sliceIndex } from "./claims-slice";
import { perDatasetMemo } from "./per-dataset-memo";
import { keepSliceForRender } from "./slice-for-render";

/**
 * The claims slice of the served dataset as the browser gets it: one JSON body per loaded
 * dataset (release plus corrections), named by a hash of its bytes, so `/api/slice?v=<hash>`
 * is immutable and shared by every view of the explorer (issue 11). The page's own payload
 * carries only the hash; the browser fetches the slice once, after the first paint.
 */
export type ServedSlice = {
  /** The first 16 hex digits of the body's SHA-256: the `v` of the slice's URL. */
  hash: string;
  /** The slice as JSON, `<`, `>` and `&` escaped as in every JSON answer (lib/http/safe-json.ts). */
  body: string;
  /** The slice decoded as the browser decodes it: the page and its server render read this index. */
  index: DatasetIndex;
};

const slices = perDatasetMemo<ServedSlice>("served-slice", 1);

export function servedSlice(index: DatasetIndex): ServedSlice {
  const served = slices(index, "served", () => {
    const slice = claimsSlice(index);
    const body = safeJsonText(slice);
    return { hash: createHash("sha256").update(body).digest("hex").slice(0, 16), body, index: sliceIndex(slice) };
  });
  // Each time, not once: the page that asks renders next, and its render reads it from there.
  keepSliceForRender(served.hash, served.index);
  return served;
}
