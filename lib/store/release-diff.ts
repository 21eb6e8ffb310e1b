import { sql } from "kysely";
import type { ClaimKind } from "../schema";
import type { Store } from "./connection";

/*
 * "N added, M changed since this link was made": a query between two releases, not a file
 * per version. Only the differing claims come back, so the answer stays small however many
 * claims both releases share; rejected claims count as absent on either side.
 */

export type ClaimSummary = { id: string; paperId: string; kind: ClaimKind; value: number | null; min: number | null };
export type ReleaseChange =
  | { change: "added"; id: string; paperId: string }
  | { change: "changed"; id: string; paperId: string; before: ClaimSummary }
  | { change: "removed"; id: string; paperId: string; before: ClaimSummary };

type Row = { id: string; paper_id: string; kind: string; value: number | null; min: number | null; old_id: string | null };

const summary = (r: Row): ClaimSummary => ({ id: r.id, paperId: r.paper_id, kind: r.kind as ClaimKind, value: r.value === null ? null : Number(r.value), min: r.min === null ? null : Number(r.min) });

export async function releaseChanges(store: Store, fromReleaseId: number, toReleaseId: number): Promise<ReleaseChange[]> {
  const live = sql`(status is null or status <> 'rejected')`;
  // Claims of `to` that `from` lacks or held with another kind, value or range; the old values come along.
  const changed = await sql<Row & { new_kind: string }>`
    select b.id, b.paper_id, a.kind, a.value, a.min, a.id as old_id, b.kind as new_kind
    from (select * from claims where release_id = ${toReleaseId} and ${live}) b
    left join (select * from claims where release_id = ${fromReleaseId} and ${live}) a on a.id = b.id
    where a.id is null or a.kind <> b.kind or a.value is distinct from b.value or a.min is distinct from b.min
  `.execute(store.db);
  const removed = await sql<Row>`
    select a.id, a.paper_id, a.kind, a.value, a.min, a.id as old_id
    from (select * from claims where release_id = ${fromReleaseId} and ${live}) a
    left join (select id from claims where release_id = ${toReleaseId} and ${live}) b on b.id = a.id
    where b.id is null
  `.execute(store.db);
  const changes: ReleaseChange[] = changed.rows.map((r) =>
    r.old_id === null ? { change: "added", id: r.id, paperId: r.paper_id } : { change: "changed", id: r.id, paperId: r.paper_id, before: summary(r) },
  );
  for (const r of removed.rows) changes.push({ change: "removed", id: r.id, paperId: r.paper_id, before: summary(r) });
  return changes.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
