import type { ClaimKind, Qualifier } from "../schema";

/** How a number was written: decides which conversions apply. */
export type QuantityForm = "multiplier" | "percent" | "points" | "change";

/** One number (or range) found in the text by a quantity rule, before it is interpreted. */
export interface Quantity {
  /** Offsets into the abstract. */
  start: number;
  end: number;
  value: number;
  /** Lower end, for ranges. */
  min?: number;
  /** For a change ("from 72.0G to 28.6G"): the value before; `value` is the value after. */
  from?: number;
  form: QuantityForm;
  /** Id of the rule that found it, e.g. "multiplier/suffix". */
  rule: string;
  /** Metric named by the unit itself ("2 BLEU", "1.7 mAP"). */
  unitName?: string;
  /** What the quantity's own unit measures ("GB" memory, "ms" time, "USD" cost, "FPS" a rate): the strongest evidence of its measure. */
  unitMeasure?: "memory" | "time" | "energy" | "cost" | "rate";
  /** An explicit "+" in front of the number. */
  positive?: boolean;
  /** An explicit minus sign in front of the number ("-0.07% VBench score"). */
  negative?: boolean;
  /** The baseline the quantity's own words name ("7.26, compared with 17.29 for magnitude pruning"), ahead of any frame. */
  baseline?: string;
  /** The change the quantity's own words state ("a 0.09 increase in FID"). */
  direction?: "increase" | "decrease";
}

/** A parser finds quantities of one written form in a sentence. */
export interface QuantityRule {
  id: string;
  find(text: string, offset: number): Quantity[];
}

/** A quantity interpreted as a claim, before hardware and ids are attached. */
export interface ClaimDraft {
  quantity: Quantity;
  kind: ClaimKind;
  value: number | null;
  min?: number;
  unit?: string;
  qualifier: Qualifier;
  metric?: string;
  baseline?: string;
  rule: string;
}
