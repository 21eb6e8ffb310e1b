import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { claimsCsvChunks, claimsCsvStream, claimsToCsv, neutralizeCell } from "@/lib/claims-csv";
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

describe("claims CSV export is streamed and bounded", () => {
  const dataset = makeSyntheticDataset({ claims: 1200, seed: 2 });
  const index = indexDataset(dataset);
  const footnote = { version: dataset.version, filters: "all claims", link: "/?hw=GPU" };

  it("comes in pieces of at most 500 rows, which join to the whole CSV", () => {
    const chunks = [...claimsCsvChunks(index, dataset.claims, footnote)];
    expect(chunks.length).toBe(1 + 3 + 1); // header, 500 + 500 + 200 rows, footnote
    const parsed = Papa.parse<Record<string, string>>(chunks.join(""), { header: true, comments: "#", skipEmptyLines: true });
    expect(parsed.data.map((r) => r.claim_id)).toEqual(dataset.claims.map((c) => c.id));
  });

  it("stops at the row limit and says so in the footnote", () => {
    const csv = claimsToCsv(index, dataset.claims, footnote, 700);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: "#", skipEmptyLines: true });
    expect(parsed.data).toHaveLength(700);
    expect(csv).toContain("# Truncated: the first 700 of 1200 matching claims (export limit 700)");
  });

  it("the stream pulls rows only as they are read", async () => {
    const reader = claimsCsvStream(index, dataset.claims, footnote).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^paper_id,/);
    await reader.cancel();
  });
});
