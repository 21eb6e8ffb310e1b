import type { Generated } from "kysely";

/*
 * The tables, as Kysely sees them. One schema for SQLite and PostgreSQL: text, integer and
 * double precision only, timestamps as ISO-8601 text, claim and paper bodies as JSON text,
 * so both databases store and return exactly the same values.
 */

export interface ReleasesTable {
  id: Generated<number>;
  /** Content hash of papers + claims (lib/dataset/dataset-file.ts): what a `v=` link names. */
  version: string;
  created_at: string;
  extractor_version: string;
  paper_count: number;
  claim_count: number;
}

export interface PapersTable {
  release_id: number;
  id: string;
  position: number;
  /** The Paper, as JSON. */
  data: string;
}

export interface ClaimsTable {
  release_id: number;
  id: string;
  paper_id: string;
  position: number;
  kind: string;
  value: number | null;
  min: number | null;
  /** Claim status as released ("rejected" from data/overrides.json), null for extracted. */
  status: string | null;
  /** The Claim, as JSON. */
  data: string;
}

export interface CorrectionsTable {
  id: Generated<number>;
  /** The claim it targets; for an added claim, the id the new claim gets. */
  claim_id: string;
  paper_id: string;
  /** The target's kind and evidence text when submitted: an orphan can still be described and exported. */
  kind: string;
  evidence: string;
  action: string;
  /** The proposed claim fields, as JSON ("{}" for a reject). */
  fields: string;
  reason: string;
  submitter: string;
  created_at: string;
  status: string;
  reviewer_note: string | null;
  decided_at: string | null;
}

/** One row (id 1): which release is served, and a counter every change of what is served bumps. */
export interface StoreStateTable {
  id: number;
  current_release_id: number | null;
  revision: number;
}

export interface StoreTables {
  releases: ReleasesTable;
  papers: PapersTable;
  claims: ClaimsTable;
  corrections: CorrectionsTable;
  store_state: StoreStateTable;
}
