import { describe, expect, it } from "vitest";
import { claimsOf } from "../claims-of";
import { canonicalDevice } from "@/lib/extract/devices";

const hw = (abstract: string, title = "A test paper") =>
  claimsOf(abstract, title).map((c) => [c.hardware.class, c.hardware.device, c.baselineHardware]);

describe("hardware class and device", () => {
  it("an FPGA paper that calls its design an accelerator is FPGA", () =>
    expect(hw("We implement the dataflow accelerator on a Xilinx Alveo U280 board. The accelerator achieves 3.2x higher throughput than an NVIDIA A100 GPU.")).toEqual([
      ["FPGA", "Xilinx Alveo U280", "GPU"],
    ]));

  it("a phone whose CPU and GPU the method uses together is the edge target; a named board is still its own class", () => {
    const phone = "Our runtime splits every layer between the CPU and the GPU of a phone. On commercial Android phones, it lowers latency by 41% over the best single processor.";
    expect(hw(phone)[0]![0]).toBe("edge");
    const board = "It shares memory between the CPU and GPU of edge devices. On an NVIDIA Jetson Orin Nano, it lowers latency by 41% over copying.";
    expect(hw(board)[0]![0]).toBe("GPU");
  });

  it("high-level synthesis and the vendors' FPGA tool flows are FPGA evidence, ahead of design words", () =>
    expect(hw("Our HLS framework restructures RTL-level loops; it reaches 12x better performance than designs optimized by Xilinx Vivado HLS alone.")[0]![0]).toBe("FPGA"));

  it("a processor whose bandwidth or frequency a projection borrows is no target", () =>
    expect(hw("Prototyped on an Alveo U50, the design, projected onto an FPGA with the memory bandwidth of the A100, would reach a 1.6x speedup over the A100.").at(-1)![0]).toBe("FPGA"));

  it("in the clause before a number, a named device outranks a bare class word of another class", () =>
    expect(hw("On one NVIDIA L4 GPU backed by four CPU nodes, the engine reaches 2.4x the throughput of vLLM.")[0]!.slice(0, 2)).toEqual(["GPU", "NVIDIA L4"]));

  it("the phone a processor belongs to ('the ARM CPU of a Huawei P30 Pro', 'the Hexagon NPU of Snapdragon phones') is no target of its own", () => {
    expect(hw("Measured on the Kirin 990 ARM CPU of a Huawei Mate 30, the model cuts latency by 20%.")[0]![0]).toBe("CPU");
    expect(hw("On the Hexagon NPU of Snapdragon 8 Gen 2 phones, the kernels run up to 9x faster than existing NPU kernels.")[0]![0]).toBe("ASIC");
  });

  it("numbers written as a slash pair run on class words written as one ('5.8x/3.7x faster on the GPU/CPU')", () =>
    expect(hw("The small model runs 4.2x/2.6x faster on the GPU/CPU than the baseline.").map((h) => h[0])).toEqual(["GPU", "CPU"]));

  it("where the first figure of 'from X on <platform> to Y' ran is the baseline's platform", () =>
    expect(hw("On a Xilinx ZCU104 board, the accelerator cuts latency from 60 ms on the embedded Cortex-A53 CPU to 8 ms.")[0]).toEqual(["FPGA", "Xilinx ZCU104", "CPU"]));

  it("'Apple Silicon' names a Mac's chips, not a custom design", () =>
    expect(hw("On the Metal GPUs of Apple Silicon laptops, the drafter gives up to 1.9x speedup.")[0]![0]).toBe("GPU"));

  it("IoT boards are edge devices", () => expect(hw("On an Intel Edison board, the compressed model runs 4x faster.")[0]!.slice(0, 2)).toEqual(["edge", "Intel Edison"]));

  it("a named phone beats a bare class word of the motivation on a tie", () =>
    expect(hw("Such models run slowly on mobile CPUs. We time them on a Google Pixel 7 phone. Our model gives a 12x speedup over the prior model.").at(-1)).toEqual(["edge", "Google Pixel 7", undefined]));

  it("processing near memory and in storage is the processing-in-memory family: ASIC, not the GPU it is compared with", () => {
    expect(hw("The processing-near-memory appliance achieves 27% higher throughput than a GPU server.")[0]![0]).toBe("ASIC");
    expect(hw("Running attention on computational storage drives cuts decoding latency by 3.5x over host offloading.")[0]![0]).toBe("ASIC");
  });
  it("accelerator words alone are ASIC", () =>
    expect(hw("Our systolic array accelerator achieves 4x speedup over prior designs.")).toEqual([["ASIC", undefined, undefined]]));

  it("a baseline's GPU never becomes the target", () =>
    expect(hw("FlightLLM runs on FPGAs and delivers 6.0x higher energy efficiency against NVIDIA V100S.")[0]!.slice(0, 1)).toEqual(["FPGA"]));

  it("model names are not devices", () =>
    expect(hw("ResMLP-B24 is 2x faster than DeiT-B24 on ImageNet.")).toEqual([["unspecified", undefined, undefined]]));

  it("the software a baseline is built with is the baseline's, no evidence of the target", () =>
    expect(hw("Compared with full attention implemented with FlashAttention, the sparse kernel speeds up prefill by 4.2x.")[0]![0]).toBe("unspecified"));

  it("software implies a class but is never a device", () =>
    expect(hw("With TensorRT, inference is 2.5x faster.")).toEqual([["GPU", undefined, undefined]]));

  it("an edge word yields to a named processor", () =>
    expect(hw("Aimed at edge devices, our NPU design is 3x faster than a Jetson Orin.")[0]![0]).toBe("ASIC"));

  it("each list of as many numbers as named devices aligns with them ('respectively')", () =>
    expect(
      hw("UbiMoE achieves 1.34x and 3.35x throughput improvements on Xilinx ZCU102 and Alveo U280 platforms, respectively, while enhancing energy efficiency by 1.75x and 1.54x.").map((h) => h[1]),
    ).toEqual(["Xilinx ZCU102", "Xilinx Alveo U280", "Xilinx ZCU102", "Xilinx Alveo U280"]));

  it("devices named after 'respectively' belong to their clauses, not to the list; a clause's platform counts however far after its numbers", () =>
    expect(hw("They give 1.9% and 3.1% accuracy gains over ResNet-50 and ResNet-101, respectively, on an Nvidia GPU, and 2.2% and 1.4% gains on an Intel CPU.").map((h) => h[0])).toEqual(["GPU", "GPU", "CPU", "CPU"]));

  it("a desktop CPU written without 'Core' is still named, so a 'respectively' list of devices pairs up", () =>
    expect(
      hw("On an Intel i5 CPU and an NVIDIA RTX 2080 GPU, the early-exit network is 3.2x and 2.1x faster than the full network, respectively.").map((h) => h.slice(0, 2)),
    ).toEqual([["CPU", "Intel Core i5"], ["GPU", "NVIDIA RTX 2080"]]));

  it("'on-chip' describes where energy is spent, not an ASIC target", () =>
    expect(hw("Binary codes save considerable on-chip energy footprint on edge devices, a 73% energy reduction.")[0]![0]).toBe("edge"));

  it.each([
    ["Intel Sapphire Rapids CPU", "CPU", "Intel Xeon (Sapphire Rapids)"],
    ["Apple A17 Pro", "edge", "Apple A17 Pro"],
    ["Titan RTX", "GPU", "NVIDIA Titan RTX"],
    ["AWS Inferentia2", "ASIC", "AWS Inferentia2"],
    ["Qualcomm Cloud AI 100", "ASIC", "Qualcomm Cloud AI 100"],
    ["Intel Arc A770", "GPU", "Intel Arc A770"],
    ["Ryzen 9 7950X", "CPU", "AMD Ryzen 7950X"],
    ["H100s", "GPU", "NVIDIA H100"],
    ["V100S", "GPU", "NVIDIA V100S"],
  ])("the catalog knows %s", (name, cls, device) => expect(canonicalDevice(name)).toEqual({ cls, name: device }));

  it("a 'respectively' list after a frame names the baselines' platforms", () =>
    expect(
      hw("On a CPU-FPGA platform, our implementation cuts latency by 21.4x, 2.9x and 4.7x relative to the best prior implementations on CPU-only, CPU-GPU and CPU-FPGA platforms, respectively.").map((h) => h[0]),
    ).toEqual(["FPGA", "FPGA", "FPGA"]));

  it("design words (datapath, RTL, processing elements) say ASIC when nothing stronger is named", () =>
    expect(hw("On the hardware side, a LUT-based unit uses a bit-serial datapath; it delivers 1.44x higher energy efficiency than earlier designs.")[0]![0]).toBe("ASIC"));

  it("a class named after a number counts only within its clause", () =>
    expect(hw("On the GPU it is 2.5x faster, and on the CPU 4.1x faster.").map((h) => h[0])).toEqual(["GPU", "CPU"]));

  it("an edge GPU is a GPU", () =>
    expect(hw("The detector runs in real time on edge GPUs and is 2.1x faster than the sparse baseline.")[0]![0]).toBe("GPU"));

  it("GPU time as a cost says nothing about where the method runs", () =>
    expect(hw("It beats the searched model by 0.5 BLEU for mobile NLP, without a search that would consume 250 GPU years.")[0]![0]).toBe("edge"));

  it("accelerators as a category are no ASIC target; the paper's own accelerator is", () => {
    expect(hw("Tools that leverage modern hardware accelerators are essential. Compression gives an 18x reduction in model size.")[0]![0]).toBe("unspecified");
    expect(hw("The accelerator gives an 18x reduction in energy.")[0]![0]).toBe("ASIC");
  });

  it("CPU-FPGA platforms are FPGA", () => expect(hw("On a CPU-FPGA platform our design cuts latency by 4.7x.")[0]![0]).toBe("FPGA"));

  it("aligns a respectively list of devices with the numbers, and keeps one baseline for all", () => {
    const claims = claimsOf("Compared with a GPU-only approach, NEO raises throughput by up to 7.5x, 26% and 14% on T4, A10G and H100 GPUs, respectively.");
    expect(claims.map((c) => c.hardware.device)).toEqual(["NVIDIA T4", "NVIDIA A10G", "NVIDIA H100"]);
    expect(claims.map((c) => c.baseline)).toEqual(["GPU-only approach", "GPU-only approach", "GPU-only approach"]);
  });

  it.each([
    ["A100", "NVIDIA A100"],
    ["A100 GPUs", "NVIDIA A100"],
    ["Nvidia A100 GPU", "NVIDIA A100"],
    ["RTX 4090", "NVIDIA RTX 4090"],
    ["1080Ti", "NVIDIA GTX 1080 Ti"],
    ["Jetson AGX Orin", "NVIDIA Jetson AGX Orin"],
    ["Alveo U280", "Xilinx Alveo U280"],
    ["VCK190", "AMD Versal VCK190"],
    ["ZCU102 FPGA", "Xilinx ZCU102"],
    ["Intel Xeon Gold 6226R", "Intel Xeon Gold 6226R"],
    ["TPU v4", "Google TPU v4"],
    ["Apple M2 Pro CPU", "Apple M2 Pro"],
    ["Titan XP GPU", "NVIDIA Titan Xp"],
    ["TITAN Xp", "NVIDIA Titan Xp"],
    ["Samsung S8 phone", "Samsung Galaxy S8"],
    ["Galaxy S21 Ultra", "Samsung Galaxy S21 Ultra"],
    ["iPhone X", "iPhone X"],
    ["Pixel 4", "Google Pixel 4"],
    ["Motorola Moto E phone", "Motorola Moto E"],
    ["A6000 GPU", "NVIDIA RTX A6000"],
    ["Xiaomi 14 Pro", "Xiaomi 14 Pro"],
  ])("catalog: %s → %s", (written, name) => expect(canonicalDevice(written)?.name).toBe(name));

  it.each(["ResMLP-B24", "TensorRT", "CoreML", "FlashAttention", "edge deployment"])("not in the catalog: %s", (written) =>
    expect(canonicalDevice(written)).toBeUndefined());
  it("the paper's own implementation named with a class is the target, the other class the baseline's", () =>
    expect(hw("Compared to the CPU implementation, our GPU version is 18x faster.")).toEqual([["GPU", undefined, "CPU"]]));

  it("GPU memory in the claim's sentence says GPU", () =>
    expect(hw("Vim is 2.8x faster than DeiT and saves 86.8% GPU memory during batch inference.")).toEqual([
      ["GPU", undefined, undefined],
      ["GPU", undefined, undefined],
    ]));

  it("GPU-hours are a cost, not a GPU", () => expect(hw("Training takes 5x fewer GPU-hours than the baseline recipe.")).toEqual([["unspecified", undefined, undefined]]));
  it("FasterTransformer implies a GPU, like TensorRT", () =>
    expect(hw("Our INT4 kernels, integrated into FasterTransformer, cut decoding latency by 1.7x.")).toEqual([["GPU", undefined, undefined]]));
  it("two devices of one class in one sentence: each number takes the nearest", () =>
    expect(hw("The kernel runs 1.3x faster on the RTX A6000 and 1.5x faster on the L40S.")).toEqual([
      ["GPU", "NVIDIA RTX A6000", undefined],
      ["GPU", "NVIDIA L40S", undefined],
    ]));

  it("a main clause after a leading frame names the target, not the baseline", () =>
    expect(hw("Compared with an Nvidia T4, the FPGA implementation achieves 2.5x lower latency.")).toEqual([["FPGA", undefined, "GPU"]]));
  it("a class word and the device in parentheses after it are one mention", () =>
    expect(hw("Our kernels yield speedups over FP16 of around 3.25x on high-end GPUs (NVIDIA A100) and 4.5x on cheaper ones (NVIDIA A6000).")).toEqual([
      ["GPU", "NVIDIA A100", undefined],
      ["GPU", "NVIDIA RTX A6000", undefined],
    ]));
  it("an accelerator design known by name is an ASIC, as target and as baseline", () =>
    expect(hw("EIE is an energy-efficient inference engine for compressed networks. Against DaDianNao, EIE has 2.9x better throughput.")).toEqual([["ASIC", "EIE", "ASIC"]]));

  it("a fabricated design is an ASIC even where the abstract discusses FPGAs", () =>
    expect(hw("FPGAs pay for their bit-level flexibility with low compute density. In a 28nm process, our chip occupies 112 mm^2. It delivers up to 76.9x better performance-per-watt than a conventional FPGA.")).toEqual([["ASIC", undefined, "FPGA"]]));

  it("the processor whose memory is borrowed is context; the one whose units run the method is the target", () => {
    expect(hw("The TPU is a custom ASIC. Giving the TPU the GPU's GDDR5 memory would raise TOPS/Watt to nearly 70X that of the GPU.")).toEqual([["ASIC", "TPU", "GPU"]]);
    expect(hw("We deploy on the GPU's integer arithmetic units, achieving 3.7x speedup compared to the FP model.")).toEqual([["GPU", undefined, undefined]]);
  });

  it("'instead of' names the baseline's hardware", () =>
    expect(hw("The binary networks run in real time on CPUs instead of GPUs and make convolutions 58x faster.")).toEqual([["CPU", undefined, "GPU"]]));
  it("multi-GPU servers are GPUs", () =>
    expect(hw("Evaluated on multi-GPU servers, SpecInfer outperforms existing serving systems by 1.5-2.8x.")).toEqual([["GPU", undefined, undefined]]));
  it("neuromorphic chips and near-memory processing are ASICs", () => {
    expect(hw("Deployed on Intel's Loihi, the network uses 23x less energy per inference than the GPU.")).toEqual([["ASIC", "Intel Loihi", "GPU"]]);
    expect(hw("RecNMP is a near-memory processing solution. It improves the throughput of recommendation inference by 4.2x.")).toEqual([["ASIC", undefined, undefined]]);
  });
  it("the platform a compared system uses or runs on is the baseline's", () => {
    expect(hw("We train on four Alveo U250 FPGAs. Compared with a multi-GPU system using four NVIDIA RTX A5000 GPUs it achieves up to 4.26x speedup.")).toEqual([["FPGA", "Xilinx Alveo U250", "GPU"]]);
    expect(hw("Compared with running the model on the ZCU102's quad-core ARM Cortex-A53 processor, our FPGA architecture achieves a 14.3x speedup.")).toEqual([["FPGA", undefined, "CPU"]]);
    expect(hw("We deploy it on a Xilinx Alveo U250. It achieves up to 47.1x lower latency compared with state-of-the-art implementations on a CPU.")).toEqual([["FPGA", "Xilinx Alveo U250", "CPU"]]);
  });

  it("a mobile CPU is a CPU; an Android phone is edge, and each number takes the target named after it", () => {
    expect(hw("NetAdapt achieves up to a 1.7x speedup in measured inference latency on a mobile CPU.")).toEqual([["CPU", undefined, undefined]]);
    expect(hw("It achieved a 1.81x speedup of measured inference latency on an Android phone and a 1.43x speedup on the Titan XP GPU.").map((h) => h.slice(0, 2))).toEqual([
      ["edge", undefined],
      ["GPU", "NVIDIA Titan Xp"],
    ]);
  });

  it("a list of platforms a compared implementation runs on is the baselines'", () =>
    expect(hw("We implement Dynasparse on a Xilinx Alveo U250. Compared with state-of-the-art implementations on CPU and GPU, Dynasparse achieves on average 56.9x and 2.37x lower latency, respectively.")).toEqual([
      ["FPGA", "Xilinx Alveo U250", "CPU"],
      ["FPGA", "Xilinx Alveo U250", "GPU"],
    ]));

  it("in an FPGA paper, the GPU where a sentence-opening comparison ran is the baseline's; in a compiler paper it is where both ran", () => {
    expect(hw("Built on a Xilinx Alveo U280, GraphLily reaches up to 2.5x speedup over GraphIt. Against GraphBLAST on an NVIDIA GTX 1080 Ti, it is 1.1x faster.")[1]).toEqual(["FPGA", "Xilinx Alveo U280", "GPU"]);
    expect(hw("Compared with cuDNN on an NVIDIA V100 GPU, FlexTensor achieves an average speedup of 1.83x.")[0]!.slice(0, 2)).toEqual(["GPU", "NVIDIA V100"]);
  });

  it("'a given accelerator' names no design", () =>
    expect(hw("Optimizer state limits the largest model a given accelerator can train. Our 8-bit optimizers use 75% less memory for optimizer states.")[0]![0]).toBe("unspecified"));

  it("a 'respectively' list of class words aligns with the numbers", () =>
    expect(hw("NNV12 reduces cold inference latency by 15.2x and 401.5x on average on CPU and GPU, respectively.").map((h) => h[0])).toEqual(["CPU", "GPU"]));

  it("a platform of another class after 'than X on' is the baseline's; a clause-opening comparison's is where that clause ran", () => {
    expect(hw("Our optimized SLIDE on a single Cooper Lake CPU trains ~4-7x faster than TensorFlow on an NVIDIA V100 GPU.")).toEqual([["CPU", "Intel Xeon (Cooper Lake)", "GPU"]]);
    expect(hw("Compared with cuDNN on an NVIDIA V100 GPU, it achieves a 1.83x speedup; compared with MKL-DNN on an Intel Xeon CPU, it achieves a 1.72x speedup.").map((h) => h[0])).toEqual(["GPU", "CPU"]);
  });

  it("reconfigurable dataflow accelerators (RDAs, RDUs) are ASICs", () =>
    expect(hw("Capstan is 18x faster than a multi-core CPU baseline.", "Capstan: A Vector RDA for Sparsity")).toEqual([["ASIC", undefined, "CPU"]]));

  it("an edge word right after a number is that number's target", () =>
    expect(hw("LLMCad generates tokens up to 9.3x faster on the Jetson TX2 and up to 5.6x faster on the phones.")).toEqual([
      ["GPU", "NVIDIA Jetson TX2", undefined],
      ["edge", undefined, undefined],
    ]));
});
