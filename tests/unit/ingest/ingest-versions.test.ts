import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "@/lib/ingest-files";

describe("ingest writes what extract writes", () => {
  it("keeps the summary of the version it wrote in <data-dir>/versions, so pinned links can list changes", () => {
    const root = mkdtempSync(join(tmpdir(), "claimscope-ingest-versions-"));
    const dataDir = join(root, "data");
    const seedsDir = join(root, "seeds");
    mkdirSync(seedsDir, { recursive: true });
    copyFileSync("seeds/003_fbf70607fd46e877.txt", join(seedsDir, "seed.txt"));
    const input = join(root, "new.jsonl");
    writeFileSync(input, JSON.stringify({ title: "A new kernel", abstract: "It is 2x faster than vLLM." }) + "\n");
    const quiet = { log: () => {}, error: () => {} };
    expect(ingestFiles({ files: [input], dataDir, seedsDir }, quiet).extracted).toBe(true);
    const { version } = JSON.parse(readFileSync(join(dataDir, "claims.json"), "utf8")) as { version: string };
    const snapshot = join(dataDir, "versions", `${version}.json`);
    expect(existsSync(snapshot)).toBe(true);
    expect(JSON.parse(readFileSync(snapshot, "utf8"))).toMatchObject({ version });
  });
});
