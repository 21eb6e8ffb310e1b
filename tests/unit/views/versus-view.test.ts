import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { versusView } from "@/lib/views/versus-view";
import { DEFAULT_STATE } from "@/lib/views/url-state";

const dataset = makeSyntheticDataset({ claims: 500, seed: 9 });
const index = indexDataset(dataset);

describe("versusView", () => {
  it("offers baselines to pick when none is chosen", () => {
    const view = versusView(index, DEFAULT_STATE);
    expect(view).toMatchObject({ baseline: null, groups: [], total: 0 });
    expect(view.choices.length).toBeGreaterThan(0);
  });

  it("shows every claim against the baseline, per kind and unit, largest first, in the dataset's spelling", () => {
    const [name, count] = versusView(index, DEFAULT_STATE).choices[0]!;
    const view = versusView(index, { ...DEFAULT_STATE, vs: [name.toLowerCase()] });
    expect(view.baseline).toBe(name);
    expect(view.total).toBe(count);
    expect(view.groups.reduce((n, g) => n + g.claims.length, 0)).toBe(count);
    for (const group of view.groups) {
      expect(group.claims.every((c) => c.kind === group.kind && (c.baselineCanonical ?? c.baseline) === name)).toBe(true);
      const values = group.claims.map((c) => c.value ?? -Infinity);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      // One baseline: the baseline is never what differs.
      expect(group.issues.some((i) => i.dimension === "baseline")).toBe(false);
    }
  });

  it("keeps the other filters of the view", () => {
    const [name] = versusView(index, DEFAULT_STATE).choices[0]!;
    const gpu = versusView(index, { ...DEFAULT_STATE, vs: [name], hw: ["GPU"] });
    expect(gpu.groups.flatMap((g) => g.claims).every((c) => c.hardware.class === "GPU")).toBe(true);
  });
});
