import { describe, expect, it } from "vitest";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { TABLE_EVIDENCE_CONTEXT } from "@/lib/views/format-claim";
import { tableRows } from "@/lib/views/table-rows";
import { parseUrlState } from "@/lib/views/url-state";

const dataset = makeSyntheticDataset({ claims: 200, seed: 11 });

describe("tableRows", () => {
  it("words each row as the table shows it, with the evidence cut around the claimed phrase", () => {
    const long = dataset.claims[0]!;
    const sentence = `${"word ".repeat(60)}${long.evidence.text}${" more".repeat(60)}.`;
    const claims = dataset.claims.map((c) => (c.id === long.id ? { ...c, evidence: { ...c.evidence, sentence } } : c));
    const index = indexDataset({ ...dataset, claims });
    const { state } = parseUrlState(new URLSearchParams("papers=" + long.paperId));
    const [row] = tableRows(index, [index.claims.find((c) => c.id === long.id)!], state);
    expect(row).toMatchObject({ id: long.id, paperId: long.paperId, title: index.paperById.get(long.paperId)!.title, kind: long.kind, value: long.value, selected: true });
    expect(row!.evidence[1]).toBe(long.evidence.text);
    expect(row!.evidence[0].length).toBeLessThanOrEqual(TABLE_EVIDENCE_CONTEXT + 1);
    expect(row!.evidence[2].length).toBeLessThanOrEqual(TABLE_EVIDENCE_CONTEXT + 2);
    expect(JSON.stringify(row)).not.toContain(sentence);
    // Selected papers toggle off: the compare link leaves this paper out.
    expect(row!.compareHref).toBe("/");
  });

  it("strips bidi and control characters from the evidence it carries", () => {
    const claim = dataset.claims[1]!;
    const spoofed = { ...claim, evidence: { ...claim.evidence, sentence: `\u202Eabc ${claim.evidence.text} def` } };
    const index = indexDataset({ ...dataset, claims: dataset.claims.map((c) => (c.id === claim.id ? spoofed : c)) });
    const [row] = tableRows(index, [index.claims.find((c) => c.id === claim.id)!], parseUrlState(new URLSearchParams()).state);
    expect(row!.evidence.join("")).not.toMatch(/\u202E/);
    expect(row!.compareHref).toBe(`/?papers=${claim.paperId}`);
  });
});
