/*
 * npm run db:migrate [-- --data data/claims.json]
 * Applies the migrations in lib/store/migrations/ not yet applied to the configured database
 * (DATABASE_URL, CLAIMSCOPE_DB, or the SQLite file beside --data), then makes the dataset file
 * the current release if the database lacks it. The server does the same on start.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { migrateStore, openStore, storeConfig } from "../lib/store/connection";
import { importDatasetFileIfNew } from "../lib/store/dataset-import";
import { currentRelease } from "../lib/store/releases";
import { importVersionSummaries } from "../lib/store/version-summaries";

const { values } = parseArgs({ options: { data: { type: "string", default: "data/claims.json" } } });
const store = openStore(storeConfig(values.data));
try {
  const started = performance.now();
  const applied = await migrateStore(store);
  console.log(`${store.describe}: ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"} (${(performance.now() - started).toFixed(0)} ms)`);
  const summaries = await importVersionSummaries(store, join(dirname(values.data), "versions"));
  if (summaries) console.log(`imported ${summaries} version summaries from data/versions as claim-only releases`);
  if (existsSync(values.data)) {
    const imported = await importDatasetFileIfNew(store, values.data);
    if (imported) console.log(`${values.data}: release #${imported.release.id} (${imported.release.version}) is current`);
  }
  const release = await currentRelease(store);
  console.log(release ? `current release #${release.id} (${release.version}): ${release.paperCount} papers, ${release.claimCount} claims` : "no release yet: run npm run extract");
} finally {
  await store.db.destroy();
}
