import { describe, expect, it } from "vitest";
import { claimsOf, expectClaims } from "../claims-of";

const baselines = (text: string) => claimsOf(text).map((c) => c.baseline);

describe("the model a method is applied to is the baseline", () => {
  it.each([
    ["Our pruning method cuts FLOPs by 61% on Qwen2-7B with no loss.", ["Qwen2-7B"]],
    ["On Gemma-2B, the kernel lowers latency by 1.8x.", ["Gemma-2B"]],
    ["With our sparsifier, Vicuna-13B achieves a 40% reduction in FLOPs while keeping 98% of its accuracy.", ["Vicuna-13B", "Vicuna-13B"]],
    ["It delivers 2.1x the throughput for BERT-large on long inputs.", ["BERT-large"]],
    // A while-clause is part of the clause whose subject is the model.
    ["On SD-XL, TGATE lowers the latency by 1.9x, while improving FID by 0.53 points.", ["SD-XL", "SD-XL"]],
    // CNN and chat-model families count as known models too.
    ["Our pruned VGG-16 achieves state-of-the-art results with a 5x speed-up.", ["VGG-16"]],
    ["For VGGNet, a multi-pass version of network slimming gives a 20x reduction in model size.", ["VGGNet"]],
    ["Applied to ChatGLM2 at a context length of 32k, it makes inference 50% faster.", ["ChatGLM2"]],
    ["It demonstrates that our method can speed up ViTs by 1.7x with negligible accuracy drop.", ["ViTs"]],
    ["It gives a 69% improvement in inference speed on PixArt-alpha.", ["PixArt-alpha"]],
    // The end of a range of models is no model the claim is made on.
    ["Across LLMs ranging from MobileLlama to Vicuna-13B, our approach demonstrates up to 2.49x speedup.", [undefined]],
    // "With <model>," and "experiments with <model>" opening the clause name the model the claim is made on; a tool after a verb does not.
    ["With ResNet-101, we achieve a 38% FLOPs reduction.", ["ResNet-101"]],
    ["Similar experiments with VGG-19 show that parameters can be reduced by 11x.", ["VGG-19"]],
    ["We pair the method with LLaMA-2-7B to decode 2x faster.", [undefined]],
    // A comma-separated list of claims shares the model after its last item; upper-case LLAMA is LLaMA.
    ["It cuts prefill latency by 30%, decoding latency by 50% and GPU memory by 20% on LLaMA3-8B.", ["LLaMA3-8B", "LLaMA3-8B", "LLaMA3-8B"]],
    ["Slicing removes rows of LLAMA2-7B and Phi-2 while keeping 98% and 92% of their zero-shot performance, respectively.", ["LLAMA2-7B", "Phi-2"]],
    // The model after the last of coordinated claims covers them all.
    ["Pruning gives a 2.9x FLOPs reduction and 11x compression on ResNet-50.", ["ResNet-50", "ResNet-50"]],
    // A suite of models the method was evaluated on is no one model a claim is made on; the models it is built on are.
    ["Evaluated on BERT, RoBERTa and GPT-2, our pruning removes 64% of the attention FLOPs.", [undefined]],
    ["On Mistral-7B and other LLMs, the cache policy cuts decoding latency by 1.6x.", [undefined]],
    ["Built on Llama-2-7B and Llama-2-13B, our sparse models decode up to 2.2x faster.", ["Llama-2-7B"]],
  ])("%s", (sentence, expected) => expect(baselines(sentence)).toEqual(expected));

  it("pairs a 'respectively' list of models with the numbers", () =>
    expect(baselines("Applied to SDXL and DiT-XL, the method cuts sampling time by 35% and 28%, respectively.")).toEqual(["SDXL", "DiT-XL"]));

  it("pairs a 'respectively' list of models named after the numbers", () =>
    expect(baselines("The sparse attention gives 2.1x and 1.9x end-to-end speedup on CogVideoX and HunyuanVideo, respectively.")).toEqual(["CogVideoX", "HunyuanVideo"]));

  it("names no model when the 'respectively' list does not pair up", () =>
    expect(baselines("Applied to SDXL and Kandinsky, the method cuts sampling time by 35% and 28%, respectively.")).toEqual([undefined, undefined]));

  it("leaves a frame's baseline alone and does not take a tool or a compared model as the subject", () => {
    expect(baselines("On Llama-2-7B, our kernel is 2.3x faster than FlashAttention-2.")).toEqual(["FlashAttention-2"]);
    expect(baselines("Trained with Llama-2 as the teacher, our model cuts latency by 45%.")).toEqual([undefined]);
  });

  it("does not read a new model's own name as a known family", () =>
    expectClaims("SpikingBrain-7B attains over 100x speedup in time to first token.", [{ kind: "speedup", value: 100, baseline: undefined }]));
});

describe("a multiple of the baseline's measure", () => {
  it("reads '0.53x the speed of X' as a comparison with X, whose hardware is the baseline's", () => {
    const [slower, faster] = claimsOf("Our design reaches 0.53x the speed of an RTX 3090 and 2x the throughput of FlexGen.");
    expect(slower).toMatchObject({ value: 0.53, baseline: "RTX 3090", baselineHardware: "GPU" });
    expect(slower!.hardware.class).toBe("unspecified");
    expect(faster).toMatchObject({ value: 2, baseline: "FlexGen" });
  });
});
