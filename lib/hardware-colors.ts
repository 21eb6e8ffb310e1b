import type { HardwareClass } from "./schema";

/** Okabe–Ito colours: distinguishable with common colour-vision deficiencies, legible on light and dark. */
export const HARDWARE_COLORS: Record<HardwareClass, string> = {
  GPU: "#0072B2",
  CPU: "#E69F00",
  FPGA: "#009E73",
  ASIC: "#CC79A7",
  edge: "#D55E00",
  unspecified: "#8C8C8C",
};
