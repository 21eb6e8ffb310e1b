import { barsData, distributionData, isMultiplierKind, chartKind, tradeoffData } from "./chart-data";
import type { DatasetIndex } from "../dataset/dataset-index";
import { filterClaims } from "./query";
import type { Claim } from "../schema";
import type { ViewState } from "./url-state";

/**
 * The one chart the view asks for, reduced to what it draws, plus an honest
 * caption of how much of the data it shows.
 */
export type ChartPayload =
  | { type: "bars"; data: ReturnType<typeof barsData> }
  | { type: "tradeoff"; data: ReturnType<typeof tradeoffData>; log: boolean }
  | { type: "distribution"; data: ReturnType<typeof distributionData>; log: boolean };

/** `title` heads an exported chart; `caption` says what it shows and leaves out. */
export function chartPayload(index: DatasetIndex, sorted: Claim[], state: ViewState): { chart: ChartPayload; caption: string; title: string } {
  const kind = chartKind(state);
  const log = isMultiplierKind(kind) && state.scale === "log";
  if (state.chart === "tradeoff") {
    // The trade-off pairs a multiplier with accuracy, so the kind filter only picks the x axis here.
    const claims = state.kind.length > 0 ? filterClaims(index, { ...state, kind: [] }).claims : sorted;
    const data = tradeoffData(index, claims, state);
    const shown = data.points.length;
    return {
      chart: { type: "tradeoff", data, log: state.scale === "log" },
      title: `Claimed ${data.xKind} against accuracy change (pp), one point per paper`,
      caption: `${data.xKind} against accuracy change (pp) for papers reporting both: showing ${shown} of ${data.total} papers; outlined points and the dashed line mark the Pareto frontier.`,
    };
  }
  if (state.chart === "distribution") {
    const data = distributionData(sorted, state);
    return {
      chart: { type: "distribution", data, log },
      title: `Claimed ${kind}${kind === "accuracy" ? ` (${data.unit})` : " (×)"} per hardware class`,
      caption: `${kind} claims${kind === "accuracy" ? ` in ${data.unit}` : ""} per hardware class: boxes span the quartiles, the thick line is the median, whiskers min–max; ${data.points.length} of ${data.total} claims drawn as points.`,
    };
  }
  const data = barsData(index, sorted, state);
  const why = kind === "accuracy" ? `in other units than ${data.unit} or without a value` : "without a drawable value";
  const excluded = data.excluded > 0 ? ` ${data.excluded} ${kind} claims ${why} are listed in the table only.` : "";
  return {
    chart: { type: "bars", data },
    title: `Claimed ${kind}${kind === "accuracy" ? ` (${data.unit})` : " (×)"} per paper`,
    caption: `${kind} claims${kind === "accuracy" ? ` in ${data.unit}` : ""} in table order, grouped by paper: showing ${data.bars.length} of ${data.total}.${excluded} Paler bars are ranges (min–max).`,
  };
}
