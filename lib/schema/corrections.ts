import { z } from "zod";
import { Hardware } from "./claim";
import { ClaimFields } from "./claim-fields";
import { ClaimKind } from "./vocabulary";

/*
 * Corrections submitted on the site (issue #10): `POST /api/corrections`, reviewed on /review.
 * Bounded: a correction is a few short fields, never a document.
 */
export const CORRECTION_ACTIONS = ["reject", "correct", "add"] as const;
export const CorrectionAction = z.enum(CORRECTION_ACTIONS);
export type CorrectionAction = z.infer<typeof CorrectionAction>;

export const CORRECTION_STATUSES = ["pending", "approved", "rejected"] as const;
export const CorrectionStatus = z.enum(CORRECTION_STATUSES);
export type CorrectionStatus = z.infer<typeof CorrectionStatus>;

/** Longest accepted text fields: a sentence of reason, a name, a phrase of evidence. */
export const CORRECTION_LIMITS = { reason: 1000, submitter: 80, evidence: 500, field: 200, note: 1000, body: 8192 } as const;

const boundedText = (max: number) => z.string().trim().min(1).max(max);
const FieldText = z.string().trim().min(1).max(CORRECTION_LIMITS.field);

/** Claim fields a correction may set: the reviewer-settable fields, text bounded. */
export const CorrectionFields = ClaimFields.extend({
  unit: FieldText,
  baseline: FieldText,
  metric: FieldText,
  hardware: Hardware.extend({ device: FieldText.optional() }).strict(),
})
  .partial()
  .strict();
export type CorrectionFields = z.infer<typeof CorrectionFields>;

const ClaimIdText = z.string().min(1).max(400);
const RequestCommon = {
  reason: z.string().trim().min(1, "a reason is required").max(CORRECTION_LIMITS.reason),
  submitter: boundedText(CORRECTION_LIMITS.submitter).optional(),
};

export const CorrectionRequest = z.discriminatedUnion("action", [
  z.object({ action: z.literal("reject"), claimId: ClaimIdText, ...RequestCommon }).strict(),
  z
    .object({ action: z.literal("correct"), claimId: ClaimIdText, fields: CorrectionFields, ...RequestCommon })
    .strict()
    .refine((r) => Object.keys(r.fields).length > 0, { path: ["fields"], message: "name at least one field to change" }),
  z
    .object({
      action: z.literal("add"),
      paperId: z.string().min(1).max(200),
      evidence: boundedText(CORRECTION_LIMITS.evidence),
      fields: CorrectionFields.required({ kind: true }).extend({ value: z.number().finite() }),
      ...RequestCommon,
    })
    .strict(),
]);
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

export const DecisionRequest = z.object({ decision: z.enum(["approve", "reject"]), note: z.string().trim().max(CORRECTION_LIMITS.note).optional() }).strict();
export type DecisionRequest = z.infer<typeof DecisionRequest>;

/** A correction as stored and listed by `GET /api/corrections`. */
export const StoredCorrection = z.object({
  id: z.number().int().positive(),
  claimId: z.string(),
  paperId: z.string(),
  kind: ClaimKind,
  evidence: z.string(),
  action: CorrectionAction,
  fields: CorrectionFields,
  reason: z.string(),
  submitter: z.string(),
  createdAt: z.string(),
  status: CorrectionStatus,
  reviewerNote: z.string().optional(),
  decidedAt: z.string().optional(),
});
export type StoredCorrection = z.infer<typeof StoredCorrection>;
