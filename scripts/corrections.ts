/*
 * npm run corrections -- export|import|report [--file data/overrides.json] [--data data/claims.json]
 *   export  appends every approved correction to the overrides file (entries already there stay)
 *   import  stores each override as an approved correction (one already stored is skipped)
 *   report  lists pending corrections and approved ones that no longer apply to the current release
 * The database is the one the dashboard uses (lib/store/connection.ts: DATABASE_URL, CLAIMSCOPE_DB,
 * or the SQLite file beside --data). Exit 1 when an entry could not be imported or a correction
 * no longer applies; 2 for bad arguments.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { applyCorrections } from "../lib/curation/apply-corrections";
import { describeCorrection } from "../lib/curation/describe-correction";
import { correctionOfOverride, formatOverridesFile, mergeOverrides, overrideOf, sameCorrection } from "../lib/curation/overrides-exchange";
import { describeOverride } from "../lib/curation/apply-overrides";
import { parseOverrides } from "../lib/curation/read-overrides";
import { migrateStore, openStore, storeConfig, type Store } from "../lib/store/connection";
import { listCorrections, submitCorrection } from "../lib/store/corrections";
import { importDatasetFileIfNew } from "../lib/store/dataset-import";
import { currentRelease, readRelease } from "../lib/store/releases";
import { writeFileAtomic } from "../lib/dataset/write-atomic";

const USAGE = "usage: npm run corrections -- export|import|report [--file data/overrides.json] [--data data/claims.json]";

async function releaseData(store: Store, data: string) {
  if (existsSync(data)) await importDatasetFileIfNew(store, data);
  const release = await currentRelease(store);
  if (!release) throw new Error(`${store.describe} has no release; run npm run extract first`);
  const { papers, claims } = await readRelease(store, release.id);
  return { release, papers: new Map(papers.map((p) => [p.id, p])), claims };
}

async function exportCorrections(store: Store, file: string): Promise<number> {
  const approved = await listCorrections(store, { status: "approved" });
  const existing = existsSync(file) ? parseOverrides(readFileSync(file, "utf8"), file) : [];
  const { overrides, added } = mergeOverrides(existing, approved.map(overrideOf));
  writeFileAtomic(file, formatOverridesFile(overrides));
  console.log(`${file}: ${added} correction(s) added, ${overrides.length} override(s) in all`);
  return 0;
}

async function importCorrections(store: Store, file: string, data: string): Promise<number> {
  const overrides = parseOverrides(readFileSync(file, "utf8"), file);
  const { papers, claims } = await releaseData(store, data);
  const stored = await listCorrections(store, { status: "approved" });
  let imported = 0;
  let failed = 0;
  for (const [index, o] of overrides.entries()) {
    const result = correctionOfOverride(o, index, papers, claims, file);
    if (!result.ok) {
      failed++;
      console.error(`warning: ${file}: ${describeOverride(index, o)} was not imported: ${result.problem}`);
      continue;
    }
    if (stored.some((s) => sameCorrection(result.correction, s))) continue;
    stored.push(await submitCorrection(store, result.correction));
    imported++;
  }
  console.log(`${file}: ${imported} imported as approved corrections, ${overrides.length - imported - failed} already stored, ${failed} not imported`);
  return failed ? 1 : 0;
}

async function report(store: Store, data: string): Promise<number> {
  const { release, papers, claims } = await releaseData(store, data);
  const pending = await listCorrections(store, { status: "pending" });
  const approved = await listCorrections(store, { status: "approved" });
  const { unapplied } = applyCorrections(papers, claims, approved);
  console.log(`release #${release.id} (${release.version}): ${pending.length} pending, ${approved.length - unapplied.length} approved and applied, ${unapplied.length} approved but no longer applying`);
  for (const c of pending) console.log(`pending: ${describeCorrection(c)}: ${c.reason}`);
  for (const u of unapplied) console.error(`warning: ${describeCorrection(u.correction)} no longer applies: ${u.problem}`);
  return unapplied.length ? 1 : 0;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { file: { type: "string", default: "data/overrides.json" }, data: { type: "string", default: "data/claims.json" }, help: { type: "boolean" } } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...extra] = parsed.positionals;
  if (!command || !["export", "import", "report"].includes(command) || extra.length) {
    console.error(`${command ? `unknown command "${[command, ...extra].join(" ")}"` : "no command"}\n${USAGE}`);
    return 2;
  }
  const { file, data } = parsed.values;
  if (command === "import" && !existsSync(file)) {
    console.error(`--file: no such file: ${file}`);
    return 2;
  }
  const store = openStore(storeConfig(data));
  try {
    await migrateStore(store);
    if (command === "export") return await exportCorrections(store, file);
    if (command === "import") return await importCorrections(store, file, data);
    return await report(store, data);
  } finally {
    await store.db.destroy();
  }
}

process.exitCode = await main();
