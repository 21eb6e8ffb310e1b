import { describe, expect, it } from "vitest";
import { claimsOf, expectClaims } from "../claims-of";
import { canonicalBaseline } from "@/lib/extract/baseline-names";

const baselines = (text: string) => claimsOf(text).map((c) => c.baseline);

describe("baselines from comparison frames", () => {
  it("a reference after 'within' is the baseline, in a sentence with a 'respectively' list too", () =>
    expect(baselines("On a ZCU104, it runs the three networks at 120, 64 and 300 frames per second, respectively, with accuracy within 0.8% of the full-precision models.")).toEqual(["the full-precision models"]));

  it.each([
    ["SOFA delivers 9.5x speedup and 71.5x higher energy efficiency than an Nvidia A100 GPU.", ["Nvidia A100 GPU", "Nvidia A100 GPU"]],
    ["TPU v4 beats TPU v3 by 2.1x on production workloads.", ["TPU v3"]],
    ["Our approach needs only 15% of the parameters and computational complexity compared to PixArt-delta.", ["PixArt-delta", "PixArt-delta"]],
    ["The INT4 pipeline is 8.5x faster compared to the inference of FP16.", ["FP16"]],
    ["FiTv2 exhibits 2x convergence speed of FiT.", ["FiT"]],
    ["FiTv2 exhibits 2times convergence speed of FiT.", ["FiT"]],
    ["Medusa-1 achieves over 2.2x speedup relative to ordinary autoregressive decoding, and Medusa-2 raises the speedup to 2.3-3.6x.", ["ordinary autoregressive decoding", "ordinary autoregressive decoding"]],
    // "the same operation on X": the work is no baseline, its platform is (without the sentence's full stop).
    ["On a wafer-scale chip, the GEMV is 310x faster than the same operation on an NVIDIA H100 GPU.", ["NVIDIA H100 GPU"]],
    // A coordinated verb ends the baseline's phrase: "… and incurs …".
    ["It outperforms prior quantized models and incurs only a 0.05 increase in FID, while saving 12x bit operations.", ["prior quantized models", "prior quantized models"]],
    // A platform after the frame does not end a coordinated number's share of it.
    ["It is up to 1.4x faster than ring attention on 8 GPUs and up to 1.6x on 16 TPU chips.", ["ring attention", "ring attention"]],
    // The same subject going on after an aside keeps the comparison: "…, and it cuts energy by …".
    ["The kernel runs 2.1x faster than llama.cpp on an Arm CPU, with larger models gaining more, and it cuts energy by 40%.", ["llama.cpp", "llama.cpp"]],
    // Later claims of the same subject keep the sentence's comparison; a clause with its own setting does not.
    ["The binarized network runs 4.1x faster than its floating-point counterpart and uses 30x less memory, at an accuracy cost of about 2%.", ["its floating-point counterpart", "its floating-point counterpart", "its floating-point counterpart"]],
    ["For the 65B model it compresses the cache by 40% against the full-cache model, and for the 7B model the memory saving reaches 57%.", ["the full-cache model", undefined]],
    // The named owner of the measure reduced ("X's size by N"), and of a retained score, is the baseline.
    ["Distillation reduces BERT's size by 40% and keeps ~97% of the teacher's overall score.", ["BERT", "the teacher"]],
    ["It compresses the tables by 50x while matching the AUC of the uncompressed model.", ["the uncompressed model"]],
    // A name and its apposition are one baseline, in a "respectively" sentence too.
    ["It gives 1.8x and 1.3x gains in latency and throughput, respectively, compared with SnapKV, the state-of-the-art cache compression method.", ["SnapKV", "SnapKV"]],
    // A description after a list of names is no item of it.
    ["Relative to ALPHA and BETA, two prior normalization engines, it is 1.2x and 1.7x faster, respectively.", ["ALPHA", "BETA"]],
    // The owner of a measure after "within … of" is the reference: possessive, or "the performance of X".
    ["The converted networks stay within 0.7% of the original networks' accuracy.", ["the original networks"]],
    ["Keeping 10% of the visual tokens, it retains 94% of the original performance of LLaVA-1.5.", ["LLaVA-1.5"]],
    // A repeated preposition starts the next item of a list of baselines.
    ["Compared with a flat engine of equal area and with the best tiled design, it is 2.2x and 1.4x faster, respectively.", ["flat engine of equal area", "the best tiled design"]],
    // The software a baseline runs in comes before the platform it runs on; the next clause's frame is its own number's.
    [
      "Compared with the same network running in ONNX Runtime on a Xeon Gold CPU, the FPGA design cuts latency by 120x, and the fixed-point network loses 0.3% accuracy relative to the float network.",
      ["the same network running in ONNX Runtime on a Xeon Gold CPU", "the float network"],
    ],
    // A clause of consequence compares something else: its "than" frame is not the claim's.
    ["Offloading cuts GPU memory usage by 80%, so that models far larger than the device memory become trainable.", [undefined]],
    // A name may open with a digit ("3D-GS", "3DGS"); a size after "than" is still no name.
    ["The compact scenes need 12x less memory than 3D-GS.", ["3D-GS"]],
    ["The codec needs 8x less storage than 3DGS.", ["3DGS"]],
    // What was run is the baseline, not the running of it.
    ["The compiler cuts latency by 2.4x relative to executing the unpruned network.", ["the unpruned network"]],
    // Where the baseline ran, or what it had, is part of it.
    ["GraphAGILE achieves up to 47.1x lower latency compared with state-of-the-art implementations on a CPU.", ["state-of-the-art implementations on a CPU"]],
    ["OuterSPACE achieves mean speedups of 7.9x over Intel's MKL running on a Xeon CPU.", ["Intel's MKL running on a Xeon CPU"]],
    ["TPU v4s consume ~3x less energy than DSAs of the same generation running in an ordinary on-premise facility.", ["DSAs of the same generation"]],
    ["Compared with running the model on the ZCU102's quad-core ARM Cortex-A53 processor, our architecture achieves a 14.3x speedup.", ["the ZCU102's quad-core ARM Cortex-A53 processor"]],
    ["Against a system with PIM as a separate device, the unified design reduces memory capacity needs by 2x.", ["system with PIM as a separate device"]],
    ["It achieves 6.2x and 3.2x speedup over an NVIDIA A100 GPU and over an NPU-only baseline, respectively.", ["NVIDIA A100 GPU", "NPU-only baseline"]],
    ["SIGMA is on average 5.7x faster than a TPU-like systolic array with the same number of multipliers, and 3x faster on dense GEMMs.", ["TPU-like systolic array", "TPU-like systolic array"]],
    ["Our GPU decoding algorithm runs 20-30% faster than 16-bit baselines at similar accuracy.", ["16-bit baselines"]],
    ["PyramidKV matches the performance of the full KV cache while retaining only 12% of it.", ["the full KV cache"]],
    ["PAB achieves up to 10.5x speedup compared to the original methods on 8 GPUs, while the speedup on a single GPU is about 1.3x.", ["the original methods", "the original methods"]],
    ["Compared with vLLM, Andes keeps QoE high. Alternatively, it can serve up to 1.6x higher request rates.", ["vLLM"]],
    ["We compare with KServe and Ray Serve. ServerlessLLM reduces latency by 10 - 200X compared with these systems.", ["KServe and Ray Serve"]],
    ["By balancing task-level against data-level parallelism, the scheduler raises throughput on CPUs by 2x.", [undefined]],
    // Each coordinated "by N over X" keeps its own frame; the conjunction is no part of a name.
    ["Neural Cache improves inference latency by 18.3x over a multi-core Xeon E5 CPU and by 7.7x over a Titan Xp GPU.", ["multi-core Xeon E5 CPU", "Titan Xp GPU"]],
    ["Power consumption falls by 50% relative to the CPU and by 53% relative to the GPU.", ["the CPU", "the GPU"]],
    // A "respectively" list after "for" names what was measured, not the baselines.
    ["MagicDec achieves up to 2x and 1.84x speedups over autoregressive decoding for LLaMA-2-7B-32K and LLaMA-3.1-8B, respectively.", ["autoregressive decoding", "autoregressive decoding"]],
    ["It improves accuracy over LoRA by 3.7 and 1.0 points on LLaMA-7B and LLaMA-13B, respectively.", ["LoRA", "LoRA"]],
    // "when compared with X" closing the sentence covers the claims before it; a trailing auxiliary is no part of the name.
    ["Cocktail reduces deployment cost by 1.45x and latency by 2x, and meets the target for 96% of the requests, when compared with state-of-the-art model-serving systems.", ["state-of-the-art model-serving systems", "state-of-the-art model-serving systems"]],
    ["Nexus processes requests at rates 1.8sim12.7times higher than state-of-the-art systems can, while keeping 99% of requests within their latency constraints.", ["state-of-the-art systems"]],
    // "with" and "at the cost of" clauses after a frame keep its comparison.
    ["EdgeSpeechNet-A reaches about 97% accuracy, 0.8% higher than the res15 network, with ~7.8x fewer parameters.", ["the res15 network", "the res15 network"]],
    ["It needs 16.5x less memory than res15, at the cost of 0.5% lower accuracy.", ["res15", "res15"]],
    // A verb joined without a comma shares the comparison before it.
    ["SpecReason achieves a 1.4-3.0x speedup over vanilla LRM inference and improves accuracy by 0.4-9.0%.", ["vanilla LRM inference", "vanilla LRM inference"]],
    // A number in parentheses with a comparison of its own is a claim, not the baseline's figure.
    ["Throughput rises by 12.4x over the CPU (2.2x over the GPU).", ["the CPU", "the GPU"]],
    // A qualifier left over between a frame word and the number is no baseline.
    ["LGViT can achieve competitive performance with approximately 1.8 times speed-up.", [undefined]],
    // Each clause of a semicolon list keeps its own comparison; a frame opening the sentence still reaches past one.
    ["Compared with cuDNN, it achieves an average speedup of 1.83x; compared with MKL-DNN, it achieves 1.72x on average; and on a VU9P FPGA it reaches 1.5{\\times} the performance of OpenCL baselines.", ["cuDNN", "MKL-DNN", "OpenCL baselines"]],
    ["Compared with a GPU-only approach, NEO raises throughput by up to 7.5x; a stronger CPU pushes the gain to as much as 79.3%.", ["GPU-only approach", "GPU-only approach"]],
    ["Wanda is competitive with SparseGPT while pruning 300 times faster.", ["SparseGPT"]],
    ["Adam-mini achieves 49.6% higher throughput than AdamW, saving 33% of the wall-clock time.", ["AdamW", "AdamW"]],
    ["EAGLE-2 achieves speedup ratios of 3.05x-4.26x, which is 20%-40% faster than EAGLE-1.", [undefined, "EAGLE-1"]],
    ["PyramidKV matches the full KV cache while retaining only 12% of it.", ["the full KV cache"]],
    ["With a budget of 128 tokens, it retains 90% of full-cache performance on LLaMA-3-8B.", ["full-cache"]],
    ["PAB achieves up to 10.5x speedup compared to the original methods, while the speedup on a single GPU is about 1.3x.", ["the original methods", "the original methods"]],
    // "At …, it also improves …" goes on from the sentence before, and keeps its baseline.
    ["CNV improves performance over DaDianNao by 1.37x on average. At an area overhead of 4.49%, it also improves energy-delay product by 1.47x.", ["DaDianNao", "DaDianNao"]],
    // "that GPU" is the GPU the sentence before compared against.
    ["NorthPole is 25x more energy efficient than a GPU in a comparable technology. It also delivers 22x lower latency than that GPU.", ["GPU", "GPU"]],
    // A description followed by a long apposition of names: the first name ("Runtime" is no verb).
    ["Hidet outperforms state-of-the-art frameworks, ONNX Runtime and the compiler TVM equipped with the schedulers AutoTVM and Ansor, by up to 1.48x.", ["ONNX Runtime"]],
    // The previous sentence's comparison, paired by position when this one says "respectively".
    ["We compare our system with vLLM and TensorRT-LLM. It achieves 2.1x and 1.4x higher throughput, respectively.", ["vLLM", "TensorRT-LLM"]],
    ["The linear model gives 20.6x speedup compared to HoVLE, while the hybrid achieves 13.5x speedup and 60.2% memory savings.", ["HoVLE", "HoVLE", "HoVLE"]],
    ["It achieves a model size reduction of up to 28.9 times while maintaining test accuracy comparable to the original Vision Transformer.", ["the original Vision Transformer"]],
    // A comparison frame of the clause names the baseline; "the throughput of X" only what was measured.
    ["Compared with TensorRT-LLM, QServe improves the serving throughput of Llama-3-8B by 1.2x on A100 and 1.4x on L40S.", ["TensorRT-LLM", "TensorRT-LLM"]],
    ["DejaVu reduces the inference latency of OPT-175B by over 2X compared with the state-of-the-art FasterTransformer.", ["the state-of-the-art FasterTransformer"]],
    ["The method improves the inference latency of BERTbase by up to 4.8 times with less than 0.75% accuracy drop.", ["BERTbase", "BERTbase"]],
    // A head noun before a list of names is no item of it.
    ["It improves throughput over three leading systems, DeepSpeed, Accelerate and FlexGen, by up to 29x, 29x and 3x.", ["DeepSpeed", "Accelerate", "FlexGen"]],
    ["Against the accelerators SpAtten and A3, the design retains 1.7x and 1.25x speedup.", ["the accelerators SpAtten", "A3"]],
    ["It shows a 2X-3X acceleration compared with the standard T5X implementation.", ["the standard T5X implementation"]],
    // What is accelerated is a process; the baseline follows.
    ["SpecInfer accelerates LLM inference by 2.6-3.5x over existing systems.", ["existing systems"]],
    ["It achieves a 2.66x step-level acceleration compared to full-dataset training.", ["full-dataset training"]],
    ["SUT achieves the same performance as strong baseline models while using half the computation.", ["strong baseline models"]],
    ["It gives an average of 2.6x attention speedup over FlashAttention-2 and up to 8.33x speedup for 512k contexts.", ["FlashAttention-2", "FlashAttention-2"]],
    ["SPT outperforms well-optimized baselines, accelerating fine-tuning by up to 2.2x.", ["well-optimized baselines"]],
    ["Compared with the FP16 model, our kernel reduces latency by 37%.", ["the FP16 model"]],
    ["It is 2.1x faster than Energon, the state-of-the-art co-processor.", ["Energon"]],
    ["Zero-TPrune reduces the FLOPs cost of DeiT-S by 34.7% and improves its throughput by 45.3%.", ["DeiT-S", "DeiT-S"]],
    ["Our system outperforms vLLM by 2.3x in throughput.", ["vLLM"]],
  ])("%s", (sentence, expected) => expect(baselines(sentence)).toEqual(expected));

  it.each([
    ["Our model ran approximately four times as fast as ConvNeXt.", ["ConvNeXt"]],
    ["The method matches the accuracy of the dense model while using 45% fewer FLOPs.", ["the dense model"]],
    ["Hydra outperforms BERT by 0.8 points on the GLUE benchmark and ViT by 2% Top-1 accuracy on ImageNet.", ["BERT", "ViT"]],
    ["LoopLynx reduces latency by 2.52x relative to an Nvidia A100 while consuming only 48.1% of the energy.", ["Nvidia A100", "Nvidia A100"]],
  ])("frames: %s", (sentence, expected) => expect(baselines(sentence)).toEqual(expected));

  it.each([
    ["It delivers a 2.6x attention speedup over FlashAttention-2 and up to 8.3x over xFormers.", "FlashAttention-2"],
    ["Our model is 2.8x faster than DeiT and saves 40% of the memory.", "DeiT"],
    ["It outperforms the previous state of the art by a large margin, with 3.2 mIoU higher accuracy.", "the previous state of the art"],
    ["Our models are efficient (3.4x fewer FLOPs than MobileViT2-2.0) at equal accuracy.", "MobileViT2-2.0"],
    ["The method accelerates the prefill stage of LLaMA-7B by 2.3x.", "LLaMA-7B"],
  ])("trims the phrase to the name: %s", (sentence, expected) => expect(baselines(sentence)[0]).toBe(expected));

  it("pairs slash-written numbers with slash-written names", () => {
    expect(baselines("Throughput improves by up to 2.8x/1.9x over FlexGen/DeepSpeed.")).toEqual(["FlexGen", "DeepSpeed"]);
    expect(baselines("It is 2.1x faster than TCP/IP offload on the same NIC.")).toEqual(["TCP/IP offload"]);
  });

  it("takes the name of an apposition that describes first ('the state-of-the-art, DistServe')", () => {
    expect(baselines("Our system outperforms the state-of-the-art, DistServe, by 2.1x in goodput.")).toEqual(["DistServe"]);
    expect(baselines("It is 1.8x faster than the best open-source implementation, llama.cpp.")).toEqual(["llama.cpp"]);
  });

  it("pairs a list of names before 'by' with a list of as many numbers", () =>
    expect(baselines("The proposed scheduler beats Orca and vLLM by 2.0x and 1.4x in throughput.")).toEqual(["Orca", "vLLM"]));

  it("names the owner of a measure, not the measure ('99.87% of the Recall@1 performance of multi-vector models')", () =>
    expect(baselines("HEAVEN attains 99.87% of the Recall@1 performance of multi-vector models on average.")).toEqual(["multi-vector models"]));

  it("pairs a list of numbers with a list of as many names after them, and a 'with' clause keeps the comparison", () =>
    expect(baselines("Our accelerator achieves 3.2x and 1.9x speedup over CPU and GPU, with 45.1x and 7.6x energy efficiency improvement.")).toEqual([
      "CPU", "GPU", "CPU", "GPU",
    ]));

  it("names no reference where the share is of a measure alone", () => expect(baselines("It retains up to 99% of accuracy on the ReKV framework.")).toEqual([undefined]));

  it("takes no measured thing for a baseline ('accelerates the execution of a single layer by')", () =>
    expect(baselines("COMET accelerates the execution of a single MoE layer by 1.96x.")).toEqual([undefined]));

  it("aligns 'respectively' lists by position", () =>
    expect(baselines("On average it is 4x, 19x and 18x faster relative to OuterSPACE, MKL and cuSPARSE, respectively.")).toEqual([
      "OuterSPACE", "MKL", "cuSPARSE",
    ]));

  it("aligns numbers that are not one list by their order in the sentence", () =>
    expect(baselines("Its energy efficiency is over 100x and over 1000x that of the CPU and GPU baselines, respectively.")).toEqual([
      "CPU baseline", "GPU baseline",
    ]));

  it("splits lists on 'as well as' and names the example of a 'such as' item", () =>
    expect(
      baselines("Compared to compilers like Triton and Ladder, as well as hand-optimized kernels such as QuantLLM and Marlin, our VM achieves performance improvements of 1.75x, 2.61x, 1.29x and 1.03x, respectively."),
    ).toEqual(["Triton", "Ladder", "QuantLLM", "Marlin"]));

  it("takes the examples of a head noun ('such as') as the list", () =>
    expect(baselines("ALISA improves the throughput of baseline systems such as FlexGen and vLLM by up to 3X and 1.9X, respectively.")).toEqual([
      "FlexGen", "vLLM",
    ]));

  it("lets a frame opening the next clause govern the numbers after it", () =>
    expect(
      baselines("Compared with the baseline FPGA accelerator, SWAT improves latency by up to 22x, and versus a GPU-based solution it achieves 15x higher energy efficiency."),
    ).toEqual(["the baseline FPGA accelerator", "GPU-based solution"]));

  it("carries the previous sentence's baseline into a sentence that continues it", () =>
    expect(baselines("We compare against LLaVA on eight benchmarks. It also cuts FLOPs by 54%.")).toEqual(["LLaVA"]));

  it("gives canonical names next to the words as written", () =>
    expectClaims("Our kernel is 1.8x faster than FlashAttention2 on H100 GPUs.", [{ kind: "speedup", value: 1.8, baseline: "FlashAttention2" }]));

  it("canonicalizes known systems, kernels, precisions and chips", () => {
    const [c] = claimsOf("Our kernel is 1.8x faster than FlashAttention2 on H100 GPUs.");
    expect(c!.baselineCanonical).toBe("FlashAttention-2");
    expect(claimsOf("It is 2x faster than the vLLM baseline.")[0]!.baselineCanonical).toBe("vLLM");
    expect(claimsOf("It runs 3x faster than an NVIDIA A100 GPU.")[0]!.baselineCanonical).toBe("NVIDIA A100");
  });

  it.each([
    ["BERT base", "BERT-base"],
    ["BERTbase", "BERT-base"],
    ["the DeiT-Base model", "DeiT-base"],
    ["ResNet-50 backbone", "ResNet-50"],
    ["the GPU baseline", "GPU"],
    ["an optimized CPU baseline", "CPU"],
    ["FlashAttention-2", "FlashAttention-2"],
    ["the FP16 model", "FP16"],
  ])("canonical baseline: %s → %s", (written, name) => expect(canonicalBaseline(written)).toBe(name));

  it("a phrase naming two baselines has no single canonical name", () => expect(canonicalBaseline("Orca and vLLM")).toBeUndefined());

  it.each(["It achieves 2x speedup over 3 benchmarks.", "Latency drops by 30% over time."])("no baseline where the frame word means something else: %s", (s) =>
    expect(baselines(s)).toEqual([undefined]));
});
