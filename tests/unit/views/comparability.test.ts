import { describe, expect, it } from "vitest";
import { bestClaim, comparabilityIssues, comparabilitySummary, claimDifferences, compareComparability, metricClass } from "@/lib/views/comparability";
import type { CompareTable } from "@/lib/views/compare-view";
import type { Claim } from "@/lib/schema";

const base: Claim = {
  id: "a:0-2:speedup",
  paperId: "a",
  kind: "speedup",
  value: 2,
  qualifier: "average",
  hardware: { class: "GPU", device: "NVIDIA A100" },
  baseline: "vLLM",
  metric: "throughput",
  phase: "inference",
  evidence: { start: 0, end: 2, text: "2x", sentence: "2x higher throughput than vLLM on average." },
  rule: "multiplier/times",
};
const claim = (over: Partial<Claim>): Claim => ({ ...base, ...over, id: `${over.paperId ?? "b"}:0-2:speedup`, paperId: over.paperId ?? "b" });

describe("comparabilityIssues", () => {
  it("finds nothing when claims are alike (baselines compared case-insensitively)", () => {
    expect(comparabilityIssues([base, claim({ value: 3, baseline: "the VLLM" })])).toEqual([]);
  });

  it("flags 'up to 37x' next to 'average 2x'", () => {
    expect(comparabilityIssues([base, claim({ value: 37, qualifier: "up_to" })])).toMatchObject([
      { dimension: "qualifier", values: ["average", "peak (up to)"] },
    ]);
  });

  it("flags baselines, hardware, device, phase and measure", () => {
    const other = claim({
      baseline: "FlexGen",
      hardware: { class: "FPGA", device: "Xilinx U280" },
      phase: "training",
      metric: "latency",
    });
    expect(comparabilityIssues([base, other]).map((i) => i.dimension)).toEqual(["baseline", "hardware", "device", "phase", "metric"]);
    expect(comparabilityIssues([base, other])[0]?.message).toBe("different baselines: vLLM vs FlexGen");
  });

  it("treats unknowns as unknown, not different", () => {
    const vague = claim({ baseline: undefined, hardware: { class: "unspecified" }, phase: "unspecified", metric: "faster" });
    expect(comparabilityIssues([base, vague])).toEqual([]);
  });

  it("tells a cell which of its fields differ", () => {
    const other = claim({ baseline: "FlexGen" });
    const issues = comparabilityIssues([base, other]);
    expect(claimDifferences(other, issues)).toEqual(["baseline: FlexGen"]);
  });
});

describe("metricClass", () => {
  it("reads throughput, latency and kernel-only speedups", () => {
    expect(metricClass({ kind: "speedup", metric: "tokens/s", evidence: base.evidence })).toBe("throughput");
    expect(metricClass({ kind: "speedup", metric: "TTFT", evidence: base.evidence })).toBe("latency");
    expect(metricClass({ kind: "speedup", metric: "attention kernel", evidence: base.evidence })).toBe("kernel-only");
    expect(metricClass({ kind: "speedup", metric: "faster", evidence: { ...base.evidence, sentence: "Our CUDA kernels are 3x faster." } })).toBe("kernel-only");
    expect(metricClass({ kind: "speedup", metric: "speedup", evidence: base.evidence })).toBeNull();
    expect(metricClass({ kind: "memory", metric: "KV cache", evidence: base.evidence })).toBeNull();
  });
});

describe("compare view", () => {
  const table: CompareTable = {
    papers: [{ id: "a" }, { id: "b" }] as CompareTable["papers"],
    unknownIds: [],
    rows: [
      { kind: "speedup", cells: [[base, { ...base, value: 1.5 }], [claim({ value: 37, qualifier: "up_to" })]] },
      { kind: "memory", cells: [[{ ...base, kind: "memory" }], [claim({ kind: "memory" })]] },
    ],
  };

  it("compares each paper's best claim and summarizes which kinds are alike", () => {
    expect(bestClaim(table.rows[0]!.cells[0]!)?.value).toBe(2);
    const rows = compareComparability(table);
    expect(rows.map((r) => [r.kind, r.issues.length])).toEqual([["speedup", 1], ["memory", 0]]);
    expect(comparabilitySummary(rows, table.papers)).toBe("1 of 2 compared kinds is alike — apples to apples as far as the abstracts say: memory; not alike: speedup.");
  });
});
