/**
 * Keeps a small summary of the current dataset version in data/versions/<version>.json,
 * so links made on this version can later say what changed (issue #6).
 *
 *   npx tsx scripts/snapshot-version.ts [dataset.json] [--out data/versions]
 *
 * Extraction can call `writeVersionSnapshot` (lib/version-snapshots.ts) after writing the dataset.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Dataset } from "../lib/schema";
import { writeVersionSnapshot } from "../lib/version-snapshots";

const argv = process.argv.slice(2);
const outAt = argv.indexOf("--out");
const dir = outAt >= 0 ? resolve(argv[outAt + 1] ?? "data/versions") : undefined;
const input = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--out") ?? "data/claims.json";
const dataset = Dataset.parse(JSON.parse(readFileSync(resolve(input), "utf8")));
const path = writeVersionSnapshot(dataset, dir);
console.log(`snapshot of ${dataset.version} (${dataset.claims.length} claims) → ${path}`);
