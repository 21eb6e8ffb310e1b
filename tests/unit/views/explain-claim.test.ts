import { describe, expect, it } from "vitest";
import { claimFacts, explainClaim } from "@/lib/views/explain-claim";
import type { Claim } from "@/lib/schema";

function claim(fields: Partial<Claim> & { text: string }): Claim {
  const { text, ...rest } = fields;
  return {
    id: "p:speedup:1",
    paperId: "p",
    kind: "speedup",
    value: 1,
    qualifier: "exact",
    hardware: { class: "unspecified" },
    phase: "inference",
    evidence: { start: 0, end: text.length, text, sentence: `We get ${text}.` },
    rule: "multiplier/suffix",
    ...rest,
  };
}

describe("explainClaim", () => {
  it("shows a percent reduction's conversion with its numbers", () => {
    const e = explainClaim(claim({ text: "37% lower latency", value: 1 / 0.63, rule: "percent/reduction", kind: "speedup" }));
    expect(e.conversion).toBe("37% lower latency → 1/(1 − 0.37) = 1.59×");
  });

  it.each([
    ["percent/increase", "45% higher throughput", 1.45, "speedup", "45% higher throughput → 1 + 0.45 = 1.45×"],
    ["percent/share-of", "83% of the energy", 100 / 83, "energy", "83% of the energy → 100/83 = 1.2×"],
    ["percent/slowdown", "15% lower speed", 0.85, "speedup", "15% lower speed → 1 − 0.15 = 0.85×"],
    ["percent/rate-share", "85% of the FP16 kernel's speed", 0.85, "speedup", "85% of the FP16 kernel's speed → 85/100 = 0.85×"],
    ["percent/retained-share", "retains 98.5% of the accuracy", -1.5, "accuracy", "retains 98.5% of the accuracy → −(100 − 98.5) = −1.5 pp"],
    ["accuracy/loss", "0.75% accuracy drop", -0.75, "accuracy", "0.75% accuracy drop → −0.75 = −0.75 pp"],
    ["from-to/ratio", "from 72.0G of vanilla MoE to 28.6G", 72 / 28.6, "compute", "from 72.0G of vanilla MoE to 28.6G → 72/28.6 = 2.52×"],
    ["from-to/difference", "from 1.95 to 1.98", 0.03, "accuracy", "from 1.95 to 1.98 → 1.98 − 1.95 = +0.03 pp"],
  ] as const)("%s", (rule, text, value, kind, expected) => {
    expect(explainClaim(claim({ text, value, rule, kind })).conversion).toBe(expected);
  });

  it("reads multipliers as written and says when a value is not convertible", () => {
    expect(explainClaim(claim({ text: "2.8x speedups", value: 2.8 })).conversion).toBe("2.8x speedups → 2.8× (a multiplier as written)");
    expect(explainClaim(claim({ text: "reduces cost by 100%", value: null, rule: "percent/reduction", kind: "cost" })).conversion).toMatch(/not convertible/);
  });

  it("names qualifier, canonical and written baseline, hardware, device and baseline hardware", () => {
    const e = explainClaim(
      claim({
        text: "3.1x faster",
        value: 3.1,
        qualifier: "up_to",
        baseline: "the vLLM baseline",
        baselineCanonical: "vLLM",
        hardware: { class: "GPU", device: "NVIDIA A100" },
        baselineHardware: "CPU",
      }),
    );
    expect(e).toMatchObject({ qualifier: "up to", baseline: "vLLM (written: the vLLM baseline)", hardwareClass: "GPU", device: "NVIDIA A100", baselineHardware: "CPU" });
    expect(e.summary).toBe("3.1x faster → 3.1× (a multiplier as written) · qualifier: up to · baseline: vLLM (written: the vLLM baseline) · hardware: GPU (NVIDIA A100) · baseline hardware: CPU");
  });

  it("falls back to the rule when the numbers do not reproduce the value (a reviewer's correction)", () => {
    const e = explainClaim(claim({ text: "37% lower latency", value: 2, rule: "percent/reduction", status: "corrected" }));
    expect(e.conversion).toBe("37% lower latency → 2× (read by rule percent/reduction) (value set by a reviewer)");
  });
});

describe("claimFacts", () => {
  it("lists conversion, qualifier, baseline, hardware and phase, and the optional facts only when known", () => {
    const bare = claimFacts(claim({ text: "2x" }));
    expect(bare.map((f) => f.term)).toEqual(["Conversion", "Qualifier", "Baseline", "Hardware", "Phase"]);
    expect(bare.find((f) => f.id === "baseline")?.detail).toBe("not named");
    const full = claimFacts(claim({ text: "2x", baseline: "vLLM", baselineHardware: "CPU", metric: "throughput", hardware: { class: "GPU", device: "NVIDIA A100" } }));
    expect(full.map((f) => f.id)).toEqual(["conversion", "qualifier", "baseline", "hardware", "baseline-hardware", "metric", "phase"]);
    expect(full.find((f) => f.id === "hardware")?.detail).toBe("GPU · NVIDIA A100");
  });
});
