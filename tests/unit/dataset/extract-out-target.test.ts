import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SEED = "seeds/003_fbf70607fd46e877.txt";

function runExtract(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], { encoding: "utf8", timeout: 30_000 });
}

describe("npm run extract refuses an --out it must not write", () => {
  it("refuses --out equal to an --in file and leaves the input alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimscope-out-"));
    const input = join(dir, "papers.txt");
    copyFileSync(SEED, input);
    const run = runExtract(["--in", input, "--out", input]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--out: .*papers\.txt is also an input/);
    expect(readFileSync(input)).toEqual(readFileSync(SEED));
  }, 40_000);

  it("refuses --out inside an --in directory that names one of its files", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimscope-out-"));
    copyFileSync(SEED, join(dir, "a.txt"));
    const run = runExtract(["--in", dir, "--out", join(dir, ".", "a.txt")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is also an input/);
  }, 40_000);

  it.each(["/dev/full", "/dev/zero", "/dev/null"])("refuses the device %s at once, without hanging or replacing it", (device) => {
    const run = runExtract(["--in", SEED, "--out", device]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is a device; the output must be a regular file/);
    expect(spawnSync("test", ["-c", device]).status).toBe(0);
  }, 40_000);

  it("refuses a FIFO without hanging", () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "claimscope-out-")), "pipe");
    spawnSync("mkfifo", [fifo]);
    const run = runExtract(["--in", SEED, "--out", fifo]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is a FIFO/);
  }, 40_000);
});
