import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { basename } from "node:path";
import { Dataset } from "../schema";
import type { Store } from "./connection";
import { currentRelease, releaseByVersion, releaseHasPapers, writeRelease, type ReleaseRow, type WriteReleaseOptions } from "./releases";
import { SUMMARY_EXTRACTOR } from "./version-summaries";

/*
 * data/claims.json → a release. The file is what `npm run extract` exports and git keeps;
 * a version the database has not seen becomes the current release, in one transaction. So a
 * fresh clone, a `git pull` with new data or an extraction all end with the file's data served.
 */

const HEADER_BYTES = 256;
const VERSION_HEADER = /^\s*\{\s*"version"\s*:\s*"([^"\\]{1,128})"/;

/** The `version` a dataset file starts with, read from its first bytes; null when it does not start with one. */
export function datasetFileVersion(path: string): string | null {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    return VERSION_HEADER.exec(buffer.subarray(0, read).toString("utf8"))?.[1] ?? null;
  } finally {
    closeSync(fd);
  }
}

/** Reads and validates a whole dataset file; the error names the file and the first bad item. */
export function readDatasetFile(path: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new Error(`Claimscope: ${path} is not valid JSON (${(e as Error).message}).`);
  }
  const result = Dataset.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`Claimscope: ${path} is not a valid dataset (${result.error.issues.length} issues; first at ${first?.path.join(".")}: ${first?.message}).`);
  }
  return result.data;
}

export type ImportOutcome = { release: ReleaseRow; created: boolean };

/**
 * Makes the file's version the current release, importing it when the database lacks it.
 * Two processes importing the same file at once: one writes, the other finds it written.
 */
export async function importDatasetFile(store: Store, path: string, extractorVersion?: string, options: WriteReleaseOptions = {}): Promise<ImportOutcome> {
  const version = datasetFileVersion(path);
  const known = version ? await releaseByVersion(store, version) : null;
  // A known release made current again gets its papers back from the file (releases.ts, makeReleaseCurrent).
  if (known && known.extractorVersion !== SUMMARY_EXTRACTOR) return writeRelease(store, { version: known.version, extractorVersion: known.extractorVersion, papers: readDatasetFile(path).papers, claims: [] });
  // A claim-only summary of this version (data/versions) gives way to the full release.
  if (known) await store.db.deleteFrom("releases").where("id", "=", known.id).execute();
  const dataset = readDatasetFile(path);
  const input = { version: dataset.version, extractorVersion: extractorVersion ?? `imported from ${basename(path)}`, papers: dataset.papers, claims: dataset.claims };
  try {
    return await writeRelease(store, input, options);
  } catch (e) {
    const raced = await releaseByVersion(store, dataset.version);
    if (raced) return writeRelease(store, { ...input, papers: [], claims: [] });
    throw e;
  }
}

/** Imports the file only when its version is not yet a release; a known version is left as it is. */
export async function importDatasetFileIfNew(store: Store, path: string): Promise<ImportOutcome | null> {
  const version = datasetFileVersion(path);
  const known = version ? await releaseByVersion(store, version) : null;
  // A known release is left as it is, unless it is the current one and lost its papers (a database
  // written before makeReleaseCurrent restored them): then the file gives them back.
  if (known && known.extractorVersion !== SUMMARY_EXTRACTOR && ((await currentRelease(store))?.id !== known.id || (await releaseHasPapers(store, known.id)))) return null;
  return importDatasetFile(store, path);
}
