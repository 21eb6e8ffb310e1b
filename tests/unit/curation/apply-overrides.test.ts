import { describe, expect, it } from "vitest";
import { applyOverrides, OverrideError } from "@/lib/curation/apply-overrides";
import { extractClaims } from "@/lib/extract";
import { Dataset, type Override } from "@/lib/schema";

const PAPER = {
  id: "flightllm",
  title: "FlightLLM",
  abstract:
    "Implemented on the Xilinx Alveo U280 FPGA, FlightLLM achieves 6.0times higher energy efficiency and 1.8times better cost efficiency against commercial GPUs. FlightLLM beats NVIDIA A100 GPU with 1.2times higher throughput. It uses only 15% of the parameters and FLOPs. It is cheaper to run by a factor of three.",
};
const extracted = extractClaims(PAPER);
const apply = (overrides: Override[]) => applyOverrides([PAPER], extracted, overrides);
const claimWith = (text: string, kind?: string) => extracted.find((c) => c.evidence.text === text && (!kind || c.kind === kind))!;

describe("applyOverrides", () => {
  it("the fixture has the claims the cases target", () => {
    expect(extracted.map((c) => [c.kind, c.evidence.text])).toEqual(
      expect.arrayContaining([
        ["energy", "6.0times higher energy efficiency"],
        ["speedup", "1.2times higher throughput"],
      ]),
    );
  });

  it("with no overrides returns the claims as they are", () => {
    expect(apply([])).toEqual({ claims: extracted, report: { applied: 0, orphaned: [] } });
  });

  it("reject keeps the claim, marked rejected with the reason", () => {
    const target = claimWith("1.2times higher throughput");
    const { claims, report } = apply([{ action: "reject", paperId: "flightllm", evidence: target.evidence.text, reason: "baseline is a GPU, not comparable" }]);
    expect(claims).toHaveLength(extracted.length);
    expect(claims.find((c) => c.id === target.id)).toEqual({ ...target, status: "rejected", reason: "baseline is a GPU, not comparable" });
    expect(report).toEqual({ applied: 1, orphaned: [] });
  });

  it("correct sets any claim field, keeps id and evidence, marks it corrected", () => {
    const target = claimWith("6.0times higher energy efficiency");
    const { claims } = apply([
      {
        action: "correct",
        paperId: "flightllm",
        evidence: target.evidence.text,
        kind: "energy",
        reason: "the paper reports 6.2 in its table",
        set: { value: 6.2, qualifier: "average", hardware: { class: "FPGA", device: "Xilinx Alveo U280" }, baseline: "NVIDIA V100S", phase: "inference" },
      },
    ]);
    expect(claims.find((c) => c.id === target.id)).toMatchObject({
      id: target.id,
      kind: "energy",
      value: 6.2,
      qualifier: "average",
      hardware: { class: "FPGA", device: "Xilinx Alveo U280" },
      baseline: "NVIDIA V100S",
      evidence: target.evidence,
      status: "corrected",
      reason: "the paper reports 6.2 in its table",
    });
  });

  it("add locates the evidence in the abstract and fills defaults", () => {
    const evidence = "cheaper to run by a factor of three";
    const { claims, report } = apply([{ action: "add", paperId: "flightllm", evidence, reason: "missed word number", claim: { kind: "cost", value: 3 } }]);
    const added = claims.at(-1)!;
    const start = PAPER.abstract.indexOf(evidence);
    expect(added).toMatchObject({
      paperId: "flightllm",
      kind: "cost",
      value: 3,
      qualifier: "exact",
      hardware: { class: "unspecified" },
      phase: "unspecified",
      evidence: { start, end: start + evidence.length, text: evidence, sentence: "It is cheaper to run by a factor of three." },
      rule: "override/add",
      status: "added",
    });
    expect(report.applied).toBe(1);
    expect(() => Dataset.parse({ version: "x", papers: [{ ...PAPER, sources: ["s"], techniques: [], modelFamily: "llm" }], claims })).not.toThrow();
  });

  it("reports an override whose claim disappeared instead of dropping it silently", () => {
    const overrides: Override[] = [
      { action: "reject", paperId: "flightllm", evidence: "9.9times faster", reason: "r" },
      { action: "correct", paperId: "gone-paper", evidence: "2x", reason: "r", set: { value: 3 } },
      { action: "add", paperId: "gone-paper", evidence: "2x", reason: "r", claim: { kind: "speedup", value: 2 } },
    ];
    const { claims, report } = apply(overrides);
    expect(claims).toEqual(extracted);
    expect(report.applied).toBe(0);
    expect(report.orphaned).toEqual([
      { index: 0, override: overrides[0], problem: expect.stringMatching(/no claim with this evidence text/) },
      { index: 1, override: overrides[1], problem: expect.stringMatching(/no paper with this id/) },
      { index: 2, override: overrides[2], problem: expect.stringMatching(/no paper with this id/) },
    ]);
  });

  it("reports an add the extractor now makes itself, rather than duplicating the claim", () => {
    const target = claimWith("1.2times higher throughput");
    const { claims, report } = apply([{ action: "add", paperId: "flightllm", evidence: target.evidence.text, reason: "r", claim: { kind: "speedup", value: 1.2 } }]);
    expect(claims).toHaveLength(extracted.length);
    expect(report.orphaned[0]!.problem).toMatch(/extractor now finds this speedup claim/);
  });

  it("later overrides see earlier ones: correct then reject", () => {
    const target = claimWith("6.0times higher energy efficiency");
    const { claims } = apply([
      { action: "correct", paperId: "flightllm", evidence: target.evidence.text, reason: "a", set: { value: 6.1 } },
      { action: "reject", paperId: "flightllm", evidence: target.evidence.text, reason: "b" },
    ]);
    expect(claims.find((c) => c.id === target.id)).toMatchObject({ value: 6.1, status: "rejected", reason: "b" });
  });

  describe("invalid overrides fail, naming the override", () => {
    const fails = (overrides: Override[], message: RegExp) => {
      expect(() => apply(overrides)).toThrow(OverrideError);
      expect(() => apply(overrides)).toThrow(message);
    };
    it("add evidence that is not in the abstract", () => {
      fails(
        [
          { action: "reject", paperId: "flightllm", evidence: "1.2times higher throughput", reason: "r" },
          { action: "add", paperId: "flightllm", evidence: "10x faster", reason: "r", claim: { kind: "speedup", value: 10 } },
        ],
        /^overrides\[1\] \(add, paper "flightllm", evidence "10x faster"\): evidence text is not in the paper's abstract/,
      );
    });
    it("a correction that makes the value non-positive for a factor kind", () => {
      const evidence = "1.2times higher throughput";
      fails([{ action: "correct", paperId: "flightllm", evidence, reason: "r", set: { value: -1.2 } }], /overrides\[0\] \(correct, paper "flightllm".*value -1.2 is not valid for kind speedup/);
    });
    it("a correction that breaks the range rule", () => {
      const evidence = "1.2times higher throughput";
      fails([{ action: "correct", paperId: "flightllm", evidence, reason: "r", set: { min: 5 } }], /overrides\[0\].*range min must be <= value/);
    });
    it("an ambiguous target without kind; kind chooses one", () => {
      const base = claimWith("1.2times higher throughput");
      const twin = { ...base, id: `${base.id}-twin`, kind: "cost" as const };
      const reject: Override = { action: "reject", paperId: "flightllm", evidence: base.evidence.text, reason: "r" };
      expect(() => applyOverrides([PAPER], [base, twin], [reject])).toThrow(/overrides\[0\].*matches 2 claims \(kinds speedup, cost\); add "kind"/);
      const { claims } = applyOverrides([PAPER], [base, twin], [{ ...reject, kind: "cost" }]);
      expect(claims.map((c) => c.status)).toEqual([undefined, "rejected"]);
    });
  });
});
