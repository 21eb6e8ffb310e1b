import { applyCorrections } from "../curation/apply-corrections";
import { describeCorrection } from "../curation/describe-correction";
import { migrateStore, openStore, storeConfig, type Store, type StoreConfig } from "./connection";
import { listCorrections } from "./corrections";
import { importDatasetFile } from "./dataset-import";
import { readRelease } from "./releases";

const PROGRESS_ROWS = 20_000;

export type RunLog = { log: (line: string) => void; error: (line: string) => void };

/**
 * After `npm run extract` (or ingest) wrote the dataset file: make it the current release in
 * one transaction, then report every approved correction the new release no longer carries a
 * claim for, so a reviewer updates it instead of it vanishing.
 */
export async function publishRelease(
  datasetFile: string,
  extractorVersion: string,
  io: RunLog = console,
  config: StoreConfig = storeConfig(datasetFile),
): Promise<{ releaseId: number; unapplied: number }> {
  const store: Store = openStore(config);
  try {
    await migrateStore(store);
    let reported = 0;
    const onProgress = (rows: number) => {
      if (rows - reported < PROGRESS_ROWS) return;
      reported = rows;
      io.log(`release: ${rows} rows written…`);
    };
    const { release, created } = await importDatasetFile(store, datasetFile, extractorVersion, { onProgress });
    io.log(`${created ? "release" : "unchanged release"} #${release.id} (${release.version}) is current in ${store.describe}: ${release.paperCount} papers, ${release.claimCount} claims`);
    const { papers, claims } = await readRelease(store, release.id);
    const approved = await listCorrections(store, { status: "approved" });
    const { unapplied } = applyCorrections(new Map(papers.map((p) => [p.id, p])), claims, approved);
    if (approved.length) io.log(`corrections: ${approved.length - unapplied.length} approved apply, ${unapplied.length} no longer apply`);
    for (const u of unapplied) io.error(`warning: ${describeCorrection(u.correction)} no longer applies: ${u.problem}`);
    return { releaseId: release.id, unapplied: unapplied.length };
  } finally {
    await store.db.destroy();
  }
}
