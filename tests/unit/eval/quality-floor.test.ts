import { describe, expect, it } from "vitest";
import { scoreClaims } from "@/lib/eval/score-claims";
import { extractLabelledSet, LABELLED_SETS, readGold } from "@/lib/eval/labelled-sets";

/*
 * The raw extractor (no overrides), re-extracted from each labelled set's inputs and scored as
 * `npm run eval` scores it. Floors sit a little under what was reached when they were last raised
 * (the README's quality table), so a regression in any rule family fails here. Kinds with fewer
 * than ten gold claims are too small for a per-kind floor.
 */
const FLOORS: Record<string, { overall: number; perKind: number; hardware: number; baseline: number; fullyRight: number }> = {
  "dev (seed papers)": { overall: 0.95, perKind: 0.95, hardware: 0.96, baseline: 0.84, fullyRight: 0.81 },
  "beyond the seeds": { overall: 0.96, perKind: 0.92, hardware: 0.96, baseline: 0.85, fullyRight: 0.83 },
  "seed papers labelled in-house": { overall: 0.93, perKind: 0.87, hardware: 0.95, baseline: 0.79, fullyRight: 0.68 },
  "written: serving and compression": { overall: 0.97, perKind: 0.98, hardware: 0.94, baseline: 0.89, fullyRight: 0.85 },
  "written: FPGA, ASIC, edge and CPU": { overall: 0.97, perKind: 0.97, hardware: 0.95, baseline: 0.92, fullyRight: 0.87 },
  "written: efficient LLMs, VLMs and diffusion": { overall: 0.94, perKind: 0.88, hardware: 0.96, baseline: 0.93, fullyRight: 0.88 },
  "written: GNN, neuromorphic, on-device, MoE, kernels": { overall: 0.95, perKind: 0.92, hardware: 0.93, baseline: 0.89, fullyRight: 0.75 },
  "written: FPGA, ASIC and edge accelerators II": { overall: 0.95, perKind: 0.96, hardware: 0.98, baseline: 0.92, fullyRight: 0.91 },
  "written: serving, training and kernels II": { overall: 0.96, perKind: 0.96, hardware: 0.98, baseline: 0.9, fullyRight: 0.87 },
  "written: vision models on GPU, mobile and edge": { overall: 0.93, perKind: 0.95, hardware: 0.95, baseline: 0.79, fullyRight: 0.73 },
  "written: LLM inference: decoding, KV cache, attention": { overall: 0.98, perKind: 0.98, hardware: 0.85, baseline: 0.81, fullyRight: 0.68 },
  "written: in-memory computing, photonics, sparse and recommendation accelerators": { overall: 0.98, perKind: 0.98, hardware: 0.9, baseline: 0.92, fullyRight: 0.82 },
  "written: training systems, compilers and kernels": { overall: 0.96, perKind: 0.95, hardware: 0.98, baseline: 0.84, fullyRight: 0.84 },
  "written: on-device, TinyML and mobile NPUs": { overall: 0.98, perKind: 0.98, hardware: 0.95, baseline: 0.83, fullyRight: 0.78 },
  "written: diffusion, video generation and VLM efficiency": { overall: 0.93, perKind: 0.98, hardware: 0.91, baseline: 0.91, fullyRight: 0.82 },
  "written: LLM and DNN serving systems": { overall: 0.93, perKind: 0.93, hardware: 0.89, baseline: 0.8, fullyRight: 0.66 },
  "written: FPGA accelerators for transformers, LLMs, CNNs and GNNs": { overall: 0.93, perKind: 0.92, hardware: 0.98, baseline: 0.88, fullyRight: 0.81 },
  "written: ASIC and simulated accelerators for transformers and LLMs": { overall: 0.95, perKind: 0.98, hardware: 0.92, baseline: 0.92, fullyRight: 0.81 },
  "written: LLM quantization, pruning, low-rank and distillation": { overall: 0.95, perKind: 0.88, hardware: 0.86, baseline: 0.93, fullyRight: 0.75 },
  "written: CPU and heterogeneous CPU-GPU inference": { overall: 0.98, perKind: 0.98, hardware: 0.98, baseline: 0.9, fullyRight: 0.9 },
  "written: recent efficiency papers from daily listings": { overall: 0.98, perKind: 0.98, hardware: 0.98, baseline: 0.86, fullyRight: 0.74 },
  "written: accuracy trade-offs of compression and adaptive inference": { overall: 0.9, perKind: 0.78, hardware: 0.74, baseline: 0.48, fullyRight: 0.31 },
  "written: cost, compute and energy claims": { overall: 0.9, perKind: 0.88, hardware: 0.91, baseline: 0.82, fullyRight: 0.72 },
  "written: accelerators on FPGA, ASIC, PIM, CGRA and edge platforms": { overall: 0.96, perKind: 0.96, hardware: 0.96, baseline: 0.93, fullyRight: 0.89 },
  "written: daily listings on LLM, VLM and diffusion efficiency": { overall: 0.91, perKind: 0.83, hardware: 0.95, baseline: 0.87, fullyRight: 0.77 },
  "written: an arXiv listing on inference acceleration": { overall: 0.91, perKind: 0.98, hardware: 0.94, baseline: 0.91, fullyRight: 0.79 },
  "written: on-device and edge inference": { overall: 0.88, perKind: 0.79, hardware: 0.89, baseline: 0.83, fullyRight: 0.64 },
  "written: LLM serving and long-context systems": { overall: 0.91, perKind: 0.9, hardware: 0.86, baseline: 0.69, fullyRight: 0.54 },
  "written: compression beyond LLMs: speech, recommendation, detection, GNNs, generation": { overall: 0.9, perKind: 0.8, hardware: 0.92, baseline: 0.74, fullyRight: 0.62 },
  "written: LLM decoding and attention efficiency": { overall: 0.86, perKind: 0.76, hardware: 0.96, baseline: 0.65, fullyRight: 0.54 },
  "written: accelerators and systems from architecture venues": { overall: 0.82, perKind: 0.82, hardware: 0.8, baseline: 0.78, fullyRight: 0.48 },
  "written: quantization, pruning and distillation of transformers and CNNs": { overall: 0.88, perKind: 0.83, hardware: 0.78, baseline: 0.73, fullyRight: 0.47 },
  "written: a daily-papers feed on generation, VLM, training, retrieval and GNN efficiency": { overall: 0.88, perKind: 0.92, hardware: 0.94, baseline: 0.75, fullyRight: 0.65 },
};

describe.each(LABELLED_SETS)("extraction quality on $name", (set) => {
  const report = scoreClaims(extractLabelledSet(set), readGold(set.gold));
  const floor = FLOORS[set.name]!;

  it("scores every labelled paper", () => expect(report.papersMissing).toEqual([]));

  it("keeps overall F1 and each sizeable kind's F1 above the floor", () => {
    const overall = report.byKind.find((k) => k.kind === "overall")!;
    expect(overall.f1).toBeGreaterThanOrEqual(floor.overall);
    for (const k of report.byKind.filter((k) => k.kind !== "overall" && k.gold >= 10)) {
      expect(k.f1, `${k.kind} F1`).toBeGreaterThanOrEqual(floor.perKind);
    }
  });

  it("keeps hardware, baseline and fully-right shares above the floor", () => {
    expect(report.fields.hardware).toBeGreaterThanOrEqual(floor.hardware);
    expect(report.fields.baseline).toBeGreaterThanOrEqual(floor.baseline);
    expect(report.fields.fullyRight).toBeGreaterThanOrEqual(floor.fullyRight);
  });
});
