import { describe, expect, it } from "vitest";
import { claimsOf, expectClaims } from "../claims-of";

describe("versus rule: the method's number beside the baseline's", () => {
  it.each([
    // Quality: the signed difference, in the metric's own unit; lower perplexity is better.
    [
      "The 8B model reaches a C4 perplexity of 9.4 against a prior state of the art of 11.0.",
      [{ kind: "accuracy" as const, value: 1.6, unit: "PPL", baseline: "a prior state of the art" }],
    ],
    ["It gets a top-1 accuracy of 78.2% versus 76.9% for the dense ResNet-50.", [{ kind: "accuracy" as const, value: 1.3, unit: "pp", baseline: "the dense ResNet-50" }]],
    ["The pruned model scores a BLEU of 28.1 vs. 27.3 for magnitude pruning.", [{ kind: "accuracy" as const, value: 0.8, baseline: "magnitude pruning" }]],
    // A named metric on both numbers is the unit and the measure.
    ["The detector reaches 41.2 mAP vs. 40.1 mAP for the dense backbone.", [{ kind: "accuracy" as const, value: 1.1, unit: "mAP", baseline: "the dense backbone" }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));

  it.each([
    // A number after "by" is already the change; "3-bit" is a configuration, not the baseline's score.
    "With 3-bit weights, it reduces perplexity by 1.9 on average compared with the best prior 3-bit data type.",
    "A batch size of 8 vs. 16 changes little.",
    "We compare 7B vs. 13B models.",
  ])("no score pair: %s", (sentence) => expect(claimsOf(sentence).filter((c) => c.evidence.text.match(/vs|versus|compared/))).toEqual([]));
});
