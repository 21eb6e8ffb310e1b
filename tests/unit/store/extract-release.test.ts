import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore, storeConfig } from "@/lib/store/connection";
import { currentRelease, readRelease } from "@/lib/store/releases";

const extract = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: "", CLAIMSCOPE_DB: "" } });

describe("npm run extract and the release it writes", () => {
  it("an extraction that comes back to an earlier version serves that version with its papers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimscope-back-"));
    const out = join(dir, "claims.json");
    const small = join(dir, "small.jsonl");
    writeFileSync(small, JSON.stringify({ title: "A small paper", abstract: "Our kernel is 2.8x faster than vLLM on A100 GPUs." }));
    for (const input of [small, "seeds", small]) {
      const run = extract(["--in", input, "--out", out]);
      expect(run.status, run.stderr).toBe(0);
    }
    const store = openStore(storeConfig(out, {}));
    try {
      const current = (await currentRelease(store))!;
      expect(current.version).toBe((JSON.parse(readFileSync(out, "utf8")) as { version: string }).version);
      expect((await readRelease(store, current.id)).papers.map((p) => p.title)).toEqual(["A small paper"]);
    } finally {
      await store.db.destroy();
    }
  });

  it("a kill -9 while the release is being written leaves the previous release current and claims.json as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimscope-kill-"));
    const out = join(dir, "claims.json");
    const first = extract(["--in", "seeds", "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    const before = readFileSync(out, "utf8");
    const { version } = JSON.parse(before) as { version: string };

    // Big enough that writing its release takes many batches; killed at the first progress line.
    const big = join(dir, "big.jsonl");
    const abstract = "Our kernel reduces latency by 37% and is 2.8x faster than vLLM on A100 GPUs. ".repeat(4);
    writeFileSync(big, Array.from({ length: 12_000 }, (_, i) => JSON.stringify({ title: `Paper ${i}`, abstract })).join("\n"));
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--in", big, "--out", out], {
      stdio: ["ignore", "pipe", "ignore"],
      env: { ...process.env, DATABASE_URL: "", CLAIMSCOPE_DB: "" },
    });
    let output = "";
    const killedInRelease = await new Promise<boolean>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (/release: \d+ rows written/.test(output) && child.kill("SIGKILL")) resolve(true);
      });
      child.once("exit", () => resolve(false));
    });
    await new Promise((r) => (child.exitCode === null && child.signalCode === null ? child.once("exit", r) : r(null)));
    expect(killedInRelease, output).toBe(true);

    expect(readFileSync(out, "utf8")).toBe(before);
    const store = openStore(storeConfig(out, {}));
    const current = await currentRelease(store);
    expect(current?.version).toBe(version);
    expect((await store.db.selectFrom("releases").select("version").execute()).map((r) => r.version)).toEqual([version]);
    expect((await readRelease(store, current!.id)).papers.length).toBeGreaterThan(0);
    await store.db.destroy();
    expect(existsSync(out)).toBe(true);
  }, 120_000);
});
