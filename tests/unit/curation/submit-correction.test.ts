import { describe, expect, it } from "vitest";
import { proposedChanges } from "@/lib/curation/proposed-change";
import { checkCorrection } from "@/lib/curation/submit-correction";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";

const dataset = makeSyntheticDataset({ claims: 20, seed: 4 });
const index = indexDataset(dataset);
const claim = dataset.claims.find((c) => c.kind === "speedup" && c.min === undefined)!;
const paper = dataset.papers.find((p) => p.id === claim.paperId)!;

describe("checkCorrection", () => {
  it("fills the target's paper, kind and evidence, and names the submitter anonymous when unnamed", () => {
    const checked = checkCorrection(index, { action: "correct", claimId: claim.id, fields: { value: 7 }, reason: "r" });
    expect(checked).toEqual({ ok: true, correction: { action: "correct", claimId: claim.id, paperId: claim.paperId, kind: claim.kind, evidence: claim.evidence.text, fields: { value: 7 }, reason: "r", submitter: "anonymous" } });
  });

  it("refuses an unknown claim or paper (404) and a change that makes an invalid claim (400), naming the field", () => {
    expect(checkCorrection(index, { action: "reject", claimId: "nope:speedup:1", reason: "r" })).toMatchObject({ ok: false, status: 404, field: "claimId" });
    expect(checkCorrection(index, { action: "add", paperId: "nope", evidence: "x", fields: { kind: "speedup", value: 2 }, reason: "r" })).toMatchObject({ ok: false, status: 404, field: "paperId" });
    expect(checkCorrection(index, { action: "correct", claimId: claim.id, fields: { value: -1 }, reason: "r" })).toMatchObject({ ok: false, status: 400, field: "fields" });
    expect(checkCorrection(index, { action: "add", paperId: paper.id, evidence: "words not in the abstract", fields: { kind: "speedup", value: 2 }, reason: "r" })).toMatchObject({ ok: false, status: 400, field: "evidence" });
  });

  it("an added claim gets the id it will have once approved", () => {
    const evidence = paper.abstract.slice(0, 12);
    const checked = checkCorrection(index, { action: "add", paperId: paper.id, evidence, fields: { kind: "cost", value: 2 }, reason: "r", submitter: "Ada" });
    expect(checked).toMatchObject({ ok: true, correction: { claimId: expect.stringMatching(new RegExp(`^${paper.id}:cost:[0-9a-f]{8}:added$`)), submitter: "Ada" } });
  });
});

describe("proposedChanges", () => {
  it("lists each proposed field beside the claim's value now", () => {
    expect(proposedChanges({ action: "correct", fields: { value: 9, hardware: { class: "FPGA", device: "U280" } } }, claim)).toEqual([
      { field: "value", before: String(claim.value), after: "9" },
      { field: "hardware", before: claim.hardware.device ? `${claim.hardware.class} (${claim.hardware.device})` : claim.hardware.class, after: "FPGA (U280)" },
    ]);
    expect(proposedChanges({ action: "reject", fields: {} }, claim)).toEqual([]);
  });
});
