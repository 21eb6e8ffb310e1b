import { describe, it } from "vitest";
import { expectClaims } from "../claims-of";

describe("percent conversions (CLAIMS.md table)", () => {
  it.each([
    ["The method reduces latency by 50% on average.", [{ kind: "speedup" as const, value: 2.0, qualifier: "average" as const }]],
    ["We observe a 37% latency reduction.", [{ kind: "speedup" as const, value: 1.587 }]],
    // A sign between the verb and a share is its bound: "$<$1/10th the energy" is at most a tenth.
    ["The accelerators need $<$1/10th the energy of off-the-shelf systems.", [{ kind: "energy" as const, value: 10, qualifier: "at_most" as const }]],
    // Conserving energy is a saving; a verb of size on the weights is the model's size; "model sizes" too.
    ["The cluster manager conserves 40% energy against a static cluster.", [{ kind: "energy" as const, value: 1.667 }]],
    ["Pruning cuts its weights by 75% with no accuracy loss.", [{ kind: "memory" as const, value: 4 }]],
    ["Model sizes can be reduced by 60% with 4-bit weights.", [{ kind: "memory" as const, value: 2.5 }]],
    // Filtering out or skipping a share of the work saves it, approximated or not.
    ["The predictor filters out ~60% of the attention computation.", [{ kind: "compute" as const, value: 2.5, qualifier: "approx" as const }]],
    ["Early exit skips 25% of the FLOPs.", [{ kind: "compute" as const, value: 1.333 }]],
    ["This gives a 30% end-to-end speed up.", [{ kind: "speedup" as const, value: 1.3 }]],
    ["We report a 175% improvement in inference speed.", [{ kind: "speedup" as const, value: 2.75 }]],
    ["The system delivers 13% higher throughput.", [{ kind: "speedup" as const, value: 1.13 }]],
    ["It lowers the cost per token by 65% compared with GPT-4 API pricing.", [{ kind: "cost" as const, value: 2.857 }]],
    ["It improves mean end-to-end latency by up to 6.1%.", [{ kind: "speedup" as const, value: 1.065, qualifier: "up_to" as const }]],
    ["It improves throughput by 300% over Orca.", [{ kind: "speedup" as const, value: 4.0 }]],
    ["Decreasing inference times by up to 57.8% on GPUs.", [{ kind: "speedup" as const, value: 2.370, qualifier: "up_to" as const, hardware: "GPU" as const }]],
    ["It has an 18% lower memory footprint.", [{ kind: "memory" as const, value: 1.220 }]],
    ["Pruning reduces the model size by up to 58%.", [{ kind: "memory" as const, value: 2.381, qualifier: "up_to" as const }]],
    ["The student uses only 15% of the parameters.", [{ kind: "memory" as const, value: 6.667 }]],
    ["It achieves 42.9% energy savings.", [{ kind: "energy" as const, value: 1.751 }]],
    ["The accelerator finishes while using 79% of the energy.", [{ kind: "energy" as const, value: 1.266 }]],
    ["It needs 90% fewer FLOPs than DiT.", [{ kind: "compute" as const, value: 10, baseline: "DiT" }]],
    ["We reduce computational cost by 30%.", [{ kind: "compute" as const, value: 1.429 }]],
    ["It shows a saving of GPU hours of 43%.", [{ kind: "cost" as const, value: 1.754 }]],
    ["Caching reduces energy by 100% in idle periods.", [{ kind: "energy" as const, value: null }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));
});

describe("accuracy deltas", () => {
  it.each([
    ["Quantization causes less than 0.75% accuracy drop.", [{ kind: "accuracy" as const, value: -0.75, qualifier: "at_most" as const, unit: "pp" }]],
    ["The model is 1.7% higher than DeiT-S in top-1 accuracy.", [{ kind: "accuracy" as const, value: 1.7 }]],
    ["It outperforms the Switch Transformer by 2 BLEU.", [{ kind: "accuracy" as const, value: 2, unit: "BLEU" }]],
    ["Compression sacrifices the performance by 2.4 points.", [{ kind: "accuracy" as const, value: -2.4 }]],
    ["The pruned model maintains 98% of its performance.", [{ kind: "accuracy" as const, value: -2, unit: "rel%" }]],
    ["Our sampler shows a 0.09 increase in FID.", [{ kind: "accuracy" as const, value: -0.09, unit: "FID" }]],
    ["TART is within 4% of GPT-3 (175B).", [{ kind: "accuracy" as const, value: -4, qualifier: "at_most" as const }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));
});

describe("accuracy comparisons whose verb stands far back", () => {
  it("reads the gain from the clause's verb", () =>
    expectClaims(
      "PoolFormer achieves 82.1% top-1 accuracy, surpassing well-tuned Vision Transformer/MLP-like baselines DeiT-B/ResMLP-B24 by 0.3%/1.1% accuracy with 35%/52% fewer parameters.",
      [
        { kind: "accuracy", value: 0.3 },
        { kind: "accuracy", value: 1.1 },
        { kind: "memory", value: 1.538 },
        { kind: "memory", value: 2.083 },
      ],
    ));
});
