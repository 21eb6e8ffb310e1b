import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EvalSummary } from "@/lib/eval/eval-summary";
import { CLAIM_KINDS } from "@/lib/schema";
import { DIMENSIONS } from "@/lib/views/comparability";
import { comparabilityDimensions, fieldShares, KIND_MEANINGS, qualityRows, workedExamples } from "@/lib/views/methodology";

describe("methodology content", () => {
  it("explains every kind and every comparability dimension", () => {
    expect(Object.keys(KIND_MEANINGS).sort()).toEqual([...CLAIM_KINDS].sort());
    expect(comparabilityDimensions().map((d) => d.dimension)).toEqual([...DIMENSIONS]);
  });

  it("computes its worked examples with the explainer, numbers included", () => {
    const examples = workedExamples();
    expect(examples.find((e) => e.rule === "percent/reduction")!.conversion).toBe("37% lower latency → 1/(1 − 0.37) = 1.59×");
    expect(examples.every((e) => !e.conversion.includes("read by rule"))).toBe(true);
  });

  it("reads the eval summary the build writes (data/eval-summary.json), kinds in order, overall last", () => {
    const summary = EvalSummary.parse(JSON.parse(readFileSync("data/eval-summary.json", "utf8")));
    expect(summary.length).toBeGreaterThan(0);
    const rows = qualityRows(summary[0]!);
    expect(rows.at(-1)!.kind).toBe("overall");
    expect(rows.every((r) => /^\d\.\d\d$/.test(r.f1))).toBe(true);
    expect(fieldShares(summary[0]!).map((f) => f.field)).toEqual(["hardware class", "device", "baseline", "qualifier"]);
  });
});
