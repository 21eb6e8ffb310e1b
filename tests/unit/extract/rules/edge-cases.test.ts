import { describe, it } from "vitest";
import { expectClaims } from "../claims-of";

/* docs/claims.md "Edge cases", one sentence each, written for these tests. */
describe("contract edge cases", () => {
  const cases: [string, Parameters<typeof expectClaims>[1]][] = [
    ["Our method is two orders of magnitude faster than exhaustive search.", []],
    ["The pruned model runs at 15% lower speed than the dense one but uses half the memory.", [{ kind: "speedup", value: 0.85, baseline: "the dense one" }, { kind: "memory", value: 2 }]],
    ["The INT8 kernel reaches 85% of the FP16 kernel's speed.", [{ kind: "speedup", value: 0.85, baseline: "the FP16 kernel" }]],
    ["The design is at least 4x and as much as 15x faster than the CPU baseline.", [{ kind: "speedup", value: 4, qualifier: "at_least" }, { kind: "speedup", value: 15, qualifier: "up_to" }]],
    ["Quantization costs a 0.2-0.3% drop in accuracy.", [{ kind: "accuracy", value: -0.3, min: -0.2 }]],
    ["It achieves 3.2x higher tokens/s/W than an A100.", [{ kind: "energy", value: 3.2 }]],
    ["Training takes 5x fewer GPU-hours than the baseline recipe.", [{ kind: "cost", value: 5, phase: "training" }]],
    ["Serving requires 4x fewer GPUs than a tensor-parallel deployment.", [{ kind: "cost", value: 4 }]],
    ["We increase the batch size by 4x and the context length by 8x.", []],
    ["The method reduces the time to first token by 58%.", [{ kind: "speedup", value: 2.381, phase: "inference" }]],
    ["We improve efficiency with an early exit rule, saving 20% of computation on average.", [{ kind: "compute", value: 1.25, qualifier: "average" }]],
    ["C4 cuts error-induced overhead by roughly 30% and enhances runtime performance by about 15%.", [{ kind: "compute", value: 1.429 }, { kind: "speedup", value: 1.15, qualifier: "approx" }]],
    ["Gemma 2B-2B outperforms Gemma 2B by sim7\\% after instruction tuning.", [{ kind: "accuracy", value: 7, qualifier: "approx" }]],
    ["Our approach outperformed previous models by ~3% for concept extraction.", [{ kind: "accuracy", value: 3, qualifier: "approx" }]],
    ["This leads to significant (2-3x) gains in inference throughput.", [{ kind: "speedup", value: 3, min: 2 }]],
  ];
  it.each(cases)("%s", (sentence, expected) => expectClaims(sentence, expected));
});
