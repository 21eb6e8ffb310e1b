/*
 * Data-layer benchmark (not a test): for generated datasets of 10,000 and 100,000 papers
 * (and 1,000,000 with --1m), on SQLite and on PostgreSQL: time to migrate an empty database
 * and load one release, the server's time to its first answer and its memory once serving,
 * and p50/p99 latency of `/`, the API and a paper page (loopback only, bounded in time).
 * Usage: npx tsx scripts/bench-store.ts [--1m] [--sizes 10000,100000] [--duration 5] [--skip-postgres]
 * The last stdout line is one JSON object.
 */
import autocannon from "autocannon";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { migrateStore, openStore, runPostgresStatement, type StoreConfig } from "../lib/store/connection";
import { writeRelease } from "../lib/store/releases";
import type { Claim, Paper } from "../lib/schema";
import { makeSyntheticDataset } from "../lib/bench/synthetic-dataset";
import { buildIfNeeded, startProductionServer } from "./production-server";

const { values } = parseArgs({
  options: {
    "1m": { type: "boolean", default: false },
    sizes: { type: "string" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    "skip-postgres": { type: "boolean", default: false },
  },
});
const SIZES = values.sizes ? values.sizes.split(",").map(Number) : [10_000, 100_000, ...(values["1m"] ? [1_000_000] : [])];
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const PORT = Number(process.env.BENCH_PORT ?? 3391);
const CLAIMS_PER_PAPER = 3.5; // makeSyntheticDataset draws 1–6 claims per paper
/** Papers per generated chunk: a whole 1M-paper dataset would not fit one string for its content hash, nor the heap twice. */
const CHUNK_PAPERS = 100_000;
/** The server holds the release in memory: at 1M papers it needs more than Node's default heap. */
const SERVER_HEAP_MB = 16_384;

type Generated = { version: string; papers: number; claims: number; paperId: string; items: () => { papers: Iterable<Paper>; claims: Iterable<Claim> } };

/**
 * `papers` papers in chunks of CHUNK_PAPERS, each chunk its own seed with ids prefixed by the
 * chunk number; generated again on each pass, so the whole dataset is never held at once.
 */
function generated(papers: number): Generated {
  const chunks = Math.ceil(papers / CHUNK_PAPERS);
  const chunk = (k: number) => {
    const size = Math.min(CHUNK_PAPERS, papers - k * CHUNK_PAPERS);
    const d = makeSyntheticDataset({ claims: Math.round(size * CLAIMS_PER_PAPER), seed: 10 + k });
    const rename = (id: string) => (chunks === 1 ? id : `c${k}-${id}`);
    return { papers: d.papers.map((p) => ({ ...p, id: rename(p.id) })), claims: d.claims.map((c) => ({ ...c, id: rename(c.id), paperId: rename(c.paperId) })), version: d.version };
  };
  const first = chunk(0);
  let paperCount = 0;
  let claimCount = 0;
  for (let k = 0; k < chunks; k++) {
    const c = k === 0 ? first : chunk(k);
    paperCount += c.papers.length;
    claimCount += c.claims.length;
  }
  const pass = function* <T>(pick: (c: ReturnType<typeof chunk>) => T[]): Generator<T> {
    for (let k = 0; k < chunks; k++) yield* pick(k === 0 ? first : chunk(k));
  };
  return {
    version: chunks === 1 ? first.version : `bench-${papers}-${first.version}`,
    papers: paperCount,
    claims: claimCount,
    paperId: first.papers[Math.floor(first.papers.length / 2)]!.id,
    items: () => ({ papers: pass((c) => c.papers), claims: pass((c) => c.claims) }),
  };
}
const log = (m: string) => console.error(`[bench-store] ${m}`);
const seconds = (ms: number) => Math.round(ms / 10) / 100;

const admin = (statement: string) => runPostgresStatement(ADMIN_URL, statement);

/** Resident memory of the server process and its children, in MB. */
function serverMemoryMB(pid: number): number {
  const rss = (p: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    /* no children file */
  }
  return Math.round([pid, ...children].reduce((n, p) => n + rss(p), 0) / 1024);
}

async function latency(url: string) {
  await fetch(url).then((r) => r.arrayBuffer());
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { p50Ms: r.latency.p50, p99Ms: r.latency.p99, requestsPerSecond: Math.round(r.requests.average), non2xx: r.non2xx, errors: r.errors };
}

async function benchOne(kind: "sqlite" | "postgres", papers: number, dataset: Generated) {
  const dir = mkdtempSync(join(tmpdir(), "claimscope-bench-store-"));
  const dbName = `claimscope_bench_${process.pid}_${papers}`;
  let config: StoreConfig;
  if (kind === "postgres") {
    await admin(`drop database if exists ${dbName} with (force)`);
    await admin(`create database ${dbName}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    config = { kind: "postgres", url: url.toString() };
  } else {
    config = { kind: "sqlite", file: join(dir, "claims.db") };
  }
  let server: ChildProcess | undefined;
  try {
    const store = openStore(config);
    let started = performance.now();
    await migrateStore(store);
    const migrateMs = performance.now() - started;
    started = performance.now();
    await writeRelease(store, { version: dataset.version, extractorVersion: "bench", ...dataset.items() });
    const loadMs = performance.now() - started;
    await store.db.destroy();
    log(`${kind} ${papers} papers: migrate ${seconds(migrateMs)} s, load ${seconds(loadMs)} s`);

    // The server reads the release from the database (no dataset file): its first answer includes that read.
    const heap = { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${SERVER_HEAP_MB}`.trim() };
    const env: Record<string, string> = config.kind === "postgres" ? { DATABASE_URL: config.url, CLAIMSCOPE_DB: "", ...heap } : { DATABASE_URL: "", CLAIMSCOPE_DB: config.file, ...heap };
    started = performance.now();
    server = await startProductionServer(PORT, join(dir, "no-file.json"), 600_000, env);
    const firstAnswerMs = performance.now() - started;
    const base = `http://127.0.0.1:${PORT}`;
    const paperId = dataset.paperId;
    const routes = { "/": `${base}/`, "/api/claims?hw=GPU&kind=speedup": `${base}/api/claims?hw=GPU&kind=speedup`, "/papers/[id]": `${base}/papers/${paperId}` };
    const results: Record<string, unknown> = {};
    for (const [name, url] of Object.entries(routes)) {
      results[name] = await latency(url);
      log(`${kind} ${papers} ${name}: ${JSON.stringify(results[name])}`);
    }
    const memoryMB = serverMemoryMB(server.pid!);
    return { migrateS: seconds(migrateMs), loadS: seconds(loadMs), serverFirstAnswerS: seconds(firstAnswerMs), serverMemoryMB: memoryMB, routes: results };
  } finally {
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    if (kind === "postgres") await admin(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

buildIfNeeded();
const report: Record<string, unknown> = {};
for (const papers of SIZES) {
  log(`generating ${papers} papers…`);
  const dataset = generated(papers);
  log(`${dataset.papers} papers, ${dataset.claims} claims`);
  const row: Record<string, unknown> = { papers: dataset.papers, claims: dataset.claims };
  const kinds: ("sqlite" | "postgres")[] = values["skip-postgres"] ? ["sqlite"] : ["sqlite", "postgres"];
  for (const kind of kinds) {
    try {
      row[kind] = await benchOne(kind, papers, dataset);
    } catch (e) {
      row[kind] = { error: (e as Error).message };
      log(`${kind} ${papers}: ${(e as Error).message}`);
    }
  }
  report[String(papers)] = row;
}
console.log(JSON.stringify(report));
