import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { claimsToCsv, neutralizeCell } from "@/lib/claims-csv";
import { indexDataset } from "@/lib/dataset-index";
import { makeSyntheticDataset } from "@/lib/synthetic-dataset";

describe("claims CSV", () => {
  it("neutralizes formula-like text but keeps numbers", () => {
    expect(neutralizeCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    for (const s of ["+1", "-2", "@x", "\tx", "\rx"]) expect(neutralizeCell(s)).toBe(`'${s}`);
    expect(neutralizeCell(-0.75)).toBe(-0.75);
    expect(neutralizeCell("vLLM")).toBe("vLLM");
  });

  it("writes a header, one row per claim, and a # footnote", () => {
    const dataset = makeSyntheticDataset({ claims: 20, seed: 1 });
    const index = indexDataset(dataset);
    const csv = claimsToCsv(index, dataset.claims, { version: dataset.version, filters: "all claims", link: "http://x/?hw=GPU" });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: "#", skipEmptyLines: true });
    expect(parsed.data).toHaveLength(20);
    expect(parsed.data[0]).toMatchObject({ claim_id: dataset.claims[0]!.id, kind: dataset.claims[0]!.kind });
    expect(csv).toContain(`# Claimscope data version: ${dataset.version}`);
    expect(csv).toContain("# Link: http://x/?hw=GPU");
  });
});
