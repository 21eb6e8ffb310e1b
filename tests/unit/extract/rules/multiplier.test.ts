import { describe, it } from "vitest";
import { expectClaims } from "../claims-of";

describe("multiplier rule family", () => {
  const cases: [string, Parameters<typeof expectClaims>[1]][] = [
    // A list item after a bracketed aside continues the measure before it.
    [
      "It achieves speedups of up to 5.6x against the CPU baseline (6226R), 8.4x against the GPU baseline (A6000), and 2.1x against an FPGA baseline.",
      [{ kind: "speedup", value: 5.6, qualifier: "up_to" }, { kind: "speedup", value: 8.4 }, { kind: "speedup", value: 2.1 }],
    ],
    // Multiply-adds are computation.
    ["The network needs 20 times fewer multiply-adds than the baseline.", [{ kind: "compute", value: 20 }]],
    // Work per cycle is a throughput; fewer Gaussian primitives are a smaller scene model.
    ["Fused instructions improve MACs per cycle by up to 1.5x over standard execution.", [{ kind: "speedup", value: 1.5, qualifier: "up_to" }]],
    ["The pruned scene renders 4x faster using 9x fewer primitives than 3D-GS.", [{ kind: "speedup", value: 4 }, { kind: "memory", value: 9 }]],
    // A number that is a verb opens a clause with its own object: no list with the number before it.
    ["The pruner improves decoding throughput by 2.4x, halves the KV cache and keeps accuracy.", [{ kind: "speedup", value: 2.4 }, { kind: "memory", value: 2 }]],
    // A verb of size with the model as object names the measure, ahead of a speed named earlier in the sentence.
    ["The INT4 engine runs 2.2x faster, shrinking the model by 7.1x.", [{ kind: "speedup", value: 2.2 }, { kind: "memory", value: 7.1 }]],
    // Performance per TCO is cost.
    ["The inference chip delivers 1.6x the performance per TCO of the previous generation.", [{ kind: "cost", value: 1.6 }]],
    // Tokens per joule are a rate of energy, not a count of tokens; "less expensive" is money.
    ["The FPGA decoder delivers 2.7x more tokens per joule than an RTX 4090.", [{ kind: "energy", value: 2.7 }]],
    ["The search is 400x less expensive than training every candidate.", [{ kind: "cost", value: 400 }]],
    // Efficiency per resource is outside the kinds; a measure joined to it by "and" is the claim's.
    ["HG-PIPE raises throughput by 2.78x and resource efficiency by 2.52x.", [{ kind: "speedup", value: 2.78 }]],
    ["Both designs improve throughput per DSP by 2.16x over prior FPGA designs.", []],
    ["It delivers a 1.44x improvement in compute density and energy efficiency.", [{ kind: "energy", value: 1.44 }]],
    // A weak "beats … by" takes the measure named later in the clause, past the decimals of the next number.
    [
      "The projected ASIC beats the Jetson AGX Orin by 1.90x and an RTX 4090 by 9.83x in energy efficiency.",
      [{ kind: "energy", value: 1.9, baseline: "the Jetson AGX Orin" }, { kind: "energy", value: 9.83, baseline: "RTX 4090" }],
    ],
    // A term followed by its own "by <number>" measures that number, not the one before it.
    [
      "Our framework reduces peak SRAM usage by 3.4x and latency by 2.1x relative to TFLite Micro.",
      [{ kind: "memory", value: 3.4 }, { kind: "speedup", value: 2.1 }],
    ],
    // A named unit is the number's own measure, whatever the clause names after it.
    ["Lite Transformer reaches 1.8 lower perplexity than the transformer at around 500M MACs.", [{ kind: "accuracy", value: 1.8 }]],
    ["Our method achieves 2.8x speedups over vLLM.", [{ kind: "speedup", value: 2.8, qualifier: "exact", baseline: "vLLM" }]],
    ["It reduces latency by 7.3X on real workloads.", [{ kind: "speedup", value: 7.3 }]],
    ["FlightLLM achieves 6.0times higher energy efficiency.", [{ kind: "energy", value: 6.0, text: "6.0times higher energy efficiency" }]],
    ["The kernel is 5.18\\times$ faster than cuBLAS.", [{ kind: "speedup", value: 5.18 }]],
    ["The model runs x7 faster than the autoregressive baseline.", [{ kind: "speedup", value: 7 }]],
    ["The estimator is over 10 000 times faster than MCMC.", [{ kind: "speedup", value: 10000, qualifier: "at_least" }]],
    ["It yields a 10-fold improvement in energy efficiency.", [{ kind: "energy", value: 10 }]],
    ["We obtain 8x less memory and 2.6x FLOPs reduction.", [{ kind: "memory", value: 8 }, { kind: "compute", value: 2.6 }]],
    ["It offers 9x cheaper inference than dense models.", [{ kind: "cost", value: 9 }]],
    ["The design gives 1.8times better cost efficiency.", [{ kind: "cost", value: 1.8 }]],
    ["Memory traffic drops, with 3x fewer DRAM accesses.", [{ kind: "memory", value: 3 }]],
  ];
  it.each(cases)("%s", (sentence, expected) => expectClaims(sentence, expected));
});

describe("word numbers", () => {
  it.each([
    ["Our approach can cut the memory needed for inference by half.", [{ kind: "memory" as const, value: 2 }]],
    ["The model ran approximately four times as fast as ConvNeXt.", [{ kind: "speedup" as const, value: 4, qualifier: "approx" as const }]],
    ["Our network is twice as fast as the baseline.", [{ kind: "speedup" as const, value: 2 }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));
});

describe("comparative verbs with multipliers", () => {
  it.each([
    ["Our fused MHA outperforms PyTorch by 6.13x on an NVIDIA A100 GPU.", [{ kind: "speedup" as const, value: 6.13, hardware: "GPU" as const }]],
  ])("%s", (sentence, expected) => expectClaims(sentence, expected));
});
