import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Dataset } from "./schema";
import { formatSnapshot, parseSnapshot, snapshotOf, type VersionSnapshot } from "./version-snapshot";
import { writeFileAtomic } from "./write-atomic";

/** Where version summaries live: next to the dataset, in data/versions/ (or CLAIMSCOPE_VERSIONS). */
export function versionsDir(): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CLAIMSCOPE_VERSIONS ?? "data/versions");
}

/** The summary of a past version, or null when none was kept. `version` is hex (url-state checks it). */
export function readVersionSnapshot(version: string): VersionSnapshot | null {
  if (!/^[0-9a-f]{6,64}$/.test(version)) return null;
  const path = join(versionsDir(), `${version}.json`);
  if (!existsSync(path)) return null;
  try {
    const snapshot = parseSnapshot(JSON.parse(readFileSync(path, "utf8")));
    return snapshot?.version === version ? snapshot : null;
  } catch {
    return null;
  }
}

/** Writes the summary of a dataset version (scripts/snapshot-version.ts; extraction may call it too). */
export function writeVersionSnapshot(dataset: Pick<Dataset, "version" | "claims">, dir = versionsDir()): string {
  const path = join(dir, `${dataset.version}.json`);
  writeFileAtomic(path, formatSnapshot(snapshotOf(dataset)));
  return path;
}
