import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeStaleTemps, writeFileAtomic, writeStreamAtomic, type FileOps } from "@/lib/dataset/write-atomic";
import { writeDatasetFile } from "@/lib/dataset/dataset-file";
import type { Paper } from "@/lib/schema";

const workdir = () => mkdtempSync(join(tmpdir(), "claimscope-atomic-"));

/** Real file operations, except that each write stores at most `maxBytes` (what a nearly full disk does). */
function shortWrites(maxBytes: number, stopAfterBytes = Infinity): FileOps {
  let total = 0;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
      const n = Math.max(0, Math.min(maxBytes, length, stopAfterBytes - total));
      if (n === 0) return 0;
      total += n;
      return fs.writeSync(fd, buffer, offset, n);
    }) as FileOps["writeSync"],
  };
}

const paper = (i: number): Paper => ({
  id: `paper-${i}`,
  title: `Paper ${i}`,
  abstract: "A kernel that is 2x faster than the baseline. ".repeat(40),
  sources: ["test.jsonl"],
  techniques: [],
  modelFamily: "other",
});

describe("writeStreamAtomic", () => {
  it("completes the file when every write is short", () => {
    const path = join(workdir(), "out.txt");
    const content = "x".repeat(100_000) + "é".repeat(10_000);
    writeFileAtomic(path, content, { ops: shortWrites(777) });
    expect(readFileSync(path, "utf8")).toBe(content);
  });

  it("keeps the previous file and names ENOSPC when writes stop making progress", () => {
    const dir = workdir();
    const path = join(dir, "claims.json");
    writeFileSync(path, "previous");
    expect(() => writeFileAtomic(path, "y".repeat(50_000), { ops: shortWrites(4096, 20_000) })).toThrow(/no space left on device \(ENOSPC\).*previous file is unchanged/);
    expect(readFileSync(path, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["claims.json"]);
  });

  it("keeps the previous dataset when the dataset writer hits short writes then a full disk", () => {
    const dir = workdir();
    const path = join(dir, "claims.json");
    writeDatasetFile(path, [paper(1)], []);
    const before = readFileSync(path, "utf8");
    const papers = Array.from({ length: 2000 }, (_, i) => paper(i));
    expect(() => writeDatasetFile(path, papers, [], { ops: shortWrites(65_536, 1_000_000) })).toThrow(/ENOSPC/);
    expect(readFileSync(path, "utf8")).toBe(before);
    // A dataset written through short writes is whole and parses.
    writeDatasetFile(path, papers, [], { ops: shortWrites(1000) });
    expect(JSON.parse(readFileSync(path, "utf8")).papers).toHaveLength(2000);
  });

  it("refuses a target that is not a regular file", () => {
    const dir = workdir();
    mkdirSync(join(dir, "sub"));
    expect(() => writeFileAtomic(join(dir, "sub"), "x")).toThrow(/is a directory; the output must be a regular file/);
    expect(() => writeFileAtomic("/dev/null", "x")).toThrow(/is a device/);
    expect(existsSync("/dev/.null." + process.pid + ".tmp")).toBe(false);
  });

  it("removes temporary files left by killed writers, and only theirs", () => {
    const dir = workdir();
    const path = join(dir, "claims.json");
    const dead = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid!;
    writeFileSync(join(dir, `.claims.json.${dead}.tmp`), "stale");
    writeFileSync(join(dir, `.claims.json.${process.ppid}.tmp`), "a live writer's");
    writeFileSync(join(dir, `.0123abcd.json.${dead}.tmp`), "a stale snapshot's");
    writeFileSync(join(dir, "notes.tmp"), "not ours");
    writeFileSync(join(dir, `.staged.json.${process.pid}.tmp`), "this process's own, staged for a later commit");
    expect(removeStaleTemps(path).sort()).toEqual([`.0123abcd.json.${dead}.tmp`, `.claims.json.${dead}.tmp`]);
    writeStreamAtomic(path, (out) => out.write("new"));
    expect(readdirSync(dir).sort()).toEqual([`.claims.json.${process.ppid}.tmp`, `.staged.json.${process.pid}.tmp`, "claims.json", "notes.tmp"].sort());
  });
});

/** A real full disk: a 256 KB tmpfs (needs root and mount; skipped elsewhere). */
function mountSmallTmpfs(): string | null {
  const dir = workdir();
  const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir]);
  return mount.status === 0 ? dir : null;
}

describe("npm run extract on a full disk", () => {
  const disk = mountSmallTmpfs();
  it.skipIf(!disk)("exits 1 naming ENOSPC and leaves the previous dataset intact", () => {
    const out = join(disk!, "claims.json");
    // The release database lives elsewhere, so the dataset is what fills the disk.
    const env = { ...process.env, CLAIMSCOPE_DB: join(workdir(), "claims.db"), DATABASE_URL: "" };
    // A valid small dataset first, then a corpus whose dataset cannot fit.
    const small = join(disk!, "small.jsonl");
    writeFileSync(small, JSON.stringify({ title: "Small", abstract: "It is 2x faster than vLLM." }) + "\n");
    const first = spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--in", small, "--out", out], { encoding: "utf8", env });
    expect(first.status).toBe(0);
    const before = readFileSync(out, "utf8");
    const big = join(workdir(), "big.jsonl");
    writeFileSync(big, Array.from({ length: 400 }, (_, i) => JSON.stringify({ title: `Paper ${i}`, abstract: `Our kernel is ${i}.5x faster than vLLM on A100 GPUs. `.repeat(6) })).join("\n"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--in", big, "--out", out], { encoding: "utf8", env });
    const after = readFileSync(out, "utf8");
    const leftovers = readdirSync(disk!).filter((n) => n.startsWith("."));
    spawnSync("umount", [disk!]);
    expect(after).toBe(before);
    expect(leftovers).toEqual([]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/could not write .*claims\.json: no space left on device \(ENOSPC\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout).not.toMatch(/^wrote/m);
  }, 60_000);
});
