import { barsData, chartKind, distributionData, isMultiplierKind, tradeoffData } from "./chart-data";
import { logDomain } from "./chart-scale";
import { compareComparability } from "./comparability";
import { compareChartRows, compareTable, viewCompareTable } from "./compare-view";
import type { DatasetIndex } from "../dataset/dataset-index";
import { filterClaims } from "./query";
import { HARDWARE_COLORS, paperColor } from "./hardware-colors";
import type { Paper } from "../schema";
import { serializeUrlState, type ViewState } from "./url-state";
import { explorerView, viewKey } from "./explorer-view";
import { perDatasetMemo } from "./per-dataset-memo";
import { describeFilters, NO_FILTERS } from "./view-edits";

/**
 * Link previews (issue #6): what a shared explorer, compare or paper URL says about
 * itself in Open Graph / Twitter cards, and the chart its preview image draws. Pure
 * and deterministic: the same URL on the same data gives the same text and marks.
 */

export type PreviewPage = { type: "explorer" } | { type: "compare" } | { type: "paper"; paper: Paper };

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export type PreviewBar = { label: string; from: number; to: number; color: string; box?: [number, number]; mid?: number };
export type PreviewPoint = { x: number; y: number; color: string; ring: boolean };
export type PreviewModel = {
  title: string;
  description: string;
  /** One line: the filters of the view. */
  filters: string;
  version: string;
  axis: { log: boolean; domain: [number, number]; ticks: number[]; unit: string };
  bars: PreviewBar[];
  /** Trade-off views draw points (x: multiplier, y: accuracy pp) instead of bars. */
  points: PreviewPoint[];
  caption: string;
  /** Colour key when colours mean papers (compare). */
  legend: { label: string; color: string }[];
  /** Comparability caveats the page shows ("speedup: different baselines: vLLM vs FlexGen"), drawn on the image too. */
  warnings: string[];
};

/** Bar labels fit the label column of the image (lib/../preview-image.tsx): cut from the right, never from the left. */
export const PREVIEW_LABEL_CHARS = 24;
/** One line fits between the axis labels and the caption. */
const WARNING_CHARS = 110;

const MAX_PREVIEW_BARS = 14;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** "FlightLLM: Efficient Large…" → "FlightLLM": papers are known by the name before the colon. */
const shortTitle = (title: string) => {
  const name = title.split(":")[0] ?? title;
  return clip(name.length >= 3 && name.length < title.length ? name : title, 40);
};

/** "Speedup claims on FPGA — 12 papers" */
export function explorerTitle(state: ViewState, paperCount: number): string {
  const kinds = state.kind.length > 0 ? state.kind.join(" and ") : "All";
  const where = state.hw.length > 0 ? ` on ${state.hw.join(", ")}` : "";
  const device = state.device.length > 0 ? ` (${state.device.join(", ")})` : "";
  return `${capitalize(kinds)} claims${where}${device} — ${plural(paperCount, "paper")}`;
}

function linearDomain(values: number[]): [number, number] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

function axisFor(values: number[], log: boolean, unit: string): PreviewModel["axis"] {
  if (log) {
    const { domain, ticks } = logDomain(values);
    return { log, domain, ticks, unit };
  }
  const domain = linearDomain(values);
  const step = (domain[1] - domain[0]) / 4;
  return { log, domain, ticks: [0, 1, 2, 3, 4].map((i) => Number((domain[0] + i * step).toPrecision(3))), unit };
}

function explorerModel(index: DatasetIndex, state: ViewState): PreviewModel {
  // The page renders the same view: its cached result serves the metadata and the image too.
  const { sorted, total, paperCount: papers } = explorerView(index, state);
  const filters = describeFilters(state);
  const base = {
    title: explorerTitle(state, papers),
    description: `${plural(total, "claim")} from ${plural(papers, "paper")}${filters === NO_FILTERS ? "" : ` · ${filters}`} · data ${index.version}`,
    filters,
    version: index.version,
    points: [] as PreviewPoint[],
    legend: [],
    warnings: [],
  };
  const kind = chartKind(state);
  if (state.chart === "tradeoff") {
    const claims = state.kind.length > 0 ? filterClaims(index, { ...state, kind: [] }).claims : sorted;
    const data = tradeoffData(index, claims, state);
    const points = data.points.map((p) => ({ x: p.x, y: p.y, color: HARDWARE_COLORS[p.hw], ring: p.pareto }));
    return { ...base, axis: axisFor(points.map((p) => p.x), state.scale === "log", "×"), bars: [], points, caption: `${data.xKind} (x) against accuracy change in pp (y): ${data.points.length} papers` };
  }
  if (state.chart === "distribution") {
    const data = distributionData(sorted, state);
    const log = isMultiplierKind(kind) && state.scale === "log";
    const bars = data.boxes.map((b) => ({ label: `${b.hw} (${b.n})`, from: b.min, to: b.max, box: [b.q1, b.q3] as [number, number], mid: b.median, color: HARDWARE_COLORS[b.hw] }));
    return { ...base, axis: axisFor(bars.flatMap((b) => [b.from, b.to]), log, data.unit), bars, caption: `${kind} per hardware class: min–max, quartiles and median of ${data.total} claims` };
  }
  const data = barsData(index, sorted, state);
  const bars = data.bars.slice(0, MAX_PREVIEW_BARS).map((b) => ({ label: b.groupLabel ? clip(shortTitle(b.paperTitle ?? b.groupLabel), PREVIEW_LABEL_CHARS) : "", from: b.span[0], to: b.span[1], color: HARDWARE_COLORS[b.hw] }));
  return { ...base, axis: axisFor(bars.flatMap((b) => [b.from, b.to]), data.log, data.unit), bars, caption: `${kind} claims in table order: showing ${bars.length} of ${data.total}` };
}

