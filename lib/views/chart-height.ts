/**
 * Pixel height of each chart, one formula for the chart itself and the embed snippet,
 * so an iframe starts at the chart's real height instead of leaving a blank band.
 */
export const BAR_ROW = 22;
const BARS_CHROME = 70;
const MIN_BARS_HEIGHT = 200;
export const SCATTER_HEIGHT = 380;
/** Attribution line above and the legend below the chart inside /embed. */
export const EMBED_CHROME = 84;

export function barsChartHeight(bars: number): number {
  return Math.max(MIN_BARS_HEIGHT, bars * BAR_ROW + BARS_CHROME);
}

export function chartHeight(chart: { type: "bars"; data: { bars: unknown[] } } | { type: "tradeoff" | "distribution" }): number {
  return chart.type === "bars" ? barsChartHeight(chart.data.bars.length) : SCATTER_HEIGHT;
}
