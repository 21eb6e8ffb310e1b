import type { HardwareClass } from "../schema";

/** Okabe–Ito colours: distinguishable with common colour-vision deficiencies, legible on light and dark. */
export const HARDWARE_COLORS: Record<HardwareClass, string> = {
  GPU: "#0072B2",
  CPU: "#E69F00",
  FPGA: "#009E73",
  ASIC: "#CC79A7",
  edge: "#D55E00",
  unspecified: "#8C8C8C",
};

/** Hardware classes in schema order, without pulling the zod schema into client bundles. */
export const HARDWARE_ORDER = Object.keys(HARDWARE_COLORS) as HardwareClass[];

/** Compare-page colours go by column position (the legend and the table header name each paper). */
export const PAPER_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D31", "#7F7F7F"];

export function paperColor(position: number): string {
  return PAPER_COLORS[position % PAPER_COLORS.length] as string;
}