/** "Not alike: speedup (different baselines: vLLM vs FlexGen); memory (different devices: …)", one line. */
function compareWarnings(table: ReturnType<typeof viewCompareTable>): string[] {
  const unlike = compareComparability(table).filter((r) => r.issues.length > 0);
  if (unlike.length === 0) return [];
  return [clip(`Not alike: ${unlike.map((r) => `${r.kind} (${r.issues.map((i) => i.message).join("; ")})`).join("; ")}`, WARNING_CHARS)];
}

function compareModel(index: DatasetIndex, state: ViewState): PreviewModel {
  const table = viewCompareTable(compareTable(index, state.papers), state);
  const rows = compareChartRows(table);
  const bars: PreviewBar[] = [];
  for (const row of rows) {
    table.papers.forEach((p, i) => {
      const value = row.values[p.id];
      if (value !== undefined && bars.length < MAX_PREVIEW_BARS) bars.push({ label: bars.some((b) => b.label === row.kind) ? "" : row.kind, from: 1, to: value, color: paperColor(i) });
    });
  }
  const titles = table.papers.map((p) => shortTitle(p.title));
  return {
    title: table.papers.length > 0 ? `Compare: ${titles.join(" vs ")}` : "Compare papers",
    description: `Best claimed multiplier per kind, side by side · data ${index.version}`,
    filters: titles.join(" · ") || "no papers chosen",
    version: index.version,
    axis: axisFor(bars.flatMap((b) => [b.from, b.to]), true, "×"),
    bars,
    points: [],
    caption: "best claimed × per kind, one colour per paper",
    legend: table.papers.map((p, i) => ({ label: clip(shortTitle(p.title), PREVIEW_LABEL_CHARS), color: paperColor(i) })),
    warnings: compareWarnings(table),
  };
}

function paperModel(index: DatasetIndex, paper: Paper, state: ViewState): PreviewModel {
  const claims = (index.claimsByPaper.get(paper.id) ?? []).filter((c) => isMultiplierKind(c.kind) && c.value !== null && c.value > 0);
  const bars = claims.slice(0, MAX_PREVIEW_BARS).map((c) => ({ label: c.kind, from: c.min ?? 1, to: c.value as number, color: HARDWARE_COLORS[c.hardware.class] }));
  const all = index.claimsByPaper.get(paper.id) ?? [];
  const kinds = [...new Set(all.map((c) => c.kind))];
  return {
    title: clip(paper.title, 120),
    description: `${plural(all.length, "claim")}${kinds.length > 0 ? ` (${kinds.join(", ")})` : ""} extracted from the abstract · data ${index.version}`,
    filters: [paper.date, paper.arxivId ? `arXiv ${paper.arxivId}` : null, paper.techniques.join(", ") || null, `model family: ${paper.modelFamily}`].filter(Boolean).join(" · "),
    version: index.version,
    axis: axisFor(bars.flatMap((b) => [b.from, b.to]), state.scale === "log", "×"),
    bars,
    points: [],
    caption: `${plural(bars.length, "multiplier claim")} of this paper`,
    legend: [],
    warnings: [],
  };
}

/** Kept per (view, loaded dataset): a page's metadata and its preview image read the same model. */
const models = perDatasetMemo<PreviewModel>("preview-model", 256);

export function previewModel(index: DatasetIndex, page: PreviewPage, state: ViewState): PreviewModel {
  // The model depends on the view and the data, not on the table page or the v= asked for.
  const key = `${page.type === "paper" ? `paper/${page.paper.id}` : page.type}?${viewKey({ ...state, page: 1, v: "" })}`;
  return models(index, key, () => {
    if (page.type === "compare") return compareModel(index, state);
    if (page.type === "paper") return paperModel(index, page.paper, state);
    return explorerModel(index, state);
  });
}

/** Path of the preview image of a view: the view's own query plus the data version (the cache key). */
export function previewImagePath(page: PreviewPage, state: ViewState, version: string): string {
  const path = page.type === "paper" ? `/preview/paper/${page.paper.id}` : `/preview/${page.type}`;
  const query = serializeUrlState({ ...state, page: 1, v: version });
  return `${path}?${query}`;
}
