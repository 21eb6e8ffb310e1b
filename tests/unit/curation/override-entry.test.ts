import { describe, expect, it } from "vitest";
import { buildOverrideEntry, correctionInputFor } from "@/lib/curation/override-entry";
import { Override, type Claim } from "@/lib/schema";

const claim: Claim = {
  id: "fast-llm:10-14:speedup",
  paperId: "fast-llm",
  kind: "speedup",
  value: 3,
  qualifier: "up_to",
  hardware: { class: "GPU", device: "NVIDIA A100" },
  baseline: "vLLM",
  phase: "inference",
  evidence: { start: 10, end: 14, text: "3.0x", sentence: "It is up to 3.0x faster than vLLM." },
  rule: "multiplier/times",
};

describe("buildOverrideEntry", () => {
  it("rejects with the claim's key and a reason, and the entry parses as an Override", () => {
    const result = buildOverrideEntry(claim, { ...correctionInputFor(claim), action: "reject", reason: "a configuration number" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry).toEqual({ action: "reject", paperId: "fast-llm", evidence: "3.0x", kind: "speedup", reason: "a configuration number" });
    expect(Override.parse(JSON.parse(result.json))).toEqual(result.entry);
  });

  it("puts only the changed fields in set", () => {
    const input = { ...correctionInputFor(claim), value: "2.5", qualifier: "average" as const, hardwareClass: "FPGA" as const, device: "", reason: "the table says 2.5 on average" };
    const result = buildOverrideEntry(claim, input);
    expect(result).toMatchObject({ ok: true, entry: { action: "correct", set: { value: 2.5, qualifier: "average", hardware: { class: "FPGA" } } } });
    if (result.ok) {
      expect(Object.keys((result.entry as { set: object }).set).sort()).toEqual(["hardware", "qualifier", "value"]);
      expect(Override.safeParse(JSON.parse(result.json)).success).toBe(true);
    }
  });

  it("changes kind and baseline and sets a range", () => {
    const result = buildOverrideEntry(claim, { ...correctionInputFor(claim), kind: "memory", min: "1.5", baseline: "FlexGen", reason: "KV cache size" });
    expect(result).toMatchObject({ ok: true, entry: { set: { kind: "memory", min: 1.5, baseline: "FlexGen" } } });
    if (result.ok) expect(Override.safeParse(result.entry).success).toBe(true);
  });

  it("says what is wrong instead of building an entry Override would refuse", () => {
    expect(buildOverrideEntry(claim, { ...correctionInputFor(claim), value: "2" })).toMatchObject({ ok: false, error: expect.stringMatching(/reason/) });
    expect(buildOverrideEntry(claim, { ...correctionInputFor(claim), reason: "x" })).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing differs/) });
    expect(buildOverrideEntry(claim, { ...correctionInputFor(claim), value: "abc", reason: "x" })).toMatchObject({ ok: false, error: expect.stringMatching(/not a number/) });
    expect(buildOverrideEntry(claim, { ...correctionInputFor(claim), value: "-2", reason: "x" })).toMatchObject({ ok: false, error: expect.stringMatching(/not valid for kind speedup/) });
    expect(buildOverrideEntry(claim, { ...correctionInputFor(claim), min: "9", reason: "x" })).toMatchObject({ ok: false, error: expect.stringMatching(/must not exceed/) });
  });

  it("allows a negative accuracy change", () => {
    const accuracy: Claim = { ...claim, kind: "accuracy", value: 1, unit: "pp", qualifier: "exact" };
    const result = buildOverrideEntry(accuracy, { ...correctionInputFor(accuracy), value: "−0.5", reason: "a drop" });
    expect(result).toMatchObject({ ok: true, entry: { set: { value: -0.5 } } });
    if (result.ok) expect(Override.safeParse(result.entry).success).toBe(true);
  });
});
