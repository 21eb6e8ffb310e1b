/*
 * npx tsx scripts/make-synthetic-papers.ts --out /tmp/papers.jsonl [--papers 100000] [--seed 1]
 * Writes a JSON Lines corpus of synthetic papers recombined from the seed sentences with
 * numbers varied, for the scale benchmark. Streams to disk; never committed.
 */
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { readSeedPapers } from "../lib/bench/seed-corpus";
import { seededRandom } from "../lib/bench/seeded-random";
import { sentencePool, syntheticPaper } from "../lib/bench/synthetic-papers";

const { values } = parseArgs({
  options: { out: { type: "string" }, papers: { type: "string", default: "100000" }, seed: { type: "string", default: "1" } },
});
if (!values.out) {
  console.error("--out <file> is required");
  process.exit(2);
}
const count = Number(values.papers);
if (!Number.isInteger(count) || count <= 0) {
  console.error(`--papers: expected a positive integer, got "${values.papers}"`);
  process.exit(2);
}
const source = sentencePool(readSeedPapers("seeds"));
const random = seededRandom(Number(values.seed));
const out = createWriteStream(values.out);
for (let i = 0; i < count; i++) {
  if (!out.write(`${JSON.stringify(syntheticPaper(source, i, random))}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
}
out.end(() => console.error(`wrote ${count} papers to ${values.out}`));
