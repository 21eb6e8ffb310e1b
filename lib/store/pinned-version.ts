import type { Store } from "./connection";
import { releaseByVersion } from "./releases";
import { releaseChanges, type ReleaseChange } from "./release-diff";

/*
 * What changed between the release a `v=` link names and the current one. The answer for a
 * pair of releases never changes, so it is computed once and kept (bounded; least recently
 * used goes first): a link opened again and again costs a map lookup.
 */
const MAX_PAIRS = 64;
const cache = new Map<string, ReleaseChange[] | null>();

/** null when no release has this version. */
export async function changesSinceVersion(store: Store, version: string, currentReleaseId: number): Promise<ReleaseChange[] | null> {
  const key = `${store.describe}\n${version}\n${currentReleaseId}`;
  if (cache.has(key)) {
    const hit = cache.get(key)!;
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const old = await releaseByVersion(store, version);
  const changes = old ? await releaseChanges(store, old.id, currentReleaseId) : null;
  cache.set(key, changes);
  if (cache.size > MAX_PAIRS) cache.delete(cache.keys().next().value!);
  return changes;
}
