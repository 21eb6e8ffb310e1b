import { describe, expect, it } from "vitest";
import { claimsOf } from "../claims-of";

const qualifiers = (s: string) => claimsOf(s).map((c) => c.qualifier);

describe("qualifiers", () => {
  it.each([
    ["It is up to 3x faster than vLLM.", ["up_to"]],
    ["Neutron averages a 1.8x speedup (4x peak) over the rival NPU.", ["average", "up_to"]],
    ["On average it is 4x and 19x faster than OuterSPACE and MKL, respectively.", ["average", "average"]],
    ["Energon reaches 8.7x geo-mean speedup over an NVIDIA V100 GPU.", ["average"]],
    ["It delivers over 10x speedup for prefill and 2~3x speedup for decoding.", ["at_least", "exact"]],
    ["Power efficiency rises by up to 4.00x (1.03x) compared with a GPU (FPGA) baseline.", ["up_to", "up_to"]],
    ["It costs less than 0.75% accuracy drop.", ["at_most"]],
    // The cue that starts first wins: "no more than" is at most, not the "more than" inside it.
    ["Accuracy drops by no more than 0.5% while memory falls by 2x.", ["at_most", "exact"]],
    ["It is 2x or more faster than vLLM.", ["at_least"]],
    ["We observe a median speedup of 2.1x, and the geometric mean speedup is 1.8x.", ["average", "average"]],
    ["It is up to ~3x faster than the baseline.", ["up_to"]],
    ["It yields a 2.3x speedup at best.", ["up_to"]],
    // "maximum" before a measure names the measure ("the maximum throughput"); before a gain it bounds it.
    ["Dynamic gating improves the maximum throughput by 6.21-11.23x.", ["exact"]],
    ["It achieves a maximum speedup of 3.1x.", ["up_to"]],
    ["A broader policy raises the average speedup to 1.52x.", ["average"]],
    ["LightGaussian achieves an average compression rate of 15x.", ["average"]],
    // "an average" in front of a loss or drop qualifies its number, as it does a speedup.
    ["The quantized model keeps its speed with an average accuracy degradation of 0.4%.", ["average"]],
    // An aside in parentheses is no list item the next number continues.
    ["ProMoE achieves average speedups of 2.20x (up to 3.21x) and 2.07x (up to 5.02x) over offloading.", ["average", "up_to", "average", "up_to"]],
    // "on average" after the last of coordinated claims covers them all, but not a range or a contrast.
    ["Mandheling trains 5.5x faster and uses 8.9x less energy on average than prior frameworks.", ["average", "average"]],
    ["CNV improves performance over DaDianNao by 1.24x to 1.55x, and by 1.37x on average.", ["exact", "average"]],
    ["ANT accelerators achieve 2.8x speedup and 2.5x energy efficiency improvement over prior quantization accelerators on average.", ["average", "average"]],
    ["It achieves 22.4x faster prefill and 30.7x energy savings on average, and up to 32.8x speedup end to end.", ["average", "average", "up_to"]],
    // A frame between the items of a list does not end it: "up to" still covers the second.
    ["LoongServe improves maximum throughput by up to 3.85x compared with chunked prefill and 5.81x compared with disaggregation.", ["up_to", "up_to"]],
    // The extreme of a saving: "as little as", "down to (only)".
    ["The sparse model needs as little as half of the compute at inference time.", ["up_to"]],
    ["Pruning keeps accuracy while going down to only 5% of the parameters.", ["up_to"]],
    // A new verb starts a predicate of its own: the bound of the earlier claim stays there.
    ["Speculation removes up to 78% of the attention operations, and out-of-order computing eliminates 63% of the memory access.", ["up_to", "exact"]],
    // A number with its own "by" is a phrase of its own: the list's qualifier stays with the first.
    ["It reduces first-token latency by up to 5.2x and end-to-end latency by 1.6x.", ["up_to", "exact"]],
    ["It is up to 3x and 1.9x faster than FlexGen and vLLM, respectively.", ["up_to", "up_to"]],
    // A sign on the number qualifies that number alone; a word in front of a list qualifies every item.
    ["It outperforms prior models by ~3% for concept extraction and 7% for relation extraction.", ["approx", "exact"]],
    ["It needs >3.4x fewer FLOPs and gives 0.9% higher accuracy than MobileViT.", ["at_least", "exact"]],
    ["It cuts latency by up to 2x on the A100 and 3x on the H100.", ["up_to", "up_to"]],
    ["Kangaroo achieves speedups of up to 1.68x over vanilla decoding, outperforming Medusa with 88.7% fewer additional parameters.", ["up_to", "exact"]],
    ["It outperforms TVM by up to 1.48x (1.22x on average) on transformer models.", ["up_to", "average"]],
    ["Preble outperforms serving systems by 1.5x to 14.5x on average latency.", ["exact"]],
    ["SIGMA is on average 5.7x faster than a systolic array with the same multipliers, and 3x faster on dense GEMMs.", ["average", "exact"]],
    // "peak memory" is a measure, "a peak speedup" a qualifier.
    ["On an STM32 microcontroller, our method reduces peak memory by 3.1x.", ["exact"]],
    ["Our method achieves a peak speedup of 3.4x over PyTorch.", ["up_to"]],
    ["The method cuts peak GPU memory usage by 40%.", ["exact"]],
  ])("%s", (sentence, expected) => expect(qualifiers(sentence)).toEqual(expected));
});
