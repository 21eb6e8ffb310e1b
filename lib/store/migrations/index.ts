import type { Migration, MigrationProvider } from "kysely";
import type { DatabaseKind } from "../connection";
import { initialSchema } from "./0001-initial";

/*
 * Every migration, in order, by name. Listed in code rather than read from a folder at run
 * time, so the Next.js server bundle carries them. A new migration is a new file and a new row;
 * a released one is never edited.
 */
export function migrationProvider(kind: DatabaseKind): MigrationProvider {
  const migrations: Record<string, Migration> = {
    "0001-initial": initialSchema(kind),
  };
  return { getMigrations: async () => migrations };
}
