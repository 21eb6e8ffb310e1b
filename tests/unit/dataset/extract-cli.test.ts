import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SEED = "seeds/003_fbf70607fd46e877.txt";

function runExtract(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], { encoding: "utf8" });
}

function workdir(): string {
  return mkdtempSync(join(tmpdir(), "claimscope-cli-"));
}

describe("npm run extract on bad input", () => {
  it("reports each bad file by name (and line), skips it, processes the rest and exits 1", () => {
    const dir = workdir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    copyFileSync(SEED, join(inputs, "good.txt"));
    writeFileSync(join(inputs, "empty.txt"), "");
    writeFileSync(join(inputs, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]));
    writeFileSync(join(inputs, "latin1.txt"), Buffer.from("Caf\xe9 title\n", "latin1"));
    writeFileSync(join(inputs, "papers.jsonl"), `${JSON.stringify({ title: "Ok", abstract: "It is 2x faster than vLLM." })}\n{broken\n`);
    const out = join(dir, "claims.json");
    const run = runExtract(["--in", inputs, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: file is empty/);
    expect(run.stderr).toMatch(/binary\.txt: binary content/);
    expect(run.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(run.stderr).toMatch(/papers\.jsonl, line 2: not valid JSON/);
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(written.papers.map((p: { title: string }) => p.title)).toContain("Ok");
    expect(written.papers.length).toBeGreaterThan(100);
  }, 60_000);

  it("leaves the previous dataset untouched when no input is usable", () => {
    const dir = workdir();
    const out = join(dir, "claims.json");
    writeFileSync(out, "previous");
    writeFileSync(join(dir, "empty.txt"), "");
    const run = runExtract(["--in", join(dir, "empty.txt"), "--out", out]);
    expect(run.status).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("previous");
  }, 60_000);

  it("names a missing input path", () => {
    const run = runExtract(["--in", "no/such/dir"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--in: no such file or directory: no\/such\/dir/);
  }, 60_000);

  it("keeps the previous dataset when killed mid-run", async () => {
    const dir = workdir();
    const out = join(dir, "claims.json");
    writeFileSync(out, "previous");
    const big = join(dir, "big.jsonl");
    const line = (i: number) =>
      JSON.stringify({ title: `Paper ${i}`, abstract: "Our kernel reduces latency by 37% and is 2.8x faster than vLLM on A100 GPUs. ".repeat(8) });
    writeFileSync(big, Array.from({ length: 40_000 }, (_, i) => line(i)).join("\n"));
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--in", big, "--out", out], { stdio: "ignore" });
    await new Promise((r) => setTimeout(r, 1500));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});

describe("npm run extract on an oversized listing", () => {
  it("names the file and its size instead of reading 200 MB into memory", () => {
    const dir = workdir();
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 200 * 1024 * 1024); // sparse: no disk or time spent
    copyFileSync(SEED, join(dir, "good.txt"));
    const out = join(dir, "claims.json");
    const run = runExtract(["--in", dir, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/huge\.txt: 209715200 bytes is over the \d+-byte limit per input file; split it/);
    expect(JSON.parse(readFileSync(out, "utf8")).papers.length).toBeGreaterThan(100);
  }, 60_000);
});
