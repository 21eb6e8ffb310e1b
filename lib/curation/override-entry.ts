import type { Claim, ClaimKind, HardwareClass, Override, Qualifier } from "../schema";

/**
 * "Suggest a correction": turns what a person typed about one claim into the exact
 * entry to paste into data/overrides.json. Keyed like the Override schema expects
 * (paper id + evidence text + kind), and only the fields that differ from the claim
 * go into `set`. Type-only imports: this runs in the browser without zod; the unit
 * tests check that every entry it builds parses with `Override`.
 */

export type CorrectionInput = {
  action: "correct" | "reject";
  kind: ClaimKind;
  /** As typed; "" keeps the claim's value. */
  value: string;
  /** Lower end of a range as typed; "" keeps the claim's. */
  min: string;
  qualifier: Qualifier;
  hardwareClass: HardwareClass;
  device: string;
  baseline: string;
  reason: string;
};

export type OverrideEntryResult = { ok: true; entry: Override; json: string } | { ok: false; error: string };

/** The form's starting values: the claim as it stands. */
export function correctionInputFor(claim: Claim): CorrectionInput {
  return {
    action: "correct",
    kind: claim.kind,
    value: claim.value === null ? "" : String(claim.value),
    min: claim.min === undefined ? "" : String(claim.min),
    qualifier: claim.qualifier,
    hardwareClass: claim.hardware.class,
    device: claim.hardware.device ?? "",
    baseline: claim.baseline ?? "",
    reason: "",
  };
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function readNumber(text: string, field: string): number | string {
  const trimmed = text.trim().replace("−", "-");
  if (!NUMBER_TEXT.test(trimmed)) return `${field} "${text}" is not a number`;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : `${field} "${text}" is not a finite number`;
}

type CorrectSet = Extract<Override, { action: "correct" }>["set"];

function changedFields(claim: Claim, input: CorrectionInput): CorrectSet | string {
  const set: CorrectSet = {};
  if (input.kind !== claim.kind) set.kind = input.kind;
  if (input.value.trim() !== "") {
    const value = readNumber(input.value, "value");
    if (typeof value === "string") return value;
    if (value !== claim.value) set.value = value;
  }
  if (input.min.trim() !== "") {
    const min = readNumber(input.min, "range minimum");
    if (typeof min === "string") return min;
    const upper = set.value ?? claim.value;
    if (upper === null || min > upper) return `range minimum ${min} must not exceed the value ${upper ?? "(none)"}`;
    if (min !== claim.min) set.min = min;
  }
  if (input.qualifier !== claim.qualifier) set.qualifier = input.qualifier;
  const device = input.device.trim();
  if (input.hardwareClass !== claim.hardware.class || device !== (claim.hardware.device ?? "")) {
    set.hardware = device ? { class: input.hardwareClass, device } : { class: input.hardwareClass };
  }
  const baseline = input.baseline.trim();
  if (baseline !== "" && baseline !== (claim.baseline ?? "")) set.baseline = baseline;
  const kind = set.kind ?? claim.kind;
  const value = set.value ?? claim.value;
  if (kind !== "accuracy" && set.value !== undefined && (value === null || value <= 0)) {
    return `value ${value} is not valid for kind ${kind}: only accuracy may be zero or negative`;
  }
  return set;
}

export function buildOverrideEntry(claim: Claim, input: CorrectionInput): OverrideEntryResult {
  const reason = input.reason.trim();
  if (reason === "") return { ok: false, error: "Give a reason: reviewers read it next to the claim." };
  const target = { paperId: claim.paperId, evidence: claim.evidence.text, kind: claim.kind };
  let entry: Override;
  if (input.action === "reject") {
    entry = { action: "reject", ...target, reason };
  } else {
    const set = changedFields(claim, input);
    if (typeof set === "string") return { ok: false, error: set };
    if (Object.keys(set).length === 0) return { ok: false, error: "Nothing differs from the claim yet: change a field, or choose reject." };
    entry = { action: "correct", ...target, set, reason };
  }
  return { ok: true, entry, json: JSON.stringify(entry, null, 2) };
}
