import { describe, expect, it } from "vitest";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { barsData } from "@/lib/views/chart-data";
import { claimEvidence } from "@/lib/views/claim-evidence";
import { parseUrlState } from "@/lib/views/url-state";

const dataset = makeSyntheticDataset({ claims: 300, seed: 7 });
const index = indexDataset(dataset);

describe("claimEvidence", () => {
  it("gives the sentence and full title of a served claim, which chart bars no longer carry", () => {
    const bars = barsData(index, index.claims, parseUrlState(new URLSearchParams("kind=speedup")).state);
    const payload = JSON.stringify(bars);
    const bar = bars.bars[1]!;
    const claim = index.claims.find((c) => c.id === bar.id)!;
    expect(payload).not.toContain(claim.evidence.sentence);
    expect(claimEvidence(index, bar.id)).toMatchObject({ id: bar.id, paperId: claim.paperId, sentence: claim.evidence.sentence, text: claim.evidence.text, paperTitle: index.paperById.get(claim.paperId)!.title });
  });

  it("knows no claim for an unknown or rejected id", () => {
    expect(claimEvidence(index, "no-such-paper:1-2:speedup")).toBeNull();
    const claim = dataset.claims[0]!;
    const rejected = indexDataset({ ...dataset, claims: dataset.claims.map((c) => (c.id === claim.id ? { ...c, status: "rejected" as const, reason: "test" } : c)) });
    expect(claimEvidence(rejected, claim.id)).toBeNull();
  });
});
