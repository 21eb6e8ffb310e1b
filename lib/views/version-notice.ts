import type { DatasetIndex } from "../dataset/dataset-index";
import { datasetStore } from "../dataset/load-dataset";
import type { Claim } from "../schema";
import { changesSinceVersion } from "../store/pinned-version";
import type { ViewState } from "./url-state";
import { diffView, type VersionDiff } from "./version-diff";

/** What a view made on another release shows about it: nothing, "no summary kept", or what changed in the view since. */
export type VersionNotice = { kind: "none" } | { kind: "unknown"; from: string; current: string } | { kind: "diff"; current: string; diff: VersionDiff };

/**
 * The notice of a link made on another release (v=): the changes between the two releases in
 * the store, narrowed to the claims the view shows (version-diff.ts). Pages load it and hand it
 * to the component, which only renders.
 */
export async function loadVersionNotice(state: ViewState, index: DatasetIndex, inView: readonly Claim[], scope: { kinds: string[]; papers: string[] }): Promise<VersionNotice> {
  if (state.v === "" || state.v === index.version) return { kind: "none" };
  const changes = index.releaseId === undefined ? null : await changesSinceVersion(await datasetStore(), state.v, index.releaseId);
  if (!changes) return { kind: "unknown", from: state.v, current: index.version };
  return { kind: "diff", current: index.version, diff: diffView(state.v, index, changes, inView, scope) };
}
