import { spawn, spawnSync } from "node:child_process";
import { chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_NAME } from "@/lib/ingest/data-lock";

/*
 * Ingest as separate processes, as people run it: two at once, killed at each step of the
 * commit, and without permission to write. The invariant checked everywhere: the files in
 * sources/ are exactly the corpus files claims.json was built from.
 */

const SEED = "seeds/003_fbf70607fd46e877.txt";

function setup(): { root: string; dataDir: string; seedsDir: string } {
  const root = mkdtempSync(join(tmpdir(), "claimscope-ingest-race-"));
  const dataDir = join(root, "data");
  const seedsDir = join(root, "seeds");
  mkdirSync(dataDir);
  mkdirSync(seedsDir);
  copyFileSync(SEED, join(seedsDir, "seed.txt"));
  return { root, dataDir, seedsDir };
}

function paperFile(root: string, name: string): string {
  const path = join(root, `${name}.jsonl`);
  writeFileSync(path, JSON.stringify({ title: `The ${name} kernel`, abstract: `The ${name} kernel is 3.5x faster than vLLM on A100 GPUs.` }) + "\n");
  return path;
}

const ingestArgs = (dataDir: string, seedsDir: string, files: string[]) => ["--import", "tsx", "scripts/ingest.ts", ...files, "--data-dir", dataDir, "--seeds", seedsDir];

function runIngest(dataDir: string, seedsDir: string, files: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ingestArgs(dataDir, seedsDir, files), { encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000 });
}

function corpusState(dataDir: string) {
  const sources = existsSync(join(dataDir, "sources")) ? readdirSync(join(dataDir, "sources")).filter((n) => !n.startsWith(".")).sort() : [];
  const claimsPath = join(dataDir, "claims.json");
  const dataset = existsSync(claimsPath) ? (JSON.parse(readFileSync(claimsPath, "utf8")) as { papers: { title: string; sources: string[] }[] }) : { papers: [] };
  const builtFrom = [...new Set(dataset.papers.flatMap((p) => p.sources))].filter((s) => s !== "seed.txt" && !s.startsWith("seeded")).sort();
  return { sources, builtFrom, titles: dataset.papers.map((p) => p.title) };
}

function bigPaperFile(root: string, name: string, count: number): string {
  const path = join(root, `${name}.jsonl`);
  const line = (i: number) => JSON.stringify({ title: `The ${name} kernel, part ${i}`, abstract: "It is 2.8x faster than vLLM and cuts memory by 37% on A100 GPUs. ".repeat(6) });
  writeFileSync(path, Array.from({ length: count }, (_, i) => line(i)).join("\n") + "\n");
  return path;
}

function startIngest(dataDir: string, seedsDir: string, files: string[], onStdout?: (text: string) => void): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, ingestArgs(dataDir, seedsDir, files), { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stdout.on("data", (d) => onStdout?.(String(d)));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("exit", (status) => resolve({ status, stderr })));
}

