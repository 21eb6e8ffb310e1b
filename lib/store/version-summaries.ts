import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClaimKind } from "../schema";
import type { Store } from "./connection";
import { releaseByVersion } from "./releases";

/*
 * Before releases lived in the database, each published version kept a claim summary in
 * data/versions/<version>.json ({version, claims: [[id, kind, value, min?], …]}). Links made
 * then still name those versions, so the summaries are imported once as claim-only releases
 * (never current); nothing writes such files any more.
 */

export type SummaryClaim = [id: string, kind: ClaimKind, value: number | null, min?: number];
export type VersionSummary = { version: string; claims: SummaryClaim[] };

const VERSION = /^[0-9a-f]{6,64}$/;

/** A summary file's JSON, or null when it is not one. */
export function parseVersionSummary(raw: unknown): VersionSummary | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { version, claims } = raw as { version?: unknown; claims?: unknown };
  if (typeof version !== "string" || !VERSION.test(version) || !Array.isArray(claims)) return null;
  const ok = claims.every(
    (c) => Array.isArray(c) && typeof c[0] === "string" && typeof c[1] === "string" && (c[2] === null || typeof c[2] === "number") && (c[3] === undefined || typeof c[3] === "number"),
  );
  return ok ? { version, claims: claims as SummaryClaim[] } : null;
}

const BATCH_ROWS = 500;
/** How a claim-only release is marked: it has no papers, and a dataset file of its version replaces it. */
export const SUMMARY_EXTRACTOR = "summary from data/versions";

/** Stores a summary as a claim-only release; false when the version is already known or the file is not a summary. */
export async function importVersionSummary(store: Store, path: string): Promise<boolean> {
  let summary: VersionSummary | null;
  try {
    summary = parseVersionSummary(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    summary = null;
  }
  if (!summary || (await releaseByVersion(store, summary.version))) return false;
  const { version, claims } = summary;
  try {
    await store.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("releases")
        .values({ version, created_at: new Date().toISOString(), extractor_version: SUMMARY_EXTRACTOR, paper_count: 0, claim_count: claims.length })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (let i = 0; i < claims.length; i += BATCH_ROWS) {
        const rows = claims.slice(i, i + BATCH_ROWS).map(([claimId, kind, value, min], j) => ({
          release_id: id,
          id: claimId,
          paper_id: claimId.split(":")[0] ?? claimId,
          position: i + j,
          kind,
          value,
          min: min ?? null,
          status: null,
          data: "{}",
        }));
        await trx.insertInto("claims").values(rows).execute();
      }
    });
  } catch (e) {
    // Another process imported the same summary first.
    if (await releaseByVersion(store, version)) return false;
    throw e;
  }
  return true;
}

/** Imports every summary in a data/versions directory the database does not hold yet. */
export async function importVersionSummaries(store: Store, dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let imported = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    if (await importVersionSummary(store, join(dir, name))) imported++;
  }
  return imported;
}
