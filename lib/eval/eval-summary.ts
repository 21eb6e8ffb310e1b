import { z } from "zod";
import { CLAIM_KINDS } from "../schema";

/**
 * `npm run eval -- --json`: the extraction quality as data. The methodology page reads
 * the copy written at build time (data/eval-summary.json, `--out`), so the numbers it
 * shows are always the measured ones, never typed in.
 */
const KindScore = z.object({
  kind: z.enum([...CLAIM_KINDS, "overall"]),
  gold: z.number().int().nonnegative(),
  predicted: z.number().int().nonnegative(),
  matched: z.number().int().nonnegative(),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
});

export const EvalSummary = z.object({
  /** The labelled file scored against, and the dataset version scored. */
  gold: z.string(),
  dataVersion: z.string(),
  papersScored: z.number().int().nonnegative(),
  byKind: z.array(KindScore),
  hardwareAccuracy: z.number(),
  hardwareMatched: z.number().int().nonnegative(),
  afterOverrides: z.object({
    corrected: z.number().int().nonnegative(),
    added: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
    byKind: z.array(KindScore),
    hardwareAccuracy: z.number(),
  }),
});
export type EvalSummary = z.infer<typeof EvalSummary>;
