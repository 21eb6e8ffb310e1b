import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { filterClaims } from "@/lib/views/query";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { baselineCounts, deviceGroups, hasReviewedClaims, topBaselines } from "@/lib/views/facet-groups";
import { DEFAULT_STATE } from "@/lib/views/url-state";

const dataset = makeSyntheticDataset({ claims: 400, seed: 5 });
const index = indexDataset(dataset);

describe("device groups", () => {
  it("put every device under the class most of its claims carry, in class order", () => {
    const { facets } = filterClaims(index, DEFAULT_STATE);
    const groups = deviceGroups(index, facets.device, [], 50);
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      for (const device of group.devices) {
        const classes = dataset.claims.filter((c) => c.hardware.device === device).map((c) => c.hardware.class);
        const top = Math.max(...["GPU", "CPU", "FPGA", "ASIC", "edge", "unspecified"].map((hw) => classes.filter((c) => c === hw).length));
        expect(classes.filter((c) => c === group.hw).length).toBe(top);
      }
    }
    expect(groups.map((g) => g.hw)).toEqual(["GPU", "CPU", "FPGA", "ASIC", "edge", "unspecified"].filter((hw) => groups.some((g) => g.hw === hw)));
  });

  it("keep a selected device even beyond the limit", () => {
    const { facets } = filterClaims(index, DEFAULT_STATE);
    const rare = [...facets.device].sort((a, b) => a[1] - b[1])[0]![0];
    expect(deviceGroups(index, facets.device, [rare], 1).flatMap((g) => g.devices)).toContain(rare);
  });
});

describe("baselines", () => {
  it("are counted by canonical name, baselines of more papers first, selected ones kept", () => {
    const counts = baselineCounts(index);
    expect(counts.length).toBeGreaterThan(0);
    const papersOf = (name: string) => new Set(index.claims.filter((c) => (c.baselineCanonical ?? c.baseline) === name).map((c) => c.paperId)).size;
    const papers = counts.map(([name]) => papersOf(name));
    expect(papers).toEqual([...papers].sort((a, b) => b - a));
    const [first] = counts[0]!;
    expect(topBaselines(new Map(counts), [first.toUpperCase()], 3)[0]).toBe(first.toUpperCase());
    expect(topBaselines(new Map(counts), [first.toUpperCase()], 3)).not.toContain(first);
  });

  it("say whether anything was reviewed", () => {
    expect(hasReviewedClaims(index)).toBe(dataset.claims.some((c) => c.status === "corrected" || c.status === "added"));
    const reviewed = indexDataset({ ...dataset, claims: dataset.claims.map((c, i) => (i === 0 ? { ...c, status: "corrected" as const, reason: "r" } : c)) });
    expect(hasReviewedClaims(reviewed)).toBe(true);
  });
});
