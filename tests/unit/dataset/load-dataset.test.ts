import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { datasetStore, loadDataset } from "@/lib/dataset/load-dataset";
import { datasetVersion } from "@/lib/dataset/dataset-file";
import { decideCorrection, submitCorrection } from "@/lib/store/corrections";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import type { Dataset } from "@/lib/schema";

const dir = mkdtempSync(join(tmpdir(), "claimscope-dataset-"));
const saved = { data: process.env.CLAIMSCOPE_DATA, db: process.env.CLAIMSCOPE_DB, url: process.env.DATABASE_URL };
afterEach(() => {
  for (const [key, value] of [["CLAIMSCOPE_DATA", saved.data], ["CLAIMSCOPE_DB", saved.db], ["DATABASE_URL", saved.url]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
/** What a restarted server process sees: nothing cached in memory, only the database. */
const restart = () => delete (globalThis as Record<symbol, unknown>)[Symbol.for("claimscope.served-dataset")];

function serve(name: string, dataset: Dataset): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(dataset));
  process.env.CLAIMSCOPE_DATA = path;
  delete process.env.CLAIMSCOPE_DB;
  delete process.env.DATABASE_URL;
  return path;
}

describe("loadDataset", () => {
  it("makes CLAIMSCOPE_DATA the current release of a database beside it, validates once and caches", async () => {
    const dataset = makeSyntheticDataset({ claims: 30, seed: 1 });
    serve("ok", dataset);
    const first = await loadDataset();
    expect(first.version).toBe(dataset.version);
    expect(first.claims).toHaveLength(30);
    expect(first.papers).toEqual(dataset.papers);
    expect(await loadDataset()).toBe(first);
    expect((await datasetStore()).describe).toMatch(/ok\.db$/);
  });

  it("serves an approved correction at once, after a restart, and after a new release", async () => {
    const dataset = makeSyntheticDataset({ claims: 30, seed: 2 });
    const path = serve("corrected", dataset);
    const target = (await loadDataset()).claims[0]!;
    const store = await datasetStore();
    const { id } = await submitCorrection(store, { claimId: target.id, paperId: target.paperId, kind: target.kind, evidence: target.evidence.text, action: "correct", fields: { value: 123 }, reason: "r", submitter: "Ada" });
    expect((await loadDataset()).claims[0]!.value).toBe(target.value); // pending: not served
    await decideCorrection(store, id, "approve");
    const corrected = (await loadDataset()).claims.find((c) => c.id === target.id);
    expect(corrected).toMatchObject({ value: 123, status: "corrected" });
    expect((await loadDataset()).historyByClaim.get(target.id)).toMatchObject([{ id, submitter: "Ada" }]);
    restart();
    expect((await loadDataset()).claims.find((c) => c.id === target.id)).toMatchObject({ value: 123, status: "corrected" });
    // A re-extraction that drops another paper: a new release, the correction still applies.
    const fewer = dataset.papers.filter((p) => p.id === target.paperId || p !== dataset.papers.at(-1));
    const claims = dataset.claims.filter((c) => fewer.some((p) => p.id === c.paperId));
    writeFileSync(path, JSON.stringify({ version: datasetVersion(fewer, claims), papers: fewer, claims }));
    restart();
    const next = await loadDataset();
    expect(next.version).not.toBe(dataset.version);
    expect(next.claims.find((c) => c.id === target.id)).toMatchObject({ value: 123, status: "corrected" });
  });

  it("says which file is wrong and where", async () => {
    const dataset = makeSyntheticDataset({ claims: 3, seed: 1 });
    dataset.claims[1]!.evidence.start += 1; // offsets no longer slice the abstract
    dataset.claims[1]!.evidence.end += 1;
    serve("bad", dataset);
    await expect(loadDataset()).rejects.toThrow(/bad\.json is not a valid dataset .*claims\.1\.evidence/);
    process.env.CLAIMSCOPE_DATA = join(dir, "missing.json");
    await expect(loadDataset()).rejects.toThrow(/no dataset at .*missing\.json/);
  });
});
