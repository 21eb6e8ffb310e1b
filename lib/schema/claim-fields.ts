import { z } from "zod";
import { Hardware } from "./claim";
import { ClaimKind, HardwareClass, Phase, Qualifier } from "./vocabulary";

/* What a reviewer may change on a claim, shared by data/overrides.json and the corrections on the site. */

/** The claim fields a reviewer may set; every one optional in a correction. */
export const ClaimFields = z.object({
  kind: ClaimKind,
  value: z.number().finite().nullable(),
  min: z.number().finite(),
  unit: z.string(),
  qualifier: Qualifier,
  hardware: Hardware,
  baselineHardware: HardwareClass,
  baseline: z.string(),
  metric: z.string(),
  phase: Phase,
});
export type ClaimFields = z.infer<typeof ClaimFields>;

/** Every kind except accuracy is a factor: a non-positive value has no meaning. */
export function valueProblem(kind: ClaimKind, value: number | null | undefined): string | undefined {
  if (kind === "accuracy" || value === undefined) return undefined;
  if (value === null || !Number.isFinite(value) || value <= 0) {
    return `value ${value} is not valid for kind ${kind}: expected a positive finite number (only accuracy may be zero or negative)`;
  }
  return undefined;
}
