import type { DatasetIndex } from "../dataset/dataset-index";

/*
 * The decoded claims slice, by hash, for the server's render of the browser explorer
 * (app/_components/browser-explorer.tsx). The explorer is a client component: in the browser
 * it reads the slice it fetched from /api/slice, and on the server it reads the same index from
 * here, so the page's payload carries the slice's hash instead of the slice. Process-wide
 * (globalThis, as lib/views/per-dataset-memo.ts): the page that keeps it and the server render
 * that reads it are bundled apart. Nothing in the browser keeps a slice here. No Node imports:
 * the client bundle includes this module.
 */

/** The last few slices: a page rendered just before a correction may still be rendering its HTML. */
const KEPT = 4;

function kept(): Map<string, DatasetIndex> {
  const holder = globalThis as unknown as Record<symbol, Map<string, DatasetIndex> | undefined>;
  return (holder[Symbol.for("claimscope.slice-for-render")] ??= new Map());
}

export function keepSliceForRender(hash: string, index: DatasetIndex): void {
  const slices = kept();
  slices.delete(hash);
  slices.set(hash, index);
  if (slices.size > KEPT) slices.delete(slices.keys().next().value!);
}

/** The server's decoded slice of this hash, or undefined (always in the browser). */
export function sliceForRender(hash: string): DatasetIndex | undefined {
  return kept().get(hash);
}

/** Where the browser fetches the slice of this hash (app/api/slice/route.ts). */
export function sliceUrl(hash: string): string {
  return `/api/slice?v=${hash}`;
}
