import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOverrides } from "@/lib/curation/read-overrides";
import { Claim, OverridesFile } from "@/lib/schema";

const parse = (overrides: unknown[]) => parseOverrides(JSON.stringify({ overrides }), "data/overrides.json");
const target = { paperId: "p", evidence: "2x faster", reason: "checked the paper" };

describe("OverridesFile schema", () => {
  it("the committed data/overrides.json is valid", () => {
    expect(OverridesFile.safeParse(JSON.parse(readFileSync("data/overrides.json", "utf8"))).success).toBe(true);
  });

  it("accepts each action", () => {
    expect(
      parse([
        { action: "reject", ...target },
        { action: "correct", ...target, kind: "speedup", set: { value: 2.5, qualifier: "up_to", metric: "latency" } },
        { action: "correct", ...target, set: { kind: "accuracy", value: -0.4, unit: "pp" } },
        { action: "add", ...target, claim: { kind: "speedup", value: 2, hardware: { class: "GPU", device: "A100" }, phase: "inference" } },
      ]),
    ).toHaveLength(4);
  });

  it.each([
    [[{ action: "reject", ...target, kind: "latency" }], /overrides\[0\] \(reject, paper "p"\): kind: Invalid option/],
    [[{ action: "add", ...target, claim: { kind: "speed", value: 2 } }], /overrides\[0\] \(add, paper "p"\): claim\.kind: Invalid option/],
    [[{ action: "add", ...target, claim: { kind: "memory", value: 0 } }], /overrides\[0\] \(add, paper "p"\): claim.value: value 0 is not valid for kind memory: expected a positive finite number/],
    [[{ action: "reject", ...target }, { action: "correct", ...target, set: { kind: "speedup", value: -2 } }], /overrides\[1\] \(correct, paper "p"\): set.value: value -2 is not valid/],
    [[{ action: "add", ...target, claim: { kind: "speedup" } }], /overrides\[0\].*claim\.value/],
    [[{ action: "reject", ...target, reason: "  " }], /overrides\[0\].*reason: a reason is required/],
    [[{ action: "delete", ...target }], /overrides\[0\] \(delete, paper "p"\): action: .*Expected 'reject' \| 'correct' \| 'add'/],
    [[{ action: "correct", ...target, set: { colour: "red" } }], /overrides\[0\] \(correct, paper "p"\): set: Unrecognized key/],
  ])("rejects %j", (overrides, message) => {
    expect(() => parse(overrides)).toThrow(message);
  });

  it("an accuracy value may be zero or negative", () => {
    expect(parse([{ action: "add", ...target, claim: { kind: "accuracy", value: -1.5, unit: "pp" } }])).toHaveLength(1);
  });

  it("names the file and reports every problem at once, value problems included", () => {
    expect(() => parse([{ action: "reject", ...target, kind: "x" }, { action: "add", ...target, claim: { kind: "cost", value: -1 } }])).toThrow(
      /overrides\[0\] \(reject, paper "p"\): kind: .*\n {2}overrides\[1\] \(add, paper "p"\): claim\.value: value -1 is not valid for kind cost/,
    );
    expect(() => parse([{ action: "reject", ...target, kind: "x" }, { action: "add", ...target, claim: { kind: "y", value: 1 } }])).toThrow(
      /^data\/overrides\.json: 2 invalid override\(s\):\n {2}overrides\[0\].*\n {2}overrides\[1\]/,
    );
  });

  it("invalid JSON and a wrong top level name the expected shape", () => {
    expect(() => parseOverrides("{", "o.json")).toThrow(/o\.json: not valid JSON .*expected \{"overrides": \[\.\.\.\]\}/);
    expect(() => parseOverrides("[]", "o.json")).toThrow(/expected \{"overrides": \[\.\.\.\]\}/);
  });
});

describe("Claim status", () => {
  const claim = {
    id: "p:0-2:speedup",
    paperId: "p",
    kind: "speedup",
    value: 2,
    qualifier: "exact",
    hardware: { class: "GPU" },
    phase: "inference",
    evidence: { start: 0, end: 2, text: "2x", sentence: "2x faster." },
    rule: "multiplier/x",
  };
  it("is optional, so datasets written before overrides stay valid", () => {
    expect(Claim.safeParse(claim).success).toBe(true);
  });
  it("accepts the four statuses and a reason, nothing else", () => {
    for (const status of ["extracted", "corrected", "added", "rejected"]) expect(Claim.safeParse({ ...claim, status, reason: "r" }).success).toBe(true);
    expect(Claim.safeParse({ ...claim, status: "deleted" }).success).toBe(false);
  });
});
