import { describe, expect, it } from "vitest";
import { claimsOf, expectClaims } from "./claims-of";
import { explainText } from "@/lib/extract";

describe("accuracy sanity: only accuracy-like changes of the method", () => {
  it.each([
    "The inception score rises from 80.4 to 356.4 with our sampler.",
    "Our scheme reduces accuracy loss by 49% compared with naive pruning.",
    "LongLoRA achieves 39% of the perplexity of full fine-tuning.",
  ])("%s", (sentence) => expect(claimsOf(sentence).filter((c) => c.kind === "accuracy")).toEqual([]));

  it("keeps accuracy changes in points, losses negative", () =>
    expectClaims("The 4-bit model loses only 0.2-0.3% accuracy.", [{ kind: "accuracy", value: -0.3, min: -0.2, unit: "pp" }]));

  it("keeps a share of an improvement", () =>
    expectClaims("It recovers 92% of the perplexity improvement.", [{ kind: "accuracy", value: -8, unit: "rel%" }]));

  it("says why a number was dropped", () => {
    const { trace } = explainText("The inception score rises from 80.4 to 356.4 with our sampler.");
    expect(trace.find((s) => s.outcome === "dropped")).toMatchObject({ step: "accuracy-sanity" });
  });
});
