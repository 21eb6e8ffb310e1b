import { describe, expect, it } from "vitest";
import { abstractMayHoldQuantity, digitsNearHint, sentenceQuantityKinds } from "../../../lib/extract/quantity-sites";

describe("abstractMayHoldQuantity: the abstract as written", () => {
  it.each([
    "It runs 3.5$\\times$ faster than vLLM.",
    "It runs 6.0times faster.",
    "Latency drops by 37 percent.",
    "Throughput rises by a factor of 3 over the baseline.",
    "The design doubles throughput.",
    "It is Four Times faster.",
    "a speedup of 10\\,000 on one board",
  ])("keeps %j", (text) => expect(abstractMayHoldQuantity(text)).toBe(true));

  it.each([
    "We fine-tune LLaMA-7B and GPT-3 on 8 GPUs in 2024.",
    "A survey of inference systems, without measurements.",
    // The digit and the unit word are too far apart to form one quantity.
    "Released in 2024, the toolkit is widely used; its accuracy on many benchmarks is reported in percent.",
  ])("skips %j", (text) => expect(abstractMayHoldQuantity(text)).toBe(false));
});

describe("sentenceQuantityKinds: canonical sentences", () => {
  it("runs every rule beside a unit, the word rule on number words only, nothing otherwise", () => {
    expect(sentenceQuantityKinds("It is 2.8× faster.")).toBe("all");
    expect(sentenceQuantityKinds("Latency falls from 30 ms to 12 ms.")).toBe("all");
    expect(sentenceQuantityKinds("Accuracy improves by 2.1 points.")).toBe("all");
    expect(sentenceQuantityKinds("It halves the memory.")).toBe("words");
    expect(sentenceQuantityKinds("We evaluate on 8 GPUs.")).toBe("none");
  });

  it("tests the hint around every digit run, not only the first", () => {
    expect(digitsNearHint("Model 7B, batch 16, and then a long stretch of words before 12% lower latency.", /\d%/)).toBe(true);
    expect(digitsNearHint("no digits here at all %", /%/)).toBe(false);
  });
});
