"use client";
import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The width of an element in whole pixels, followed as it resizes, or null before it has been
 * measured. The chart panel measures its box once and hands the width to the chart, so a chart
 * drawn for a new view mounts at its size: Recharts' ResponsiveContainer inside a new chart
 * would first render nothing, force a layout to measure, and render again (issue 11: a filter
 * click redraws the chart in one pass less).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Before the first paint, as ResponsiveContainer would (rounded as it rounds).
    setWidth(Math.round(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
