import { z } from "zod";
import { CLAIM_KINDS } from "../schema";

/**
 * `npm run eval -- --json`: the extraction quality as data, one entry per labelled set.
 * The methodology page reads the copy written at build time (data/eval-summary.json,
 * `--out`), so the numbers it shows are always the measured ones, never typed in.
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

/** Shares of matched claims whose field agrees with the label; `fullyRight` is a share of all labelled claims. */
const FieldScores = z.object({
  hardware: z.number(),
  baseline: z.number(),
  device: z.number(),
  qualifier: z.number(),
  fullyRight: z.number(),
});

export const LabelledSetScore = z.object({
  name: z.string(),
  papersScored: z.number().int().nonnegative(),
  byKind: z.array(KindScore),
  fields: FieldScores,
});
export const EvalSummary = z.array(LabelledSetScore);
export type EvalSummary = z.infer<typeof EvalSummary>;
export type LabelledSetScore = z.infer<typeof LabelledSetScore>;
