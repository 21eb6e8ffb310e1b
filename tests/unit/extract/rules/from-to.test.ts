import { describe, expect, it } from "vitest";
import { claimsOf, expectClaims } from "../claims-of";

describe("from-to rule family (CLAIMS.md: ratio on a cost, signed difference on quality)", () => {
  it.each([
    ["FLOPS drops from 72.0G of vanilla MoE to 28.6G.", [{ kind: "compute" as const, value: 2.517 }]],
    ["It keeps quality with a negligible FID increase from 1.95 to 1.98.", [{ kind: "accuracy" as const, value: -0.03 }]],
    ["Latency drops from 120 ms to 40 ms on an A100.", [{ kind: "speedup" as const, value: 3, hardware: "GPU" as const }]],
    ["Throughput rises from 10 tokens/s to 25 tokens/s.", [{ kind: "speedup" as const, value: 2.5 }]],
    // A rate's unit names the measure when the words do not.
    ["It boosts rendering from 139 to 215 FPS on the dataset.", [{ kind: "speedup" as const, value: 1.547 }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));

  it.each([
    // Binary units, decibels, and whose or where the first number is ("for X", "on X") is the baseline.
    ["The cache shrinks from 10.5 GiB to 3.5 GiB.", [{ kind: "memory" as const, value: 3 }]],
    ["PSNR rises from 30.10 dB for FSRCNN to 30.40 dB.", [{ kind: "accuracy" as const, value: 0.3, unit: "PSNR", baseline: "FSRCNN" }]],
    ["Latency falls from 50 ms on the host CPU to 10 ms.", [{ kind: "speedup" as const, value: 5, baseline: "the host CPU" }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));

  it("names the baseline whose number comes first", () =>
    expectClaims("FLOPs drop from 40.1G of the dense model to 12.5G.", [{ kind: "compute", value: 3.208, baseline: "the dense model" }]));

  it("does not restate a claim the sentence already makes", () =>
    expectClaims("Next-ViT surpasses ResNet by 5.5 mAP (from 40.4 to 45.9) on COCO detection.", [{ kind: "accuracy", value: 5.5 }]));

  it("reads 'ranging from A to B' as a range", () =>
    expectClaims("Our methods achieve accuracy improvements ranging from 0.90% to 23.35% on 4-bit ViTs.", [
      { kind: "accuracy", value: 23.35, min: 0.9 },
    ]));

  it.each(["We scale the model from 7B to 70B parameters.", "Increasing the prefix length from 1K to 16K tokens lowers throughput."])(
    "configuration and growth are not claims: %s",
    (sentence) => expect(claimsOf(sentence)).toEqual([]),
  );
});
