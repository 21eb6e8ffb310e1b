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
    ["Our method achieves a speedup of 2.3 over FlashAttention.", [{ kind: "speedup", value: 2.3, baseline: "FlashAttention" }]],
    ["We observe speedups of 1.5-2.0 across models.", [{ kind: "speedup", value: 2, min: 1.5 }]],
    ["The speedup ratio reaches 3.1 on average.", [{ kind: "speedup", value: 3.1, qualifier: "average" }]],
    ["We obtain an average speedup of 1.9x on long sequences.", [{ kind: "speedup", value: 1.9, qualifier: "average" }]],
    ["It reduces the number of FLOPs by a factor of two.", [{ kind: "compute", value: 2 }]],
    ["Memory consumption is reduced to 1/4 of the original.", [{ kind: "memory", value: 4 }]],
    ["Inference latency is reduced to 38% of the baseline.", [{ kind: "speedup", value: 2.632 }]],
    ["The model size shrinks from 1.2 GB to 300 MB.", [{ kind: "memory", value: 4 }]],
    ["Latency falls from 2.1 s to 450 ms.", [{ kind: "speedup", value: 4.667 }]],
    ["It compresses the model by 10.5x with 1% accuracy loss.", [{ kind: "memory", value: 10.5 }, { kind: "accuracy", value: -1 }]],
    ["It consumes 4.5x less energy per token than an A100.", [{ kind: "energy", value: 4.5, baseline: "A100" }]],
    ["We use 4x fewer GPUs to serve the same load.", [{ kind: "cost", value: 4 }]],
    ["The bill for serving 100 million requests drops from 4,223 USD to just 18 USD.", [{ kind: "cost", value: 234.611 }]],
    ["Storage drops from 24 GB to 9.6 GB per model.", [{ kind: "memory", value: 2.5 }]],
    ["It uses less than 1/1000 of the memory of PyTorch.", [{ kind: "memory", value: 1000, qualifier: "at_most" }]],
    ["We compress the KV cache to 12.5% of its original size.", [{ kind: "memory", value: 8 }]],
    ["Throughput doubles compared to vLLM.", [{ kind: "speedup", value: 2, baseline: "vLLM" }]],
    ["It needs half the memory of the FP16 model.", [{ kind: "memory", value: 2, baseline: "the FP16 model" }]],
    ["It consumes half as much energy as the GPU.", [{ kind: "energy", value: 2, baseline: "the GPU" }]],
    // A count after "speedup of" is no speedup.
    ["The speedup of 0 reported there is an artifact.", []],
  ];
  it.each(cases)("%s", (sentence, expected) => expectClaims(sentence, expected));
});
