/*
 * npx tsx scripts/load-test.ts [--duration 20] [--connections 50] [--skip-100k]
 * Load on the production server over loopback only (127.0.0.1): `/`, `/api/claims?…` and
 * `/papers/[id]` at 50 concurrent connections for 20 s each, on the seed data and on a
 * 100,000-paper synthetic dataset. Prints requests/s, p50/p99 latency, 5xx and errors per
 * route; the last stdout line is JSON. Bounded in time, stops by itself. Ports: BENCH_PORT
 * (default 3391) and the one above.
 */
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildIfNeeded, startProductionServer } from "./production-server";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "20" }, connections: { type: "string", default: "50" }, "skip-100k": { type: "boolean", default: false } },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const log = (m: string) => console.error(`[load-test] ${m}`);
const PORT = Number(process.env.BENCH_PORT ?? 3391);

function firstPaperId(dataPath: string): string {
  // The id is on the first paper line of the file (one item per line); no need to parse 200 MB.
  const fd = openSync(dataPath, "r");
  const buffer = Buffer.alloc(100_000);
  const head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
  closeSync(fd);
  return /"id":"([a-z0-9-]+)"/.exec(head)![1]!;
}

async function hammer(url: string) {
  // One request first, as any server sees before a crowd: the view is computed once, then cached.
  await fetch(url).then((r) => r.arrayBuffer());
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    "5xx": result["5xx"],
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function loadDataset(label: string, port: number, dataPath: string) {
  const server = await startProductionServer(port, dataPath);
  const base = `http://127.0.0.1:${port}`;
  try {
    const routes = {
      "/": `${base}/`,
      "/api/claims?hw=GPU&kind=speedup": `${base}/api/claims?hw=GPU&kind=speedup`,
      "/papers/[id]": `${base}/papers/${firstPaperId(dataPath)}`,
    };
    const results: Record<string, unknown> = {};
    for (const [name, url] of Object.entries(routes)) {
      results[name] = await hammer(url);
      log(`${label} ${name}: ${JSON.stringify(results[name])}`);
    }
    return results;
  } finally {
    server.kill();
  }
}

async function main() {
  buildIfNeeded();
  const report: Record<string, unknown> = { connections: CONNECTIONS, durationSeconds: DURATION };
  report.seed = await loadDataset("seed", PORT, "data/claims.json");
  if (!values["skip-100k"]) {
    const dir = mkdtempSync(join(tmpdir(), "claimscope-load-"));
    try {
      const papers = join(dir, "papers.jsonl");
      const data = join(dir, "claims.json");
      spawnSync(process.execPath, ["--import", "tsx", "scripts/make-synthetic-papers.ts", "--out", papers, "--papers", "100000"], { stdio: "inherit" });
      spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--in", papers, "--out", data], { stdio: ["ignore", "ignore", "inherit"] });
      report.papers100k = await loadDataset("100k papers", PORT + 1, data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(JSON.stringify(report));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
