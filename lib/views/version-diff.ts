import type { Claim } from "../schema";
import type { ReleaseChange } from "../store/release-diff";

/** How many changes a version notice lists before it says how many more there are. */
export const VERSION_CHANGES_LISTED = 20;

/*
 * Pinned versions (issue #6): a shared link carries the release version (v=). What changed
 * since, in one view: the release-to-release changes (lib/store/release-diff.ts) narrowed to
 * the claims the view shows, and removed claims to the view's kinds or papers when it names them.
 */

export type VersionChange =
  | { change: "added"; id: string; paperId: string; after: Claim }
  | { change: "changed"; id: string; paperId: string; before: Extract<ReleaseChange, { change: "changed" }>["before"]; after: Claim }
  | { change: "removed"; id: string; paperId: string; before: Extract<ReleaseChange, { change: "removed" }>["before"] };
export type VersionDiff = { from: string; to: string; added: number; changed: number; removed: number; changes: VersionChange[] };

export function diffView(
  from: string,
  current: { version: string },
  releaseChanges: readonly ReleaseChange[],
  inView: readonly Claim[],
  scope: { kinds: string[]; papers: string[] },
): VersionDiff {
  const viewed = new Map(inView.map((c) => [c.id, c]));
  const changes: VersionChange[] = [];
  for (const change of releaseChanges) {
    if (change.change === "removed") {
      if (scope.kinds.length > 0 && !scope.kinds.includes(change.before.kind)) continue;
      if (scope.papers.length > 0 && !scope.papers.includes(change.paperId)) continue;
      changes.push(change);
      continue;
    }
    const after = viewed.get(change.id);
    if (after) changes.push({ ...change, after });
  }
  const count = (kind: VersionChange["change"]) => changes.filter((c) => c.change === kind).length;
  return { from, to: current.version, added: count("added"), changed: count("changed"), removed: count("removed"), changes };
}
