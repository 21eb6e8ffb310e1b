import { createElement, type CSSProperties, type ReactNode } from "react";
import type { BarsData } from "@/lib/views/chart-data";
import { staticBarsSvg, STATIC_BARS_PADDING, type SvgNode } from "@/lib/views/static-bars-svg";
import "./static-bars-chart.css";

/** SVG attribute names as React spells them (text-anchor → textAnchor, class → className). */
function reactProps(attrs: SvgNode["attrs"]): Record<string, string | number> {
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k === "class" ? "className" : k.startsWith("aria-") || k.startsWith("data-") ? k : k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
}

function toReact(tree: SvgNode | string, key?: number): ReactNode {
  if (typeof tree === "string") return tree;
  return createElement(tree.tag, { ...reactProps(tree.attrs), key }, ...tree.children.map((child, i) => toReact(child, i)));
}

/**
 * The side-by-side bars chart as plain SVG, rendered into the server's HTML as the fallback of
 * app/_components/lazy-chart-panel.tsx and shown until the interactive chart (bars-chart.tsx)
 * has loaded. No hooks and no handlers: it paints before any script runs.
 */
export default function StaticBarsChart({ data, title }: { data: BarsData; title: string }) {
  const svg = staticBarsSvg(data, `${title}: ${data.bars.length} bars`);
  if (!svg) return null;
  // The same boxes as chart-panel.tsx and bars-chart.tsx around the SVG (the hint line under the
  // chart, the export buttons, disabled until the chart has loaded), so nothing below moves at the swap.
  return (
    <div>
      <div className="chart-box">
        <div className="static-chart" style={STATIC_BARS_PADDING as CSSProperties}>
          {toReact(svg)}
        </div>
        <p className="small chart-label-full">
          <span className="static-chart-hint">Tap a paper&apos;s label to read its full title.</span>
        </p>
      </div>
      <div className="toolbar export-toolbar">
        <button type="button" disabled>
          Export SVG
        </button>
        <button type="button" disabled>
          Export PNG
        </button>
        <label className="small">
          <input type="checkbox" disabled /> dark background
        </label>
      </div>
    </div>
  );
}
