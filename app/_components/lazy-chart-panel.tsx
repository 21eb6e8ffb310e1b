"use client";
import dynamic from "next/dynamic";
import { createContext, useContext, type ComponentProps } from "react";
import { chartHeight } from "@/lib/views/chart-height";
import type ChartPanelType from "./chart-panel";
import StaticBarsChart from "./static-bars-chart";

/**
 * Recharts is the largest client dependency; loading it after the page keeps the
 * first-load JS small while the server-rendered table is already readable.
 */
const ChartPanel = dynamic(() => import("./chart-panel"), { ssr: false, loading: () => <ChartFallback /> });

type Props = ComponentProps<typeof ChartPanelType>;

/**
 * Until the chart's code has loaded: the chart drawn as plain SVG (static-bars-chart.tsx), in the
 * server's HTML, from the props the interactive chart gets anyway, so it adds nothing to the
 * RSC payload or to a client-side navigation. `next/dynamic` gives its loading component no
 * props, hence the context.
 */
const Fallback = createContext<Props | null>(null);

function ChartFallback() {
  const props = useContext(Fallback);
  if (props?.chart.type === "bars" && props.chart.data.bars.length > 0) return <StaticBarsChart data={props.chart.data} title={props.title} />;
  return <div className="chart-placeholder" aria-busy="true" aria-label="Loading chart" />;
}

/** The export toolbar below the chart (app/_components/chart-panel.tsx). */
const EXPORT_TOOLBAR_HEIGHT = 44;

export default function LazyChartPanel(props: Props) {
  const { chart } = props;
  const marks = chart.type === "bars" ? chart.data.bars.length : chart.data.points.length;
  // The chart's own height is kept while its code loads, so the table below does not move when it draws.
  const reserved = marks > 0 ? chartHeight(chart) + EXPORT_TOOLBAR_HEIGHT : undefined;
  return (
    <div style={reserved ? { minHeight: reserved } : undefined}>
      <Fallback value={props}>
        <ChartPanel {...props} />
      </Fallback>
    </div>
  );
}
