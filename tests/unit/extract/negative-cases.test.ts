import { describe, expect, it } from "vitest";
import { claimsOf } from "./claims-of";

/* CLAIMS.md "Not claims": every sentence here must yield nothing. */
describe("not claims", () => {
  it.each([
    "Our model achieves 83.6% top-1 accuracy on ImageNet.",
    "Generation takes 0.5 seconds per image and reaches 84 TFLOPS.",
    "We use sparsity ratios of 70% and 2-4 steps of sampling.",
    "Images are split into 16x16 patches at 1024x1024 resolution.",
    "Fine-tuning uses 10% of the data.",
    // Amounts of training data and the size of a latent representation are settings.
    "The generator works in a 16{\\times} spatially compressed latent space and is trained on 4{\\times} fewer images.",
    // A share of the weights a method protects is a setting.
    "Protecting only 1% of the salient weights greatly reduces quantization error.",
    // Carbon is outside the kinds (docs/claims.md).
    "Training emits 14x less CO2e than the dense model.",
    "It was developed with 1/7th the carbon footprint of GPT-3.",
    "We train 25x larger models than before.",
    "This yields a model 18 times larger than GPT-2.",
    "It lowers toxicity and is an order of magnitude faster.",
    "The method is exponentially faster and significantly cheaper.",
    "On the TensorRT platform it scores 83.3% vs. 80.8% for ResNet101.",
    "Execution is dominated by attention, which accounts for 44% of execution time.",
    "We evaluate with 4-bit weights and a batch size of 64.",
    "The model retains 128K tokens of context and processes 95%ile requests.",
    "We train on 8x A100 GPUs for 3 days on a server with 4x NVIDIA H100 80GB GPUs.",
    "Our 7B model is trained on 2T tokens with a 4K context, pruning 50% of the weights.",
    "The compression ratio is 92.2% on the vision tokens.",
    "It scales to 1M tokens, 10x longer than prior work.",
    "Over 90% of the latency comes from attention.",
    "We evaluate on 12 datasets with 3x more samples than previous studies.",
    "We increase the batch size by 4x and the context length by 8x.",
    "The recent multi-task ViT M3ViT adds experts; it improves accuracy and cuts computation by over 80%, but running it on an FPGA remains open.",
  ])("%s", (sentence) => {
    expect(claimsOf(sentence).map((c) => `${c.kind} ${c.value} "${c.evidence.text}"`)).toEqual([]);
  });
});

describe("scale statements about the baseline", () => {
  it("a model matching one twice its size claims no memory saving", () => {
    expect(claimsOf("Our Mamba-3B model matches Transformers twice its size.")).toEqual([]);
  });
});

describe("statements about earlier work", () => {
  it("keeps a sentence that opens on earlier work but states the paper's own number", () => {
    expect(claimsOf("Existing systems stall on long prompts, while our system is 2x faster than them.").map((c) => c.value)).toEqual([2]);
  });
});

describe("a baseline's own number", () => {
  it("in parentheses right after the baseline's name is not a claim of the method", () =>
    expect(claimsOf("Our method (2.1x) clearly outperforms prior sparse kernels (1.3x).").map((c) => c.value)).toEqual([2.1]));
  it("keeps a parenthesised second figure of the method's own", () =>
    expect(claimsOf("Power efficiency rises by up to 4.00x (1.03x) compared with a GPU (FPGA) baseline.").map((c) => c.value)).toEqual([4, 1.03]));
});
