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
  "dev (seed papers)": { overall: 0.96, perKind: 0.94, hardware: 0.97, baseline: 0.84, fullyRight: 0.8 },
  "beyond the seeds": { overall: 0.97, perKind: 0.93, hardware: 0.97, baseline: 0.84, fullyRight: 0.82 },
  "seed papers labelled in-house": { overall: 0.93, perKind: 0.84, hardware: 0.97, baseline: 0.76, fullyRight: 0.65 },
  "written: serving and compression": { overall: 0.91, perKind: 0.97, hardware: 0.95, baseline: 0.87, fullyRight: 0.76 },
  "written: FPGA, ASIC, edge and CPU": { overall: 0.97, perKind: 0.95, hardware: 0.96, baseline: 0.93, fullyRight: 0.87 },
  "written: efficient LLMs, VLMs and diffusion": { overall: 0.94, perKind: 0.89, hardware: 0.97, baseline: 0.9, fullyRight: 0.84 },
  "written: GNN, neuromorphic, on-device, MoE, kernels": { overall: 0.96, perKind: 0.93, hardware: 0.94, baseline: 0.83, fullyRight: 0.71 },
  "written: FPGA, ASIC and edge accelerators II": { overall: 0.94, perKind: 0.93, hardware: 0.97, baseline: 0.94, fullyRight: 0.84 },
  "written: serving, training and kernels II": { overall: 0.97, perKind: 0.97, hardware: 0.98, baseline: 0.9, fullyRight: 0.85 },
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
