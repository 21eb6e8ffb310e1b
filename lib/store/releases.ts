import { sql, type Transaction } from "kysely";
import type { Claim, Paper } from "../schema";
import type { Store } from "./connection";
import type { StoreTables } from "./tables";

/*
 * Releases: one extraction's papers and claims, written in one transaction, so a failed or
 * killed run leaves the previous release current. Old releases keep their claims (a pinned
 * `v=` link is compared against them) but not their papers.
 */

export type ReleaseRow = { id: number; version: string; createdAt: string; extractorVersion: string; paperCount: number; claimCount: number };
export type ReleaseInput = { version: string; extractorVersion: string; papers: Iterable<Paper>; claims: Iterable<Claim> };

/** Rows per INSERT: far below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const BATCH_ROWS = 500;

function* batches<T>(items: Iterable<T>): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

const toRelease = (r: { id: number; version: string; created_at: string; extractor_version: string; paper_count: number; claim_count: number }): ReleaseRow => ({
  id: Number(r.id),
  version: r.version,
  createdAt: r.created_at,
  extractorVersion: r.extractor_version,
  paperCount: Number(r.paper_count),
  claimCount: Number(r.claim_count),
});

export async function releaseByVersion(store: Store, version: string): Promise<ReleaseRow | null> {
  const row = await store.db.selectFrom("releases").selectAll().where("version", "=", version).executeTakeFirst();
  return row ? toRelease(row) : null;
}

export async function currentRelease(store: Store): Promise<ReleaseRow | null> {
  const row = await store.db
    .selectFrom("store_state")
    .innerJoin("releases", "releases.id", "store_state.current_release_id")
    .selectAll("releases")
    .where("store_state.id", "=", 1)
    .executeTakeFirst();
  return row ? toRelease(row) : null;
}

export async function listReleases(store: Store): Promise<ReleaseRow[]> {
  return (await store.db.selectFrom("releases").selectAll().orderBy("id", "desc").execute()).map(toRelease);
}

/** What is served, as one cheap read: a change of release or of approved corrections changes `revision`. */
export async function storeRevision(store: Store): Promise<{ revision: number; releaseId: number | null }> {
  const row = await store.db.selectFrom("store_state").select(["revision", "current_release_id"]).where("id", "=", 1).executeTakeFirstOrThrow();
  return { revision: Number(row.revision), releaseId: row.current_release_id === null ? null : Number(row.current_release_id) };
}

export type WriteReleaseOptions = {
  /** False keeps the served release (a historical release kept only to compare links against). */
  makeCurrent?: boolean;
  /** Called after each batch of rows, inside the transaction. */
  onProgress?: (rows: number) => void;
};

/**
 * Writes a release and (by default) makes it current, all in one transaction. A version the
 * database already holds is not written again; it just becomes current.
 */
