import { describe, expect, it } from "vitest";
import { applyOverrides } from "@/lib/curation/apply-overrides";
import { extractClaims } from "@/lib/extract";
import { parseOverrides } from "@/lib/curation/read-overrides";
import type { Override } from "@/lib/schema";

/* Hardening (issue #13): contradicting or repeated overrides are reported as what they are. */
const PAPER = { id: "flightllm", title: "FlightLLM", abstract: "FlightLLM beats NVIDIA A100 GPU with 1.2times higher throughput. It is small and uses 90% fewer FLOPs overall." };
const extracted = extractClaims(PAPER);
const target = extracted.find((c) => c.evidence.text === "1.2times higher throughput")!;

describe("applyOverrides on contradicting overrides", () => {
  it("a correct after a reject of the same claim does not un-reject it and is reported", () => {
    const overrides: Override[] = [
      { action: "reject", paperId: PAPER.id, evidence: target.evidence.text, reason: "not comparable" },
      { action: "correct", paperId: PAPER.id, evidence: target.evidence.text, set: { value: 1.3 }, reason: "typo" },
    ];
    const { claims, report } = applyOverrides([PAPER], extracted, overrides);
    expect(claims.find((c) => c.id === target.id)).toMatchObject({ status: "rejected", value: target.value });
    expect(report.orphaned).toMatchObject([{ index: 1, problem: expect.stringMatching(/overrides\[0\] rejects this claim/) }]);
  });

  it("a second identical add is reported as a duplicate, not as found by the extractor", () => {
    const add: Override = { action: "add", paperId: PAPER.id, evidence: "It is small", claim: { kind: "compute", value: 10 }, reason: "missed" };
    const { claims, report } = applyOverrides([PAPER], extracted, [add, add]);
    expect(claims.filter((c) => c.status === "added")).toHaveLength(1);
    expect(report.orphaned).toMatchObject([{ index: 1, problem: expect.stringMatching(/duplicate of overrides\[0\]/) }]);
  });
});

describe("parseOverrides", () => {
  it("accepts a file saved with a UTF-8 byte-order mark", () => {
    const text = '\uFEFF{"overrides": [{"action": "reject", "paperId": "p", "evidence": "2x", "reason": "r"}]}';
    expect(parseOverrides(text, "overrides.json")).toMatchObject([{ action: "reject", paperId: "p" }]);
  });
});
