import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/dataset";
import { makeSyntheticDataset } from "@/lib/synthetic-dataset";

const dir = mkdtempSync(join(tmpdir(), "claimscope-dataset-"));
const saved = process.env.CLAIMSCOPE_DATA;
afterEach(() => {
  if (saved === undefined) delete process.env.CLAIMSCOPE_DATA;
  else process.env.CLAIMSCOPE_DATA = saved;
});

describe("loadDataset", () => {
  it("reads CLAIMSCOPE_DATA, validates once and caches", () => {
    const path = join(dir, "ok.json");
    const dataset = makeSyntheticDataset({ claims: 30, seed: 1 });
    writeFileSync(path, JSON.stringify(dataset));
    process.env.CLAIMSCOPE_DATA = path;
    const first = loadDataset();
    expect(first.version).toBe(dataset.version);
    expect(first.claims).toHaveLength(30);
    expect(loadDataset()).toBe(first);
  });

  it("says which file is wrong and where", () => {
    const path = join(dir, "bad.json");
    const dataset = makeSyntheticDataset({ claims: 3, seed: 1 });
    dataset.claims[1]!.evidence.start += 1; // offsets no longer slice the abstract
    dataset.claims[1]!.evidence.end += 1;
    writeFileSync(path, JSON.stringify(dataset));
    process.env.CLAIMSCOPE_DATA = path;
    expect(() => loadDataset()).toThrow(/bad\.json is not a valid dataset .*claims\.1\.evidence/);
    process.env.CLAIMSCOPE_DATA = join(dir, "missing.json");
    expect(() => loadDataset()).toThrow(/no dataset at .*missing\.json/);
  });
});
