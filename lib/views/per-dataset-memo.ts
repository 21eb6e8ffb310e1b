import type { DatasetIndex } from "../dataset/dataset-index";

/*
 * Models computed from one loaded dataset, kept with it: a view's query, chart and preview
 * model are pure functions of (dataset, view), and the page, its metadata, its preview image
 * and the API all ask for the same ones. Least recently used goes first past `max`; a new
 * release or an approved correction is a new DatasetIndex, so its entries start empty and the
 * old ones are dropped with the old index. Kept on globalThis, as the dataset is
 * (lib/store/served-dataset.ts): Next bundles this module once per route, and the page, the
 * API and the preview routes should share one model of a view, not compute one each.
 */

function processWide<T>(name: string, make: () => T): T {
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`claimscope.${name}`);
  return (holder[key] ??= make());
}
export function perDatasetMemo<T>(name: string, max: number) {
  const caches = processWide(`memo.${name}`, () => new WeakMap<DatasetIndex, Map<string, T>>());
  return function memo(index: DatasetIndex, key: string, compute: () => T): T {
    let cache = caches.get(index);
    if (!cache) caches.set(index, (cache = new Map()));
    const hit = cache.get(key);
    if (hit !== undefined) {
      // Re-insert to mark it most recently used (Map keeps insertion order).
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = compute();
    cache.set(key, value);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return value;
  };
}

const identities = processWide("dataset-identities", () => ({ next: 0, of: new WeakMap<DatasetIndex, number>() }));

/** A number naming this loaded dataset (release plus corrections) in keys of caches that outlive it. */
export function datasetIdentity(index: DatasetIndex): number {
  let id = identities.of.get(index);
  if (id === undefined) identities.of.set(index, (id = ++identities.next));
  return id;
}
