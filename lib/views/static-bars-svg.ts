import type { BarsData } from "./chart-data";
import { BAR_CATEGORY_GAP, BARS_FRAME, barLabelText, barsAxis, barsAxisTitle, barsTickText, drawnSpan, paperGroups, truncateLabel, type BarsAxis } from "./bars-axis";
import { barsChartHeight } from "./chart-height";
import { HARDWARE_COLORS } from "./hardware-colors";

/**
 * The side-by-side bars chart drawn on the server, so the first chart paints with the HTML
 * instead of after Recharts has loaded and hydrated (issue 11, "First load"). It copies the
 * interactive chart's layout (app/_components/bars-chart.tsx: same frame, axis, ticks, colours
 * and labels from lib/views/bars-axis.ts) so the swap is not a jump.
 *
 * The server does not know the screen's width, so the SVG spans only the plot area (its
 * wrapper's padding is the label column and right margin, wide or narrow by a media query):
 * x is in percent of the plot, y in pixels, and labels overflow into the padding.
 */

export type SvgNode = { tag: "svg" | "g" | "rect" | "line" | "text" | "tspan" | "title"; attrs: Record<string, string | number>; children: (SvgNode | string)[] };

const node = (tag: SvgNode["tag"], attrs: SvgNode["attrs"], children: SvgNode["children"] = []): SvgNode => ({ tag, attrs, children });

/** Recharts' axis defaults: tick marks 6 px long, labels 2 px past them. */
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
const AXIS_STROKE = "#666";

