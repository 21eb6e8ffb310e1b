import { expect } from "vitest";
import { explainText, extractClaims } from "@/lib/extract";
import { formatTrace } from "@/lib/extract/trace";
import type { Claim } from "@/lib/schema";

export function claimsOf(abstract: string, title = "A test paper"): Claim[] {
  return extractClaims({ id: "test-paper", title, abstract });
}

export type ExpectedClaim = Partial<Pick<Claim, "kind" | "value" | "min" | "qualifier" | "unit" | "baseline" | "phase">> & {
  hardware?: Claim["hardware"]["class"];
  device?: string;
  text?: string;
};

/** Compares only the fields a case names; prints every extracted claim when a case fails. */
export function expectClaims(sentence: string, expected: ExpectedClaim[]): void {
  const claims = claimsOf(sentence);
  const shaped = claims.map((c) => ({
    kind: c.kind,
    value: c.value,
    min: c.min,
    qualifier: c.qualifier,
    unit: c.unit,
    baseline: c.baseline,
    phase: c.phase,
    hardware: c.hardware.class,
    device: c.hardware.device,
    text: c.evidence.text,
  }));
  const steps = formatTrace(explainText(sentence).trace).join("\n");
  const trace = `\n  sentence: ${sentence}\n  got: ${JSON.stringify(shaped.map((c) => [c.kind, c.value, c.min, c.qualifier, c.text]))}\n  trace:\n${steps}`;
  expect(shaped.length, `claim count${trace}`).toBe(expected.length);
  expected.forEach((e, i) => {
    const { value, min, ...rest } = e;
    if (value !== undefined) {
      if (value === null) expect(shaped[i]!.value, trace).toBeNull();
      else expect(shaped[i]!.value, `value of claim ${i}${trace}`).toBeCloseTo(value, 2);
    }
    if (min !== undefined) expect(shaped[i]!.min, `min of claim ${i}${trace}`).toBeCloseTo(min, 2);
    expect(shaped[i], trace).toMatchObject(rest);
  });
}
