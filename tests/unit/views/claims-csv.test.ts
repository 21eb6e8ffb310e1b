import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { claimsCsvStream, claimsToCsv, CSV_COLUMNS, csvMetadataHeaders } from "@/lib/views/claims-csv";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import type { Claim } from "@/lib/schema";

const dataset = makeSyntheticDataset({ claims: 20, seed: 1 });

describe("claims CSV", () => {
  it("is a header and one row per claim, every row as wide as the header", () => {
    const index = indexDataset(dataset);
    const csv = claimsToCsv(index, dataset.claims);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(21);
    expect(new Set(parsed.data.map((row) => row.length))).toEqual(new Set([CSV_COLUMNS.length]));
    expect(csv).not.toMatch(/^#/m);
  });

  it("holds every claim field, baseline hardware and canonical baseline included", () => {
    const first = dataset.claims[0]!;
    const claim: Claim = { ...first, baseline: "the vLLM system", baselineCanonical: "vLLM", baselineHardware: "CPU", unit: "pp" };
    const index = indexDataset({ ...dataset, claims: [claim] });
    const [row] = Papa.parse<Record<string, string>>(claimsToCsv(index, [claim]), { header: true, skipEmptyLines: true }).data;
    expect(row).toMatchObject({
      claim_id: claim.id,
      kind: claim.kind,
      baseline: "the vLLM system",
      baseline_canonical: "vLLM",
      baseline_hardware: "CPU",
      rule: claim.rule,
      evidence_start: String(claim.evidence.start),
      status: "extracted",
    });
    expect(row!.conversion).toContain(claim.evidence.text);
  });

  it("escapes formula-like text but keeps negative numbers numeric", () => {
    const first = dataset.claims[0]!;
    const claim: Claim = { ...first, kind: "accuracy", value: -0.75, baseline: "=HYPERLINK(1)" };
    const index = indexDataset({ ...dataset, claims: [claim] });
    const [row] = Papa.parse<Record<string, string>>(claimsToCsv(index, [claim]), { header: true }).data;
    expect(row!.baseline).toBe("'=HYPERLINK(1)");
    expect(row!.value).toBe("-0.75");
  });

  it("puts the metadata in ASCII headers", () => {
    const headers = csvMetadataHeaders({ version: "abc", filters: "value ≥ 2", link: "/?kind=speedup&min=2", methodology: "/methodology", rows: 3, matched: 3, columns: CSV_COLUMNS });
    expect(headers["X-Claimscope-Filters"]).toBe("value%20%E2%89%A5%202");
    expect(Object.values(headers).every((v) => /^[\x20-\x7e]*$/.test(v))).toBe(true);
  });
});

describe("streamed CSV", () => {
  it("is the same text in chunks, cut at the row limit", async () => {
    const many = makeSyntheticDataset({ claims: 1200, seed: 2 });
    const index = indexDataset(many);
    const whole = claimsToCsv(index, many.claims);
    const streamed = await new Response(claimsCsvStream(index, many.claims)).text();
    expect(streamed).toBe(whole);
    const cut = Papa.parse<string[]>(claimsToCsv(index, many.claims, 700), { skipEmptyLines: true }).data;
    expect(cut).toHaveLength(701);
    expect(new Set(cut.map((r) => r.length))).toEqual(new Set([CSV_COLUMNS.length]));
  });
});
