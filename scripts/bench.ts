/*
 * npm run bench [-- --skip-dashboard --skip-scale --skip-store --store-1m --skip-hardening]
 * Extraction throughput on the seed corpus repeated to ≥ 50 MB (single thread), linearity
 * across sizes, throughput on hostile 1 MB inputs, the data-layer run (scripts/bench-store.ts:
 * SQLite and PostgreSQL at 10k and 100k papers, 1M with --store-1m), then the dashboard and
 * hardening (scripts/bench-hardening.ts) benchmarks. The last
 * stdout line is one JSON object holding every figure, starting with {"extractMBps": …}.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractClaims } from "../lib/extract";
import { classifyModelFamily, tagTechniques } from "../lib/classify/tag-paper";
import { readSeedPapers, repeatPapers, textBytes } from "../lib/bench/seed-corpus";
import { HOSTILE_INPUT_NAMES, hostileInput } from "../lib/bench/hostile-inputs";

const MB = 1e6;
const CORPUS_BYTES = 50 * MB;
const log = (message: string) => console.error(`[bench] ${message}`);

/** CPU time of the process, so that other load on the machine does not count against us. */
function cpuSeconds<T>(work: () => T): { seconds: number; result: T } {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return { seconds: (used.user + used.system) / 1e6, result };
}
const round = (x: number) => Math.round(x * 100) / 100;

const seeds = readSeedPapers("seeds");
// Warm the JIT so the measured megabytes are not compilation time: V8 keeps optimizing the
// extractor's functions and regexes over the first few megabytes (one pass was not enough: the
// first 50 MB then ran a fifth slower than the same text measured right after).
for (let pass = 0; pass < 8; pass++) for (const p of seeds) extractClaims(p);

const corpus = repeatPapers(seeds, CORPUS_BYTES);
const bytes = textBytes(corpus);
const extraction = cpuSeconds(() => corpus.reduce((n, p) => n + extractClaims(p).length, 0));
const tagging = cpuSeconds(() => corpus.forEach((p) => (tagTechniques(p.title, p.abstract), classifyModelFamily(p.title, p.abstract))));
const extractMBps = round(bytes / MB / extraction.seconds);
const tagMBps = round(bytes / MB / tagging.seconds);
const pipelineMBps = round(bytes / MB / (extraction.seconds + tagging.seconds));
log(`corpus ${(bytes / MB).toFixed(1)} MB, ${corpus.length} papers, ${extraction.result} claims`);
log(`claim extraction ${extractMBps} MB/s, tagging ${tagMBps} MB/s, both ${pipelineMBps} MB/s (CPU time, one thread)`);
// One regex over the same text in the same run: the machine is shared, so the ratio is what compares across runs.
const REFERENCE_SCAN = /\d+(?:\.\d+)?\s?(?:%|×|x\b|times)/g;
const reference = cpuSeconds(() => corpus.reduce((n, p) => n + (p.title.match(REFERENCE_SCAN)?.length ?? 0) + (p.abstract.match(REFERENCE_SCAN)?.length ?? 0), 0));
const referenceMBps = round(bytes / MB / reference.seconds);
const extractToReference = Math.round((extractMBps / referenceMBps) * 1e4) / 1e4;
log(`one-regex pass over the same corpus ${referenceMBps} MB/s; extraction runs at ${extractToReference} of it`);

// Linear in input size: the same rate at an eighth, a quarter and half of the corpus.
const linearity = [1 / 8, 1 / 4, 1 / 2].map((fraction) => {
  const part = corpus.slice(0, Math.floor(corpus.length * fraction));
  const { seconds } = cpuSeconds(() => part.forEach((p) => extractClaims(p)));
  return { mb: round(textBytes(part) / MB), mbps: round(textBytes(part) / MB / seconds) };
});
log(`linearity: ${linearity.map((l) => `${l.mb} MB → ${l.mbps} MB/s`).join(", ")}`);

const hostile = Object.fromEntries(
  HOSTILE_INPUT_NAMES.map((name) => {
    const abstract = hostileInput(name, 1_000_000);
    const { seconds } = cpuSeconds(() => extractClaims({ id: "hostile", title: name, abstract }));
    log(`hostile ${name}: ${round(1 / seconds)} MB/s`);
    return [name, round(1 / seconds)];
  }),
);

/*
 * Scale: `npm run extract` on 100,000 synthetic papers (seed sentences recombined, numbers
 * varied) in a child process, which reports its own papers/s, MB/s and peak memory.
 */
const SCALE_PAPERS = 100_000;
let scale: unknown = "skipped";
if (!process.argv.includes("--skip-scale")) {
  const dir = mkdtempSync(join(tmpdir(), "claimscope-scale-"));
  try {
    const corpus = join(dir, "papers.jsonl");
    log(`scale: generating ${SCALE_PAPERS} synthetic papers…`);
    spawnSync(process.execPath, ["--import", "tsx", "scripts/make-synthetic-papers.ts", "--out", corpus, "--papers", String(SCALE_PAPERS)], { stdio: "inherit" });
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--in", corpus, "--out", join(dir, "claims.json")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const figures = /throughput: (\d+) papers\/s, ([\d.]+) MB\/s .*peak memory (\d+) MB/.exec(run.stdout);
    scale = figures
      ? { papers: SCALE_PAPERS, inputMB: round(statSync(corpus).size / MB), papersPerSecond: Number(figures[1]), MBps: Number(figures[2]), peakMemoryMB: Number(figures[3]) }
      : { error: `extract exited ${run.status}: ${run.stdout.slice(-300)}` };
    log(`scale: ${JSON.stringify(scale)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let store: unknown = "skipped";
if (!process.argv.includes("--skip-store")) {
  log("data-layer benchmark (SQLite and PostgreSQL)…");
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-store.ts", ...(process.argv.includes("--store-1m") ? ["--1m"] : [])], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * MB,
  });
  try {
    store = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "");
  } catch {
    store = { error: `bench-store exited ${run.status} without a JSON line` };
  }
}

let dashboard: unknown = "skipped";
if (!process.argv.includes("--skip-dashboard")) {
  log("dashboard benchmark (production build in Chromium)…");
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-dashboard.ts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * MB,
  });
  const last = run.stdout.trim().split("\n").at(-1) ?? "";
  try {
    dashboard = JSON.parse(last);
  } catch {
    dashboard = { error: `bench-dashboard exited ${run.status} without a JSON line` };
  }
}

let hardening: unknown = "skipped";
if (!process.argv.includes("--skip-hardening")) {
  log("hardening benchmark (one-word abstracts, preview burst on the production build)…");
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-hardening.ts"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  try {
    hardening = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "");
  } catch {
    hardening = { error: `bench-hardening exited ${run.status} without a JSON line` };
  }
}

console.log(
  JSON.stringify({
    extractMBps,
    tagMBps,
    pipelineMBps,
    referenceMBps,
    extractToReference,
    corpusMB: round(bytes / MB),
    papers: corpus.length,
    claims: extraction.result,
    linearity,
    hostileMBps: hostile,
    scale,
    store,
    dashboard,
    hardening,
  }),
);