/** Where a value sits across the plot, in percent of its width. */
function xPercent(axis: BarsAxis, value: number): number {
  const [lo, hi] = axis.domain;
  const share = axis.log ? (Math.log(value) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (value - lo) / (hi - lo);
  return Math.round(Math.min(1, Math.max(0, share)) * 1e5) / 1e3;
}
const pct = (p: number) => `${p}%`;

/**
 * Recharts hides a tick label that would overlap the next one, keeping the last ("preserveEnd",
 * 5 px apart). Its choice depends on the plot's width, which the server does not know, so the
 * static chart makes it for two plots: a 1280-px screen's (616 px) and a 375-px phone's (145 px);
 * in between the two charts can differ by a tick label.
 */
const PLOT_WIDTH = { wide: 616, narrow: 145 } as const;
const MIN_TICK_GAP = 5;

/** Advance widths in em of DejaVu Sans (what the page's system-ui falls back to here), for the glyphs labels use most. */
const GLYPH_EM: Record<string, number> = { "×": 0.838, "+": 0.838, "−": 0.838, ".": 0.318, " ": 0.318, "–": 0.5, "▸": 0.565, "%": 0.95, t: 0.392, o: 0.612, p: 0.635, k: 0.579, e: 0.615, r: 0.411, l: 0.278 };
const PAGE_FONT = 15;
const VALUE_FONT = 10;
const DIGIT = /\d/;

function labelWidth(label: string): number {
  return [...label].reduce((sum, c) => sum + (GLYPH_EM[c] ?? (DIGIT.test(c) ? 0.636 : 0.6)), 0) * PAGE_FONT;
}

/**
 * Recharts breaks a bar's value label at spaces, greedily, where it would pass the chart's right
 * edge (it starts 5 px past the bar); it measures the words at the page's font size (15 px), not
 * the 10 px it draws them at.
 */
function valueLines(label: string, endPercent: number, frame: "wide" | "narrow"): string[] {
  const room = ((100 - endPercent) / 100) * PLOT_WIDTH[frame] + BARS_FRAME[frame].right - 5;
  const space = labelWidth(" ");
  const lines: { words: string[]; width: number }[] = [];
  for (const word of label.split(" ")) {
    const width = labelWidth(word);
    const last = lines.at(-1);
    if (last && last.width + width + space < room) {
      last.words.push(word);
      last.width += width + space;
    } else lines.push({ words: [word], width });
  }
  return lines.map((l) => l.words.join(" "));
}

/** Which tick labels Recharts shows on a plot this wide. */
function shownTicks(positions: number[], labels: string[], plotWidth: number): boolean[] {
  const shown = positions.map(() => false);
  let end = Infinity;
  for (let i = positions.length - 1; i >= 0; i--) {
    const x = (positions[i]! / 100) * plotWidth;
    const half = labelWidth(labels[i]!) / 2;
    if (x + half > end) continue;
    shown[i] = true;
    end = x - half - MIN_TICK_GAP;
  }
  return shown;
}

/** The padding of the SVG's wrapper, as CSS custom properties (app/_components/static-bars-chart.css picks wide or narrow). */
export const STATIC_BARS_PADDING = {
  "--label-wide": `${BARS_FRAME.left + BARS_FRAME.wide.labelWidth}px`,
  "--right-wide": `${BARS_FRAME.wide.right}px`,
  "--label-narrow": `${BARS_FRAME.left + BARS_FRAME.narrow.labelWidth}px`,
  "--right-narrow": `${BARS_FRAME.narrow.right}px`,
} as const;

/** `null` for no bars: the interactive chart says why there are none. */
export function staticBarsSvg(data: BarsData, description: string): SvgNode | null {
  const n = data.bars.length;
  if (n === 0) return null;
  const height = barsChartHeight(n);
  const axis = barsAxis(data);
  const top = BARS_FRAME.top;
  const bottom = height - BARS_FRAME.bottom - BARS_FRAME.xAxisHeight;
  const band = (bottom - top) / n;
  const rowTop = (i: number) => top + i * band;
  const index = new Map(data.bars.map((b, i) => [b.id, i]));

  const bands = paperGroups(data.bars)
    .filter((_, i) => i % 2 === 1)
    .map((g) => {
      const y = rowTop(index.get(g.first)!);
      return node("rect", { class: "static-chart-band", x: 0, y, width: "100%", height: rowTop(index.get(g.last)! + 1) - y, fill: "currentColor", "fill-opacity": 0.06 });
    });
  // Recharts draws grid lines and tick marks only where it shows the tick's label.
  const positions = axis.ticks.map((t) => xPercent(axis, t));
  const labels = axis.ticks.map((t) => barsTickText(data, t));
  const wide = shownTicks(positions, labels, PLOT_WIDTH.wide);
  const narrow = shownTicks(positions, labels, PLOT_WIDTH.narrow);
  const ticks = positions.flatMap((x, i) => {
    if (!wide[i] && !narrow[i]) return [];
    const only: SvgNode["attrs"] = wide[i] && narrow[i] ? {} : { class: wide[i] ? "static-chart-wide" : "static-chart-narrow" };
    return [
      node("g", only, [
        node("line", { class: "static-chart-grid", x1: pct(x), x2: pct(x), y1: top, y2: bottom }),
        node("line", { x1: pct(x), x2: pct(x), y1: bottom, y2: bottom + TICK_SIZE, stroke: AXIS_STROKE }),
        node("text", { class: "static-chart-tick", x: pct(x), y: bottom + TICK_SIZE + TICK_MARGIN, dy: "0.71em", "text-anchor": "middle" }, [labels[i]!]),
      ]),
    ];
  });
  const bars = data.bars.flatMap((bar, i) => {
    const [from, to] = drawnSpan(bar, axis).map((v) => xPercent(axis, v)) as [number, number];
    const y = rowTop(i) + BAR_CATEGORY_GAP;
    const middle = rowTop(i) + band / 2;
    const labels = bar.groupLabel ? paperLabels(bar.groupLabel, middle) : [];
    const width = Math.round(Math.abs(to - from) * 1e3) / 1e3;
    // Recharts draws no rectangle for a bar of no width (a 1× claim), only its label.
    const rect = width > 0 ? [node("rect", { class: "static-chart-bar", x: pct(Math.min(from, to)), y, width: pct(width), height: band - 2 * BAR_CATEGORY_GAP, fill: HARDWARE_COLORS[bar.hw], "fill-opacity": bar.min !== undefined ? 0.55 : 1 })] : [];
    return [...rect, ...valueLabels(barLabelText(bar, axis), to, to >= from, middle), ...labels];
  });
  const reference = pct(xPercent(axis, axis.reference));
  return node("svg", { role: "img", "aria-label": description, class: "static-chart-svg", width: "100%", height, "data-static-chart": "bars" }, [
    node("title", {}, [description]),
    ...bands,
    node("line", { x1: reference, x2: reference, y1: top, y2: bottom, stroke: "currentColor", "stroke-dasharray": "4 3" }),
    node("line", { x1: 0, x2: 0, y1: top, y2: bottom, stroke: AXIS_STROKE }),
    node("line", { x1: 0, x2: "100%", y1: bottom, y2: bottom, stroke: AXIS_STROKE }),
    ...ticks,
    node("text", { class: "static-chart-axis-title", x: "50%", y: bottom + BARS_FRAME.xAxisHeight + 16, "text-anchor": "middle" }, [barsAxisTitle(data, axis)]),
    ...bars,
  ]);
}

/**
 * A bar's value label past the bar's end (`to`): right of a bar drawn rightwards, in lines as
 * Recharts breaks them (one text per frame where the two differ); left of a bar drawn leftwards
 * (a negative change), where Recharts has the whole chart's width and never breaks it.
 */
function valueLabels(label: string, endPercent: number, rightwards: boolean, y: number): SvgNode[] {
  const text = (className: string, lines: string[]) =>
    node(
      "text",
      { class: className, y, "font-size": VALUE_FONT, ...(rightwards ? {} : { "text-anchor": "end" }) },
      // Lines 1em apart, centred on the bar as Recharts' verticalAnchor "middle" does.
      lines.map((line, i) => node("tspan", { x: pct(endPercent), dx: rightwards ? 5 : -5, dy: i === 0 ? `${0.355 - (lines.length - 1) / 2}em` : "1em" }, [line])),
    );
  if (!rightwards) return [text("static-chart-value", [label])];
  const wide = valueLines(label, endPercent, "wide");
  const narrow = valueLines(label, endPercent, "narrow");
  if (wide.join("\n") === narrow.join("\n")) return [text("static-chart-value", wide)];
  return [text("static-chart-value static-chart-wide", wide), text("static-chart-value static-chart-narrow", narrow)];
}

/** A paper's label in the label column: the narrow cut is drawn too when it differs, and CSS shows one. */
function paperLabels(label: string, y: number): SvgNode[] {
  const text = (className: string, s: string) => node("text", { class: className, x: -(TICK_SIZE + TICK_MARGIN + 4), y, dy: 4, "text-anchor": "end", "font-size": 11 }, [s]);
  const wide = truncateLabel(label, BARS_FRAME.wide.maxChars);
  const narrow = truncateLabel(label, BARS_FRAME.narrow.maxChars);
  if (wide === narrow) return [text("static-chart-paper", wide)];
  return [text("static-chart-paper static-chart-wide", wide), text("static-chart-paper static-chart-narrow", narrow)];
}
