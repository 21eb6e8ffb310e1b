import type { Claim, Dataset } from "./schema";

/**
 * Pinned versions (issue #6). A shared link carries the dataset version (v=). To say
 * what changed since, each published version keeps a small summary of its claims in
 * data/versions/<version>.json: `{version, claims: [[id, kind, value, min?], …]}` —
 * ids are stable (paper id + evidence offsets + kind), so a summary of a few dozen
 * bytes per claim is enough to tell added, changed and removed claims apart.
 */

export type SnapshotClaim = [id: string, kind: Claim["kind"], value: number | null, min?: number];
export type VersionSnapshot = { version: string; claims: SnapshotClaim[] };

export function snapshotOf(dataset: Pick<Dataset, "version" | "claims">): VersionSnapshot {
  const claims: SnapshotClaim[] = dataset.claims
    .filter((c) => c.status !== "rejected")
    .map((c): SnapshotClaim => (c.min === undefined ? [c.id, c.kind, c.value] : [c.id, c.kind, c.value, c.min]))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { version: dataset.version, claims };
}

/** One claim per line: small diffs in git, still valid JSON. */
export function formatSnapshot(snapshot: VersionSnapshot): string {
  const lines = snapshot.claims.map((c) => `    ${JSON.stringify(c)}`);
  return `{\n  "version": ${JSON.stringify(snapshot.version)},\n  "claims": [\n${lines.join(",\n")}\n  ]\n}\n`;
}

const VERSION = /^[0-9a-f]{6,64}$/;

/** Reads a snapshot file's JSON; null when it is not one. No zod: it stays tiny and server-only. */
export function parseSnapshot(raw: unknown): VersionSnapshot | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { version, claims } = raw as { version?: unknown; claims?: unknown };
  if (typeof version !== "string" || !VERSION.test(version) || !Array.isArray(claims)) return null;
  const ok = claims.every(
    (c) => Array.isArray(c) && typeof c[0] === "string" && typeof c[1] === "string" && (c[2] === null || typeof c[2] === "number") && (c[3] === undefined || typeof c[3] === "number"),
  );
  return ok ? { version, claims: claims as SnapshotClaim[] } : null;
}

export type VersionChange = { id: string; paperId: string; change: "added" | "changed" | "removed"; before?: SnapshotClaim; after?: Claim };
export type VersionDiff = { from: string; to: string; added: number; changed: number; removed: number; changes: VersionChange[] };

const paperOf = (id: string) => id.split(":")[0] ?? id;

/**
 * What changed in one view since `old`: claims of the view that are new or whose kind,
 * value or range differ, and old claims the current data no longer has (restricted to
 * the view's papers or kinds when it names them, as far as a summary can tell).
 */
export function diffView(
  old: VersionSnapshot,
  current: { version: string; claims: Claim[] },
  inView: Claim[],
  scope: { kinds: string[]; papers: string[] },
): VersionDiff {
  const before = new Map(old.claims.map((c) => [c[0], c]));
  const now = new Set(current.claims.map((c) => c.id));
  const changes: VersionChange[] = [];
  for (const claim of inView) {
    const was = before.get(claim.id);
    if (!was) changes.push({ id: claim.id, paperId: claim.paperId, change: "added", after: claim });
    else if (was[1] !== claim.kind || was[2] !== claim.value || was[3] !== claim.min) changes.push({ id: claim.id, paperId: claim.paperId, change: "changed", before: was, after: claim });
  }
  for (const was of old.claims) {
    if (now.has(was[0])) continue;
    if (scope.kinds.length > 0 && !scope.kinds.includes(was[1])) continue;
    if (scope.papers.length > 0 && !scope.papers.includes(paperOf(was[0]))) continue;
    changes.push({ id: was[0], paperId: paperOf(was[0]), change: "removed", before: was });
  }
  const count = (kind: VersionChange["change"]) => changes.filter((c) => c.change === kind).length;
  return { from: old.version, to: current.version, added: count("added"), changed: count("changed"), removed: count("removed"), changes };
}
