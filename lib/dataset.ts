import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { indexDataset, type DatasetIndex } from "./dataset-index";
import { Dataset } from "./schema";

/**
 * The only place the dashboard reads data. Server-only by construction (node:fs);
 * the dataset is validated once per file version and kept in memory, so requests
 * pay for filtering, never for parsing.
 */

export function datasetPath(): string {
  // turbopackIgnore: the path is chosen at run time, so the bundler must not trace it.
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CLAIMSCOPE_DATA ?? "data/claims.json");
}

let cached: { path: string; mtimeMs: number; index: DatasetIndex } | null = null;

export function loadDataset(): DatasetIndex {
  const path = datasetPath();
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    throw new Error(`Claimscope: no dataset at ${path}. Run \`npm run extract\` or set CLAIMSCOPE_DATA to a dataset file.`);
  }
  // A regenerated file (npm run extract while the server runs) is picked up without a restart.
  if (cached && cached.path === path && cached.mtimeMs === mtimeMs) return cached.index;
  const result = Dataset.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(
      `Claimscope: ${path} is not a valid dataset (${result.error.issues.length} issues; first at ${first?.path.join(".")}: ${first?.message}).`,
    );
  }
  cached = { path, mtimeMs, index: indexDataset(result.data) };
  return cached.index;
}
