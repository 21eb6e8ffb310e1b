import { sql, type Kysely, type Migration } from "kysely";
import type { DatabaseKind } from "../connection";

/* Releases, their papers and claims, the corrections queue and the one-row store state. */
export function initialSchema(kind: DatabaseKind): Migration {
  return {
    async up(db: Kysely<any>) {
      // The one difference between the two databases: how a table numbers its rows.
      const id = (table: string) =>
        db.schema
          .createTable(table)
          .addColumn("id", kind === "postgres" ? "serial" : "integer", (c) => (kind === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()));
      await id("releases")
        .addColumn("version", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("extractor_version", "text", (c) => c.notNull())
        .addColumn("paper_count", "integer", (c) => c.notNull())
        .addColumn("claim_count", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("papers")
        .addColumn("release_id", "integer", (c) => c.notNull().references("releases.id").onDelete("cascade"))
        .addColumn("id", "text", (c) => c.notNull())
        // Order as extracted: served in the same order the dataset file lists them.
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("papers_pk", ["release_id", "id"])
        .execute();
      await db.schema.createIndex("papers_order").on("papers").columns(["release_id", "position"]).execute();
      await db.schema
        .createTable("claims")
        .addColumn("release_id", "integer", (c) => c.notNull().references("releases.id").onDelete("cascade"))
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("paper_id", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("value", "double precision")
        .addColumn("min", "double precision")
        .addColumn("status", "text")
        .addColumn("data", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("claims_pk", ["release_id", "id"])
        .execute();
      await db.schema.createIndex("claims_order").on("claims").columns(["release_id", "position"]).execute();
      await id("corrections")
        .addColumn("claim_id", "text", (c) => c.notNull())
        .addColumn("paper_id", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("evidence", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("fields", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("submitter", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("reviewer_note", "text")
        .addColumn("decided_at", "text")
        .execute();
      await db.schema.createIndex("corrections_status").on("corrections").columns(["status", "id"]).execute();
      await db.schema.createIndex("corrections_paper").on("corrections").columns(["paper_id"]).execute();
      await db.schema
        .createTable("store_state")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("current_release_id", "integer", (c) => c.references("releases.id"))
        .addColumn("revision", "integer", (c) => c.notNull())
        .execute();
      await sql`insert into store_state (id, current_release_id, revision) values (1, null, 0)`.execute(db);
    },
    async down(db: Kysely<any>) {
      for (const table of ["store_state", "corrections", "claims", "papers", "releases"]) await db.schema.dropTable(table).execute();
    },
  };
}