export async function writeRelease(store: Store, input: ReleaseInput, options: WriteReleaseOptions = {}): Promise<{ release: ReleaseRow; created: boolean }> {
  const makeCurrent = options.makeCurrent ?? true;
  const existing = await releaseByVersion(store, input.version);
  if (existing) {
    if (makeCurrent) await makeReleaseCurrent(store, existing.id, input.papers);
    return { release: existing, created: false };
  }
  const releaseId = await store.db.transaction().execute(async (trx) => {
    // The first statement writes, so SQLite takes its write lock here and another writer waits, not deadlocks.
    const { id } = await trx
      .insertInto("releases")
      .values({ version: input.version, created_at: new Date().toISOString(), extractor_version: input.extractorVersion, paper_count: 0, claim_count: 0 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const paperCount = await insertPapers(trx, id, input.papers, (written) => options.onProgress?.(written));
    let claimCount = 0;
    for (const batch of batches(input.claims)) {
      await trx
        .insertInto("claims")
        .values(batch.map((c, i) => ({ release_id: id, id: c.id, paper_id: c.paperId, position: claimCount + i, kind: c.kind, value: c.value, min: c.min ?? null, status: c.status ?? null, data: JSON.stringify(c) })))
        .execute();
      claimCount += batch.length;
      options.onProgress?.(paperCount + claimCount);
    }
    await trx.updateTable("releases").set({ paper_count: paperCount, claim_count: claimCount }).where("id", "=", id).execute();
    if (makeCurrent) {
      await trx.updateTable("store_state").set({ current_release_id: id, revision: sql`revision + 1` }).where("id", "=", 1).execute();
      // Papers are served from the current release only; older releases keep their claims for `v=` diffs.
      await trx.deleteFrom("papers").where("release_id", "<>", id).execute();
    }
    return Number(id);
  });
  const release = await store.db.selectFrom("releases").selectAll().where("id", "=", releaseId).executeTakeFirstOrThrow();
  return { release: toRelease(release), created: true };
}

/** Writes a release's papers in batches, in their order; returns how many. */
async function insertPapers(trx: Transaction<StoreTables>, releaseId: number, papers: Iterable<Paper>, onProgress?: (written: number) => void): Promise<number> {
  let count = 0;
  for (const batch of batches(papers)) {
    await trx.insertInto("papers").values(batch.map((p, i) => ({ release_id: releaseId, id: p.id, position: count + i, data: JSON.stringify(p) }))).execute();
    count += batch.length;
    onProgress?.(count);
  }
  return count;
}

/** Whether a release still holds its papers (only the current one does, writeRelease). */
export async function releaseHasPapers(store: Store, id: number): Promise<boolean> {
  return (await store.db.selectFrom("papers").select("id").where("release_id", "=", id).limit(1).execute()).length > 0;
}

/**
 * Papers live only in the current release (writeRelease), so a release made current again, say
 * when an extraction comes back to an earlier version, gets back the papers it is given, in the
 * same transaction that moves the current release; without papers it stays as it is rather than
 * serving claims whose papers are gone.
 */
async function makeReleaseCurrent(store: Store, id: number, papers: Iterable<Paper>): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    // The first statement writes, so SQLite takes its write lock here (as in writeRelease).
    const moved = await trx
      .updateTable("store_state")
      .set({ current_release_id: id, revision: sql`revision + 1` })
      .where("id", "=", 1)
      .where((eb) => eb.or([eb("current_release_id", "is", null), eb("current_release_id", "<>", id)]))
      .executeTakeFirst();
    const kept = await trx.selectFrom("papers").select("id").where("release_id", "=", id).limit(1).execute();
    // Thrown inside the transaction: the current release and its papers stay as they were.
    if (kept.length === 0 && (await insertPapers(trx, id, papers)) === 0) throw new Error(`Claimscope: release ${id} has no papers left to serve; import its dataset file again.`);
    if (kept.length === 0 || Number(moved.numUpdatedRows) > 0) await trx.deleteFrom("papers").where("release_id", "<>", id).execute();
  });
}

/** Rows per read while loading a release: the event loop serves other requests between chunks. */
const READ_CHUNK = 5000;

async function* chunked<T extends { position: number; data: string }>(read: (after: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = -1;
  for (;;) {
    const rows = await read(after);
    if (rows.length === 0) return;
    yield rows;
    after = Number(rows[rows.length - 1]!.position);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The papers and claims of a release, in their extracted order, read in chunks. */
export async function readRelease(store: Store, releaseId: number): Promise<{ papers: Paper[]; claims: Claim[] }> {
  const papers: Paper[] = [];
  const claims: Claim[] = [];
  const paperRows = chunked((after) =>
    store.db.selectFrom("papers").select(["position", "data"]).where("release_id", "=", releaseId).where("position", ">", after).orderBy("position").limit(READ_CHUNK).execute(),
  );
  for await (const rows of paperRows) for (const r of rows) papers.push(JSON.parse(r.data) as Paper);
  const claimRows = chunked((after) =>
    store.db.selectFrom("claims").select(["position", "data"]).where("release_id", "=", releaseId).where("position", ">", after).orderBy("position").limit(READ_CHUNK).execute(),
  );
  for await (const rows of claimRows) for (const r of rows) claims.push(JSON.parse(r.data) as Claim);
  return { papers, claims };
}
