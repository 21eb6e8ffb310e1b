import { canonicalDevice } from "../extract/devices";

/*
 * Labels describe devices in prose ("Xilinx Alveo U280 FPGA", "dual-FPGA configuration"); the
 * extractor gives catalog names ("Xilinx Alveo U280"). Two agree when both are empty, when the
 * catalog maps both to one name, or when the shorter one's words are all in the longer one.
 */
function words(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter((w) => w && w !== "nvidia" && w !== "gpu" && w !== "fpga" && w !== "cpu");
}

export function devicesAgree(gold: string | undefined, predicted: string | undefined): boolean {
  const g = gold?.trim() ?? "";
  const p = predicted?.trim() ?? "";
  if (!g || !p) return !g && !p;
  const cg = canonicalDevice(g)?.name, cp = canonicalDevice(p)?.name;
  if (cg && cp) return cg === cp;
  const gw = words(g), pw = words(p);
  const [short, long] = gw.length <= pw.length ? [gw, new Set(pw)] : [pw, new Set(gw)];
  return short.length > 0 && short.every((w) => long.has(w));
}
