import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations";
import type { StoreTables } from "./tables";

/*
 * Which database, and the one connection to it. SQLite (one file, WAL) unless DATABASE_URL
 * is set, then PostgreSQL. Nothing outside lib/store/ knows which it is.
 */

export type DatabaseKind = "sqlite" | "postgres";
export type StoreConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };
export type Store = { kind: DatabaseKind; db: Kysely<StoreTables>; describe: string };

/**
 * DATABASE_URL → PostgreSQL; else CLAIMSCOPE_DB; else a file beside the dataset it is seeded
 * from (data/claims.json → data/claims.db), so a server pointed at another dataset with
 * CLAIMSCOPE_DATA gets its own database.
 */
export function storeConfig(datasetFile: string, env: Record<string, string | undefined> = process.env): StoreConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const file = env.CLAIMSCOPE_DB || datasetFile.replace(/\.json$/i, "") + ".db";
  return { kind: "sqlite", file: file === ":memory:" ? file : resolve(/*turbopackIgnore: true*/ process.cwd(), file) };
}

/** Host and database of a URL, never its password, for logs and errors. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `postgresql ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "postgresql (DATABASE_URL is not a URL)";
  }
}

export function openStore(config: StoreConfig): Store {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    return { kind: "postgres", db: new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) }), describe: describeUrl(config.url) };
  }
  if (config.file !== ":memory:") mkdirSync(dirname(config.file), { recursive: true });
  const sqlite = new Database(config.file);
  // WAL: readers never wait for the writer; a killed writer's transaction is simply not there.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  // Two processes writing at once (a server and `npm run extract`) wait for each other, not fail.
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("foreign_keys = ON");
  return { kind: "sqlite", db: new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: sqlite }) }), describe: `sqlite ${config.file}` };
}

/** Applies every migration not yet applied; throws naming the one that failed. */
export async function migrateStore(store: Store): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider: migrationProvider(store.kind) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${store.describe}: migration ${failed?.migrationName ?? "(before any migration)"} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * One statement on a PostgreSQL server through a short-lived client, outside any store:
 * "create database" and "drop database" cannot run inside the pool's transactions.
 */
export async function runPostgresStatement(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
