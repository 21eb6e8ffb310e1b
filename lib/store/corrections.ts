import { sql } from "kysely";
import type { ClaimKind, CorrectionAction, CorrectionFields, CorrectionStatus, StoredCorrection } from "../schema";
import type { Store } from "./connection";
import type { CorrectionsTable } from "./tables";

/*
 * The corrections queue. Append-only: a correction is inserted once and decided once
 * (pending → approved or rejected); nothing is deleted or rewritten afterwards.
 */

export type NewCorrection = {
  claimId: string;
  paperId: string;
  kind: ClaimKind;
  evidence: string;
  action: CorrectionAction;
  fields: CorrectionFields;
  reason: string;
  submitter: string;
  /** Imported corrections arrive already decided. */
  decided?: { status: "approved" | "rejected"; note: string };
};

type Row = Omit<CorrectionsTable, "id"> & { id: number };

function toCorrection(r: Row): StoredCorrection {
  return {
    id: Number(r.id),
    claimId: r.claim_id,
    paperId: r.paper_id,
    kind: r.kind as ClaimKind,
    evidence: r.evidence,
    action: r.action as CorrectionAction,
    fields: JSON.parse(r.fields) as CorrectionFields,
    reason: r.reason,
    submitter: r.submitter,
    createdAt: r.created_at,
    status: r.status as CorrectionStatus,
    reviewerNote: r.reviewer_note ?? undefined,
    decidedAt: r.decided_at ?? undefined,
  };
}

export async function submitCorrection(store: Store, c: NewCorrection): Promise<StoredCorrection> {
  const now = new Date().toISOString();
  const values = {
    claim_id: c.claimId,
    paper_id: c.paperId,
    kind: c.kind,
    evidence: c.evidence,
    action: c.action,
    fields: JSON.stringify(c.fields),
    reason: c.reason,
    submitter: c.submitter,
    created_at: now,
    status: c.decided?.status ?? "pending",
    reviewer_note: c.decided?.note ?? null,
    decided_at: c.decided ? now : null,
  };
  if (!c.decided) return toCorrection(await store.db.insertInto("corrections").values(values).returningAll().executeTakeFirstOrThrow());
  // An approved correction changes what is served: bump the revision in the same transaction.
  return store.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto("corrections").values(values).returningAll().executeTakeFirstOrThrow();
    await trx.updateTable("store_state").set({ revision: sql`revision + 1` }).where("id", "=", 1).execute();
    return toCorrection(row);
  });
}

export type DecisionOutcome = { ok: true; correction: StoredCorrection } | { ok: false; problem: "not-found" | "already-decided"; correction?: StoredCorrection };

/** Decides a pending correction. Of two reviewers deciding at once, exactly one wins; the other is told. */
export async function decideCorrection(store: Store, id: number, decision: "approve" | "reject", note?: string): Promise<DecisionOutcome> {
  const status = decision === "approve" ? "approved" : "rejected";
  const updated = await store.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("corrections")
      .set({ status, reviewer_note: note ?? null, decided_at: new Date().toISOString() })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    const changed = Number(result.numUpdatedRows) > 0;
    if (changed && status === "approved") await trx.updateTable("store_state").set({ revision: sql`revision + 1` }).where("id", "=", 1).execute();
    return changed;
  });
  const row = await store.db.selectFrom("corrections").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return { ok: false, problem: "not-found" };
  return updated ? { ok: true, correction: toCorrection(row) } : { ok: false, problem: "already-decided", correction: toCorrection(row) };
}

export async function listCorrections(store: Store, options: { status?: CorrectionStatus; paperId?: string; limit?: number; afterId?: number } = {}): Promise<StoredCorrection[]> {
  let query = store.db.selectFrom("corrections").selectAll();
  if (options.status) query = query.where("status", "=", options.status);
  if (options.paperId) query = query.where("paper_id", "=", options.paperId);
  if (options.afterId !== undefined) query = query.where("id", ">", options.afterId);
  // Approved corrections apply in the order they were decided; ids break ties.
  const ordered = options.status === "approved" ? query.orderBy("decided_at").orderBy("id") : query.orderBy("id");
  const rows = await (options.limit ? ordered.limit(options.limit) : ordered).execute();
  return rows.map((r) => toCorrection(r as Row));
}

export async function correctionById(store: Store, id: number): Promise<StoredCorrection | null> {
  const row = await store.db.selectFrom("corrections").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toCorrection(row as Row) : null;
}
