import type { DatasetIndex } from "../dataset/dataset-index";
import { baselineName } from "./baseline-name";
import { HARDWARE_CLASSES, type HardwareClass } from "../schema";

/**
 * The device facet grouped by hardware class (a device's class is the one most of its
 * claims carry), and the baseline facet's most used names. Device names are the
 * extractor's canonical ones ("NVIDIA A100"), so one chip stands for one chip.
 */

const classByIndex = new WeakMap<DatasetIndex, Map<string, HardwareClass>>();

function deviceClasses(index: DatasetIndex): Map<string, HardwareClass> {
  let classes = classByIndex.get(index);
  if (classes) return classes;
  const tally = new Map<string, Map<HardwareClass, number>>();
  for (const claim of index.claims) {
    const device = claim.hardware.device;
    if (!device) continue;
    const counts = tally.get(device) ?? new Map<HardwareClass, number>();
    counts.set(claim.hardware.class, (counts.get(claim.hardware.class) ?? 0) + 1);
    tally.set(device, counts);
  }
  classes = new Map(
    [...tally].map(([device, counts]) => [device, [...counts].sort((a, b) => b[1] - a[1] || HARDWARE_CLASSES.indexOf(a[0]) - HARDWARE_CLASSES.indexOf(b[0]))[0]![0]]),
  );
  classByIndex.set(index, classes);
  return classes;
}

export type DeviceGroup = { hw: HardwareClass; devices: string[] };

/** The most frequent devices under the current filters (selected ones always), grouped by class in class order. */
export function deviceGroups(index: DatasetIndex, counts: Map<string, number>, selected: string[], limit: number): DeviceGroup[] {
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([d]) => d);
  const devices = [...new Set([...selected, ...top])];
  const classes = deviceClasses(index);
  return HARDWARE_CLASSES.map((hw) => ({
    hw,
    devices: devices.filter((d) => (classes.get(d) ?? "unspecified") === hw).sort((a, b) => a.localeCompare(b)),
  })).filter((g) => g.devices.length > 0);
}

/** The most used baselines under the current filters, selected ones first. */
export function topBaselines(counts: Map<string, number>, selected: string[], limit: number): string[] {
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([b]) => b);
  const lower = new Set(selected.map((s) => s.toLowerCase()));
  return [...selected, ...top.filter((b) => !lower.has(b.toLowerCase()))];
}

/**
 * Every baseline in the dataset with its claim count (the Versus page's list). Baselines that
 * several papers compare against come first: putting papers side by side is the point, and a
 * long phrase one paper repeats for six numbers is not.
 */
export function baselineCounts(index: DatasetIndex): [string, number][] {
  const counts = new Map<string, number>();
  const papers = new Map<string, Set<string>>();
  for (const claim of index.claims) {
    const name = baselineName(claim);
    if (!name) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    papers.set(name, (papers.get(name) ?? new Set()).add(claim.paperId));
  }
  const paperCount = (name: string) => papers.get(name)!.size;
  return [...counts].sort((a, b) => paperCount(b[0]) - paperCount(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]));
}

const reviewedByIndex = new WeakMap<DatasetIndex, boolean>();

/** True when any claim was reviewed, so "Reviewed claims only" has something to show. */
export function hasReviewedClaims(index: DatasetIndex): boolean {
  let reviewed = reviewedByIndex.get(index);
  if (reviewed === undefined) reviewedByIndex.set(index, (reviewed = index.claims.some((c) => c.status === "corrected" || c.status === "added")));
  return reviewed;
}
