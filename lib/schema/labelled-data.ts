import { z } from "zod";
import { ClaimKind, HardwareClass, Phase, Qualifier } from "./vocabulary";

/** One line of the labelled data in tests/fixtures/gold-*.jsonl (CLAIMS.md, "Labelled data"). */
export const GoldClaim = z.object({
  kind: ClaimKind,
  value: z.number().nullable().optional(),
  min: z.number().optional(),
  unit: z.string().optional(),
  qualifier: Qualifier,
  hardware: HardwareClass,
  device: z.string().optional(),
  baselineHardware: HardwareClass.optional(),
  baseline: z.string().optional(),
  metric: z.string().optional(),
  phase: Phase,
  text: z.string(),
});
export const GoldPaper = z.object({ title: z.string(), claims: z.array(GoldClaim) });
export type GoldPaper = z.infer<typeof GoldPaper>;
