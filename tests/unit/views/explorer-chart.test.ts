import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { chartPayload } from "@/lib/views/explorer-chart";
import { filterClaims } from "@/lib/views/query";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { DEFAULT_STATE, type ViewState } from "@/lib/views/url-state";

const index = indexDataset(makeSyntheticDataset({ claims: 1500, seed: 4 }));
const view = (s: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...s });

describe("chartPayload", () => {
  it("draws only the chosen chart and captions how much it shows", () => {
    const state = view({ chart: "distribution", kind: ["memory"] });
    const { chart, caption } = chartPayload(index, filterClaims(index, state).claims, state);
    expect(chart.type).toBe("distribution");
    expect(caption).toMatch(/memory claims per hardware class/);
  });
  it("the trade-off keeps accuracy claims even when the kind filter picks speedup", () => {
    const state = view({ chart: "tradeoff", kind: ["speedup"] });
    const { chart } = chartPayload(index, filterClaims(index, state).claims, state);
    expect(chart.type === "tradeoff" && chart.data.points.length).toBeGreaterThan(0);
  });
});
