import { resolve } from "node:path";
import type { DatasetIndex } from "./dataset-index";
import { loadServedDataset, servedRelease, servedStore } from "../store/served-dataset";
import type { Store } from "../store/connection";

/**
 * The only place the dashboard reads data: the current release in the database plus approved
 * corrections (lib/store/served-dataset.ts). The database is seeded from data/claims.json
 * (CLAIMSCOPE_DATA) the first time, and again whenever that file holds a version it lacks.
 */

export function datasetPath(): string {
  // turbopackIgnore: the path is chosen at run time, so the bundler must not trace it.
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CLAIMSCOPE_DATA ?? "data/claims.json");
}

export function loadDataset(): Promise<DatasetIndex> {
  return loadServedDataset(datasetPath());
}

/** The database the served dataset lives in, for the corrections routes. */
export function datasetStore(): Promise<Store> {
  return servedStore(datasetPath());
}

/** The served release and corrections as one key (lib/http/view-response-cache.ts). */
export function servedReleaseKey(): Promise<{ version: string; key: string } | null> {
  return servedRelease(datasetPath());
}
