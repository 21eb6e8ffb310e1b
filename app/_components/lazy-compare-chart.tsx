"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type CompareChartType from "./compare-chart";

const CompareChart = dynamic(() => import("./compare-chart"), {
  ssr: false,
  loading: () => <div className="chart-placeholder" aria-busy="true" aria-label="Loading chart" />,
});

export default function LazyCompareChart(props: ComponentProps<typeof CompareChartType>) {
  return <CompareChart {...props} />;
}