describe("two ingests at once", () => {
  it("serialize: a fast run started while a slow one extracts loses none of its papers", async () => {
    const { root, dataDir, seedsDir } = setup();
    // The slow run reads a large seeds dir, so it extracts for seconds after copying its file;
    // the fast one starts right then. Unserialized, the slow run writes last, without "beta".
    const bigSeeds = join(root, "big-seeds");
    mkdirSync(bigSeeds);
    bigPaperFile(bigSeeds, "seeded", 6000);
    let started: Promise<{ status: number | null; stderr: string }> | undefined;
    const startedFast = new Promise<void>((go) => {
      let printed = "";
      const slow = startIngest(dataDir, bigSeeds, [paperFile(root, "alpha")], (text) => {
        printed += text; // a line may arrive in two chunks
        if (!started && /accepted/.test(printed)) {
          started = startIngest(dataDir, seedsDir, [paperFile(root, "beta")]);
          go();
        }
      });
      void slow.then((r) => results.push(r));
    });
    const results: { status: number | null; stderr: string }[] = [];
    await startedFast;
    results.push(await started!);
    while (results.length < 2) await new Promise((r) => setTimeout(r, 100));
    expect(results.map((r) => r.status), results.map((r) => r.stderr).join("")).toEqual([0, 0]);
    const state = corpusState(dataDir);
    expect(state.titles).toEqual(expect.arrayContaining(["The alpha kernel", "The beta kernel"]));
    expect(state.sources).toEqual(state.builtFrom);
    expect(existsSync(join(dataDir, LOCK_NAME))).toBe(false);
  }, 240_000);

  it("a live lock makes the second run wait, then fail clearly past the wait", () => {
    const { root, dataDir, seedsDir } = setup();
    writeFileSync(join(dataDir, LOCK_NAME), JSON.stringify({ pid: process.pid, started: "2026-01-01T00:00:00Z" }));
    const run = runIngest(dataDir, seedsDir, [paperFile(root, "alpha")], { CLAIMSCOPE_LOCK_WAIT_MS: "500" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/another ingest or extract is running in .* \(pid \d+, since 2026-01-01T00:00:00Z\).*nothing was imported/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(corpusState(dataDir).sources).toEqual([]);
  }, 60_000);

  it("a lock left by a killed run is taken over", () => {
    const { root, dataDir, seedsDir } = setup();
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    writeFileSync(join(dataDir, LOCK_NAME), JSON.stringify({ pid: dead, started: "2026-01-01T00:00:00Z" }));
    const run = runIngest(dataDir, seedsDir, [paperFile(root, "alpha")]);
    expect(run.status, run.stderr).toBe(0);
    expect(corpusState(dataDir).titles).toContain("The alpha kernel");
  }, 60_000);
});

describe("an ingest killed at each step", () => {
  it.each(["after-stage", "after-dataset", "after-journal", "mid-commit"])("killed %s: sources/ never ahead of claims.json, and the next run completes it", (point) => {
    const { root, dataDir, seedsDir } = setup();
    expect(runIngest(dataDir, seedsDir, [paperFile(root, "alpha")]).status).toBe(0);
    const before = corpusState(dataDir);
    const killed = runIngest(dataDir, seedsDir, [paperFile(root, "beta")], { CLAIMSCOPE_FAULT: point });
    expect(killed.signal).toBe("SIGKILL");
    const afterKill = corpusState(dataDir);
    if (point === "after-stage" || point === "after-dataset") expect(afterKill).toEqual(before);
    // The next run (here: importing a third file) first finishes or drops the interrupted one.
    const next = runIngest(dataDir, seedsDir, [paperFile(root, "gamma")]);
    expect(next.status, next.stderr).toBe(0);
    const after = corpusState(dataDir);
    expect(after.sources).toEqual(after.builtFrom);
    expect(after.titles).toEqual(expect.arrayContaining(["The alpha kernel", "The gamma kernel"]));
    expect(after.titles.includes("The beta kernel")).toBe(point === "after-journal" || point === "mid-commit");
    expect(readdirSync(dataDir).filter((n) => n.startsWith(".") && n !== "versions")).toEqual([]);
  }, 90_000);
});

describe("an ingest without permission to write", () => {
  const canDropPrivileges = process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0;
  it.skipIf(!canDropPrivileges)("EACCES on sources/: one clear line, no stack trace, nothing imported", () => {
    const { root, dataDir, seedsDir } = setup();
    for (const dir of [root, dataDir, seedsDir]) chmodSync(dir, 0o755);
    chownSync(dataDir, 65534, 65534);
    mkdirSync(join(dataDir, "sources"));
    chmodSync(join(dataDir, "sources"), 0o555); // root-owned: the user "nobody" cannot add to it
    const input = paperFile(root, "alpha");
    chmodSync(input, 0o644);
    const run = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, ...ingestArgs(dataDir, seedsDir, [input])], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, HOME: root },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/error: .*EACCES.*sources.*nothing was imported/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(corpusState(dataDir).sources).toEqual([]);
    expect(existsSync(join(dataDir, "claims.json"))).toBe(false);
    // (versions/ may hold the summary of the version that was built but not committed: content-addressed, harmless.)
    expect(readdirSync(dataDir).filter((n) => n !== "versions")).toEqual(["sources"]);
  }, 60_000);
});
