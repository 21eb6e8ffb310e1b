import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateStore, openStore, runPostgresStatement, type Store, type StoreConfig } from "@/lib/store/connection";

/*
 * The data-layer tests run against both databases: a new SQLite file, and a new PostgreSQL
 * database per test (on DATABASE_URL's server, default the local one), so parallel runs never
 * share state. Each `fresh()` is dropped again by `cleanup()`.
 */
export const POSTGRES_ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const DATABASE_KINDS = ["sqlite", "postgres"] as const;
export type TestKind = (typeof DATABASE_KINDS)[number];

let counter = 0;
const cleanups: (() => Promise<void>)[] = [];

const adminQuery = (statement: string) => runPostgresStatement(POSTGRES_ADMIN_URL, statement);

/** A configuration for an empty database of this kind. */
export async function freshConfig(kind: TestKind): Promise<StoreConfig> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "claimscope-store-"));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    return { kind: "sqlite", file: join(dir, "claims.db") };
  }
  const name = `claimscope_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await adminQuery(`create database ${name}`);
  cleanups.push(() => adminQuery(`drop database if exists ${name} with (force)`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { kind: "postgres", url: url.toString() };
}

export async function freshStore(kind: TestKind, migrate = true): Promise<Store> {
  const store = openStore(await freshConfig(kind));
  cleanups.unshift(() => store.db.destroy());
  if (migrate) await migrateStore(store);
  return store;
}

export async function cleanup(): Promise<void> {
  for (const c of cleanups.splice(0)) await c().catch(() => undefined);
}
