import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { applyCorrections } from "../curation/apply-corrections";
import { indexDataset, type DatasetIndex } from "../dataset/dataset-index";
import type { Claim, Paper } from "../schema";
import { migrateStore, openStore, storeConfig, type Store } from "./connection";
import { listCorrections } from "./corrections";
import { importDatasetFileIfNew } from "./dataset-import";
import { currentRelease, readRelease, storeRevision } from "./releases";
import { importVersionSummaries } from "./version-summaries";

/*
 * The dataset this process serves: the current release plus approved corrections, held in
 * memory as a DatasetIndex, so requests pay for filtering, never for reading. One per process
 * (kept on globalThis: Next.js bundles a module once per route group, and each copy would
 * otherwise hold its own dataset). Each request costs one stat and one one-row read; a new
 * release is read in chunks (the event loop keeps serving), approved corrections are re-applied
 * to the release already in memory.
 */

type Base = { releaseId: number; version: string; papers: Paper[]; claims: Claim[]; paperById: Map<string, Paper> };
type Served = {
  key: string;
  store: Promise<Store>;
  fileMtimeMs?: number;
  base?: Base;
  index?: { revision: number; index: DatasetIndex };
  building?: Promise<DatasetIndex>;
};

const SERVED = Symbol.for("claimscope.served-dataset");
type Holder = { [SERVED]?: Served };

async function openServedStore(datasetFile: string): Promise<Store> {
  const store = openStore(storeConfig(datasetFile));
  await migrateStore(store);
  // Links made before releases lived in the database name versions summarized in data/versions/.
  await importVersionSummaries(store, join(dirname(datasetFile), "versions"));
  return store;
}

function served(datasetFile: string): Served {
  const holder = globalThis as Holder;
  const config = storeConfig(datasetFile);
  const key = `${JSON.stringify(config)}\n${datasetFile}`;
  if (holder[SERVED]?.key !== key) {
    const previous = holder[SERVED];
    holder[SERVED] = { key, store: openServedStore(datasetFile) };
    void previous?.store.then((s) => s.db.destroy()).catch(() => undefined);
  }
  return holder[SERVED]!;
}

/** The database behind the served dataset, migrated. */
export function servedStore(datasetFile: string): Promise<Store> {
  return served(datasetFile).store;
}

/** A dataset file not yet seen (fresh clone, git pull, extraction) becomes the current release. */
async function syncDatasetFile(state: Served, store: Store, datasetFile: string): Promise<void> {
  let mtimeMs: number | undefined;
  try {
    mtimeMs = statSync(datasetFile).mtimeMs;
  } catch {
    mtimeMs = undefined;
  }
  if (mtimeMs === undefined) {
    // No file (a server on PostgreSQL fed by another host's extraction): the database alone is served.
    if (state.index) return;
    if (!(await currentRelease(store))) {
      throw new Error(`Claimscope: no dataset at ${datasetFile} and no release in ${store.describe}. Run \`npm run extract\` or set CLAIMSCOPE_DATA to a dataset file.`);
    }
    return;
  }
  if (state.fileMtimeMs === mtimeMs) return;
  await importDatasetFileIfNew(store, datasetFile);
  state.fileMtimeMs = mtimeMs;
}

async function build(state: Served, store: Store, revision: number): Promise<DatasetIndex> {
  // The release current now: if it moved since `revision` was read, so did the revision, and the next request rebuilds again.
  const release = await currentRelease(store);
  if (!release) throw new Error(`Claimscope: ${store.describe} has no current release. Run \`npm run extract\`.`);
  if (state.base?.releaseId !== release.id) {
    const { papers, claims } = await readRelease(store, release.id);
    state.base = { releaseId: release.id, version: release.version, papers, claims, paperById: new Map(papers.map((p) => [p.id, p])) };
  }
  const base = state.base;
  const approved = await listCorrections(store, { status: "approved" });
  const corrected = applyCorrections(base.paperById, base.claims, approved);
  const index = indexDataset(
    { version: base.version, papers: base.papers, claims: corrected.claims },
    { releaseId: base.releaseId, historyByClaim: corrected.historyByClaim, unappliedCorrections: corrected.unapplied },
  );
  state.index = { revision, index };
  return index;
}

export async function loadServedDataset(datasetFile: string): Promise<DatasetIndex> {
  const state = served(datasetFile);
  const store = await state.store;
  await syncDatasetFile(state, store, datasetFile);
  const { revision, releaseId } = await storeRevision(store);
  if (releaseId === null) throw new Error(`Claimscope: ${store.describe} has no current release. Run \`npm run extract\`.`);
  if (state.index?.revision === revision) return state.index.index;
  // Concurrent requests share one rebuild.
  state.building ??= build(state, store, revision).finally(() => {
    state.building = undefined;
  });
  return state.building;
}

/**
 * What the served dataset is, as a cache key: release, version and store revision (a new release
 * or an approved correction moves it). Null while a newer rebuild is being published.
 */
export async function servedRelease(datasetFile: string): Promise<{ version: string; key: string } | null> {
  const index = await loadServedDataset(datasetFile);
  const built = served(datasetFile).index;
  if (built?.index !== index) return null;
  return { version: index.version, key: `${index.releaseId ?? "file"}.${built.revision}.${index.version}` };
}
