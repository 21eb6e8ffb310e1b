import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Dataset } from "@/lib/schema";

const committed = readFileSync("data/claims.json", "utf8");
const dataset = Dataset.parse(JSON.parse(committed));


describe("committed dataset", () => {
  it("is what npm run extract produces now (re-run it and commit data/claims.json)", () => {
    const out = join(mkdtempSync(join(tmpdir(), "claimscope-fresh-")), "claims.json");
    execFileSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--out", out], { stdio: "pipe" });
    expect(readFileSync(out, "utf8") === committed, "data/claims.json is stale").toBe(true);
  }, 120_000);

  it("has evidence that slices each abstract exactly", () => {
    const abstracts = new Map(dataset.papers.map((p) => [p.id, p.abstract]));
    for (const c of dataset.claims) {
      expect(abstracts.get(c.paperId)!.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    }
  });
});
