/**
 * Writes a deterministic synthetic dataset (valid against the Dataset schema).
 * Usage: npx tsx scripts/make-synthetic-dataset.ts <out.json> [--claims 20000] [--seed 1]
 * Generated data is for development and benchmarks only: never commit it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { Dataset } from "../lib/schema";
import { makeSyntheticDataset } from "../lib/bench/synthetic-dataset";

function readFlag(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} expects a non-negative integer, got "${args[index + 1]}"`);
  }
  return value;
}

const args = process.argv.slice(2);
const out = args.find((a, i) => !a.startsWith("--") && !(args[i - 1] ?? "").startsWith("--"));
if (!out) {
  console.error("usage: tsx scripts/make-synthetic-dataset.ts <out.json> [--claims 20000] [--seed 1]");
  process.exit(2);
}
const dataset = makeSyntheticDataset({ claims: readFlag(args, "claims", 20000), seed: readFlag(args, "seed", 1) });
// Validate before writing so a generator bug never produces a file the dashboard rejects.
Dataset.parse(dataset);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(dataset));
console.log(`wrote ${dataset.claims.length} claims, ${dataset.papers.length} papers to ${out}`);
